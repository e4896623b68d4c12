// The spec's marks (`x-ippanel-*`, openapi.yaml's "Side effects"), read once for all of mock/:
// what an operation does (its class, its role on a kind of object, the tokens it issues, uses or
// revokes, what it does with the outbox), what each request field of a send holds, how many
// messages a send carries, how a list pages and filters, which fields of an object are its
// stamps and counts. The handler, the sessions and the world ask here, and never name an
// operation or a field. kit/marks.py is the kit's Python reader of the same marks.
//
// The marks are read from the bundle as written (`document`): Prism's operations drop those of
// parameters and links. Prism's operations are the handler's, so each is told its marks by its
// method and path.
'use strict';

const ROLES = ['create', 'list', 'read', 'update', 'delete'];
const CLASS_MARKS = {
  sendsSms: 'x-ippanel-sends-sms',
  changesData: 'x-ippanel-changes-data',
  irreversible: 'x-ippanel-irreversible',
  resellerOnly: 'x-ippanel-reseller-only',
};
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const DATA = 'data'; // what an answer holds, in the {data, meta} envelope of every answer

const isObject = value => typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = value => (value === undefined || value === null ? [] : [].concat(value));

// A JSON pointer (`/data/token`) as its keys.
const keysOf = pointer => (typeof pointer === 'string' ? pointer.split('/').slice(1).map(k => k.replace(/~1/g, '/').replace(/~0/g, '~')) : []);

function at(value, keys) {
  for (const key of keys) {
    if (!isObject(value) && !Array.isArray(value)) return undefined;
    value = value[key];
  }
  return value;
}

// --- the document's schemas, as kit/marks.py's Schemas walks them ------------------------------

function schemasOf(document) {
  // Each fact of a schema node is worked out once: the document does not change.
  const cached = fact => {
    const known = new WeakMap();
    return node => {
      if (!isObject(node)) return fact(node);
      let found = known.get(node);
      if (found === undefined) {
        found = fact(node);
        known.set(node, found);
      }
      return found;
    };
  };

  // The node behind a node's `$ref`s, and the first of each mark met on the way (the referring
  // node's own first: a property's mark overrides its schema's).
  const resolve = cached(node => {
    const marks = {};
    while (isObject(node)) {
      for (const [key, value] of Object.entries(node)) if (key.startsWith('x-ippanel-') && !(key in marks)) marks[key] = value;
      if (typeof node.$ref !== 'string' || !node.$ref.startsWith('#/')) break;
      node = at(document, keysOf(node.$ref.slice(1)));
    }
    return [node, marks];
  });

  // Each property a schema declares, with every declaration of it (its `allOf` parts may each
  // say something of one field).
  const properties = cached(node => {
    const [schema] = resolve(node);
    const found = new Map();
    if (!isObject(schema)) return found;
    for (const part of schema.allOf || []) {
      for (const [name, declared] of properties(part)) found.set(name, [...(found.get(name) || []), ...declared]);
    }
    for (const [name, property] of Object.entries(schema.properties || {})) found.set(name, [...(found.get(name) || []), property]);
    return found;
  });

  // The alternatives of a `oneOf` or `anyOf` (through `allOf` parts), or [node].
  const variants = cached(node => {
    const [schema] = resolve(node);
    if (!isObject(schema)) return [node];
    for (const keyword of ['oneOf', 'anyOf']) if (schema[keyword]?.length) return schema[keyword].flatMap(variants);
    for (const part of schema.allOf || []) {
      const inner = variants(part);
      if (inner.length > 1) return inner;
    }
    return [node];
  });

  // The fields a variant fixes with `const`.
  const consts = cached(node => {
    const fixed = [];
    for (const [name, declared] of properties(node)) {
      for (const d of declared) {
        const [property] = resolve(d);
        if (isObject(property) && 'const' in property) fixed.push([name, property.const]);
      }
    }
    return fixed;
  });

  function items(node) {
    const [schema] = resolve(node);
    return isObject(schema) && schema.type === 'array' ? schema.items : undefined;
  }

  // The union a node is, if any: its variants and the field that tells them apart.
  function discriminator(node) {
    const [schema] = resolve(node);
    return isObject(schema) ? schema.discriminator?.propertyName : undefined;
  }

  // Of a field's declarations, the one to walk into (an object or a list), and its marks, merged.
  const fields = new WeakMap(); // a field's declarations -> [walkable, marks]
  function field(declared) {
    let found = fields.get(declared);
    if (found === undefined) {
      const walkable = declared.find(d => properties(d).size || variants(d).length > 1 || items(d)) || declared[0];
      found = [walkable, Object.assign({}, ...declared.map(d => resolve(d)[1]).reverse())];
      fields.set(declared, found);
    }
    return found;
  }

  // The variants `value` is one of, told apart by their `const` fields (a form field comes as a
  // one-item list); every variant when none or several fit.
  function chosen(node, value) {
    const all = variants(node);
    const given = k => (Array.isArray(value[k]) && value[k].length === 1 ? value[k][0] : value[k]);
    const fits = all.filter(v => {
      const fixed = consts(v);
      return fixed.length && fixed.every(([k, c]) => given(k) === c);
    });
    return fits.length === 1 ? fits : all;
  }

  // The fields some of `candidates` declare, each with every declaration of it.
  const declaredOnce = new WeakMap();
  function declaredIn(candidates) {
    const key = candidates.length === 1 ? candidates[0] : candidates;
    let found = isObject(key) || Array.isArray(key) ? declaredOnce.get(key) : undefined;
    if (found === undefined) {
      found = new Map();
      for (const v of candidates) for (const [name, declared] of properties(v)) found.set(name, [...(found.get(name) || []), ...declared]);
      if (isObject(key) || Array.isArray(key)) declaredOnce.set(key, found);
    }
    return found;
  }

  // Each marked field of `value` against the schema `node`: {path, kind (its x-ippanel-field),
  // value, marks}. A field without a mark is walked into when it is an object or a list.
  function* walk(node, value, path = [], marks = null) {
    const own = marks || resolve(node)[1];
    if (own['x-ippanel-field']) {
      yield { path, kind: own['x-ippanel-field'], value, marks: own };
      return;
    }
    if (Array.isArray(value)) {
      const inner = items(node);
      if (inner !== undefined) for (let i = 0; i < value.length; i++) yield* walk(inner, value[i], [...path, i]);
      return;
    }
    if (!isObject(value)) return;
    const declarations = declaredIn(chosen(node, value));
    for (const [key, item] of Object.entries(value)) {
      const declared = declarations.get(key);
      if (!declared) continue;
      const [walkable, fieldMarks] = field(declared);
      yield* walk(walkable, item, [...path, key], fieldMarks['x-ippanel-field'] ? fieldMarks : null);
    }
  }

  return { resolve, properties, variants, consts, items, discriminator, field, chosen, walk };
}

