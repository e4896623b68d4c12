// Sessions in Redis (MOCK_STORE): the tokens issued, the outbox and object ids, and each
// session's world, shared by every worker and replica, so that any of them answers a session
// alike. The same functions as store/memory.js, answering promises:
//
//   token:<token>                       the token's kind, for MOCK_SESSION_TTL_SECONDS after its last use
//   next-session, next-outbox-id, next-object-id    counters: numbers no two replicas share
//   session:{<digest>}                  a session (a hash: its number, credit, clock offset, ...)
//   session:{<digest>}:objects          its objects, by kind and id, as JSON
//   session:{<digest>}:order:<kind>     the order of a kind's objects (the outbox is a kind)
//
// all under `ippanel-mock:` (redis.js). A session is named by a digest of its credentials,
// never by its token. Every change of a session is one run of store/world.lua: a request reads
// what it needs of its world in one run, decides as in memory (store/view.js records what it
// changes), and writes in another, which refuses a change decided on objects gone meanwhile
// (another replica deleted them): the request then decides again. A send whose answer only
// takes ids (the usual one) is one run: ids taken and the send recorded together. Every run
// gives the session's keys MOCK_SESSION_TTL_SECONDS more, and keeps each kind within
// MOCK_MAX_OBJECTS, so that a long-lived shared mock does not grow without bound (store/world.lua
// gives them that once a second at most: Redis counts a TTL in seconds).
'use strict';

const crypto = require('node:crypto');
const { FIRST_ID } = require('../world/shapes');
const { StoreUnavailable } = require('./unavailable');
const { createView } = require('./view');

const COUNTERS = ['next-session', 'next-outbox-id', 'next-object-id'];
const pairs = list => Array.from({ length: list.length / 2 }, (_, i) => [list[2 * i], list[2 * i + 1]]);
const TRIES = 5; // decisions of one request, each on what another replica changed meanwhile
const KEPT_SESSIONS = 1000; // sessions whose key names are kept worked out

