// MOCK_SESSIONS=1: each session (the token in `Authorization`; for the URL send, its `apikey` or
// `username`) has its own small IPPanel, which starts from the documented examples and keeps
// what the session does to it (docs/mock.md, "Sessions: a world of your own"). Memory is
// bounded: beyond MOCK_MAX_SESSIONS sessions, or MOCK_MAX_OBJECTS objects of one kind in one
// session, the oldest goes first. MOCK_DELIVERY_SECONDS sets how long a message takes to be
// delivered; a session's clock can be moved on (`POST /__mock/session/clock`).
'use strict';

const { createContent } = require('./content');
const { createOutbox } = require('./outbox');
const { Sends } = require('./sends');
const { FIRST_ID } = require('./shapes');
const { once } = require('../operations');

const DEFAULTS = { maxSessions: 1000, maxObjects: 1000, deliverySeconds: 4 };

function number(value, fallback, name) {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+(\.\d+)?$/.test(String(value))) throw new Error(`${name} must be a number of 0 or more, not "${value}"`);
  return Number(value);
}

// The limits from the environment; a value that is not a number stops the mock with one line.
function limitsFrom(env) {
  return {
    maxSessions: Math.max(1, number(env.MOCK_MAX_SESSIONS, DEFAULTS.maxSessions, 'MOCK_MAX_SESSIONS')),
    maxObjects: Math.max(1, number(env.MOCK_MAX_OBJECTS, DEFAULTS.maxObjects, 'MOCK_MAX_OBJECTS')),
    deliverySeconds: number(env.MOCK_DELIVERY_SECONDS, DEFAULTS.deliverySeconds, 'MOCK_DELIVERY_SECONDS'),
  };
}

// `marks`: marks.js's reader of the spec whose `operations` (Prism's) the mock serves.
function createWorlds(marks, operations, { log, limits = DEFAULTS, clock = () => Date.now() / 1000 } = {}) {
  const content = createContent(marks, operations);
  const outbox = createOutbox(marks, operations, limits.deliverySeconds);
  const worlds = new Map(); // key -> world, least recently used first
  let sessionNumber = 0;
  let nextId = FIRST_ID;

  // The session a request belongs to: the credentials it gives for the operation (its token, or
  // the URL send's `apikey` or `username`); the token header's when no operation is named (the
  // control endpoints); undefined for a request that gives none (login, ...).
  const sessionKey = (input, operation = null) => marks.credentialOf(input, operation);
  // Whether an operation ends the session's token (logout): its world goes too.
  const ends = once(operation => {
    const revokes = marks.of(operation)?.tokens?.revokes;
    return !!revokes && revokes.in === 'header' && revokes.name.toLowerCase() === marks.tokenHeader;
  });

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
      nextId: () => nextId++,
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

  // {status, body} for a successful answer `body` of `operation` to `input`, as the calling
  // session's world has it.
  function answer(operation, input, body) {
    const key = sessionKey(input, operation);
    if (!key) return { status: 200, body };
    if (ends(operation)) {
      forget(input);
      return { status: 200, body };
    }
    if (!body || typeof body !== 'object') return { status: 200, body };
    const world = open(key);
    return content.answer(world, operation, input, body) || outbox.answer(world, operation, input, body) || { status: 200, body };
  }

  // Whether `answer` can change this operation's answers: logout's, and those of the content
  // kinds and of the outbox.
  const changes = once(operation => ends(operation) || content.handles(operation) || outbox.handles(operation));

  // A send whose answer stays as it is: its ids recorded in the calling session's outbox, with
  // no answer to rewrite. `records(operation)`: whether that is all `answer` does with it.
  const records = once(operation => outbox.records(operation) && !content.handles(operation));
  function recordSend(operation, input, ids) {
    const key = sessionKey(input, operation);
    if (key) outbox.record(open(key), operation, input, ids);
  }

  function forget(input) {
    const key = sessionKey(input);
    const world = key && worlds.get(key);
    if (world) {
      worlds.delete(key);
      log(`world: ${world.name} reset`);
    }
  }

  // Moves the calling session's clock on by `seconds`; answers the session's time.
  function advance(input, seconds) {
    const world = open(sessionKey(input));
    world.offset += seconds;
    world.log(`clock moved on ${seconds} s`);
    return world.now();
  }

  return { answer, changes, records, recordSend, forget, advance };
}

module.exports = { createWorlds, limitsFrom, DEFAULTS };
