// The HTTP side of the mock: Prism's core (router, validator, negotiator) behind our own request
// handler. It replaces @stoplight/prism-http-server 5.16, whose handler loses requests and the
// process on bad input (each case is named in the step that handles it), and it is where 422
// bodies get their field-specific errors. A request like one Prism already found valid is
// answered from memory (fast-path.js); MOCK_SESSIONS adds sessions (sessions.js).
//
// A request goes through STEPS in order. Each step has one job: it reads the request context
// (`ctx`), extends it (in place: a copy per step cost a microsecond each) with what it found, or
// with `reply` when the request is answered, and returns it; `write` then sends the reply.
'use strict';

const E = require('fp-ts/Either');
const { route, getHttpConfigFromRequest, parseMIMEHeader, ProblemJsonError, NO_METHOD_MATCHED_ERROR } = require('./prism');
const { createValidationEnvelope, emptyQueryViolations, documents422 } = require('./field-errors');
const { canonicalMultipart } = require('./multipart');
const { createFastPath, MAX_ENTRIES } = require('./fast-path');
const { preferProblem, PREFER_STATUS } = require('./prefer');
const { concreteAt, operationsAt } = require('./operations');
const {
  BODY_LIMIT,
  JSON_TYPE,
  MULTIPART_TYPE,
  PROBLEM,
  BodyTooLarge,
  CORS_NAMES,
  announcesBody,
  corsHeaders,
  readBody,
  violationsHeader,
  asViolation,
  setCors,
  serialize,
  send,
} = require('./wire');

// The API takes the token raw; a scheme before it is the likeliest integration bug.
const SCHEME_PREFIX = /^\s*(Bearer|Basic|Token|Digest|ApiKey|JWT)\s+\S/i;

const hasBody = ctx => !!ctx.raw?.length;
const withHeaders = (input, headers) => ({ ...input, headers });
const withoutHeader = (headers, name) => Object.fromEntries(Object.entries(headers).filter(([key]) => key !== name));

// Prism's MIME parser (whatwg-mimetype) throws on a Content-Type it cannot read, and the mock
// answered 500.
function readableContentType(value) {
  try {
    parseMIMEHeader(value);
    return true;
  } catch {
    return false;
  }
}

// The body read into the context, once: `raw` (a Buffer or null) and whether it was too large.
async function withBodyRead(ctx) {
  try {
    return Object.assign(ctx, { bodyRead: true, raw: await readBody(ctx.req), tooLarge: false });
  } catch (e) {
    if (!(e instanceof BodyTooLarge)) throw e;
    return Object.assign(ctx, { bodyRead: true, raw: null, tooLarge: true });
  }
}

// --- the steps, in order --------------------------------------------------------------------

// A CORS preflight is the browser's question, not a call of the API.
function answerPreflight(ctx, mock) {
  const { req, res } = ctx;
  if (req.method !== 'OPTIONS' || !req.headers.origin || !req.headers['access-control-request-method']) return ctx;
  mock.log.info(`${req.method} ${req.url}`);
  res.setHeader('Access-Control-Allow-Methods', req.headers['access-control-request-method']);
  return Object.assign(ctx, { reply: { status: 204 } });
}

// The fast path first, before the URL, Prefer, CORS and the rest are parsed for Prism. `early`
// keeps its try ({body} as it read it) for the later steps when it missed. With sessions, the
// remembered operation's session rules are judged here too; a refused token goes on to Prism.
// Synchronous when the request announces no body: no promise to wait for on a memoized success.
function answerFromMemoryEarly(ctx, mock) {
  if (!mock.fast) return ctx;
  if (!announcesBody(ctx.req)) return fromMemoryEarly(Object.assign(ctx, { bodyRead: true, raw: null, tooLarge: false }), mock);
  return withBodyRead(ctx).then(read => fromMemoryEarly(read, mock));
}

