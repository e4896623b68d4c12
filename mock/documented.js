// What the mock answers where the spec leaves it to the mock: a token sent with a scheme, a
// `Prefer` naming what an operation does not document, a 422 that names the fields which
// failed, the latency and faults a `Prefer` asks for. The mock (handler.js, field-errors.js,
// faults.js) and the TypeScript client's msw
// handlers answer by these very functions: `make generate` copies this file into the client
// (generator/ts/generate.mjs), so it is plain JavaScript over plain data and requires nothing.
// Each side brings its own validator (Prism's, Ajv), its violations put in one form:
// {path: [segments of the body], required: whether a field is missing, missing: its name}.
//
// An operation, as both sides describe it: {id, responses: [{status, examples: {name: value}}]}.
'use strict';

const isObject = value => typeof value === 'object' && value !== null && !Array.isArray(value);

// --- 401: the token -------------------------------------------------------------------------

// The API takes the token raw; a scheme before it is the likeliest integration bug, read as no
// token (the documented 401 where one is needed).
const SCHEME_PREFIX = /^\s*(Bearer|Basic|Token|Digest|ApiKey|JWT)\s+\S/i;

/**
 * The scheme an Authorization value starts with, when it is read as no token; else null.
 * @param {string | null | undefined} authorization
 * @returns {string | null}
 */
function readsAsNoToken(authorization) {
  const found = SCHEME_PREFIX.exec(authorization || '');
  return found ? found[1] : null;
}

// --- Prefer: a status or an example the operation does not document -------------------------

// One clear 404 (what Prism answers: the example asked for is not found) in the API's error
// envelope, listing what the operation has. (Prism 5.16 answered some of these 500, others a
// 404 problem that did not say what to ask for instead.)
const PREFER_STATUS = 404;
const PREFER_CODE = `${PREFER_STATUS}-0`; // the mock's own message_code: the API's count from 1

const envelope = (message, code, errors) => ({
  data: null,
  meta: { status: false, message, message_parameters: [], message_code: code, errors },
});

/**
 * The envelope to answer a `Prefer` with ({code, example}, as read from the header), or null
 * when the operation documents what it asks for.
 * @param {{id: string, responses: {status: string, examples: Record<string, unknown>}[]}} operation
 * @param {{code?: string | number, example?: string}} prefer
 * @returns {Record<string, unknown> | null}
 */
function preferProblem(operation, { code, example }) {
  let candidates = operation.responses;
  if (code !== undefined) {
    candidates = candidates.filter(r => r.status === String(code));
    if (candidates.length === 0) {
      const codes = operation.responses.map(r => r.status);
      const message = `Prefer: code=${code}: ${operation.id} documents no ${code} response; it has: ${codes.join(', ')}`;
      return envelope(message, PREFER_CODE, { Prefer: [message] });
    }
  }
  if (example === undefined) return null;
  const named = candidates.flatMap(r => Object.keys(r.examples).map(name => ({ name, status: r.status })));
  if (named.some(n => n.name === example)) return null;
  const listed = named.map(n => `${n.name} (${n.status})`).join(', ') || 'none';
  const scope = code !== undefined ? `${code} example` : 'example';
  const message = `Prefer: example=${example}: ${operation.id} has no such ${scope}; its examples: ${listed}`;
  return envelope(message, PREFER_CODE, { Prefer: [message] });
}

// --- Prefer: latency and faults --------------------------------------------------------------

// `Prefer: delay=<ms>` holds the answer back; `Prefer: fault=<kind>` answers with a fault
// instead: a 5xx or a 429 (with Retry-After) in the API's error envelope, a connection dropped
// without an answer (`drop`), or an answer that starts and never finishes (`hang`).
const FAULTS = ['500', '502', '503', '504', '429', 'drop', 'hang'];
const MAX_DELAY_MS = 300000;
const RETRY_AFTER_SECONDS = 2;
/** @type {Record<number, string>} */
const FAULT_MESSAGES = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  429: 'Too Many Requests',
};

/**
 * The mock's own error, in the API's envelope (`message_code` `<status>-0`: the API counts from 1).
 * @param {number} status
 * @param {string} message
 * @returns {Record<string, unknown>}
 */
function mockProblem(status, message) {
  return envelope(message, `${status}-0`, {});
}

