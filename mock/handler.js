// The HTTP side of the mock: Prism's core (router, validator, negotiator) behind our own request
// handler. It replaces @stoplight/prism-http-server 5.16, whose handler loses requests and the
// process on bad input (each case is named in the step that handles it), and it is where 422
// bodies get their field-specific errors. MOCK_SESSIONS adds sessions (sessions.js).
//
// As it arrives, a request gets its plan of latency and faults (faults.js): a fault other than
// a hang answers in its place. Then it is handled in four parts, in this order:
//   1. decide: the STEPS below, in order, read the request and decide its answer. Each step has
//      one job: it reads the context (`ctx`, its fields named in Context), fills in what it
//      found, or `answer` when the answer is decided. The steps read nothing but the request
//      and the spec, and the sessions' judgement of its token (`judgeSession`, the one step
//      that reads state): the same request so judged gets the same answer.
//   2. from memory (fast-path.js), around deciding: a request byte for byte like one decided
//      before gets that decided answer again, every step's work in it and no step run again;
//      and `askPrism`, the costly step, gets Prism's answer from memory for a request Prism is
//      known to answer alike, the other steps going on from it. A rule added to a step is part
//      of every answer, from memory or not.
//   3. the door: once the answer is decided, the sessions and their world act on it, here and
//      nowhere else (sessions.js's `settle`). A store that does not answer (store/shared.js)
//      makes it a 503 in the API's error envelope, here or wherever the sessions are asked.
//   4. the one writer (wire.js's `writeAnswer`) sends it, after the plan's delay (a hang: half).
'use strict';

const E = require('fp-ts/Either');
const { route, getHttpConfigFromRequest, parseMIMEHeader, ProblemJsonError, NO_METHOD_MATCHED_ERROR } = require('./prism');
const { createValidationEnvelope, emptyQueryViolations, documents422 } = require('./field-errors');
const { canonicalMultipart } = require('./multipart');
const { createFastPath, MAX_ENTRIES } = require('./fast-path');
const { preferProblem, PREFER_STATUS, readsAsNoToken, faultAnswer, mockProblem } = require('./documented');
const { then } = require('./maybe');
const { StoreUnavailable } = require('./store/unavailable');
const { concreteAt, operationsAt, described } = require('./operations');
const {
  BODY_LIMIT,
  JSON_TYPE,
  MULTIPART_TYPE,
  PROBLEM,
  BodyTooLarge,
  announcesBody,
  corsHeaders,
  readBody,
  violationsHeader,
  asViolation,
  serialize,
  answerOf,
  writeAnswer,
} = require('./wire');

// Everything the handling of one request knows, named here once; the steps fill it in.
class Context {
  constructor(req, res, spec, log) {
    this.req = req;
    this.res = res;
    this.writeLog = log; // the mock's log (written at once, and kept in `logs`)
    this.spec = spec; // the spec served (specOf): one for the whole request, even across a reload
    this.raw = null; // the body's bytes, or null
    this.tooLarge = false; // the body was over BODY_LIMIT, read as none
    this.exactKey = null; // the fast path's key of the request's very bytes
    this.url = null; // the target as a URL
    this.pathname = null; // its path, a leading /v1 dropped
    this.input = null; // the request as Prism reads it: method, url, headers, body
    this.operation = undefined; // the operation it is for (undefined: none or not yet routed)
    this.formFields = null; // a multipart body's fields, every part as sent
    this.notes = []; // what was done to the request to read it (sl-violations says so)
    this.verdict = null; // the sessions' judgement of its token: null, 'header' or 'body'
    this.prefer = null; // Prism's reading of `Prefer`
    this.cfg = null; // Prism's config for this request
    this.key = null; // the fast path's key of what Prism's answer depends on
    this.prismAnswer = null; // Prism's {output, validations}, or the fast path's for it
    this.asked = false; // whether Prism itself was asked (its answer is then not kept by bytes)
    this.status = 0; // the status decided, before it is built into `answer`
    this.body = undefined; // the body decided, before it is built into `answer`
    this.headers = []; // headers of the answer decided so far ([name, value] pairs)
    this.answer = null; // the answer decided: {status, headers, payload}
    this.logs = []; // the log lines deciding wrote: [level, text], again with an answer from memory
    this.plan = null; // its latency and fault (faults.js): a delay, a hang, or null
  }