function fromMemoryEarly(read, mock) {
  const { req } = read;
  if (read.tooLarge) return read;
  const exactKey = mock.fast.exactKeyOf(req, read.raw);
  const hit = mock.fast.exactly(exactKey);
  if (hit) return fromExactMemory(read, hit, mock);
  // A preflight is never memoized (answerPreflight answers it)
  if (req.method === 'OPTIONS' || !mock.fast.plainTarget(req.url) || SCHEME_PREFIX.test(req.headers.authorization || '')) return read;
  const early = memoized(req, read.raw, mock.fast);
  if (!early.found) {
    mock.fast.sawExactly(exactKey); // for Prism to answer: kept by its bytes when it comes again
    return Object.assign(read, { early });
  }
  const input = inputOf(req, early.body, mock);
  const session = mock.sessions ? { operation: early.found.operation } : null;
  if (session && mock.sessions.refuse(session.operation, input)) return Object.assign(read, { early: { body: early.body } });
  const answered = replay(early.found, read.spec, input);
  if (!answered) return Object.assign(read, { early: { body: early.body } });
  const bad = early.found.bad ? early.found.violations.length : 0;
  // Only the sessions read the body again (the world keeps what a send said)
  const body = mock.sessions ? early.body : undefined;
  mock.fast.keepExactly(exactKey, { answered, operation: early.found.operation, body, bad });
  return answeredEarly(read, { answered, operation: early.found.operation, bad }, input, session, mock);
}

// A request byte for byte like one answered from memory before: that answer again. The body
// kept with it is frozen: a request that goes on to the later steps parses its own.
function fromExactMemory(read, hit, mock) {
  const { req } = read;
  if (mock.sessions) {
    const input = inputOf(req, hit.body, mock);
    const session = { operation: hit.operation };
    if (mock.sessions.refuse(session.operation, input)) return Object.assign(read, { early: {} });
    // The same bytes, the same operation and answer: whether the sessions rewrite it, once
    hit.rewritten ??= rewritten(session, hit.answered, mock.sessions);
    const sent = hit.rewritten && mock.sessions.answerBytes(session.operation, input, hit.answered.payload);
    if (sent) return writeExactly(read, hit, sent, mock);
    if (hit.rewritten) return answeredEarly(read, hit, input, session, mock);
  }
  return writeExactly(read, hit, hit.answered.payload, mock);
}

// The answer of an exact hit: its head, kept with it, and `payload`, the remembered one or a
// send's with fresh ids (only the Content-Length differs, the last of the head).
function writeExactly(read, hit, payload, mock) {
  const { req, res } = read;
  mock.log.info(`${req.method} ${req.url}`);
  if (hit.bad) logInvalid(req, hit.bad, mock);
  hit.head ||= headOf(hit.answered, corsHeaders(req));
  if (!hit.head) return Object.assign(read, { reply: { answered: { ...hit.answered, payload }, cors: corsHeaders(req) } });
  // writeHead reads the list at once and keeps none of it
  hit.head[hit.head.length - 1] = payload.length;
  res.writeHead(hit.answered.status, hit.head);
  res.end(payload);
  return Object.assign(read, { reply: { done: true } });
}

// The request as the sessions read it: the body as parsed; a plain target has no query, and a
// session's world reads the path (a leading /v1 dropped).
function inputOf(req, body, mock) {
  const url = mock.sessions ? { path: req.url.replace(/^\/v1(?=\/)/, ''), query: {} } : undefined;
  return { headers: req.headers, body: body === undefined ? null : body, url };
}

function answeredEarly(read, { answered, bad }, input, session, mock) {
  const { req } = read;
  mock.log.info(`${req.method} ${req.url}`);
  if (bad) logInvalid(req, bad, mock);
  // The CORS headers go with the answer's, in one writeHead (allowOrigin has not run)
  return Object.assign(read, { input, session, reply: { answered, cors: corsHeaders(req) } });
}

// Every answer after this carries the CORS headers.
function allowOrigin(ctx) {
  setCors(ctx.req, ctx.res);
  return ctx;
}