/**
 * The latency and fault a `Prefer` header asks for: {delay (ms), fault (one of FAULTS)}, each
 * when asked; or {problem}, the 404 envelope (PREFER_STATUS) for a word it cannot use. Its
 * other words (`code`, `example`, ...) are not these.
 * @param {string | null | undefined} prefer
 * @returns {{delay?: number, fault?: string, problem?: Record<string, unknown>}}
 */
function faultsAsked(prefer) {
  /** @type {{delay?: number, fault?: string, problem?: Record<string, unknown>}} */
  const asked = {};
  const refuse = (/** @type {string} */ message) => ({ problem: envelope(message, PREFER_CODE, { Prefer: [message] }) });
  for (const part of String(prefer || '').split(/[,;]/)) {
    const [key, value = ''] = part.split('=').map(s => s.trim());
    if (key === 'delay') {
      if (!/^\d+$/.test(value) || Number(value) > MAX_DELAY_MS) return refuse(`Prefer: delay=${value}: a delay is a whole number of milliseconds, at most ${MAX_DELAY_MS}`);
      asked.delay = Number(value);
    } else if (key === 'fault') {
      if (!FAULTS.includes(value)) return refuse(`Prefer: fault=${value}: no such fault; the faults are ${FAULTS.join(', ')}`);
      asked.fault = value;
    }
  }
  return asked;
}

/**
 * A fault's answer: its status, headers and body in the API's envelope, whose message says
 * what asked for it (`why`: "Prefer: fault=503", "MOCK_FAULT_RATE=0.1"); null for `drop` and
 * `hang`, which are no answer.
 * @param {string} fault
 * @param {string} why
 * @returns {{status: number, headers: Record<string, string>, body: Record<string, unknown>} | null}
 */
function faultAnswer(fault, why) {
  const status = Number(fault);
  if (!(status in FAULT_MESSAGES)) return null;
  const headers = status === 429 ? { 'Retry-After': String(RETRY_AFTER_SECONDS) } : {};
  return { status, headers, body: mockProblem(status, `${FAULT_MESSAGES[status]}: a fault the mock injected (${why})`) };
}

// --- 422: the fields that failed -------------------------------------------------------------

const REQUIRED = /^تکمیل گزینه (.+) الزامی است$/;
const required = label => `تکمیل گزینه ${label} الزامی است`; // "X is required"
const invalid = label => `${label} معتبر نیست`; // "X is not valid": the API's framework's words

// The seed names some fields in Persian (password -> گذرواژه); its 422 examples in the spec are
// the dictionary, so a new example teaches a new name. Each operation's own examples come first:
// the same field has another name elsewhere (a send's `message` is پیام, a draft's `message`
// is message).
function labelsOf(operation) {
  const labels = {};
  for (const response of operation.responses) {
    for (const example of Object.values(response.examples)) {
      for (const [field, messages] of Object.entries(example?.meta?.errors || {})) {
        const match = REQUIRED.exec(messages[0] || '');
        if (match) labels[field] = match[1];
      }
    }
  }
  return labels;
}

/**
 * How the API names each field in its messages: (operation, field) -> label.
 * @param {{id: string, responses: {status: string, examples: Record<string, unknown>}[]}[]} operations
 * @returns {(operation: unknown, field: string) => string}
 */
function labelsFrom(operations) {
  const all = {};
  const own = new Map();
  for (const operation of operations) {
    const labels = labelsOf(operation);
    own.set(operation, labels);
    Object.assign(all, labels);
  }
  return (operation, field) => own.get(operation)?.[field] || all[field] || field;
}

// The field a violation is about, as the API names it ("params.recipients.0", "files",
// "per_page"), or null when it is about the body as a whole.
function fieldOf(violation) {
  const path = [...violation.path];
  if (violation.required) {
    if (violation.missing === undefined) return null;
    path.push(violation.missing);
  }
  return path.length ? path.map(segment => String(segment).replace(/\[\]$/, '')).join('.') : null;
}

function valueAt(body, path) {
  let value = body;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    // A multipart body keeps the name as sent (`files[]`); the API's name drops the brackets.
    value = segment in value ? value[segment] : value[String(segment).replace(/\[\]$/, '')];
  }
  return value;
}

const isEmpty = value => value === null || value === '' || (Array.isArray(value) && value.length === 0);