  log(level, text) {
    this.writeLog[level](text);
    this.logs.push([level, text]);
  }

  // The request as the sessions and their world read it: a multipart body as its fields.
  get asSent() {
    return this.formFields && this.input ? { ...this.input, body: this.formFields } : this.input;
  }
}

const hasBody = ctx => !!ctx.raw?.length;
const withHeaders = (input, headers) => ({ ...input, headers });
const withoutHeader = (headers, name) => Object.fromEntries(Object.entries(headers).filter(([key]) => key !== name));

// Prism's MIME parser (whatwg-mimetype) throws on a Content-Type it cannot read, and the mock
// answered 500. (Asked once per value: a client sends the same few.)
const readable = new Map();
function readableContentType(value) {
  let known = readable.get(value);
  if (known === undefined) {
    try {
      parseMIMEHeader(value);
      known = true;
    } catch {
      known = false;
    }
    if (readable.size < MAX_ENTRIES) readable.set(value, known);
  }
  return known;
}

// The body read into the context, once: `raw` (a Buffer or null) and whether it was too large.
function readTheBody(ctx) {
  if (!announcesBody(ctx.req)) return ctx;
  return readBody(ctx.req).then(
    raw => Object.assign(ctx, { raw }),
    e => {
      if (!(e instanceof BodyTooLarge)) throw e;
      return Object.assign(ctx, { tooLarge: true });
    },
  );
}

// --- the steps, in order --------------------------------------------------------------------

// A CORS preflight is the browser's question, not a call of the API.
function answerPreflight(ctx) {
  const { req } = ctx;
  if (req.method !== 'OPTIONS' || !req.headers.origin || !req.headers['access-control-request-method']) return ctx;
  ctx.log('info', `${req.method} ${req.url}`);
  return Object.assign(ctx, { answer: answerOf(204, undefined, undefined, [['Access-Control-Allow-Methods', req.headers['access-control-request-method']]]) });
}