// The URL as Prism's input: path, query, headers; the body comes later.
function parseTarget(ctx, mock) {
  const { req } = ctx;
  let url;
  try {
    url = new URL(req.url, 'http://mock');
  } catch {
    mock.log.info(`${req.method} ${req.url}`);
    const detail = `Not a URL: ${req.url}`;
    return Object.assign(ctx, { reply: { status: 400, body: { type: 'about:blank', title: 'Bad Request', status: 400, detail }, contentType: PROBLEM } });
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
  return Object.assign(ctx, { url, pathname, input });
}

// A token sent with a scheme is answered as a request without a token: the documented 401, as
// the API answers it. The request's log line says so.
function authenticate(ctx, mock) {
  const { req, input } = ctx;
  const scheme = SCHEME_PREFIX.exec(req.headers.authorization || '');
  if (!scheme) {
    mock.log.info(`${req.method} ${req.url}`);
    return ctx;
  }
  mock.log.warn(`${req.method} ${req.url}: Authorization starts with "${scheme[1]} "; the API takes the token raw, without a scheme (read as no token: the 401 where one is needed)`);
  return Object.assign(ctx, { input: withHeaders(input, withoutHeader(input.headers, 'authorization')) });
}

// A body over Prism's limit is read as none, and the connection closed.
async function readTheBody(ctx) {
  const read = ctx.bodyRead ? ctx : await withBodyRead(ctx);
  if (!read.tooLarge) return read;
  read.res.setHeader('Connection', 'close');
  return Object.assign(read, { notes: [...read.notes, { code: 'size', message: `Request body is larger than ${BODY_LIMIT} bytes; read as empty` }] });
}

// A Content-Type Prism cannot parse: without a body it means nothing; with one, it is a type
// no operation takes.
function readContentType(ctx) {
  const { input } = ctx;
  const contentType = input.headers['content-type'];
  if (contentType === undefined || readableContentType(contentType)) return ctx;
  const readAs = hasBody(ctx) ? 'application/octet-stream' : 'absent';
  const others = withoutHeader(input.headers, 'content-type');
  const headers = hasBody(ctx) ? { ...others, 'content-type': readAs } : others;
  const note = { code: 'content-type', message: `Content-Type "${contentType}" is not a media type; read as ${readAs}` };
  return Object.assign(ctx, { input: withHeaders(input, headers), notes: [...ctx.notes, note] });
}

// The operation a request with a body is for: how to read the body depends on it.
function routeByBody(ctx) {
  return hasBody(ctx) ? Object.assign(ctx, { operation: ctx.spec.operationOf(ctx.input) }) : ctx;
}

// The body as Prism's input: JSON parsed, a multipart form re-encoded, anything else as text.
async function decodeBody(ctx) {
  if (!hasBody(ctx)) return ctx;
  const { raw, input, operation, early } = ctx;
  if (operation && !operation.request?.body) {
    // The API ignores a body on an operation that takes none (logout, check_token); Prism
    // would answer 415, a status those operations do not document.
    return Object.assign(ctx, { input: withHeaders(input, { ...input.headers, 'content-length': '0' }) });
  }
  const text = raw.toString('utf8');
  const contentType = input.headers['content-type'];
  if (JSON_TYPE.test(contentType || '')) {
    // Prism 5.16 never answered a body that is not JSON ('{', 'abc', a NUL byte): its catch
    // waits for the request's 'end', which has already fired. We read such a body as
    // missing, so it fails validation like an empty form: the documented 422.
    try {
      return Object.assign(ctx, { input: { ...input, body: early && early.body !== undefined ? early.body : JSON.parse(text) } });
    } catch (e) {
      const note = { code: 'json', message: `Request body is not valid JSON (${e.message}); read as empty` };
      return Object.assign(ctx, { input: { ...input, body: null }, notes: [...ctx.notes, note] });
    }
  }
  if (MULTIPART_TYPE.test(contentType || '')) {
    const content = (operation?.request?.body?.contents || []).find(c => c.mediaType === 'multipart/form-data');
    try {
      const form = await canonicalMultipart(raw, contentType, content?.schema);
      const headers = { ...input.headers, 'content-type': form.contentType, 'content-length': String(form.body.length) };
      const formInput = { ...input, body: form.body.toString('utf8'), headers };
      return Object.assign(ctx, { input: formInput, formFields: form.fields, notes: [...ctx.notes, ...form.notes] });
    } catch (e) {
      const note = { code: 'multipart', message: `Request body is not valid multipart (${e.message}); read as empty` };
      return Object.assign(ctx, { input: { ...input, body: null }, notes: [...ctx.notes, note] });
    }
  }
  return Object.assign(ctx, { input: { ...input, body: text } });
}

// OpenAPI matches a concrete path before a templated one: a PUT to the concrete
// `/api/phonebooks/options` (POST only) is a 405, not a PUT to `/api/phonebooks/{phonebook_id}`
// with the id "options", where Prism's router would take it.
function refuseMethodOfConcretePath(ctx) {
  const { pathname, input } = ctx;
  const concrete = concreteAt(ctx.spec.ops, pathname);
  if (!concrete.length || concrete.some(o => o.method === input.method)) return ctx;
  const detail = `The route ${pathname} has been matched, but it does not have "${input.method}" method defined`;
  return Object.assign(ctx, { reply: { problem: ProblemJsonError.fromTemplate(NO_METHOD_MATCHED_ERROR, detail) } });
}

// Sessions judge the token first: a token not issued here is answered as no token, a body's
// token not good for this step as the operation's documented 401.
function judgeSession(ctx, mock) {
  if (!mock.sessions) return Object.assign(ctx, { session: null });
  const { input } = ctx;
  const session = { operation: ctx.operation || ctx.spec.operationOf(input) };
  const refused = session.operation && mock.sessions.refuse(session.operation, input);
  if (refused === 'header') return Object.assign(ctx, { session, input: withHeaders(input, withoutHeader(input.headers, 'authorization')) });
  if (refused === 'body') return Object.assign(ctx, { session, input: withHeaders(input, { ...input.headers, prefer: 'code=401' }) });
  return Object.assign(ctx, { session });
}

// The fast path again, now that the request is read as Prism will read it. Multipart forms and
// query strings are checked beyond Prism later: never from memory.
function answerFromMemory(ctx, mock) {
  const { fast } = mock;
  const { req, input, early } = ctx;
  const key = fast && !ctx.notes.length && !ctx.url.search && !ctx.formFields ? fast.keyOf(req, input) : null;
  // Asked already, unless the request was read otherwise since (sessions, a body dropped)
  const askedAlready = early && input.headers === req.headers;
  const found = key && !askedAlready && fast.lookup(key, input);
  const answered = found && replay(found, ctx.spec, input);
  if (answered && found.bad) logInvalid(req, found.violations.length, mock);
  return answered ? Object.assign(ctx, { key, reply: { answered } }) : Object.assign(ctx, { key });
}

// Prism's reading of `Prefer` (a status, an example, dynamic): one it cannot read is Prism's
// problem; one naming what the operation does not document, our 404 listing what it has.
function choosePrefer(ctx, mock) {
  const { req, input } = ctx;
  const requestConfig = getHttpConfigFromRequest(input);
  if (E.isLeft(requestConfig)) return Object.assign(ctx, { reply: { problem: requestConfig.left } });
  const prefer = requestConfig.right;
  const routed = ctx.operation || ctx.session?.operation || ctx.spec.operationOf(input);
  const misuse = routed && preferProblem(routed, prefer);
  if (misuse) {
    mock.log.warn(`${req.method} ${req.url}: ${misuse.meta.message}`);
    return Object.assign(ctx, { reply: { status: PREFER_STATUS, body: misuse, contentType: 'application/json' } });
  }
  const cfg = { ...mock.config, mock: { ...mock.config.mock, ...prefer } };
  return Object.assign(ctx, { prefer, routed, cfg });
}

// Prism validates the request and picks the answer.
async function askPrism(ctx, mock) {
  const { input, cfg } = ctx;
  const { ops } = ctx.spec;
  let notes = ctx.notes;
  let result;
  try {
    result = await mock.prism.request(input, ops, cfg)();
  } catch (e) {
    // Prism 5.16's body parsing can throw (it did on multipart names with '%' or ';', which
    // multipart.js now re-encodes), and nothing caught it: the process exited. Should any
    // body still make it throw, we read it as missing, like malformed JSON.
    notes = [...notes, { code: 'multipart', message: `Request body could not be parsed (${e.message}); read as empty` }];
    result = await mock.prism.request({ ...input, body: null }, ops, cfg)();
  }
  if (E.isLeft(result)) return Object.assign(ctx, { notes, reply: { problem: result.left } });
  return Object.assign(ctx, { notes, prismAnswer: result.right });
}

// What we did to the request and what Prism found, in the sl-violations header.
function reportViolations(ctx) {
  const { validations } = ctx.prismAnswer;
  const violations = ctx.notes
    .map(n => ({ location: ['request', 'body'], severity: 'Error', ...n }))
    .concat(validations.input.map(asViolation('request')), validations.output.map(asViolation('response')));
  if (violations.length) ctx.res.setHeader('sl-violations', violationsHeader(violations));
  return Object.assign(ctx, { violations });
}

// The status and body: Prism's, but a 422 names the fields that really failed, and what Prism
// lets through (every part of a multipart form, a query value sent empty) is checked too.
function nameFailedFields(ctx) {
  const { input, formFields, routed, prefer, spec } = ctx;
  const { output, validations } = ctx.prismAnswer;
  let body = output.body;
  let status = output.statusCode;
  const failed = validations.input.filter(v => v.severity === 0 && v.code !== 401);
  if (formFields && status < 300 && !failed.length) {
    // Prism 5.16 validates only the last part of a repeated multipart field and drops empty
    // ones (`other_recipients[]=`); we check every part it passed.
    const envelope = spec.validationEnvelope(routed, { ...input, body: formFields }, []);
    if (envelope) [status, body] = [422, envelope];
  }
  // Prism skips a query parameter sent empty (`?expire_to=`) as if it were absent; the spec's
  // schemas reject "" for most filters, so such a request gets the 422 the spec documents.
  const emptied = status < 400 ? emptyQueryViolations(routed, input.url.query) : [];
  if (emptied.length && documents422(routed)) {
    failed.push(...emptied);
    status = 422;
  }
  let named = false;
  if (status === 422 && failed.length && !(prefer.exampleKey && prefer.code === 422)) {
    // Prism serves the first documented 422 example whatever failed (unless one was asked
    // for with `Prefer: code=422, example=...`); name the fields that really failed.
    const asSent = formFields ? { ...input, body: formFields } : input;
    const envelope = spec.validationEnvelope(routed, asSent, failed);
    named = !!envelope && status === output.statusCode && !emptied.length && !formFields;
    body = envelope || body;
  }
  return Object.assign(ctx, { status, body, named });
}

// The answer as bytes, remembered by the fast path when nothing unusual went into it.
function buildAnswer(ctx, mock) {
  const { output } = ctx.prismAnswer;
  const contentType = output.headers?.['Content-type'];
  const headers = Object.entries(output.headers || {}).filter(([name]) => name.toLowerCase() !== 'content-type');
  if (contentType) headers.push(['Content-Type', contentType]);
  const answered = { status: ctx.status, headers, payload: Buffer.from(serialize(ctx.body, contentType)) };
  if (ctx.key && !ctx.violations.length && ctx.status === output.statusCode) {
    mock.fast.remember(ctx.key, ctx.routed, ctx.input, ctx.cfg.mock, answered);
  } else if (ctx.key && ctx.named) {
    // a 422 whose body names the fields of Prism's violations, all of them about the body
    mock.fast.rememberInvalid(ctx.key, ctx.routed, ctx.input, ctx.cfg.mock, answered, ctx.prismAnswer.validations.input);
  }
  return Object.assign(ctx, { reply: { answered } });
}

const STEPS = [
  answerFromMemoryEarly,
  allowOrigin,
  answerPreflight,
  parseTarget,
  authenticate,
  readTheBody,
  readContentType,
  routeByBody,
  decodeBody,
  refuseMethodOfConcretePath,
  judgeSession,
  answerFromMemory,
  choosePrefer,
  askPrism,
  reportViolations,
  nameFailedFields,
  buildAnswer,
];

// --- the replies ----------------------------------------------------------------------------

// {found: what the fast path remembers for it, if anything; body: the JSON body as read, for
// the slow path} for a request whose body is none or JSON. What the slow path would make of
// anything else (a multipart form, JSON that does not parse, a Content-Type it cannot read) is
// never memoized, so such requests miss.
function memoized(req, raw, fast) {
  let body = null;
  if (raw?.length) {
    if (!JSON_TYPE.test(req.headers['content-type'] || '')) return { body: undefined };
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return { body: undefined };
    }
  }
  const input = { headers: req.headers, body };
  return { found: fast.lookup(fast.keyOf(req, input), input), body: body === null ? undefined : body };
}

