// The content kinds (drafts and draft groups, patterns, phonebooks, contacts, custom fields),
// driven by the spec's marks (openapi.yaml, "Side effects"; marks.js reads them):
// `x-ippanel-resource` names the kind an operation is about and `x-ippanel-role` what it does to
// it (its `list` lists them), `x-ippanel-creates` that it makes one, `x-ippanel-targets` where
// the ids of the objects it changes are; an object's `x-ippanel-stamp` and `x-ippanel-counts`
// fields are kept by the world. A kind's objects are shaped like its list's first example item.
'use strict';

const crypto = require('node:crypto');
const { example, notFound, fitted, timeLike, paged, paging } = require('./shapes');

const lastName = name => name.split('[].').pop();
const listName = name => (name.includes('[].') ? name.split('[].')[0] : null);
const DEFAULT_KEY = 'id'; // an object's id where no target names it otherwise

// What the spec says about each kind: its list operation, the item it is shaped like, the field
// that names it (the field a target names, else `id`), whether that name is a code (a string),
// its stamps and counts.
function kindsOf(marks, operations) {
  const kinds = {};
  for (const [name, { list }] of Object.entries(marks.kinds)) {
    const item = list && example(list)?.data?.[0];
    if (!item) continue;
    const fields = Object.entries(marks.answerFields(list));
    const having = (mark, value) => fields.filter(([, m]) => m[mark] === value).map(([f]) => f);
    kinds[name] = {
      list,
      item,
      examples: example(list).data,
      stamps: { created: having('x-ippanel-stamp', 'created'), updated: having('x-ippanel-stamp', 'updated') },
      counts: fields.filter(([, m]) => m['x-ippanel-counts'] && m['x-ippanel-counts'] !== 'created').map(([f]) => f),
    };
  }
  for (const operation of operations) {
    for (const target of marks.of(operation)?.targets || []) {
      const kind = kinds[target.resource];
      if (kind && !kind.key && lastName(target.name) in kind.item) kind.key = lastName(target.name);
    }
  }
  for (const [name, kind] of Object.entries(kinds)) {
    kind.key = kind.key || DEFAULT_KEY;
    kind.code = typeof kind.item[kind.key] === 'string';
    kind.prefix = `${name.toLowerCase()}_`; // `message` is a pattern's `pattern_message`
  }
  return kinds;
}

// The values of a documented path's parameters in a concrete path.
function pathParameters(operation, pathname) {
  const parts = operation.path.split(/(\{[^}]+\})/);
  const names = parts.filter(part => /^\{.+\}$/.test(part)).map(part => part.slice(1, -1));
  const literal = s => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  const source = parts.map(part => (/^\{.+\}$/.test(part) ? '([^/]+)' : literal(part))).join('');
  const found = new RegExp(`^${source}$`).exec(pathname) || [];
  const decoded = value => {
    try {
      return decodeURIComponent(value);
    } catch {
      return value; // a stray '%': the id as sent
    }
  };
  return Object.fromEntries(names.map((name, i) => [name, decoded(found[i + 1] || '')]));
}

// Every scalar found under `name` in `value` (a field of the body, of each item of a list).
function valuesNamed(value, name) {
  if (Array.isArray(value)) return value.flatMap(v => valuesNamed(v, name));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => {
    if (key === name) return [].concat(v).filter(x => x !== null && typeof x !== 'object').map(String);
    return typeof v === 'object' ? valuesNamed(v, name) : [];
  });
}

// The body's fields as the kind's fields: `message` is `pattern_message` where the item has no
// `message` but has that.
function asFields(kind, values) {
  const out = {};
  for (const [key, value] of Object.entries(values || {})) {
    if (key in kind.item) out[key] = value;
    else if (`${kind.prefix}${key}` in kind.item) out[`${kind.prefix}${key}`] = value;
  }
  return out;
}

// Whether an item passes a filter of the list's query (`title=...`, `filter[code]=...`): a
// string field contains it, any other field equals it. A filter naming no field is ignored.
function passes(kind, item, name, value) {
  const bare = name.replace(/^filter\[(.+)\]$/, '$1');
  const field = [bare, `${kind.prefix}${bare}`].find(f => f in item);
  if (!field || value === undefined || Array.isArray(value)) return true;
  const has = item[field];
  if (typeof has === 'string') return has.toLowerCase().includes(String(value).toLowerCase());
  if (typeof has === 'boolean') return String(has) === String(value) || (has ? '1' : '0') === String(value);
  return String(has) === String(value);
}