// The URL as Prism's input: path, query, headers; the body comes later.
function parseTarget(ctx) {
  const { req } = ctx;
  let url;
  try {
    url = new URL(req.url, 'http://mock');
  } catch {
    ctx.log('info', `${req.method} ${req.url}`);
    const detail = `Not a URL: ${req.url}`;
    return Object.assign(ctx, { answer: answerOf(400, { type: 'about:blank', title: 'Bad Request', status: 400, detail }, PROBLEM) });
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
function authenticate(ctx) {
  const { req, input } = ctx;
  const scheme = readsAsNoToken(req.headers.authorization);
  if (!scheme) {
    ctx.log('info', `${req.method} ${req.url}`);
    return ctx;
  }
  ctx.log('warn', `${req.method} ${req.url}: Authorization starts with "${scheme} "; the API takes the token raw, without a scheme (read as no token: the 401 where one is needed)`);
  return Object.assign(ctx, { input: withHeaders(input, withoutHeader(input.headers, 'authorization')) });
}

// A body over Prism's limit is read as none (and the connection closed: the writer's).
function noteTooLarge(ctx) {
  if (!ctx.tooLarge) return ctx;
  return Object.assign(ctx, { notes: [...ctx.notes, { code: 'size', message: `Request body is larger than ${BODY_LIMIT} bytes; read as empty` }] });
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

// The operation the request is for: how to read a body depends on it.
function routeRequest(ctx) {
  return Object.assign(ctx, { operation: ctx.spec.operationOf(ctx.input) });
}

// The body as Prism's input: JSON parsed, a multipart form re-encoded (the one that waits),
// anything else as text.
function decodeBody(ctx) {
  if (!hasBody(ctx)) return ctx;
  const { raw, input, operation } = ctx;
  if (operation && !operation.request?.body) {
    // The API ignores a body on an operation that takes none (logout, check_token); Prism
    // would answer 415, a status those operations do not document.
    return Object.assign(ctx, { input: withHeaders(input, { ...input.headers, 'content-length': '0' }) });
  }
  const contentType = input.headers['content-type'];
  if (MULTIPART_TYPE.test(contentType || '')) return decodeMultipart(ctx, contentType);
  const text = raw.toString('utf8');
  if (JSON_TYPE.test(contentType || '')) {
    // Prism 5.16 never answered a body that is not JSON ('{', 'abc', a NUL byte): its catch
    // waits for the request's 'end', which has already fired. We read such a body as
    // missing, so it fails validation like an empty form: the documented 422.
    try {
      return Object.assign(ctx, { input: { ...input, body: JSON.parse(text) } });
    } catch (e) {
      const note = { code: 'json', message: `Request body is not valid JSON (${e.message}); read as empty` };
      return Object.assign(ctx, { input: { ...input, body: null }, notes: [...ctx.notes, note] });
    }
  }
  return Object.assign(ctx, { input: { ...input, body: text } });
}

async function decodeMultipart(ctx, contentType) {
  const { raw, input, operation } = ctx;
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

// OpenAPI matches a concrete path before a templated one: a PUT to the concrete
// `/api/phonebooks/options` (POST only) is a 405, not a PUT to `/api/phonebooks/{phonebook_id}`
// with the id "options", where Prism's router would take it.
function refuseMethodOfConcretePath(ctx) {
  const { pathname, input } = ctx;
  const concrete = ctx.spec.concreteAt(pathname);
  if (!concrete.length || concrete.some(o => o.method === input.method)) return ctx;
  const detail = `The route ${pathname} has been matched, but it does not have "${input.method}" method defined`;
  return Object.assign(ctx, { answer: problemAnswer(ProblemJsonError.fromTemplate(NO_METHOD_MATCHED_ERROR, detail), pathname, ctx.spec.ops) });
}

// Sessions judge the token (the one step that reads state): a token not issued here is
// answered as no token, a body's token not good for this step as the operation's documented 401.
function judgeSession(ctx, mock) {
  if (!mock.sessions || !ctx.operation) return ctx;
  const { input } = ctx;
  return then(mock.sessions.judge(ctx.operation, ctx.asSent), verdict => {
    if (verdict === 'header') return Object.assign(ctx, { verdict, input: withHeaders(input, withoutHeader(input.headers, 'authorization')) });
    if (verdict) return Object.assign(ctx, { verdict, input: withHeaders(input, { ...input.headers, prefer: 'code=401' }) });
    return ctx;
  });
}

// Prism's reading of `Prefer` (a status, an example, dynamic): one it cannot read is Prism's
// problem; one naming what the operation does not document, our 404 listing what it has.
function choosePrefer(ctx, mock) {
  const { req, input, operation } = ctx;
  const requestConfig = ctx.spec.preferOf(input, ctx.url.search);
  if (E.isLeft(requestConfig)) return Object.assign(ctx, { answer: problemAnswer(requestConfig.left, ctx.pathname, ctx.spec.ops) });
  const prefer = requestConfig.right;
  const misuse = operation && preferProblem(described(operation), { code: prefer.code, example: prefer.exampleKey });
  if (misuse) {
    ctx.log('warn', `${req.method} ${req.url}: ${misuse.meta.message}`);
    return Object.assign(ctx, { answer: answerOf(PREFER_STATUS, misuse, 'application/json') });
  }
  let cfg = mock.configs.get(prefer);
  if (cfg === undefined) {
    cfg = { ...mock.config, mock: { ...mock.config.mock, ...prefer } };
    mock.configs.set(prefer, cfg);
  }
  return Object.assign(ctx, { prefer, cfg });
}

// Prism validates the request and picks the answer; the fast path answers for it when Prism is
// known to answer alike (the same operation, Accept, Prefer, token and verdict on the body).
function askPrism(ctx, mock) {
  const { input, req } = ctx;
  // (Only for a request Prism is given as it came: no note of ours changed it.)
  const key = mock.fast && !ctx.url.search && !ctx.notes.length ? mock.fast.keyOf(req, input) : null;
  const found = key && mock.fast.lookup(key, input);
  if (found) {
    if (found.invalid) logInvalid(ctx, found.invalid);
    return Object.assign(ctx, { key, prismAnswer: found.answer });
  }
  return prismItself(Object.assign(ctx, { key }), mock);
}

async function prismItself(ctx, mock) {
  const { input, cfg, key } = ctx;
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
  if (E.isLeft(result)) return Object.assign(ctx, { notes, asked: true, answer: problemAnswer(result.left, ctx.pathname, ctx.spec.ops) });
  if (key) mock.fast.remember(key, ctx.operation, input, cfg.mock, result.right);
  return Object.assign(ctx, { notes, asked: true, prismAnswer: result.right });
}

// What we did to the request and what Prism found, in the sl-violations header.
function reportViolations(ctx) {
  const { validations } = ctx.prismAnswer;
  let header;
  if (!ctx.notes.length && !validations.output.length) {
    if (!validations.input.length) return ctx;
    header = requestViolationsHeader(validations.input);
  } else {
    const violations = ctx.notes
      .map(n => ({ location: ['request', 'body'], severity: 'Error', ...n }))
      .concat(validations.input.map(asViolation('request')), validations.output.map(asViolation('response')));
    header = violationsHeader(violations);
  }
  return Object.assign(ctx, { headers: [...ctx.headers, ['sl-violations', header]] });
}

// The status and body: Prism's, but a 422 names the fields that really failed, and what Prism
// lets through (every part of a multipart form, a query value sent empty) is checked too.
function nameFailedFields(ctx) {
  const { input, formFields, operation, prefer, spec } = ctx;
  const { output, validations } = ctx.prismAnswer;
  let body = output.body;
  let status = output.statusCode;
  // (The list as it came when every violation is one: a list the fast path keeps is worded once.)
  const counts = v => v.severity === 0 && v.code !== 401;
  let failed = validations.input.every(counts) ? validations.input : validations.input.filter(counts);
  if (formFields && status < 300 && !failed.length) {
    // Prism 5.16 validates only the last part of a repeated multipart field and drops empty
    // ones (`other_recipients[]=`); we check every part it passed.
    const envelope = spec.validationEnvelope(operation, { ...input, body: formFields }, []);
    if (envelope) [status, body] = [422, envelope];
  }
  // Prism skips a query parameter sent empty (`?expire_to=`) as if it were absent; the spec's
  // schemas reject "" for most filters, so such a request gets the 422 the spec documents.
  const emptied = status < 400 ? emptyQueryViolations(operation, input.url.query) : [];
  if (emptied.length && documents422(operation)) {
    failed = [...failed, ...emptied];
    status = 422;
  }
  if (status === 422 && failed.length && !(prefer.exampleKey && prefer.code === 422)) {
    // Prism serves the first documented 422 example whatever failed (unless one was asked
    // for with `Prefer: code=422, example=...`); name the fields that really failed.
    const envelope = spec.validationEnvelope(operation, ctx.asSent, failed);
    body = envelope || body;
  }
  return Object.assign(ctx, { status, body });
}

// The answer as bytes: Prism's headers, ours before them.
function buildAnswer(ctx) {
  const { output } = ctx.prismAnswer;
  const own = ownOf(output);
  const headers = ctx.headers.length ? [...ctx.headers, ...own.headers] : own.headers;
  const payload = ctx.body === output.body && ctx.status === output.statusCode ? own.payload : Buffer.from(serialize(ctx.body, own.contentType));
  return Object.assign(ctx, { answer: { status: ctx.status, headers, payload } });
}

// Prism's answer's own headers (Content-Type last) and bytes, worked out once per answer: one
// the fast path keeps comes back for every request it answers.
const ownOnce = new WeakMap();
function ownOf(output) {
  let own = ownOnce.get(output);
  if (own === undefined) {
    const contentType = output.headers?.['Content-type'];
    const headers = Object.entries(output.headers || {}).filter(([name]) => name.toLowerCase() !== 'content-type');
    if (contentType) headers.push(['Content-Type', contentType]);
    own = { contentType, headers, payload: Buffer.from(serialize(output.body, contentType)) };
    ownOnce.set(output, own);
  }
  return own;
}

const STEPS = [
  answerPreflight,
  parseTarget,
  authenticate,
  noteTooLarge,
  readContentType,
  routeRequest,
  decodeBody,
  refuseMethodOfConcretePath,
  judgeSession,
  choosePrefer,
  askPrism,
  reportViolations,
  nameFailedFields,
  buildAnswer,
];

// --- the answers ----------------------------------------------------------------------------

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
function logInvalid(ctx, violations) {
  ctx.log('warn', `${ctx.req.method} ${ctx.req.url}: 422, ${violations} violations of the request body (sl-violations lists them)`);
}

// Prism's own errors (no such path or method, a Prefer it cannot read) stay Prism's problem+json:
// they are about using the mock, not answers of the API.
function problemAnswer(error, pathname, operations) {
  const { headers, ...additional } = error.additional || {};
  const own = Object.entries(headers || {});
  if (error.status === 405) {
    // RFC 9110 requires a 405 to say which methods the path takes; Prism's does not.
    const allowed = operationsAt(operations, pathname).map(o => o.method.toUpperCase());
    own.push(['Allow', [...new Set(allowed)].sort().join(', ')]);
  }
  const json = ProblemJsonError.toProblemJson({ ...error, name: error.name, message: error.message, additional });
  return answerOf(json.status, json, PROBLEM, own);
}

// The spec served: its operations and what is derived from them.
function specOf(ops) {
  const routes = new Map(); // `${method} ${path}` -> the operation, for requests without a server
  const prefers = new Map(); // a Prefer header -> Prism's reading of it, for requests without a query
  const concrete = new Map(); // a path -> the operations documented at exactly it
  return {
    ops,
    concreteAt(pathname) {
      let found = concrete.get(pathname);
      if (found === undefined) {
        found = concreteAt(ops, pathname);
        if (concrete.size < MAX_ENTRIES) concrete.set(pathname, found);
      }
      return found;
    },
    preferOf(input, search) {
      if (search) return getHttpConfigFromRequest(input);
      const header = input.headers.prefer ?? '';
      let read = prefers.get(header);
      if (read === undefined) {
        read = getHttpConfigFromRequest(input);
        if (prefers.size < MAX_ENTRIES) prefers.set(header, read);
      }
      return read;
    },
    operationOf(input) {
      const known = input.url.baseUrl === undefined ? `${input.method} ${input.url.path}` : null;
      if (known !== null && routes.has(known)) return routes.get(known);
      const operation = E.getOrElseW(() => undefined)(route({ resources: ops, input }));
      if (known !== null && routes.size < MAX_ENTRIES) routes.set(known, operation);
      return operation;
    },
    validationEnvelope: createValidationEnvelope(ops),
  };
}

// `log` writes one line per request ("[HTTP SERVER] info POST /api/send"), formatted here
// rather than through pino and back; Prism's own lines still go through `logger`.
// `fastPath` false: every request goes to Prism (the differential test's reference).
// `sessions`: sessions.js's, or null. `planOf`: faults.js's, or none. `reload(operations)`
// serves another spec from now on.
function createHandler({ prism, operations, config, log, fastPath = true, sessions = null, planOf = () => null }) {
  const mock = {
    prism,
    config,
    log,
    sessions,
    fast: fastPath ? createFastPath(operations) : null,
    spec: specOf(operations),
    configs: new WeakMap(), // Prism's reading of a Prefer -> its config with it
  };

  // 1. The steps from `from` on, until one decides the answer; synchronous until a step returns
  // a promise, so that a request answered at once waits for no promise at all.
  function decide(ctx, from = 0) {
    for (let i = from; i < STEPS.length; i++) {
      const next = STEPS[i](ctx, mock);
      if (next instanceof Promise) return next.then(read => (read.answer ? read : decide(read, i + 1)));
      if (next.answer) return next;
      ctx = next;
    }
    throw new Error(`no step decided ${ctx.req.method} ${ctx.req.url}`);
  }

  // 2. The fast path around deciding: the decided answer of a request byte for byte like one
  // decided before (fast-path.js), when the sessions judge its token as they did then.
  const judgedAlike = kept => !(mock.sessions && kept.operation) || then(mock.sessions.judge(kept.operation, kept.input), verdict => !verdict);
  const answer = mock.fast ? mock.fast.around(decide, judgedAlike, log) : decide;

  // 3. The door: the sessions and their world act on the decided answer, once.
  function door(ctx) {
    if (!mock.sessions || !ctx.operation) return write(ctx);
    return then(mock.sessions.settle(ctx.operation, ctx.asSent, ctx.answer), settled => write(Object.assign(ctx, { answer: settled })));
  }

  // 4. The one writer, after the plan's delay.
  function write(ctx) {
    const first = corsHeaders(ctx.req);
    if (ctx.tooLarge) first.push('Connection', 'close');
    const hang = ctx.plan?.fault === 'hang';
    if (!ctx.plan?.delay) return writeAnswer(ctx.res, ctx.answer, first, hang);
    setTimeout(() => writeAnswer(ctx.res, ctx.answer, first, hang), ctx.plan.delay);
  }

  // A request's fault in place of its answer, or its Prefer word that cannot be used, after the
  // plan's delay; its body read first, as a server that fails reads it.
  function inject(req, res, plan) {
    const gone = () => res.destroyed;
    const after = next => readBody(req).then(
      () => (plan.delay ? setTimeout(next, plan.delay) : next()),
      () => next(),
    );
    if (plan.problem) {
      log.warn(`${req.method} ${req.url}: ${plan.problem.meta.message}`);
      return after(() => gone() || writeAnswer(res, answerOf(PREFER_STATUS, plan.problem, 'application/json'), corsHeaders(req)));
    }
    log.warn(`${req.method} ${req.url}: fault ${plan.fault} injected (${plan.why})`);
    const faulty = faultAnswer(plan.fault, plan.why);
    if (!faulty) return after(() => req.socket.destroy()); // drop
    const headers = Object.entries(faulty.headers);
    return after(() => gone() || writeAnswer(res, answerOf(faulty.status, faulty.body, 'application/json', headers), corsHeaders(req)));
  }

  const handle = (req, res) => {
    const failed = e => {
      if (e instanceof StoreUnavailable) {
        log.warn(`${req.method} ${req.url}: 503, ${e.message}`);
        if (res.headersSent) return res.destroy();
        return writeAnswer(res, answerOf(503, mockProblem(503, e.message), 'application/json'), corsHeaders(req));
      }
      log.error(`${req.method} ${req.url} failed: ${e?.stack || e}`);
      if (res.headersSent) return res.destroy();
      writeAnswer(res, answerOf(500, { type: 'about:blank', title: 'Mock error', status: 500, detail: String(e) }, PROBLEM), corsHeaders(req));
    };
    try {
      const plan = planOf(req);
      if (plan && (plan.problem || (plan.fault && plan.fault !== 'hang'))) return inject(req, res, plan);
      if (plan?.asked) log.info(`${req.method} ${req.url}: held back ${plan.delay} ms (Prefer: delay=${plan.delay})`);
      if (plan?.fault) log.warn(`${req.method} ${req.url}: fault hang injected (${plan.why}): its answer stops halfway`);
      // One spec for the whole request, even if a reload comes in meanwhile.
      const ctx = new Context(req, res, mock.spec, log);
      ctx.plan = plan;
      const read = readTheBody(ctx);
      const decided = read instanceof Promise ? read.then(answer) : answer(read);
      const done = decided instanceof Promise ? decided.then(door) : door(decided);
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
