// HTTP in and out for the mock: reading a request's body, the one writer of answers, the CORS
// and sl-violations headers. Nothing here knows the spec.
'use strict';

const BODY_LIMIT = 10 * 1024 * 1024; // Prism's own limit
const HEADER_LIMIT = 8 * 1024 - 100; // Prism's own cap on sl-violations
const JSON_TYPE = /^\s*application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
const MULTIPART_TYPE = /^\s*multipart\/form-data\s*(?:;|$)/i;
const PROBLEM = 'application/problem+json';

class BodyTooLarge extends Error {}

// Whether the request announces a body: read from rawHeaders, which the parser has made anyway,
// rather than from `req.headers`, which Node builds from them on first use.
const BODY_HEADER = /^(?:content-length|transfer-encoding)$/i;
function announcesBody(req) {
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) if (BODY_HEADER.test(raw[i])) return true;
  return false;
}

// The body as a Buffer, or null when the request announces none.
function readBody(req) {
  if (!announcesBody(req)) return Promise.resolve(null);
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
    // One chunk (most bodies) is the body as it is, not copied
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

// Response headers must be Latin-1: Prism 5.16 copies violation messages, which quote the
// request's property names, into sl-violations as they are, so a name like `کد` made
// setHeader throw and killed the process. JSON's \u escapes keep the header readable.
function violationsHeader(validations) {
  const escaped = c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  const value = JSON.stringify(validations).replace(/[^\x20-\x7e]/g, escaped);
  return value.length > HEADER_LIMIT ? `Too many violations! ${value.slice(0, HEADER_LIMIT)}` : value;
}

// One of Prism's validation results as an sl-violations entry, `where` being request or response.
const asViolation = where => v => ({
  location: [where].concat(v.path || []),
  severity: typeof v.severity === 'number' ? ['Error', 'Warning', 'Information', 'Hint'][v.severity] : v.severity,
  code: v.code,
  message: v.message,
});

// The CORS headers of every answer, as a flat list (name, value, ...) as `writeHead` takes it.
function corsHeaders(req) {
  return [
    'Access-Control-Allow-Origin',
    req.headers.origin || '*',
    'Access-Control-Allow-Headers',
    req.headers['access-control-request-headers'] || '*',
    'Access-Control-Allow-Credentials',
    'true',
    // '*' exposes every header to a request without credentials only; name ours for the others.
    'Access-Control-Expose-Headers',
    '*, sl-violations',
    'Vary',
    'Origin',
  ];
}
const CORS_NAMES = new Set(corsHeaders({ headers: {} }).filter((_, i) => i % 2 === 0).map(name => name.toLowerCase()));

function serialize(body, contentType) {
  const asText = typeof body === 'string' && !JSON_TYPE.test(contentType || '');
  return body === undefined || (body === null && !contentType) ? '' : asText ? body : JSON.stringify(body);
}

// An answer as the writer takes it: {status, headers ([name, value] pairs), payload (bytes)}.
function answerOf(status, body, contentType, headers = []) {
  return { status, headers: contentType ? [...headers, ['Content-Type', contentType]] : headers, payload: Buffer.from(serialize(body, contentType)) };
}

// Header names setHeader would keep once: an answer's own header of such a name replaces ours.
const ONCE = new Set([...CORS_NAMES, 'content-length', 'connection']);

// Every header of an answer after `first` (a flat list: name, value, ...), as one flat list for
// one writeHead, in the order setHeader would give them; null when one of the answer's own
// headers is one of ours that setHeader would replace.
const flatOnce = new WeakMap(); // an answer's headers -> them as one flat list, or null
function headOf(answer, first) {
  let flat = flatOnce.get(answer.headers);
  if (flat === undefined) {
    flat = answer.headers.every(([name]) => !ONCE.has(name.toLowerCase())) ? answer.headers.flat() : null;
    flatOnce.set(answer.headers, flat);
  }
  return flat && [...first, ...flat, 'Content-Length', answer.payload.length];
}

// The one writer of the mock's answers: `answer` after `first` (the CORS headers, and
// `Connection: close` after a body too large, as a flat list), in one writeHead when it can.
// `stall`: the head and half the body, and never the rest (the fault `hang`: faults.js).
function writeAnswer(res, answer, first, stall = false) {
  if (res.destroyed) return; // the client went while the answer was held back (faults.js)
  const head = headOf(answer, first);
  if (head) res.writeHead(answer.status, head);
  else {
    for (let i = 0; i < first.length; i += 2) res.setHeader(first[i], first[i + 1]);
    res.statusCode = answer.status;
    for (const [name, value] of answer.headers) res.setHeader(name, value);
    res.setHeader('Content-Length', answer.payload.length);
  }
  if (!stall) return res.end(answer.payload);
  res.flushHeaders();
  res.write(answer.payload.subarray(0, answer.payload.length >> 1));
}

module.exports = {
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
};