// The answer ({status, headers, payload}) to what the fast path found: a valid request's as
// Prism gave it; for an invalid one, the 422 built as nameFailedFields and reportViolations
// build it from Prism's violations (null when no field can be named: Prism answers then).
function replay(found, spec, input) {
  if (found.ok) return found.ok;
  const { bad, violations, operation } = found;
  const envelope = spec.validationEnvelope(operation, input, violations);
  if (!envelope) return null;
  const contentType = bad.headers.find(([name]) => name === 'Content-Type')?.[1];
  return {
    status: bad.status,
    headers: [['sl-violations', requestViolationsHeader(violations)], ...bad.headers],
    payload: Buffer.from(serialize(envelope, contentType)),
  };
}

// The sl-violations text of violations of the request, built once per list of them kept
// (schema-check.js keeps the lists of violations it words).
const headerOnce = new WeakMap();
function requestViolationsHeader(violations) {
  let header = headerOnce.get(violations);
  if (header === undefined) {
    header = violationsHeader(violations.map(asViolation('request')));
    if (Object.isFrozen(violations)) headerOnce.set(violations, header);
  }
  return header;
}

// Prism logs each violation of a 422 it answers (at warn and below); the compiled 422 one line.
function logInvalid(req, violations, mock) {
  mock.log.warn(`${req.method} ${req.url}: 422, ${violations} violations of the request body (sl-violations lists them)`);
}

