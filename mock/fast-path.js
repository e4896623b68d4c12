// The fast path: answers from memory, around the handler's steps (handler.js), in two ways.
//
// Prism's answer: a request like one Prism has already answered gets Prism's answer again,
// without asking Prism, and the handler's steps go on from it as from Prism's. Prism's answer
// depends only on the operation, Accept and Prefer (static examples, no callbacks) and on its
// verdict on the body. Each operation's body schema, as Prism normalizes it, is compiled once
// (at start and on reload) by the same Ajv Prism uses, twice: with `allErrors: false`, the first
// error decides whether a body is valid (then Prism's answer to a valid request is given
// again); with Prism's own `allErrors: true`, an invalid body gets every violation Prism would
// report, in Prism's words (its convertAjvErrors), with the 422 Prism chose. Anything unusual
// goes to Prism, whose verdict and answer stand.
//
// The decided answer: a request byte for byte like one the steps decided before (without
// asking Prism itself) gets that decided answer again, without its body being parsed or any
// step run: the steps read nothing but the request (and the sessions' verdict on its token,
// which the handler judges again), so the same bytes get the same answer.
// tests/mock/test_mock_fast_path.py compares both with Prism alone, byte for byte.
'use strict';

const O = require('fp-ts/Option');
const { mergeAllOf, stripReadOnlyProperties, findContentByMediaTypeOrFirst, parseMIMEHeader } = require('./prism');
const { ERROR, createAjv, violationsOf } = require('./schema-check');
const { deepFreeze } = require('./frozen');

const MAX_ENTRIES = 2000; // keys kept (each with a valid answer, a 422, or both); the oldest goes first
// Answers kept by the request's very bytes (below), bounded by count and by bytes held.
const MAX_EXACT = 2000;
const MAX_EXACT_BYTES = 16 * 1024 * 1024;
const MAX_EXACT_BODY = 16 * 1024; // a larger body is checked each time, not kept
const BODIES_PER_HEAD = 4; // bodies kept under one head (same target and headers), the newest
// An answer is kept by bytes only for bytes seen before, by a 32-bit hash (small integers, no
// garbage): under a fuzzer's stream of new requests, keeping each would churn the old heap and
// make the mock's memory swing by the hundred MiB between collections.
const MAX_SEEN = 8192;

// FNV-1a of a string's UTF-16 code units, then of a body's bytes.
const FNV_PRIME = 0x01000193;
function hashOf(text, bytes = null) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  for (let i = 0; bytes && i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], FNV_PRIME);
  return hash;
}
const SIMPLE_PATH = /^(?:\/[A-Za-z0-9_-]+)+$/; // what `new URL` leaves as it is

const isEmpty = list => !list || list.length === 0;

// Whether Prism's verdict on this operation is only "token there" + "body valid": no parameters,
// no callbacks, and at most one API key in a header.
function simpleOperation(operation) {
  const request = operation.request || {};
  if (!isEmpty(request.headers) || !isEmpty(request.query) || !isEmpty(request.path) || !isEmpty(request.cookie)) return false;
  if (!isEmpty(operation.callbacks)) return false;
  const security = operation.security || [];
  if (security.length === 0) return true;
  if (security.length !== 1 || security[0].length !== 1) return false;
  const scheme = security[0][0];
  // keyOf looks at the Authorization header only
  return scheme.type === 'apiKey' && scheme.in === 'header' && String(scheme.name).toLowerCase() === 'authorization';
}

// The content (media type and schema) of the request body that Prism picks for this
// Content-Type, or undefined when the fast path leaves such a body to Prism: only JSON, and only
// the content named by this very type (else Prism may answer 415, or check another).
function jsonContent(operation, contentType) {
  const contents = operation.request?.body?.contents || [];
  let mediaType;
  try {
    mediaType = parseMIMEHeader(contentType)[1];
  } catch {
    return undefined;
  }
  const found = findContentByMediaTypeOrFirst(contents, mediaType);
  if (O.isNone(found)) return undefined;
  const { content } = found.value;
  if (content.mediaType !== mediaType || !/^application\/(?:[\w.-]+\+)?json$/.test(mediaType)) return undefined;
  return content;
}