// --- one operation's marks ---------------------------------------------------------------------

function targetsOf(mark) {
  return listOf(mark)
    .filter(t => isObject(t) && t.resource && t.name)
    .map(t => ({ resource: String(t.resource), in: String(t.in || 'body'), name: String(t.name) }));
}

function createsOf(mark) {
  if (typeof mark === 'string') return { resource: mark, in: '', name: '' };
  return isObject(mark) && typeof mark.resource === 'string' ? { resource: mark.resource, in: String(mark.in || 'body'), name: String(mark.name || '') } : null;
}

// x-ippanel-tokens, with its pointers as keys.
function tokensOf(mark) {
  if (!isObject(mark)) return null;
  const issues = isObject(mark.issues) ? { at: keysOf(mark.issues.at), by: mark.issues.by ? keysOf(mark.issues.by) : null, kind: mark.issues.kind } : null;
  const place = m => (isObject(m) ? { in: String(m.in), name: String(m.name), kind: m.kind } : null);
  return { issues, uses: place(mark.uses), revokes: place(mark.revokes) };
}

function readOperation(schemas, document, item, method, path) {
  const node = item[method];
  const parameters = [...(item.parameters || []), ...(node.parameters || [])].map(p => schemas.resolve(p));
  const outbox = isObject(node['x-ippanel-outbox']) ? { ...node['x-ippanel-outbox'] } : null;
  const body = schemas.resolve(node.requestBody)[0];
  const schemes = document.components?.securitySchemes || {};
  return {
    id: node.operationId,
    method,
    path,
    ...Object.fromEntries(Object.entries(CLASS_MARKS).map(([name, mark]) => [name, node[mark] === true])),
    resource: node['x-ippanel-resource'] || null,
    role: ROLES.includes(node['x-ippanel-role']) ? node['x-ippanel-role'] : null,
    creates: createsOf(node['x-ippanel-creates']),
    targets: targetsOf(node['x-ippanel-targets']),
    tokens: tokensOf(node['x-ippanel-tokens']),
    outbox,
    messages: node['x-ippanel-messages'],
    // Request bodies by media type; the query as one object schema, each parameter a property
    // with its marks.
    bodies: Object.fromEntries(Object.entries(body?.content || {}).map(([media, content]) => [media, content.schema])),
    query: {
      type: 'object',
      properties: Object.fromEntries(parameters.filter(([p]) => p?.in === 'query').map(([p, marks]) => [p.name, { ...marks, ...(p.schema || {}) }])),
    },
    parameters: parameters.map(([p, marks]) => ({ in: p?.in, name: p?.name, marks })),
    // Any one requirement met lets a request in; each lists its credentials: {in, name}.
    // (A header's name in lower case, as Node gives it.)
    security: (node.security || document.security || []).map(requirement =>
      Object.keys(requirement).map(name => {
        const scheme = schemes[name] || {};
        return { in: scheme.in, name: scheme.in === 'header' ? String(scheme.name).toLowerCase() : scheme.name };
      }),
    ),
    tokenIn: null, // the header a token of the API goes in, when the operation takes one there
    links: Object.values(node.responses?.['200']?.links || {}).map(link => schemas.resolve(link)[0]),
    idsAt: null, // a send's: where its answer lists the outbox ids (from its links)
    messageId: null, // what a send links to: where the request names a message's id
  };
}