// Whether the sessions change this answer (a success of an operation whose answers they make).
const rewritten = (session, { status, payload }, sessions) =>
  !!session?.operation && status === 200 && payload.length > 0 && sessions.rewrites(session.operation, payload);

// Writes an answer ({status, headers, payload}), through the sessions when they are on. `cors`:
// the CORS headers (a flat list) when they are not set on `res` yet.
function finish(res, session, input, answered, sessions, cors = null) {
  const { status, headers, payload } = answered;
  let bytes = payload;
  let code = status;
  const rewrite = rewritten(session, answered, sessions);
  const spliced = rewrite && sessions.answerBytes(session.operation, input, payload);
  if (spliced) bytes = spliced;
  else if (rewrite) {
    // Here, not in a step: an answer from memory skips the steps after answerFromMemory.
    let parsed;
    try {
      parsed = JSON.parse(bytes);
    } catch {
      // not JSON: nothing to change
    }
    if (parsed !== undefined) {
      const settled = sessions.answer(session.operation, input, parsed);
      [code, bytes] = [settled.status, Buffer.from(JSON.stringify(settled.body))];
    }
  }
  const head = cors && headOf(answered, cors, bytes.length);
  if (head) {
    res.writeHead(code, head);
    return res.end(bytes);
  }
  for (let i = 0; cors && i < cors.length; i += 2) res.setHeader(cors[i], cors[i + 1]);
  res.statusCode = code;
  for (const [name, value] of headers) res.setHeader(name, value);
  res.setHeader('Content-Length', bytes.length);
  res.end(bytes);
}