// The checks of a JSON body against `content`'s schema as Prism normalizes it (allOf merged,
// readOnly properties dropped): {check, full} (first error, every error), `null` when Prism
// does not validate the body, or undefined when the fast path leaves it to Prism.
function compileChecks(ajvs, operation, content) {
  if (!content.schema) return null;
  let merged = content.schema;
  try {
    merged = mergeAllOf(content.schema, { deep: true, ignoreAdditionalProperties: true });
  } catch {
    // Prism validates the schema as it is, then
  }
  const stripped = stripReadOnlyProperties(merged);
  if (O.isNone(stripped)) return null;
  const schema = stripped.value;
  // Prism's loader marks these schemas draft-07; for 2019-09 or 2020-12 it picks another Ajv
  if (/^https?:\/\/json-schema\.org\/draft\/20(19-09|20-12)\/schema#?$/.test(String(schema.$schema))) return undefined;
  const bundled = { ...schema, __bundled__: operation.__bundled__ };
  return { check: ajvs.first.compile(bundled), full: ajvs.all.compile(bundled) };
}

const sameViolations = (a, b) => {
  const text = list => JSON.stringify(list.map(v => [v.path, v.code, v.message, v.severity]));
  return a.length === b.length && text(a) === text(b);
};

// Whether a request body is one the compiled 422 can answer: a JSON object or array (Prism
// reads a falsy body as a missing one, and answers "Body parameter is required").
const isJsonValue = body => typeof body === 'object' && body !== null;

function createFastPath(operations) {
  // key -> {operation, checks, ok?: Prism's answer to a valid request, bad?: its 422's output}
  const answers = new Map();
  // head -> [{answer, operation, input (its body frozen), logs, raw}, ...]: the decided answers
  // kept for its bodies, oldest first
  const exact = new Map();
  let exactCount = 0;
  let exactBytes = 0;
  const seen = new Set(); // hashes of the keys of requests seen once
  let ajvs;
  let compiled; // content of a request body -> its checks (one per spec content)

  function checksFor(operation, contentType) {
    const content = jsonContent(operation, contentType);
    if (!content) return undefined;
    if (!compiled.has(content)) compiled.set(content, compileChecks(ajvs, operation, content));
    return compiled.get(content);
  }

  // Every JSON body schema the fast path can answer for, compiled now rather than on the first
  // request (which would then take a compile's time).
  function prepare(next) {
    ajvs = { first: createAjv(false), all: createAjv(true) };
    compiled = new WeakMap();
    for (const operation of next) {
      if (!simpleOperation(operation)) continue;
      for (const content of operation.request?.body?.contents || []) checksFor(operation, content.mediaType);
    }
  }

  // What Prism's answer can depend on, for a request that is valid: the route, Accept, Prefer,
  // whether there is a token, whether there is a body, and Content-Type (which the mock reads
  // even without a body: one it cannot parse is noted in sl-violations).
  function keyOf(req, input) {
    if (!SIMPLE_PATH.test(req.url)) return null; // also: no query
    const h = input.headers;
    const hasBody = input.body !== null && input.body !== undefined;
    return `${req.method} ${req.url}\n${h.accept || ''}\n${h.prefer || ''}\n${h.authorization ? 1 : 0}\n${hasBody ? 'body' : 'none'} ${h['content-type']}`;
  }

  // Prism's answer from memory, as Prism would give it to `input`: {answer: {output,
  // validations}, invalid: how many violations of the body (0 when valid)}; undefined when
  // Prism has not answered such a request yet.
  function lookup(key, input) {
    const entry = answers.get(key);
    if (!entry) return undefined;
    const body = input.body;
    const ok = entry.ok && { answer: entry.ok, invalid: 0 };
    if (entry.checks === undefined) return body === null ? ok : undefined; // no body
    if (!isJsonValue(body)) return undefined;
    if (entry.checks === null || entry.checks.check(body)) return ok;
    if (!entry.bad) return undefined;
    const violations = violationsOf(entry.checks.full, body);
    if (!violations.length) return undefined;
    return { answer: { output: entry.bad, validations: { input: violations, output: NONE } }, invalid: violations.length };
  }
  const NONE = Object.freeze([]);

  // The entry for `key`, when nothing but what `keyOf` names and the body's verdict can have
  // decided Prism's answer; undefined otherwise.
  function entryFor(key, operation, input, mockConfig) {
    if (!operation || mockConfig.dynamic || mockConfig.seed !== undefined || !simpleOperation(operation)) return undefined;
    const hasBody = input.body !== null && input.body !== undefined;
    let checks;
    if (hasBody) {
      if (typeof input.body !== 'object') return undefined;
      checks = checksFor(operation, input.headers['content-type']);
      if (checks === undefined) return undefined;
    }
    const known = answers.get(key);
    if (known) return known;
    if (answers.size >= MAX_ENTRIES) answers.delete(answers.keys().next().value);
    const entry = { operation, checks };
    answers.set(key, entry);
    return entry;
  }

  // After Prism answered `input` with `answer` ({output, validations}): kept when it found no
  // violation at all, or (its 422's output) when every violation is about the body and the
  // compiled check finds the same ones.
  function remember(key, operation, input, mockConfig, answer) {
    const { input: violations, output } = answer.validations;
    if (output.length) return;
    if (!violations.length) {
      const entry = entryFor(key, operation, input, mockConfig);
      if (entry) entry.ok = answer;
      return;
    }
    if (!operation || !isJsonValue(input.body) || !violations.every(v => v.severity === ERROR && v.path?.[0] === 'body')) return;
    const checks = checksFor(operation, input.headers['content-type'] || '');
    if (!checks || !sameViolations(violationsOf(checks.full, input.body), violations)) return;
    const entry = entryFor(key, operation, input, mockConfig);
    if (entry) entry.bad = answer.output;
  }

  // The key of a request's very bytes: its head (method, target, every header as sent) and
  // `raw` (its body, or null); null when the body is too large to keep. What the answer depends
  // on is all in it, and the checks the request passed before it was kept (a plain target, a
  // token without a scheme) pass again. Answers are found by the head, then by the body's bytes
  // (compared natively, not made into a string and hashed).
  function exactKeyOf(req, raw) {
    if (raw && raw.length > MAX_EXACT_BODY) return null;
    return { head: `${req.method} ${req.url}\n${req.rawHeaders.join('\n')}`, raw };
  }

  const sameBody = (a, b) => (a === null || b === null ? a === b : a.equals(b));
  const sizeOf = (head, hit) => head.length + (hit.raw?.length || 0) + hit.answer.payload.length + 512;

  function exactly(key) {
    if (key === null) return undefined;
    const bodies = exact.get(key.head);
    if (bodies) for (const hit of bodies) if (sameBody(hit.raw, key.raw)) return hit;
    return undefined;
  }

  // Notes that a request of exactly `key` was seen; true when it was seen before.
  function sawExactly(key) {
    if (key === null) return false;
    const hash = hashOf(key.head, key.raw);
    if (seen.has(hash)) return true;
    if (seen.size >= MAX_SEEN) seen.clear();
    seen.add(hash);
    return false;
  }

  // Keeps `hit` ({answer, operation, input, logs}) for requests of exactly `key` when such a
  // request was seen before (sawExactly); the oldest go first beyond the bounds, and beyond
  // BODIES_PER_HEAD bodies under one head.
  function keepExactly(key, hit) {
    if (key === null || exactly(key) || !sawExactly(key)) return;
    deepFreeze(hit.input?.body);
    // A copy: the body read may be a slice of the connection's buffer
    hit.raw = key.raw && Buffer.from(key.raw);
    const bodies = exact.get(key.head) || [];
    if (!bodies.length) exact.set(key.head, bodies);
    bodies.push(hit);
    exactCount += 1;
    exactBytes += sizeOf(key.head, hit);
    if (bodies.length > BODIES_PER_HEAD) drop(key.head, bodies);
    while (exactCount > MAX_EXACT || exactBytes > MAX_EXACT_BYTES) {
      const [oldestHead, oldest] = exact.entries().next().value;
      drop(oldestHead, oldest);
    }
  }

  // Drops the oldest answer kept under `head`.
  function drop(head, bodies) {
    const gone = bodies.shift();
    exactCount -= 1;
    exactBytes -= sizeOf(head, gone);
    if (!bodies.length) exact.delete(head);
  }

  // `decide` (the handler's steps: a context in, the context with its `answer` out, at once or
  // as a promise) with the decided answers kept by the requests' bytes around it. A request byte
  // for byte like one decided before gets that decision again ({answer, operation, input, logs}:
  // the log lines are written again), unless `judgedAlike(kept)` (at once, or as a promise from
  // a shared store) says the sessions judge its token otherwise now; else `decide` decides it,
  // and its decision is kept for the next one
  // alike when nothing but the request's bytes went into it: Prism itself not asked (its own log
  // lines, and `dynamic`, are not the steps'), the token judged good (`verdict` null).
  function around(decide, judgedAlike, log) {
    const keep = ctx => {
      if (!ctx.asked && ctx.verdict === null) {
        // The request as the door reads it (its body frozen: kept, and shared by every request alike)
        keepExactly(ctx.exactKey, { answer: ctx.answer, operation: ctx.operation, input: ctx.input && ctx.asSent, logs: ctx.logs });
      } else {
        sawExactly(ctx.exactKey); // kept by its bytes when it comes again from memory
      }
      return ctx;
    };
    const again = (ctx, hit) => {
      for (const [level, text] of hit.logs) log[level](text);
      return Object.assign(ctx, { answer: hit.answer, operation: hit.operation, input: hit.input });
    };
    const decideAndKeep = ctx => {
      const decided = decide(ctx);
      return decided instanceof Promise ? decided.then(keep) : keep(decided);
    };
    return ctx => {
      ctx.exactKey = ctx.tooLarge ? null : exactKeyOf(ctx.req, ctx.raw);
      const hit = exactly(ctx.exactKey);
      if (!hit) return decideAndKeep(ctx);
      const alike = judgedAlike(hit);
      if (alike instanceof Promise) return alike.then(same => (same ? again(ctx, hit) : decideAndKeep(ctx)));
      return alike ? again(ctx, hit) : decideAndKeep(ctx);
    };
  }

  function reload(next) {
    answers.clear();
    exact.clear();
    exactCount = 0;
    exactBytes = 0;
    seen.clear();
    prepare(next);
  }

  prepare(operations);
  return {
    keyOf,
    lookup,
    remember,
    around,
    reload,
    get size() {
      return answers.size;
    },
    get exact() {
      return { entries: exactCount, bytes: exactBytes, bound: MAX_EXACT, boundBytes: MAX_EXACT_BYTES };
    },
  };
}

module.exports = { createFastPath, MAX_ENTRIES };
