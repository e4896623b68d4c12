// The HTTP side of the mock: Prism's core (router, validator, negotiator) behind our own request
// handler. It replaces @stoplight/prism-http-server 5.16, whose handler loses requests and the
// process on bad input (each case is named where it is handled below), and it is where 422
// bodies get their field-specific errors. A request like one Prism already found valid is
// answered from memory (fast-path.js); MOCK_SESSIONS adds sessions (sessions.js).
'use strict';

const E = require('fp-ts/Either');
// Deep imports: the exact files are pinned by package-lock.json (Prism 5.16.0).
const { getHttpConfigFromRequest } = require('@stoplight/prism-http-server/dist/getHttpConfigFromRequest');
const route = require('@stoplight/prism-http/dist/router').default;
const { ProblemJsonError } = require('@stoplight/prism-http');
const { NO_METHOD_MATCHED_ERROR } = require('@stoplight/prism-http/dist/router/errors');
const { createValidationEnvelope, emptyQueryViolations, documents422 } = require('./field-errors');
const { canonicalMultipart } = require('./multipart');
const { createFastPath } = require('./fast-path');
const { preferProblem, PREFER_STATUS } = require('./prefer');
const { parseMIMEHeader } = require('@stoplight/prism-http/dist/validator/validators/headers');

const BODY_LIMIT = 10 * 1024 * 1024; // Prism's own limit
const HEADER_LIMIT = 8 * 1024 - 100; // Prism's own cap on sl-violations
const JSON_TYPE = /^\s*application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
const MULTIPART_TYPE = /^\s*multipart\/form-data\s*(?:;|$)/i;
const PROBLEM = 'application/problem+json';
// The API takes the token raw; a scheme before it is the likeliest integration bug.
const SCHEME_PREFIX = /^\s*(Bearer|Basic|Token|Digest|ApiKey|JWT)\s+\S/i;

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

function serialize(body, contentType) {
  const asText = typeof body === 'string' && !JSON_TYPE.test(contentType || '');
  return body === undefined || (body === null && !contentType) ? '' : asText ? body : JSON.stringify(body);
}

function send(res, status, body, contentType) {
  const payload = serialize(body, contentType);
  res.statusCode = status;
  if (contentType) res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', Buffer.byteLength(payload));
  res.end(payload);
}

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