// `connection`: redis.js's; `content`, `outbox`: the world's rules.
function createSharedStore({ connection, ttl, content, outbox, limits, log, clock }) {
  const contentKinds = Object.keys(content.kinds);
  const kinds = [...contentKinds, 'outbox'];
  const header = [String(ttl), String(limits.maxObjects), String(FIRST_ID), String(outbox.initialCredit), kinds.join(',')];
  const seedArgs = (() => {
    const args = [];
    for (const [kind, objects] of Object.entries(content.seed())) for (const [id, object] of objects) args.push(kind, id, JSON.stringify(object));
    return [String(args.length / 3), ...args];
  })();

  const keysOnce = new Map();
  function keysOf(key) {
    let keys = keysOnce.get(key);
    if (keys === undefined) {
      const session = `session:{${crypto.createHash('sha256').update(key).digest('hex').slice(0, 32)}}`;
      keys = [...COUNTERS, session, `${session}:objects`, ...kinds.map(kind => `${session}:order:${kind}`)];
      if (keysOnce.size >= KEPT_SESSIONS) keysOnce.delete(keysOnce.keys().next().value);
      keysOnce.set(key, keys);
    }
    return keys;
  }

  // One run of store/world.lua for the session `key`, at `now`: its answer.
  function world(key, now, op, ...args) {
    const keys = keysOf(key);
    return connection.run(redis => redis.world(keys.length, ...keys, op, ...header, String(now), ...args));
  }

  // What every answer of store/world.lua tells the log: a session opened, kinds become full.
  function said([, n, isNew], full = []) {
    if (isNew === 1) log(`world: session ${n} opened`);
    for (let i = 0; i < full.length; i += 2) {
      log(`world: session ${n}: ${full[i]} full (MOCK_MAX_OBJECTS=${limits.maxObjects}): the oldest goes first from now on, ${full[i + 1]} first`);
    }
  }

  // What `decide(world)` answers, decided on the session's world as the store holds it; what it
  // changes written, if nothing it was decided on went meanwhile (else decided again).
  async function within(key, needs, decide) {
    const wanted = needs.kinds.filter(kind => kind !== 'outbox');
    for (let tries = 1; ; tries++) {
      const now = clock();
      const loaded = await world(key, now, 'load', needs.kinds.join(','), needs.entry, String(needs.objectIds));
      said(loaded);
      const [, n, , credit, offset, seeded, firstId] = loaded;
      const read = Object.fromEntries(needs.kinds.map((kind, i) => [kind, pairs(loaded[7 + i])]));
      // A session that has changed no object yet holds none: its objects are the seed's.
      const fromSeed = seeded !== '1' ? content.seed() : null;
      const objects = Object.fromEntries(wanted.map(kind => [kind, fromSeed ? [...fromSeed[kind]] : read[kind].map(([id, json]) => [id, JSON.parse(json)])]));
      const entries = read.outbox ?? pairs(loaded[loaded.length - 1]);
      const view = createView({
        credit: Number(credit),
        offset: Number(offset),
        clock: () => now,
        kinds: objects,
        entries: entries.map(([id, json]) => outbox.rowOf(id, json)),
        ids: { first: Number(firstId), count: needs.objectIds },
        stored: outbox.stored,
      });
      const decided = decide(view);
      if (view.changed()) {
        const done = await world(key, now, 'commit', ...(fromSeed ? seedArgs : ['0']), ...view.commitArgs());
        if (done[0] === 'conflict') {
          if (tries < TRIES) continue;
          throw new StoreUnavailable(`session ${n} changed under this request ${TRIES} times (another replica removed ${done[3]}); try again`);
        }
        said(done, done.slice(3));
      }
      for (const line of view.lines()) log(`world: session ${n}: ${line}`);
      return decided;
    }
  }

  async function freshIds(count) {
    const counter = COUNTERS[1];
    const [, [error, last]] = await connection.run(redis => redis.multi().set(counter, FIRST_ID - 1, 'NX').incrby(counter, count).exec());
    if (error) throw error;
    return Array.from({ length: count }, (_, i) => last - count + 1 + i);
  }

  // A send of `count` messages: its fresh ids, recorded in the session's outbox, in one run.
  async function recordSend(key, operation, input, count) {
    if (!key) return freshIds(count);
    const { sendAt, messages } = outbox.sendRecord(operation, input, count);
    const args = [sendAt === null ? '' : String(sendAt)];
    for (const m of messages) args.push(String(m.cost), m.json);
    const done = await world(key, clock(), 'record', ...args);
    const [, n, , first, , scheduled] = done;
    said(done);
    const ids = Array.from({ length: count }, (_, i) => Number(first) + i);
    for (let i = 0; i < count; i++) log(`world: session ${n}: sent ${ids[i]} to ${messages[i].recipients} recipient(s)${scheduled === 1 ? ', scheduled' : ''}`);
    said(done, done.slice(6));
    return ids;
  }

  const tokenKey = token => `token:${token}`;

  return {
    name: connection.shown,
    retries: true,
    within,
    freshIds,
    recordSend,
    async forget(key) {
      const [, n] = await world(key, clock(), 'forget');
      if (n) log(`world: session ${n} reset`);
    },
    // Moves the session's clock on; answers its time.
    async advance(key, seconds) {
      const now = clock();
      const done = await world(key, now, 'advance', String(seconds));
      said(done);
      log(`world: session ${done[1]}: clock moved on ${seconds} s`);
      return now + Number(done[3]);
    },
    tokens: {
      // Each token's kind (undefined for one not issued), its TTL renewed: a token in use stays.
      async kindsOf(list) {
        const found = await connection.run(redis => {
          const batch = redis.pipeline();
          for (const token of list) batch.getex(tokenKey(token), 'EX', ttl);
          return batch.exec();
        });
        return found.map(([error, kind]) => {
          if (error) throw error;
          return kind ?? undefined;
        });
      },
      issue: (token, kind) => connection.run(redis => redis.set(tokenKey(token), kind ?? '', 'EX', ttl)),
      drop: token => connection.run(redis => redis.del(tokenKey(token))),
    },
    health: () => connection.health(),
    close: () => connection.close(),
  };
}

module.exports = { createSharedStore };
