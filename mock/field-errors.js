// 422 bodies that name the fields which actually failed. Prism serves an operation's first 422
// example whatever failed ("the message is required" for every bad send); we build the same
// documented envelope from Prism's violations instead, in the seed's words (documented.js, which
// the TypeScript client's msw handlers share, words it).
'use strict';

// Prism's own validator, compiled once per schema, so that our verdict is Prism's.
const { schemaViolations } = require('./schema-check');
const { labelsFrom, validationEnvelope } = require('./documented');
const { described } = require('./operations');

// Where Prism's violation paths start: the body, or a query parameter (which the API names
// as it names a body field: Laravel validates both as one input).
const LOCATIONS = ['body', 'query'];

// One of Prism's violations as documented.js reads it: its path in the body (or query), and
// for a missing field, its name (Prism says it only in its message).
function asFailure(violation) {
  const path = violation.path || [];
  const failure = { path: path.slice(LOCATIONS.includes(path[0]) ? 1 : 0), required: violation.code === 'required' };
  if (failure.required) failure.missing = /required property '(.+)'$/.exec(violation.message)?.[1];
  return failure;
}

// A list of Prism's violations so read, once per list kept (schema-check.js keeps the lists it
// words, frozen).
const failuresOnce = new WeakMap();
function failuresOf(violations) {
  let failures = failuresOnce.get(violations);
  if (failures === undefined) {
    failures = violations.map(asFailure);
    if (Object.isFrozen(violations)) failuresOnce.set(violations, failures);
  }
  return failures;
}

const validate = (value, schema) => schemaViolations(value, schema, 'body');

function contentOf(operation, contentType) {
  const contents = operation?.request?.body?.contents || [];
  const mediaType = (contentType || '').split(';')[0].trim().toLowerCase();
  return contents.find(c => c.mediaType === mediaType) || contents[0];
}

function createValidationEnvelope(operations) {
  const labelOf = labelsFrom(operations.map(described));

  // The envelope for a request whose body failed with `violations` (Prism's), or null if no
  // field can be named (the documented example is then served as it is).
  return (operation, input, violations) =>
    validationEnvelope({
      schema: contentOf(operation, input.headers['content-type'])?.schema,
      body: input.body,
      violations: failuresOf(violations),
      label: field => labelOf(described(operation), field),
      validate: (value, schema) => failuresOf(validate(value, schema)),
    });
}

// Violations, in Prism's form, of the operation's query parameters sent empty whose schema
// rejects "" (Prism does not validate an empty query value).
function emptyQueryViolations(operation, query) {
  const found = [];
  for (const parameter of operation?.request?.query || []) {
    if (query[parameter.name] !== '' || !parameter.schema) continue;
    for (const violation of validate('', parameter.schema)) {
      found.push({ ...violation, path: ['query', parameter.name], severity: 0 });
    }
  }
  return found;
}

const documents422 = operation => (operation?.responses || []).some(r => r.code === '422');

module.exports = { createValidationEnvelope, emptyQueryViolations, documents422 };
