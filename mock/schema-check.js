// Prism's request validation, compiled once per schema: the Ajv, options and formats of Prism's
// validator (validator/validators/utils.js), and its own wording of Ajv's errors
// (convertAjvErrors), without its per-call fp-ts pipeline. fast-path.js and field-errors.js
// check bodies with these.
'use strict';

const { Ajv, addFormats, dateTime, convertAjvErrors, ValidationContext } = require('./prism');

const ERROR = 0; // Prism's DiagnosticSeverity.Error

// Prism's options, with `allErrors` as asked; no coercion, as Prism validates a JSON body.
function createAjv(allErrors) {
  const ajv = new Ajv({ allErrors, allowUnionTypes: true, allowMatchingProperties: true, strict: false, coerceTypes: false, logger: false });
  addFormats(ajv);
  ajv.addFormat('date-time', dateTime.fmtDef(dateTime.date_time, dateTime.compareDateTime));
  return ajv;
}

// Prism's violations of `value` by a compiled all-errors validator; [] when it is valid.
function violationsOf(validate, value, prefix = 'body') {
  if (validate(value)) return [];
  return convertAjvErrors(validate.errors, ERROR, ValidationContext.Input, prefix);
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