// The sets of fields a body needs one of: `anyOf` whose branches only list `required` fields
// (number_id or number), found through `allOf`.
function alternativeGroups(schema, resolve) {
  const groups = [];
  const visit = node => {
    const s = resolve(node);
    if (!isObject(s)) return;
    const branches = s.anyOf || [];
    if (branches.length && branches.every(b => Array.isArray(b.required) && Object.keys(b).length === 1)) {
      groups.push(branches.map(b => b.required));
    }
    (s.allOf || []).forEach(visit);
  };
  visit(schema);
  return groups;
}

// A validator checks a oneOf against every variant, so its violations mix those of every
// sending type. The variant the discriminator selects is the one whose errors leave the
// discriminator alone. What the union itself declares beside its variants (the multipart one
// lists every field) holds for every variant too: one object per union, so that a validator
// that compiles by schema object compiles it once.
const sharedParts = new WeakMap();
function sharedOf(union) {
  if (!sharedParts.has(union)) {
    const { oneOf: _variants, discriminator: _chosen, ...shared } = union;
    sharedParts.set(union, shared);
  }
  return sharedParts.get(union);
}

function unionViolations(union, value, validate) {
  const { propertyName } = union.discriminator;
  // Variants in order, up to the first whose errors leave the discriminator alone: the later
  // ones cannot change the answer, and checking each costs as much as the rest of a 422.
  let first;
  let own;
  for (const variant of union.oneOf) {
    const errors = validate(value, variant);
    if (first === undefined) first = errors;
    if (!errors.some(v => fieldOf(v) === propertyName)) {
      own = errors;
      break;
    }
  }
  own = own || first.filter(v => fieldOf(v) === propertyName);
  return validate(value, sharedOf(union)).concat(own);
}

/**
 * The API's 422 envelope for a body that failed with `violations`, naming each field that
 * failed in the API's words, or null when no field can be named (the documented example is
 * then answered as it is).
 * @param {{schema: unknown, body: unknown, violations: {path: (string | number)[], required?: boolean, missing?: string}[],
 *   label: (field: string) => string,
 *   validate: (value: unknown, schema: unknown) => {path: (string | number)[], required?: boolean, missing?: string}[],
 *   resolve?: (schema: unknown) => any}} failed
 * @returns {Record<string, unknown> | null}
 */
function validationEnvelope({ schema, body, violations, label, validate, resolve = s => s }) {
  const union = resolve(schema);
  const isBody = isObject(body);
  let failures = violations;
  if (isObject(union) && union.oneOf && union.discriminator) {
    failures = unionViolations(union, isBody ? body : {}, validate);
  } else if (schema && !isBody && violations.some(v => fieldOf(v) === null)) {
    // Nothing usable in the body (none, not JSON, not an object, wrong media type): answer
    // as the API answers an empty form, naming every required field. (An object that fails
    // only as a whole, e.g. an anyOf of required sets, is named by its branches' failures.)
    failures = validate({}, schema);
  }

  // A validator reports every branch of an anyOf of required sets, the satisfied one's too; the
  // API (Laravel's required_without) names a set's fields only when none of its branches is met.
  const groups = isBody ? alternativeGroups(schema, resolve) : [];
  const alternatives = new Set(groups.flat(2));
  const errors = {};
  for (const group of groups) {
    if (group.some(branch => branch.every(f => body[f] !== undefined))) continue;
    for (const f of group.flat()) errors[f] = [required(label(f))];
  }
  for (const violation of failures) {
    const field = fieldOf(violation);
    if (field === null) continue;
    if (violation.required && alternatives.has(field)) continue; // named above
    // The seed documents only the "required" wording. A field sent empty ("", [], null) is
    // missing to the API's framework too (Laravel's `required`).
    const name = label(field);
    const message = violation.required || isEmpty(valueAt(body, violation.path)) ? required(name) : invalid(name);
    errors[field] = [...new Set([...(errors[field] || []), message])];
  }
  // An anyOf that fails reports the whole field and the branch's own failure inside it
  // (`params` and `params.کد`); the API names the inner one, as Laravel's rules do.
  for (const field of Object.keys(errors)) {
    if (Object.keys(errors).some(other => other.startsWith(`${field}.`))) delete errors[field];
  }
  const first = Object.values(errors)[0];
  return first ? envelope(first[0], '400-2', errors) : null;
}

module.exports = { readsAsNoToken, PREFER_STATUS, preferProblem, FAULTS, faultsAsked, faultAnswer, mockProblem, labelsFrom, validationEnvelope };