// Header names setHeader would keep once: an answer's own header of such a name replaces ours.
const ONCE = new Set([...CORS_NAMES, 'content-length']);

// Every header of an answer with the CORS headers `cors` (a flat list), as one flat list for one
// writeHead, in the order setHeader would give them; null when one of the answer's own headers
// is one of ours that setHeader would replace. `length`: the bytes written, the answer's own by
// default.
function headOf(answered, cors, length = answered.payload.length) {
  let flat = flatOnce.get(answered);
  if (flat === undefined) {
    flat = answered.headers.every(([name]) => !ONCE.has(name.toLowerCase())) ? answered.headers.flat() : null;
    flatOnce.set(answered, flat);
  }
  return flat && [...cors, ...flat, 'Content-Length', length];
}
const flatOnce = new WeakMap(); // an answer -> its own headers as one flat list, or null

// Prism's own errors (no such path or method, a Prefer it cannot read) stay Prism's problem+json:
// they are about using the mock, not answers of the API.
function problem(res, error, pathname, operations) {
  const { headers, ...additional } = error.additional || {};
  for (const [name, value] of Object.entries(headers || {})) res.setHeader(name, value);
  if (error.status === 405) {
    // RFC 9110 requires a 405 to say which methods the path takes; Prism's does not.
    const allowed = operationsAt(operations, pathname).map(o => o.method.toUpperCase());
    res.setHeader('Allow', [...new Set(allowed)].sort().join(', '));
  }
  const json = ProblemJsonError.toProblemJson({ ...error, name: error.name, message: error.message, additional });
  send(res, json.status, json, PROBLEM);
}

