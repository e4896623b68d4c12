// The HTTP side of the mock: Prism's core (router, validator, negotiator) behind our own request
// handler. It replaces @stoplight/prism-http-server 5.16, whose handler loses requests and the
// process on bad input (each case is named where it is handled below), and it is where 422
// bodies get their field-specific errors.
'use strict';

const E = require('fp-ts/Either');
// Deep imports: the exact files are pinned by package-lock.json (Prism 5.16.0).
const { getHttpConfigFromRequest } = require('@stoplight/prism-http-server/dist/getHttpConfigFromRequest');
const route = require('@stoplight/prism-http/dist/router').default;
const { ProblemJsonError } = require('@stoplight/prism-http');
const { NO_METHOD_MATCHED_ERROR } = require('@stoplight/prism-http/dist/router/errors');
const { createValidationEnvelope, emptyQueryViolations, documents422 } = require('./field-errors');
const { canonicalMultipart } = require('./multipart');

const BODY_LIMIT = 10 * 1024 * 1024; // Prism's own limit
const HEADER_LIMIT = 8 * 1024 - 100; // Prism's own cap on sl-violations
const JSON_TYPE = /^\s*application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
const MULTIPART_TYPE = /^\s*multipart\/form-data\s*(?:;|$)/i;
const PROBLEM = 'application/problem+json';

class BodyTooLarge extends Error {}

