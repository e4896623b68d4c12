// Prism's request validation, compiled once per schema: the Ajv, options and formats of Prism's
// validator (validator/validators/utils.js), and its own wording of Ajv's errors
// (convertAjvErrors), without its per-call fp-ts pipeline. fast-path.js and field-errors.js
// check bodies with these.
'use strict';

const { Ajv, addFormats, dateTime, convertAjvErrors, ValidationContext } = require('./prism');
const { deepFreeze } = require('./frozen');

const ERROR = 0; // Prism's DiagnosticSeverity.Error

// Prism's options, with `allErrors` as asked; no coercion, as Prism validates a JSON body.
function createAjv(allErrors) {
  const ajv = new Ajv({ allErrors, allowUnionTypes: true, allowMatchingProperties: true, strict: false, coerceTypes: false, logger: false });
  addFormats(ajv);
  ajv.addFormat('date-time', dateTime.fmtDef(dateTime.date_time, dateTime.compareDateTime));
  return ajv;
}

// Prism's wording of Ajv's errors depends only on what convertAjvErrors reads of them: the same
// errors, worded once, are the same (frozen) list of violations. A fuzzer's bodies fail in a few
// ways over and over; the list also keys the sl-violations text built from it (handler.js).
const MAX_WORDED = 500;
const worded = new Map();

function wordedOf(errors, prefix) {
  let key = prefix;
  for (const e of errors) {
    const p = e.params || {};
    key += `\u0000${e.instancePath}\u0001${e.keyword}\u0001${e.message}\u0001${p.allowedValues?.join(', ')}\u0001${p.additionalProperty}\u0001${p.unevaluatedProperty}`;
  }
  let violations = worded.get(key);
  if (violations === undefined) {
    violations = deepFreeze(convertAjvErrors(errors, ERROR, ValidationContext.Input, prefix));
    if (worded.size >= MAX_WORDED) worded.delete(worded.keys().next().value);
    worded.set(key, violations);
  }
  return violations;
}

// Prism's violations of `value` by a compiled all-errors validator; [] when it is valid.
function violationsOf(validate, value, prefix = 'body') {
  if (validate(value)) return [];
  return wordedOf(validate.errors, prefix);
}

// Prism's validateAgainstSchema(value, schema, no coercion, input, prefix) with no bundle: each
// schema compiled on first use, by schema object, as Prism caches it; one it cannot compile
// finds nothing, as Prism's.
const everyError = createAjv(true);
const compiled = new WeakMap();
function schemaViolations(value, schema, prefix) {
  if (!compiled.has(schema)) {
    let validate = null;
    try {
      validate = everyError.compile({ ...schema, __bundled__: undefined });
    } catch {
      // Prism's O.tryCatch: no verdict
    }
    compiled.set(schema, validate);
  }
  const validate = compiled.get(schema);
  return validate ? violationsOf(validate, value, prefix) : [];
}

module.exports = { ERROR, createAjv, violationsOf, schemaViolations };
