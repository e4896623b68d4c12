// 422 bodies that name the fields which actually failed. Prism serves an operation's first 422
// example whatever failed ("the message is required" for every bad send); we build the same
// documented envelope from the violations instead, in the seed's words.
'use strict';

// Prism's own validator, compiled once per schema, so that our verdict is Prism's.
const { schemaViolations } = require('./schema-check');

const REQUIRED = /^تکمیل گزینه (.+) الزامی است$/;

// The seed names some fields in Persian (password -> گذرواژه); its 422 examples in the spec are
// the dictionary, so a new example teaches the mock a new name. Each operation's own examples
// come first: the same field has another name elsewhere (a send's `message` is پیام, a draft's
// `message` is message).
function labelsOf(operation) {
  const labels = {};
  for (const response of operation.responses) {
    for (const content of response.contents || []) {
      for (const example of content.examples || []) {
        const errors = example.value?.meta?.errors || {};
        for (const [field, messages] of Object.entries(errors)) {
          const match = REQUIRED.exec(messages[0] || '');
          if (match) labels[field] = match[1];
        }
      }
    }
  }
  return labels;
}

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

// Where Prism's violation paths start: the body, or a query parameter (which the API names
// as it names a body field: Laravel validates both as one input).
const LOCATIONS = ['body', 'query'];

// The field a violation is about, as the API names it ("params.recipients.0", "files",
// "per_page"), or null when it is about the body as a whole.
function fieldOf(violation) {
  const path = (violation.path || []).slice(violation.path && LOCATIONS.includes(violation.path[0]) ? 1 : 0);
  if (violation.code === 'required') {
    const missing = /required property '(.+)'$/.exec(violation.message);
    if (!missing) return null;
    path.push(missing[1]);
  }
  return path.length ? path.map(segment => String(segment).replace(/\[\]$/, '')).join('.') : null;
}

function valueAt(body, path) {
  let value = body;
  for (const segment of (path || []).slice(path && path[0] === 'body' ? 1 : 0)) {
    if (value === null || typeof value !== 'object') return undefined;
    // A multipart body keeps the name as sent (`files[]`); the API's name drops the brackets.
    value = segment in value ? value[segment] : value[String(segment).replace(/\[\]$/, '')];
  }
  return value;
}

// The sets of fields a body needs one of: `anyOf` whose branches only list `required` fields
// (number_id or number), found through `allOf`.
function alternativeGroups(schema) {
  const groups = [];
  const visit = s => {
    if (!s || typeof s !== 'object') return;
    const branches = s.anyOf || [];
    if (branches.length && branches.every(b => Array.isArray(b.required) && Object.keys(b).length === 1)) {
      groups.push(branches.map(b => b.required));
    }
    (s.allOf || []).forEach(visit);
  };
  visit(schema);
  return groups;
}

const isEmpty = value => value === null || value === '' || (Array.isArray(value) && value.length === 0);

const validate = (value, schema) => schemaViolations(value, schema, 'body');

// Prism checks a oneOf against every variant, so its violations mix those of every JSON sending type.
// The variant the discriminator selects is the one whose errors leave the discriminator alone.
// What the union itself declares beside its variants (the multipart one lists every field) holds
// for every variant too.
// What a union declares beside its variants, one object per union: Prism's validator caches
// what it compiled by schema object, so a new one per request would be compiled per request.
const sharedParts = new WeakMap();
function sharedOf(schema) {
  if (!sharedParts.has(schema)) {
    const { oneOf, discriminator, ...shared } = schema;
    sharedParts.set(schema, shared);
  }
  return sharedParts.get(schema);
}

function violationsOfVariant(schema, value) {
  const { propertyName } = schema.discriminator;
  const shared = sharedOf(schema);
  // Variants in order, up to the first whose errors leave the discriminator alone: the later
  // ones cannot change the answer, and checking each costs as much as the rest of a 422.
  let first;
  let own;
  for (const variant of schema.oneOf) {
    const errors = validate(value, variant);
    if (first === undefined) first = errors;
    if (!errors.some(v => fieldOf(v) === propertyName)) {
      own = errors;
      break;
    }
  }
  own = own || first.filter(v => fieldOf(v) === propertyName);
  return validate(value, shared).concat(own);
}

function contentOf(operation, contentType) {
  const contents = operation?.request?.body?.contents || [];
  const mediaType = (contentType || '').split(';')[0].trim().toLowerCase();
  return contents.find(c => c.mediaType === mediaType) || contents[0];
}

function createValidationEnvelope(operations) {
  const labelOf = labelsFrom(operations);

  // The envelope for a request whose body failed with `violations` (Prism's), or null if no
  // field can be named (the documented example is then served as it is).
  return function validationEnvelope(operation, input, violations) {
    const content = contentOf(operation, input.headers['content-type']);
    const schema = content?.schema;
    const isObject = typeof input.body === 'object' && input.body !== null && !Array.isArray(input.body);
    let failures = violations;
    if (schema?.oneOf && schema.discriminator) {
      failures = violationsOfVariant(schema, isObject ? input.body : {});
    } else if (schema && !isObject && violations.some(v => fieldOf(v) === null)) {
      // Nothing usable in the body (none, not JSON, not an object, wrong media type): answer
      // as the API answers an empty form, naming every required field. (An object that fails
      // only as a whole, e.g. an anyOf of required sets, is named by its branches' failures.)
      failures = validate({}, schema);
    }

    // Prism reports every branch of an anyOf of required sets, the satisfied one's too; the API
    // (Laravel's required_without) names a set's fields only when none of its branches is met.
    const groups = isObject ? alternativeGroups(schema) : [];
    const alternatives = new Set(groups.flat(2));
    const errors = {};
    for (const group of groups) {
      if (group.some(branch => branch.every(f => input.body[f] !== undefined))) continue;
      for (const f of group.flat()) errors[f] = [`تکمیل گزینه ${labelOf(operation, f)} الزامی است`];
    }
    for (const violation of failures) {
      const field = fieldOf(violation);
      if (field === null) continue;
      if (violation.code === 'required' && alternatives.has(field)) continue; // named below
      // The seed documents only the "required" wording. A field sent empty ("", [], null) is
      // missing to the API's framework too (Laravel's `required`); for any other failure we use
      // that framework's wording for an invalid value ("X is not valid").
      const name = labelOf(operation, field);
      const missing = violation.code === 'required' || isEmpty(valueAt(input.body, violation.path));
      const message = missing ? `تکمیل گزینه ${name} الزامی است` : `${name} معتبر نیست`;
      errors[field] = [...new Set([...(errors[field] || []), message])];
    }
    // An anyOf that fails reports the whole field and the branch's own failure inside it
    // (`params` and `params.کد`); the API names the inner one, as Laravel's rules do.
    for (const field of Object.keys(errors)) {
      if (Object.keys(errors).some(other => other.startsWith(`${field}.`))) delete errors[field];
    }
    const first = Object.values(errors)[0];
    if (!first) return null;
    return {
      data: null,
      meta: { status: false, message: first[0], message_parameters: [], message_code: '400-2', errors },
    };
  };
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