function write(ctx, mock) {
  const { res, reply } = ctx;
  if (reply.done) return undefined; // written already
  if (reply.answered) {
    const asSent = ctx.formFields ? { ...ctx.input, body: ctx.formFields } : ctx.input;
    return finish(res, ctx.session, asSent, reply.answered, mock.sessions, reply.cors);
  }
  if (reply.problem) return problem(res, reply.problem, ctx.pathname, ctx.spec.ops);
  return send(res, reply.status, reply.body, reply.contentType);
}

// The spec served: its operations and what is derived from them.
function specOf(ops) {
  return {
    ops,
    operationOf: input => E.getOrElseW(() => undefined)(route({ resources: ops, input })),
    validationEnvelope: createValidationEnvelope(ops),
  };
}

// `log` writes one line per request ("[HTTP SERVER] info POST /api/send"), formatted here
// rather than through pino and back; Prism's own lines still go through `logger`.
// `fastPath` false: every request goes to Prism (the differential test's reference).
// `sessions`: sessions.js's, or null. `reload(operations)` serves another spec from now on.
function createHandler({ prism, operations, config, log, fastPath = true, sessions = null }) {
  const mock = { prism, config, log, sessions, fast: fastPath ? createFastPath(operations) : null, spec: specOf(operations) };

  // The steps from `from` on; synchronous until a step returns a promise, so that a request
  // answered at once (from memory, without a body) waits for no promise at all.
  function run(ctx, from) {
    for (let i = from; i < STEPS.length; i++) {
      const next = STEPS[i](ctx, mock);
      if (next instanceof Promise) return next.then(read => (read.reply ? write(read, mock) : run(read, i + 1)));
      if (next.reply) return write(next, mock);
      ctx = next;
    }
    throw new Error(`no step answered ${ctx.req.method} ${ctx.req.url}`);
  }

  const handle = (req, res) => {
    const failed = e => {
      log.error(`${req.method} ${req.url} failed: ${e?.stack || e}`);
      if (res.headersSent) return res.destroy();
      if (!res.hasHeader('access-control-allow-origin')) setCors(req, res);
      send(res, 500, { type: 'about:blank', title: 'Mock error', status: 500, detail: String(e) }, PROBLEM);
    };
    try {
      // One spec for the whole request, even if a reload comes in meanwhile.
      const done = run({ req, res, spec: mock.spec, notes: [] }, 0);
      if (done instanceof Promise) done.catch(failed);
    } catch (e) {
      failed(e);
    }
  };
  // How many keys the fast path holds, and its bound (make soak checks the bound holds).
  handle.memory = () => ({
    keys: mock.fast ? mock.fast.size : 0,
    bound: MAX_ENTRIES,
    exact: mock.fast ? mock.fast.exact : { entries: 0, bytes: 0, bound: 0, boundBytes: 0 },
  });
  handle.reload = next => {
    mock.spec = specOf(next);
    if (mock.fast) mock.fast.reload(next);
  };
  return handle;
}

module.exports = { createHandler };
