// The fast path: a request like one Prism has already found valid gets Prism's answer again, as
// the same status, headers and bytes, without asking Prism. Prism's answer to a valid request
// depends only on the operation, Accept and Prefer (static examples, no callbacks); what costs
// is its verdict, which collects every error of every `oneOf` branch. Here the same schema, as
// Prism normalizes it, is checked by the same Ajv with `allErrors: false`: the first error
// decides, and any error (or anything unusual) sends the request to Prism, whose verdict and
// answer stand. tests/mock/test_mock_fast_path.py compares both, byte for byte.
'use strict';

const O = require('fp-ts/Option');
const {
  Ajv,
  addFormats,
  mergeAllOf,
  dateTime,
  stripReadOnlyProperties,
  findContentByMediaTypeOrFirst,
  parseMIMEHeader,
} = require('./prism');

// Prism's options (validator/validators/utils.js) but the first error only; no coercion, as
// Prism validates a JSON body. One Ajv per spec served: Ajv keeps what it compiled.
function createAjv() {
  const ajv = new Ajv({ allErrors: false, allowUnionTypes: true, allowMatchingProperties: true, strict: false, coerceTypes: false, logger: false });
  addFormats(ajv);
  ajv.addFormat('date-time', dateTime.fmtDef(dateTime.date_time, dateTime.compareDateTime));
  return ajv;
}

const MAX_ENTRIES = 2000; // answers kept; the oldest goes first
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

// The check of a JSON body against `content`'s schema as Prism normalizes it (allOf merged,
// readOnly properties dropped): a function, `null` when Prism does not validate the body, or
// undefined when the fast path leaves it to Prism.
function compileCheck(ajv, operation, content) {
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
  return ajv.compile({ ...schema, __bundled__: operation.__bundled__ });
}

function createFastPath() {
  const answers = new Map(); // key -> {operation, check, status, headers, payload}
  let ajv = createAjv();
  let checks = new WeakMap(); // content of a request body -> its check (one per spec content)

  function checkFor(operation, contentType) {
    const content = jsonContent(operation, contentType);
    if (!content) return undefined;
    if (!checks.has(content)) checks.set(content, compileCheck(ajv, operation, content));
    return checks.get(content);
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

  // The memoized answer, if this request is valid as Prism judges it; else undefined.
  function lookup(key, input) {
    const entry = answers.get(key);
    if (!entry) return undefined;
    const body = input.body;
    if (entry.check === undefined) return body === null ? entry : undefined; // no body
    if (typeof body !== 'object' || body === null) return undefined;
    if (entry.check !== null && !entry.check(body)) return undefined;
    return entry;
  }

  // After Prism answered `input` with no violation at all: keep the answer when nothing but
  // what `keyOf` names can have decided it.
  function remember(key, operation, input, mockConfig, answer) {
    if (!operation || mockConfig.dynamic || mockConfig.seed !== undefined || !simpleOperation(operation)) return;
    const hasBody = input.body !== null && input.body !== undefined;
    let check;
    if (hasBody) {
      if (typeof input.body !== 'object') return;
      check = checkFor(operation, input.headers['content-type']);
      if (check === undefined) return;
    }
    if (answers.size >= MAX_ENTRIES) answers.delete(answers.keys().next().value);
    answers.set(key, { operation, check, ...answer });
  }

  function clear() {
    answers.clear();
    ajv = createAjv();
    checks = new WeakMap();
  }

  return { keyOf, lookup, remember, clear, plainTarget: target => SIMPLE_PATH.test(target), get size() { return answers.size; } };
}

module.exports = { createFastPath, MAX_ENTRIES };
