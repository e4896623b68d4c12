// The one door to Prism. The mock runs Prism's core (loader, router, validator, negotiator)
// behind its own request handler, and reuses a few of Prism's inner functions so that its own
// checks are Prism's very checks. Those inner files (`dist/...`) are no public API: they were
// read from @stoplight/prism-http and @stoplight/prism-http-server 5.16.0 (pinned, with their
// dependencies, by package.json and package-lock.json). Upgrading Prism means re-reading each
// one named below; every other file of the mock imports Prism from here.
'use strict';

const path = require('node:path');

// Public API.
const { createLogger } = require('@stoplight/prism-core');
const {
  createInstance,
  getHttpOperationsFromSpec,
  ProblemJsonError,
  NO_METHOD_MATCHED_ERROR,
} = require('@stoplight/prism-http');

// The router alone: the handler needs the operation a request is for before it asks Prism
// (to read a multipart body by its schema, to judge a session's token, to check `Prefer`).
const route = require('@stoplight/prism-http/dist/router').default;
// How Prism reads `Prefer` (code, example, dynamic) into its mock config: the handler replaces
// prism-http-server's, whose request handling it cannot use (mock/handler.js says why).
const { getHttpConfigFromRequest } = require('@stoplight/prism-http-server/dist/getHttpConfigFromRequest');
// Prism's Content-Type parser: a type it cannot parse makes Prism throw, so the handler asks it
// first; the fast path picks a body's content by the type Prism would read.
const { parseMIMEHeader } = require('@stoplight/prism-http/dist/validator/validators/headers');
// Prism's wording of Ajv's errors as violations, so that the mock's compiled checks
// (schema-check.js) report what Prism's validator reports.
const { convertAjvErrors } = require('@stoplight/prism-http/dist/validator/validators/utils');
const { ValidationContext } = require('@stoplight/prism-http/dist/validator/validators/types');
// What the fast path needs to check a body exactly as Prism does: the content Prism picks for
// a media type, the readOnly properties it strips, and its own date-time format.
const { findContentByMediaTypeOrFirst } = require('@stoplight/prism-http/dist/validator/validators/body');
const { stripReadOnlyProperties } = require('@stoplight/prism-http/dist/utils/filterRequiredProperties');
const dateTime = require('@stoplight/prism-http/dist/validator/validators/dateTime');

// Prism's own copies of its validator's dependencies (package.json pins the same versions), so
// that the fast path's schema check is the one Prism runs even if another copy were installed.
const PRISM_HTTP = [path.dirname(require.resolve('@stoplight/prism-http/package.json'))];
const Ajv = require(require.resolve('ajv', { paths: PRISM_HTTP })).default;
const addFormats = require(require.resolve('ajv-formats', { paths: PRISM_HTTP })).default;
const mergeAllOf = require(require.resolve('@stoplight/json-schema-merge-allof', { paths: PRISM_HTTP }));

module.exports = {
  createLogger,
  createInstance,
  getHttpOperationsFromSpec,
  ProblemJsonError,
  NO_METHOD_MATCHED_ERROR,
  route,
  getHttpConfigFromRequest,
  parseMIMEHeader,
  convertAjvErrors,
  ValidationContext,
  findContentByMediaTypeOrFirst,
  stripReadOnlyProperties,
  dateTime,
  Ajv,
  addFormats,
  mergeAllOf,
};