// --- the reader --------------------------------------------------------------------------------

// `document`: the bundle as parsed; `operations`: Prism's operations of it.
function createMarks(document, operations) {
  const schemas = schemasOf(document);
  const byRoute = new Map();
  for (const [path, item] of Object.entries(document.paths || {})) {
    for (const method of METHODS) if (isObject(item?.[method])) byRoute.set(`${method} ${path}`, readOperation(schemas, document, item, method, path));
  }
  const byId = new Map([...byRoute.values()].map(op => [op.id, op]));
  for (const op of byRoute.values()) op.tokenIn = op.security.flat().find(c => c.in === 'header') || null;

  // The sends' links: where their answers list the ids, and where each linked operation's
  // request names one of those messages.
  for (const op of byRoute.values()) {
    if (op.outbox?.role !== 'send') continue;
    for (const link of op.links) {
      const target = byId.get(link.operationId);
      const named = [
        ...Object.entries(link.parameters || {}).map(([name, expression]) => [target?.parameters.find(p => p.name === name)?.in || 'query', name, expression]),
        ...Object.entries(isObject(link.requestBody) ? link.requestBody : {}).map(([name, expression]) => ['body', name, expression]),
      ];
      for (const [where, name, expression] of named) {
        const found = /^\$response\.body#(\/.*)\/\d+$/.exec(String(expression));
        if (!found || !target) continue;
        op.idsAt ||= keysOf(found[1]);
        target.messageId ||= { in: where, name };
      }
    }
  }

  const known = new WeakMap(); // a Prism operation -> its marks
  function of(operation) {
    let marks = known.get(operation);
    if (marks === undefined) {
      marks = byRoute.get(`${operation.method} ${operation.path}`) || null;
      known.set(operation, marks);
    }
    return marks;
  }
  const prismOf = marks => operations.find(o => o.method === marks.method && o.path === marks.path);

  // The kinds of object the account keeps (a resource with a list), each with its list.
  const kinds = {};
  for (const op of byRoute.values()) if (op.resource && op.role === 'list') kinds[op.resource] = { list: prismOf(op) };

  // Where a request's value named by a place ({in, name}) is.
  function valueAt(input, place) {
    if (!place) return undefined;
    if (place.in === 'header') return input.headers?.[place.name.toLowerCase()];
    if (place.in === 'query') return input.url?.query?.[place.name];
    if (place.in === 'body') return isObject(input.body) ? input.body[place.name] : undefined;
    return undefined;
  }

  // The schema a request's body is read by: its media type's, else the first.
  function bodySchema(marks, input) {
    const media = String(input.headers?.['content-type'] || '').split(';')[0].trim().toLowerCase();
    return marks.bodies[media] || Object.values(marks.bodies)[0];
  }

  // Each marked field of a request: {path, kind, value, marks}.
  function fields(marks, input) {
    if (!Object.keys(marks.bodies).length) return [...schemas.walk(marks.query, input.url?.query || {})];
    return isObject(input.body) ? [...schemas.walk(bodySchema(marks, input), input.body)] : [];
  }

  // What a send says ({type, sender, sendTime, count, messages: [{text, recipients}]}), as its
  // marks read it: one message, or one per item of the list its sending type names. A body kept
  // by the fast path is one frozen object for every request alike: read once.
  const said = new WeakMap(); // a frozen body -> [the operation's marks, what it says]
  function send(operation, input) {
    const body = input.body;
    const known = isObject(body) && Object.isFrozen(body) ? said.get(body) : undefined;
    if (known && known[0] === of(operation)) return known[1];
    const found = sendOf(operation, input);
    if (isObject(body) && Object.isFrozen(body)) said.set(body, [of(operation), found]);
    return found;
  }

  function sendOf(operation, input) {
    const marks = of(operation);
    const schema = bodySchema(marks, input);
    const body = isObject(input.body) ? input.body : {};
    const [variant] = schema ? schemas.chosen(schema, body) : [];
    const variantMarks = variant ? schemas.resolve(variant)[1] : {};
    const counted = variantMarks['x-ippanel-messages'] ?? marks.messages;
    const each = isObject(counted) ? counted.each : undefined;
    const union = schema && schemas.discriminator(schema);
    const type = (union && listOf(body[union])[0]) || marks.outbox?.type || '';
    const found = fields(marks, input);
    const top = found.filter(f => f.path[0] !== each);
    const textOf = list => {
      const message = list.find(f => f.kind === 'message');
      if (message) return String(listOf(message.value)[0] ?? '');
      const template = list.find(f => f.kind === 'template');
      return template ? `${type} ${template.value}` : undefined;
    };
    const recipientsOf = list =>
      list
        .filter(f => f.kind === 'recipients')
        .flatMap(f => listOf(f.value))
        .flatMap(n => String(n).split(','))
        .filter(Boolean);
    const sender = top.find(f => f.kind === 'sender')?.value;
    const sendTime = found.find(f => f.marks['x-ippanel-send-time'])?.value;
    const shared = { text: textOf(top) ?? '', recipients: recipientsOf(top) };
    if (each === undefined) return { type, sender, sendTime, count: 1, messages: [shared] };
    const items = listOf(body[each]);
    const messages = items.map((_, i) => {
      const own = found.filter(f => f.path[0] === each && f.path[1] === i);
      const recipients = recipientsOf(own);
      return { text: textOf(own) ?? shared.text, recipients: recipients.length ? recipients : shared.recipients };
    });
    return { type, sender, sendTime, count: Math.max(1, items.length), messages: messages.length ? messages : [shared] };
  }

  // How many messages a send carries (one outbox id each).
  const messagesIn = (operation, input) => send(operation, input).count;

  // A list's paging ({page, perPage}: each {in, name}) and filters ([{in, path, field, match}]).
  const listings = new WeakMap();
  function listing(operation) {
    if (!listings.has(operation)) listings.set(operation, listingOf(operation));
    return listings.get(operation);
  }
  function listingOf(operation) {
    const marks = of(operation);
    const paging = {};
    const filters = [];
    const note = (where, path, found) => {
      const p = found['x-ippanel-paging'];
      if (p === 'page') paging.page = { in: where, name: path[0] };
      if (p === 'per-page') paging.perPage = { in: where, name: path[0] };
      if (isObject(found['x-ippanel-filter'])) filters.push({ in: where, path, ...found['x-ippanel-filter'] });
    };
    for (const p of marks.parameters) note(p.in, [p.name], p.marks);
    const visit = (node, path) => {
      for (const [name, declared] of schemas.properties(node)) {
        const [walkable, found] = schemas.field(declared);
        note('body', [...path, name], found);
        if (path.length < 1) visit(walkable, [...path, name]);
      }
    };
    for (const schema of Object.values(marks.bodies)) visit(schema, []);
    return { paging, filters };
  }

  // The page a list request asks for: {page, perPage}, each undefined where it names none.
  function pageAsked(operation, input) {
    const { paging } = listing(operation);
    return { page: valueAt(input, paging.page), perPage: valueAt(input, paging.perPage) };
  }

  // The fields of an operation's answer (its `data`) with a mark, {name: marks}: of each item,
  // for a list.
  function answerFields(operation) {
    const marks = of(operation);
    const response = schemas.resolve(document.paths[marks.path][marks.method].responses?.['200'])[0];
    const envelope = response?.content?.['application/json']?.schema;
    const data = schemas.field(schemas.properties(envelope).get(DATA) || [{}])[0];
    const item = schemas.items(data) ?? data;
    const found = {};
    for (const [name, declared] of schemas.properties(item)) found[name] = schemas.field(declared)[1];
    return found;
  }

  // The header the API's tokens go in (the spec's own security scheme in a header).
  const rootSchemes = (document.security || []).flatMap(requirement => Object.keys(requirement)).map(name => document.components?.securitySchemes?.[name]);
  const tokenHeader = rootSchemes.find(s => s?.in === 'header')?.name?.toLowerCase();

  // Who a request is, by the credentials it gives for an operation: `${in}:${name}:${value}` of
  // the first credential of the first requirement it meets, or of the token header when the
  // operation is not known; undefined when it gives none.
  const byToken = [[{ in: 'header', name: tokenHeader }]];
  function credentialOf(input, operation = null) {
    const security = operation ? of(operation)?.security || [] : byToken;
    for (const requirement of security) {
      if (requirement.length && requirement.every(c => valueAt(input, c))) {
        const [first] = requirement;
        return `${first.in}:${first.name}:${valueAt(input, first)}`;
      }
    }
    return undefined;
  }

  return { of, kinds, valueAt, fields, send, messagesIn, listing, pageAsked, answerFields, credentialOf, tokenHeader, at, keysOf };
}

module.exports = { createMarks, ROLES };
