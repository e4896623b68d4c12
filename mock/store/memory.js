// Sessions in this process's memory (MOCK_SESSIONS=1 without MOCK_STORE): the tokens issued,
// the outbox and object ids, and each session's world, kept as objects, answered at once (no
// promise on the way). Memory is bounded: beyond MOCK_MAX_SESSIONS worlds the least recently
// used goes, beyond MOCK_MAX_OBJECTS objects of one kind in one session the oldest. The shared
// store (shared.js) keeps the same things in Redis, behind the same functions.
'use strict';

const { Sends } = require('../world/sends');
const { FIRST_ID } = require('../world/shapes');

// `content` and `outbox`: the world's rules (world/content.js, world/outbox.js).
function createMemoryStore({ content, outbox, limits, log, clock }) {
  const worlds = new Map(); // session key -> world, least recently used first
  const tokens = new Map(); // token -> its kind
  let sessionNumber = 0;
  let nextObjectId = FIRST_ID;
  let nextOutboxId = FIRST_ID;

  let lastKey; // the session used last, already at the end
  function open(key) {
    let world = worlds.get(key);
    if (world && key === lastKey) return world;
    lastKey = key;
    if (world) {
      worlds.delete(key); // to the end: used last
      worlds.set(key, world);
      return world;
    }
    // The log names a session by its number, never by its token.
    const name = `session ${++sessionNumber}`;
    world = {
      name,
      objects: { ...content.seed(), outbox: new Sends(limits.maxObjects) },
      credit: outbox.initialCredit,
      offset: 0,
      full: new Set(), // the kinds that have had to drop one
      now: () => clock() + world.offset,
      nextId: () => nextObjectId++,
      log: text => log(`world: ${name}: ${text}`),
      keep(kind, id, object) {
        const objects = world.objects[kind];
        objects.set(id, object);
        while (objects.size > limits.maxObjects) {
          const [oldest] = objects.keys();
          objects.delete(oldest);
          world.dropped(kind, oldest);
        }
      },
      // Once full, a kind stays full: said once, not on every object made after.
      dropped(kind, id) {
        if (world.full.has(kind)) return;
        world.full.add(kind);
        world.log(`${kind} full (MOCK_MAX_OBJECTS=${limits.maxObjects}): the oldest goes first from now on, ${id} first`);
      },
    };
    worlds.set(key, world);
    log(`world: ${name} opened`);
    while (worlds.size > limits.maxSessions) {
      const [oldestKey, oldest] = worlds.entries().next().value;
      worlds.delete(oldestKey);
      log(`world: ${oldest.name} evicted (MOCK_MAX_SESSIONS=${limits.maxSessions})`);
    }
    return world;
  }

  const freshIds = count => Array.from({ length: count }, () => nextOutboxId++);

  return {
    name: 'memory',
    retries: false, // `within` decides once
    // What `decide(world)` answers, decided on the session's world (`needs`, what it reads, is
    // for the shared store).
    within: (key, _needs, decide) => decide(open(key)),
    freshIds,
    // A send of `count` messages: its fresh ids, recorded in the session's outbox.
    recordSend(key, operation, input, count) {
      const ids = freshIds(count);
      if (key) outbox.record(open(key), operation, input, ids);
      return ids;
    },
    forget(key) {
      const world = worlds.get(key);
      if (!world) return;
      worlds.delete(key);
      log(`world: ${world.name} reset`);
    },
    // Moves the session's clock on; answers its time.
    advance(key, seconds) {
      const world = open(key);
      world.offset += seconds;
      world.log(`clock moved on ${seconds} s`);
      return world.now();
    },
    tokens: {
      kindsOf: list => list.map(token => tokens.get(token)),
      issue(token, kind) {
        tokens.set(token, kind);
      },
      drop(token) {
        tokens.delete(token);
      },
    },
    health: () => ({ ok: true }),
    close() {},
  };
}

module.exports = { createMemoryStore };