// A documented path as a pattern of URLs: each `{parameter}` stands for one segment.
function templateOf(path) {
  const literal = s => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${path.split(/\{[^}]+\}/).map(literal).join('[^/]+')}$`);
}

function readBody(req) {
  if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) {
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', chunk => {
      size += chunk.length;
      if (size > BODY_LIMIT) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

// Response headers must be Latin-1: Prism 5.16 copies violation messages, which quote the
// request's property names, into sl-violations as they are, so a name like `کد` made
// setHeader throw and killed the process. JSON's \u escapes keep the header readable.
function violationsHeader(validations) {
  const escape = c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  const value = JSON.stringify(validations).replace(/[^\x20-\x7e]/g, escape);
  return value.length > HEADER_LIMIT ? `Too many violations! ${value.slice(0, HEADER_LIMIT)}` : value;
}

const asViolation = where => v => ({
  location: [where].concat(v.path || []),
  severity: typeof v.severity === 'number' ? ['Error', 'Warning', 'Information', 'Hint'][v.severity] : v.severity,
  code: v.code,
  message: v.message,
});

function setCors(req, res) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  // '*' exposes every header to a request without credentials only; name ours for the others.
  res.setHeader('Access-Control-Expose-Headers', '*, sl-violations');
  res.setHeader('Vary', 'Origin');
}

function send(res, status, body, contentType) {
  const asText = typeof body === 'string' && !JSON_TYPE.test(contentType || '');
  const payload = body === undefined || (body === null && !contentType) ? '' : asText ? body : JSON.stringify(body);
  res.statusCode = status;
  if (contentType) res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', Buffer.byteLength(payload));
  res.end(payload);
}

function createHandler({ prism, operations, config, logger }) {
  const operationOf = input => E.getOrElseW(() => undefined)(route({ resources: operations, input }));
  const validationEnvelope = createValidationEnvelope(operations);
  const log = logger.child({ name: 'HTTP SERVER' });

  async function answer(req, res) {
    log.info(`${req.method} ${req.url}`);
    setCors(req, res);
    if (req.method === 'OPTIONS' && req.headers.origin && req.headers['access-control-request-method']) {
      res.setHeader('Access-Control-Allow-Methods', req.headers['access-control-request-method']);
      return send(res, 204);
    }

    let url;
    try {
      url = new URL(req.url, 'http://mock');
    } catch {
      const detail = `Not a URL: ${req.url}`;
      return send(res, 400, { type: 'about:blank', title: 'Bad Request', status: 400, detail }, PROBLEM);
    }
    const { searchParams } = url;
    // The documentation's URLs are `https://edge.ippanel.com/v1` + the spec's path, and the v2
    // look-ups `{base_url}/v2/api/...`; with the host swapped for the mock's, a leading `/v1` is
    // dropped, so `/v1/api/send`, `/api/send`, `/v1/v2/api/...` and `/v2/api/...` all answer.
    const pathname = url.pathname.replace(/^\/v1(?=\/)/, '');
    const query = {};
    for (const key of searchParams.keys()) {
      const values = searchParams.getAll(key);
      query[key] = values.length === 1 ? values[0] : values;
    }
    const input = {
      method: req.method.toLowerCase(),
      url: { path: pathname, baseUrl: searchParams.get('__server') || undefined, query },
      headers: req.headers,
      body: null,
    };
    const notes = []; // what we did to the request, reported in sl-violations
    let formFields; // a multipart body's fields, as an object

    let raw;
    try {
      raw = await readBody(req);
    } catch (e) {
      if (!(e instanceof BodyTooLarge)) throw e;
      raw = null;
      res.setHeader('Connection', 'close');
      notes.push({ code: 'size', message: `Request body is larger than ${BODY_LIMIT} bytes; read as empty` });
    }

    const operation = raw && raw.length ? operationOf(input) : undefined;
    if (raw && raw.length && operation && !operation.request?.body) {
      // The API ignores a body on an operation that takes none (logout, check_token); Prism
      // would answer 415, a status those operations do not document.
      input.headers = { ...req.headers, 'content-length': '0' };
    } else if (raw && raw.length) {
      input.body = raw.toString('utf8');
      if (JSON_TYPE.test(req.headers['content-type'] || '')) {
        // Prism 5.16 never answered a body that is not JSON ('{', 'abc', a NUL byte): its catch
        // waits for the request's 'end', which has already fired. We read such a body as
        // missing, so it fails validation like an empty form: the documented 422.
        try {
          input.body = JSON.parse(input.body);
        } catch (e) {
          input.body = null;
          notes.push({ code: 'json', message: `Request body is not valid JSON (${e.message}); read as empty` });
        }
      } else if (MULTIPART_TYPE.test(req.headers['content-type'] || '')) {
        const content = (operation?.request?.body?.contents || []).find(c => c.mediaType === 'multipart/form-data');
        try {
          const form = await canonicalMultipart(raw, req.headers['content-type'], content && content.schema);
          input.body = form.body.toString('utf8');
          formFields = form.fields;
          input.headers = { ...req.headers, 'content-type': form.contentType, 'content-length': String(form.body.length) };
          notes.push(...form.notes);
        } catch (e) {
          input.body = null;
          notes.push({ code: 'multipart', message: `Request body is not valid multipart (${e.message}); read as empty` });
        }
      }
    }

    // OpenAPI matches a concrete path before a templated one: a PUT to the concrete
    // `/api/phonebooks/options` (POST only) is a 405, not a PUT to `/api/phonebooks/{phonebook_id}`
    // with the id "options", where Prism's router would take it.
    const concrete = operations.filter(o => o.path === pathname);
    if (concrete.length && !concrete.some(o => o.method === input.method)) {
      const detail = `The route ${pathname} has been matched, but it does not have "${input.method}" method defined`;
      return problem(res, ProblemJsonError.fromTemplate(NO_METHOD_MATCHED_ERROR, detail), pathname);
    }

    const requestConfig = getHttpConfigFromRequest(input);
    if (E.isLeft(requestConfig)) return problem(res, requestConfig.left, pathname);
    const cfg = { ...config, mock: { ...config.mock, ...requestConfig.right } };

    let result;
    try {
      result = await prism.request(input, operations, cfg)();
    } catch (e) {
      // Prism 5.16's body parsing can throw (it did on multipart names with '%' or ';', which
      // multipart.js now re-encodes), and nothing caught it: the process exited. Should any
      // body still make it throw, we read it as missing, like malformed JSON above.
      notes.push({ code: 'multipart', message: `Request body could not be parsed (${e.message}); read as empty` });
      result = await prism.request({ ...input, body: null }, operations, cfg)();
    }
    if (E.isLeft(result)) return problem(res, result.left, pathname);

    const { output, validations } = result.right;
    const violations = notes
      .map(n => ({ location: ['request', 'body'], severity: 'Error', ...n }))
      .concat(validations.input.map(asViolation('request')), validations.output.map(asViolation('response')));
    if (violations.length) res.setHeader('sl-violations', violationsHeader(violations));

    let body = output.body;
    let status = output.statusCode;
    const failed = validations.input.filter(v => v.severity === 0 && v.code !== 401);
    if (formFields && status < 300 && !failed.length) {
      // Prism 5.16 validates only the last part of a repeated multipart field and drops empty
      // ones (`other_recipients[]=`); we check every part it passed.
      const envelope = validationEnvelope(operation || operationOf(input), { ...input, body: formFields }, []);
      if (envelope) [status, body] = [422, envelope];
    }
    const { code, exampleKey } = requestConfig.right;
    // Prism skips a query parameter sent empty (`?expire_to=`) as if it were absent; the spec's
    // schemas reject "" for most filters, so such a request gets the 422 the spec documents.
    const emptied = status < 400 ? emptyQueryViolations(operation || operationOf(input), input.url.query) : [];
    if (emptied.length && documents422(operation || operationOf(input))) {
      failed.push(...emptied);
      status = 422;
    }
    if (status === 422 && failed.length && !(exampleKey && code === 422)) {
      // Prism serves the first documented 422 example whatever failed (unless one was asked
      // for with `Prefer: code=422, example=...`); name the fields that really failed.
      const asSent = formFields ? { ...input, body: formFields } : input;
      body = validationEnvelope(operation || operationOf(input), asSent, failed) || body;
    }
    for (const [name, value] of Object.entries(output.headers || {})) {
      if (name.toLowerCase() !== 'content-type') res.setHeader(name, value);
    }
    return send(res, status, body, (output.headers || {})['Content-type']);
  }

  // Prism's own errors (no such path, an undocumented Prefer choice) stay Prism's problem+json:
  // they are about using the mock, not answers of the API.
  function problem(res, error, pathname) {
    const { headers, ...additional } = error.additional || {};
    for (const [name, value] of Object.entries(headers || {})) res.setHeader(name, value);
    if (error.status === 405) {
      // RFC 9110 requires a 405 to say which methods the path takes; Prism's does not. A
      // concrete path's own methods, else those of every templated path the URL matches.
      const concrete = operations.filter(o => o.path === pathname);
      const matched = concrete.length ? concrete : operations.filter(o => templateOf(o.path).test(pathname));
      const allowed = matched.map(o => o.method.toUpperCase());
      res.setHeader('Allow', [...new Set(allowed)].sort().join(', '));
    }
    const json = ProblemJsonError.toProblemJson({ ...error, name: error.name, message: error.message, additional });
    send(res, json.status, json, PROBLEM);
  }

  return (req, res) => {
    answer(req, res).catch(e => {
      log.error(`${req.method} ${req.url} failed: ${(e && e.stack) || e}`);
      if (res.headersSent) return res.destroy();
      send(res, 500, { type: 'about:blank', title: 'Mock error', status: 500, detail: String(e) }, PROBLEM);
    });
  };
}

module.exports = { createHandler };