function createContent(marks, operations) {
  const kinds = kindsOf(marks, operations);
  const kindOf = operation => marks.of(operation)?.resource;
  const roleOf = operation => marks.of(operation)?.role;
  const targetsOf = operation => marks.of(operation)?.targets || [];

  // A session's objects at the start: the documented list examples, by kind, by key.
  function seed() {
    const objects = {};
    for (const [name, kind] of Object.entries(kinds)) {
      objects[name] = new Map(kind.examples.map(item => [String(item[kind.key]), structuredClone(item)]));
    }
    return objects;
  }

  // The ids of existing objects the request names, by kind: its targets, and for a read by
  // path (getPattern, getContact, exportPhonebook) the path's id, of the operation's kind.
  function named(operation, input, path) {
    const found = [];
    for (const target of targetsOf(operation)) {
      if (!kinds[target.resource]) continue;
      const name = lastName(target.name);
      const ids = target.in === 'path' ? [path[name]] : target.in === 'query' ? [].concat(input.url.query[name] ?? []) : valuesNamed(input.body, name);
      found.push(...ids.filter(id => id !== undefined && id !== '').map(id => ({ kind: target.resource, id: String(id) })));
    }
    if (!targetsOf(operation).length && kinds[kindOf(operation)]) {
      found.push(...Object.values(path).map(id => ({ kind: kindOf(operation), id })));
    }
    return found;
  }

  // A new object of `name`, from the request's fields, with a fresh key and the world's time,
  // holding nothing yet; a field that copies one of an object it names (a contact's
  // `phonebook_title`, by its `phonebook_id`) copies it.
  function make(world, name, fields) {
    const kind = kinds[name];
    const id = kind.code ? crypto.randomBytes(8).toString('hex') : world.nextId();
    const values = asFields(kind, fields);
    const now = world.now();
    for (const stamp of [...kind.stamps.created, ...kind.stamps.updated]) values[stamp] = timeLike(kind.item[stamp], now);
    const made = fitted(kind.item, { ...values, [kind.key]: id });
    for (const [other, named] of Object.entries(kinds)) {
      const ref = `${named.prefix}${named.key}`;
      const object = other !== name && ref in made && world.objects[other]?.get(String(made[ref]));
      if (!object) continue;
      for (const field of Object.keys(made)) {
        const copied = field.slice(named.prefix.length);
        if (field !== ref && field.startsWith(named.prefix) && copied in object) made[field] = object[copied];
      }
    }
    for (const count of kind.counts) if (typeof made[count] === 'number') made[count] = 0;
    return made;
  }

  // The records a create makes: the items of the list its targets are in (`list[].x`), or the
  // body; a file's rows are not read.
  function recordsOf(operation, input) {
    if (operation.request?.body?.contents?.every(c => c.mediaType === 'multipart/form-data')) return [];
    const inList = targetsOf(operation).map(t => listName(t.name)).find(Boolean);
    return inList ? [].concat(input.body?.[inList] || []) : input.body && !input.formFields ? [input.body] : [];
  }

  // The kinds whose objects a new one of `name` copies fields from (a contact's phonebook).
  const copiedFrom = name => Object.keys(kinds).filter(other => other !== name && `${kinds[other].prefix}${kinds[other].key}` in kinds[name].item);

  // What `answer` reads of a world for this request: {kinds, objectIds} (how many ids it may take).
  function needs(operation, input) {
    const kind = kindOf(operation);
    if (!kinds[kind]) return { kinds: [], objectIds: 0 };
    const made = marks.of(operation).creates?.resource;
    const wanted = new Set([kind, ...targetsOf(operation).map(t => t.resource)]);
    if (kinds[made]) for (const other of [made, ...copiedFrom(made)]) wanted.add(other);
    const objectIds = kinds[made] && !kinds[made].code ? recordsOf(operation, input).length : 0;
    return { kinds: [...wanted].filter(name => kinds[name]), objectIds };
  }

  // {status, body} for a content operation's valid request, or undefined if it is none.
  function answer(world, operation, input, body) {
    const kind = kindOf(operation);
    if (!kind || !kinds[kind]) return undefined;
    const path = pathParameters(operation, input.url.path);
    const missing = named(operation, input, path).find(({ kind: k, id }) => !world.objects[k].has(id));
    if (missing) {
      world.log(`${operation.iid}: no ${missing.kind} ${missing.id} in this session`);
      return notFound(operation);
    }
    const made = marks.of(operation).creates?.resource;
    if (made && kinds[made]) {
      const objects = recordsOf(operation, input).map(record => make(world, made, record));
      for (const object of objects) {
        world.keep(made, String(object[kinds[made].key]), object);
        world.log(`created ${made} ${object[kinds[made].key]}`);
      }
      if (objects.length && body?.data && typeof body.data === 'object' && !Array.isArray(body.data)) {
        const counted = Object.entries(marks.answerFields(operation)).filter(([, m]) => m['x-ippanel-counts'] === 'created');
        if (counted.length) for (const [field] of counted) body.data[field] = objects.length;
        else body.data = fitted(body.data, objects[0]);
      }
      return { status: 200, body };
    }
    if (roleOf(operation) === 'list') {
      const query = input.url.query;
      const asked = marks.listing(operation).paging;
      const pagingNames = [asked.page?.name, asked.perPage?.name];
      const items = [...world.objects[kind].values()].reverse(); // newest first
      const shown = items.filter(item => Object.entries(query).every(([k, v]) => pagingNames.includes(k) || passes(kinds[kind], item, k, v)));
      const { page, perPage } = paging(marks.pageAsked(operation, input));
      return { status: 200, body: paged(body, shown, page, perPage) };
    }
    const changed = named(operation, input, path).filter(n => n.kind === kind);
    const role = roleOf(operation);
    if (role === 'delete' || role === 'update') {
      for (const { id } of changed) {
        if (role === 'delete') {
          world.objects[kind].delete(id);
          world.log(`deleted ${kind} ${id}`);
        } else {
          const was = world.objects[kind].get(id);
          const fields = asFields(kinds[kind], input.body);
          delete fields[kinds[kind].key];
          for (const stamp of kinds[kind].stamps.updated) if (stamp in was) fields[stamp] = timeLike(was[stamp], world.now());
          const now = fitted(was, fields);
          world.objects[kind].set(id, now);
          world.log(`updated ${kind} ${id}`);
          if (body?.data && typeof body.data === 'object' && !Array.isArray(body.data)) body.data = fitted(body.data, now);
        }
      }
      return { status: 200, body };
    }
    const [shown] = changed;
    if (shown && body?.data && typeof body.data === 'object' && !Array.isArray(body.data)) {
      body.data = fitted(body.data, world.objects[kind].get(shown.id));
    }
    return { status: 200, body };
  }

  // Whether `answer` answers this operation (the others' answers are left as they are).
  const handles = operation => !!kinds[kindOf(operation)];

  return { seed, needs, answer, handles, kinds };
}

module.exports = { createContent, pathParameters };