// `log` writes one line per request ("[HTTP SERVER] info POST /api/send"), formatted here
// rather than through pino and back; Prism's own lines still go through `logger`.
// `fastPath` false: every request goes to Prism (the differential test's reference).
// `sessions`: sessions.js's, or null. `reload(operations)` serves another spec from now on.
function createHandler({ prism, operations, config, log, fastPath = true, sessions = null }) {
  let ops;
  let operationOf;
  let validationEnvelope;
  const fast = fastPath ? createFastPath() : null;
  function reload(next) {
    ops = next;
    operationOf = input => E.getOrElseW(() => undefined)(route({ resources: ops, input }));
    validationEnvelope = createValidationEnvelope(ops);
    if (fast) fast.clear();
  }
  reload(operations);

  async function answer(req, res) {
    setCors(req, res);
    if (req.method === 'OPTIONS' && req.headers.origin && req.headers['access-control-request-method']) {
      log.info(`${req.method} ${req.url}`);
      res.setHeader('Access-Control-Allow-Methods', req.headers['access-control-request-method']);
      return send(res, 204);
    }

    // The fast path first, before the URL, Prefer and the rest are parsed for Prism; `raw` is
    // the body, read here or below.
    let raw = null;
    let bodyRead = false;
    let tooLarge = false;
    const readOnce = async () => {
      bodyRead = true;
      try {
        raw = await readBody(req);
      } catch (e) {
        if (!(e instanceof BodyTooLarge)) throw e;
        tooLarge = true;
      }
    };
    let early; // the fast path's try: {body} as it read it, when it missed
    if (fast && !sessions && fast.plainTarget(req.url) && !SCHEME_PREFIX.test(req.headers.authorization || '')) {
      await readOnce();
      early = tooLarge ? undefined : memoized(req, raw);
      if (early && early.known) {
        log.info(`${req.method} ${req.url}`);
        return finish(res, null, null, early.known);
      }
    }

    let url;
    try {
      url = new URL(req.url, 'http://mock');
    } catch {
      log.info(`${req.method} ${req.url}`);
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

    if (SCHEME_PREFIX.test(req.headers.authorization || '')) {
      // Answered as a request without a token: the documented 401, as the API answers it.
      const scheme = SCHEME_PREFIX.exec(req.headers.authorization)[1];
      log.warn(`${req.method} ${req.url}: Authorization starts with "${scheme} "; the API takes the token raw, without a scheme (read as no token: the 401 where one is needed)`);
      const { authorization: _, ...others } = req.headers;
      input.headers = others;
    } else {
      log.info(`${req.method} ${req.url}`);
    }

    if (!bodyRead) await readOnce();
    if (tooLarge) {
      res.setHeader('Connection', 'close');
      notes.push({ code: 'size', message: `Request body is larger than ${BODY_LIMIT} bytes; read as empty` });
    }

    const contentType = input.headers['content-type'];
    if (contentType !== undefined && !readableContentType(contentType)) {
      // Without a body the type means nothing; with one, it is a type no operation takes.
      const { 'content-type': _, ...others } = input.headers;
      input.headers = raw && raw.length ? { ...others, 'content-type': 'application/octet-stream' } : others;
      notes.push({ code: 'content-type', message: `Content-Type "${contentType}" is not a media type; read as ${raw && raw.length ? 'application/octet-stream' : 'absent'}` });
    }

    const operation = raw && raw.length ? operationOf(input) : undefined;
    if (raw && raw.length && operation && !operation.request?.body) {
      // The API ignores a body on an operation that takes none (logout, check_token); Prism
      // would answer 415, a status those operations do not document.
      input.headers = { ...input.headers, 'content-length': '0' };
    } else if (raw && raw.length) {
      input.body = raw.toString('utf8');
      if (JSON_TYPE.test(input.headers['content-type'] || '')) {
        // Prism 5.16 never answered a body that is not JSON ('{', 'abc', a NUL byte): its catch
        // waits for the request's 'end', which has already fired. We read such a body as
        // missing, so it fails validation like an empty form: the documented 422.
        try {
          input.body = early && early.body !== undefined ? early.body : JSON.parse(input.body);
        } catch (e) {
          input.body = null;
          notes.push({ code: 'json', message: `Request body is not valid JSON (${e.message}); read as empty` });
        }
      } else if (MULTIPART_TYPE.test(input.headers['content-type'] || '')) {
        const content = (operation?.request?.body?.contents || []).find(c => c.mediaType === 'multipart/form-data');
        try {
          const form = await canonicalMultipart(raw, input.headers['content-type'], content && content.schema);
          input.body = form.body.toString('utf8');
          formFields = form.fields;
          input.headers = { ...input.headers, 'content-type': form.contentType, 'content-length': String(form.body.length) };
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
    const concrete = ops.filter(o => o.path === pathname);
    if (concrete.length && !concrete.some(o => o.method === input.method)) {
      const detail = `The route ${pathname} has been matched, but it does not have "${input.method}" method defined`;
      return problem(res, ProblemJsonError.fromTemplate(NO_METHOD_MATCHED_ERROR, detail), pathname);
    }

    // Sessions judge the token first: a token not issued here is answered as no token.
    let session = null;
    if (sessions) {
      session = { operation: operation || operationOf(input) };
      const refused = session.operation && sessions.refuse(session.operation, input);
      if (refused === 'header') {
        const { authorization: _, ...others } = input.headers;
        input.headers = others;
      } else if (refused === 'body') {
        input.headers = { ...input.headers, prefer: 'code=401' };
      }
    }

    // Multipart forms and query strings are checked beyond Prism below: never from memory.
    const key = fast && !notes.length && !url.search && !formFields ? fast.keyOf(req, input) : null;
    // Asked already, unless the request was read otherwise since (sessions, a body dropped)
    const askedAlready = early && input.headers === req.headers;
    const known = key && !askedAlready && fast.lookup(key, input);
    if (known) return finish(res, session, input, known);

    const requestConfig = getHttpConfigFromRequest(input);
    if (E.isLeft(requestConfig)) return problem(res, requestConfig.left, pathname);
    const cfg = { ...config, mock: { ...config.mock, ...requestConfig.right } };

    const routed = operation || (session && session.operation) || operationOf(input);
    const misuse = routed && preferProblem(routed, requestConfig.right);
    if (misuse) {
      log.warn(`${req.method} ${req.url}: ${misuse.meta.message}`);
      return send(res, PREFER_STATUS, misuse, 'application/json');
    }

    let result;
    try {
      result = await prism.request(input, ops, cfg)();
    } catch (e) {
      // Prism 5.16's body parsing can throw (it did on multipart names with '%' or ';', which
      // multipart.js now re-encodes), and nothing caught it: the process exited. Should any
      // body still make it throw, we read it as missing, like malformed JSON above.
      notes.push({ code: 'multipart', message: `Request body could not be parsed (${e.message}); read as empty` });
      result = await prism.request({ ...input, body: null }, ops, cfg)();
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
      const envelope = validationEnvelope(routed, { ...input, body: formFields }, []);
      if (envelope) [status, body] = [422, envelope];
    }
    const { code, exampleKey } = requestConfig.right;
    // Prism skips a query parameter sent empty (`?expire_to=`) as if it were absent; the spec's
    // schemas reject "" for most filters, so such a request gets the 422 the spec documents.
    const emptied = status < 400 ? emptyQueryViolations(routed, input.url.query) : [];
    if (emptied.length && documents422(routed)) {
      failed.push(...emptied);
      status = 422;
    }
    if (status === 422 && failed.length && !(exampleKey && code === 422)) {
      // Prism serves the first documented 422 example whatever failed (unless one was asked
      // for with `Prefer: code=422, example=...`); name the fields that really failed.
      const asSent = formFields ? { ...input, body: formFields } : input;
      body = validationEnvelope(routed, asSent, failed) || body;
    }
    const contentTypeOut = (output.headers || {})['Content-type'];
    const headers = Object.entries(output.headers || {}).filter(([name]) => name.toLowerCase() !== 'content-type');
    if (contentTypeOut) headers.push(['Content-Type', contentTypeOut]);
    const answered = { status, headers, payload: Buffer.from(serialize(body, contentTypeOut)) };
    if (key && !violations.length && status === output.statusCode) fast.remember(key, routed, input, cfg.mock, answered);
    return finish(res, session, input, answered);
  }

  // {known: the memoized answer, if any; body: the JSON body as read, for the slow path} for a
  // request whose body is none or JSON. What the slow path would make of anything else (a
  // multipart form, JSON that does not parse, a Content-Type it cannot read) is never
  // memoized, so such requests miss.
  function memoized(req, raw) {
    let body = null;
    if (raw && raw.length) {
      if (!JSON_TYPE.test(req.headers['content-type'] || '')) return { body: undefined };
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return { body: undefined };
      }
    }
    const input = { headers: req.headers, body };
    return { known: fast.lookup(fast.keyOf(req, input), input), body: body === null ? undefined : body };
  }

  // Writes an answer ({status, headers, payload}), through the sessions when they are on.
  function finish(res, session, input, { status, headers, payload }) {
    if (session && session.operation && status === 200 && payload.length) {
      try {
        payload = Buffer.from(JSON.stringify(sessions.answer(session.operation, input, JSON.parse(payload))));
      } catch {
        // not JSON: nothing to change
      }
    }
    res.statusCode = status;
    for (const [name, value] of headers) res.setHeader(name, value);
    res.setHeader('Content-Length', payload.length);
    res.end(payload);
  }

  // Prism's own errors (no such path or method, a Prefer it cannot read) stay Prism's problem+json:
  // they are about using the mock, not answers of the API.
  function problem(res, error, pathname) {
    const { headers, ...additional } = error.additional || {};
    for (const [name, value] of Object.entries(headers || {})) res.setHeader(name, value);
    if (error.status === 405) {
      // RFC 9110 requires a 405 to say which methods the path takes; Prism's does not. A
      // concrete path's own methods, else those of every templated path the URL matches.
      const concrete = ops.filter(o => o.path === pathname);
      const matched = concrete.length ? concrete : ops.filter(o => templateOf(o.path).test(pathname));
      const allowed = matched.map(o => o.method.toUpperCase());
      res.setHeader('Allow', [...new Set(allowed)].sort().join(', '));
    }
    const json = ProblemJsonError.toProblemJson({ ...error, name: error.name, message: error.message, additional });
    send(res, json.status, json, PROBLEM);
  }

  const handle = (req, res) => {
    answer(req, res).catch(e => {
      log.error(`${req.method} ${req.url} failed: ${(e && e.stack) || e}`);
      if (res.headersSent) return res.destroy();
      send(res, 500, { type: 'about:blank', title: 'Mock error', status: 500, detail: String(e) }, PROBLEM);
    });
  };
  handle.reload = reload;
  return handle;
}

module.exports = { createHandler };
