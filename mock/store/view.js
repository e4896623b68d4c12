// A session's world as one request sees it in the shared store (store/shared.js): what the
// request reads of it, loaded before, in the shape world/content.js and world/outbox.js read a
// world in memory (store/memory.js); what they change, recorded as they go and written after
// in one run of store/world.lua, with the objects the change was decided on, which must still
// be there for it to be written.
'use strict';

// One kind's objects, in their order (a Map, as in memory).
class Objects extends Map {
  constructor(kind, rows, view) {
    super();
    for (const [id, object] of rows) super.set(id, object);
    this.kind = kind;
    this.view = view;
  }

  has(id) {
    const found = super.has(id);
    if (found) this.view.read(this.kind, id);
    return found;
  }

  get(id) {
    const found = super.get(id);
    if (found !== undefined) this.view.read(this.kind, id);
    return found;
  }

  // An object changed in its place (store/world.lua writes it only if it is still there).
  set(id, object) {
    super.set(id, object);
    this.view.change('set', this.kind, id, JSON.stringify(object));
    return this;
  }

  delete(id) {
    const had = super.delete(id);
    if (had) this.view.change('del', this.kind, id);
    return had;
  }

  // A new object: store/world.lua drops the oldest beyond MOCK_MAX_OBJECTS.
  keep(id, object) {
    super.set(id, object);
    this.view.change('keep', this.kind, id, JSON.stringify(object));
  }
}

// The outbox's rows this request read (all of them, or the one it names), as world/sends.js's
// Sends gives them.
class Rows {
  constructor(rows, view, stored) {
    this.list = rows;
    this.view = view;
    this.stored = stored;
  }

  *rows() {
    yield* this.list;
  }

  get(id) {
    const row = this.list.find(r => r.id === id);
    if (row) this.view.read('outbox', String(id));
    return row;
  }

  // Adds a row; which one goes beyond MOCK_MAX_OBJECTS is store/world.lua's to say.
  add(row) {
    this.list.push(row);
    this.view.change('keep', 'outbox', String(row.id), this.stored(row));
    return undefined;
  }

  delete(id) {
    const at = this.list.findIndex(r => r.id === id);
    if (at < 0) return false;
    this.list.splice(at, 1);
    this.view.change('del', 'outbox', String(id));
    return true;
  }
}

// `kinds`: rows ([id, object]) by kind; `entries`: the outbox rows read; `ids`: {first, count},
// the object ids taken for this request; `stored(row)`: an outbox row as the store keeps it.
function createView({ credit, offset, clock, kinds, entries, ids, stored }) {
  const reads = [];
  const changes = [];
  let count = 0; // changes
  const lines = [];
  let nextId = ids.first;
  let current = credit;

  const view = {
    objects: {},
    now: () => clock() + offset,
    nextId() {
      if (nextId >= ids.first + ids.count) throw new Error('a create took more object ids than its request had');
      return nextId++;
    },
    get credit() {
      return current;
    },
    set credit(value) {
      view.change('add', 'credit', String(value - current));
      current = value;
    },
    log: text => lines.push(text),
    keep: (kind, id, object) => view.objects[kind].keep(id, object),
    dropped() {}, // store/world.lua says when a kind is full
    read: (kind, id) => reads.push(kind, id),
    change(...values) {
      changes.push(...values);
      count += 1;
    },
    // The log lines of the world's doing, once it is written.
    lines: () => lines,
    changed: () => count > 0,
    // store/world.lua's `commit` arguments after the seed: the objects read, the changes.
    commitArgs: () => [String(reads.length / 2), ...reads, String(count), ...changes],
  };
  for (const [kind, rows] of Object.entries(kinds)) view.objects[kind] = new Objects(kind, rows, view);
  view.objects.outbox = new Rows(entries, view, stored);
  return view;
}

module.exports = { createView };
