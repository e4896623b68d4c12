// The connection to the shared store, MOCK_STORE=redis://host:port/db, through ioredis: one per
// worker, every key under `ippanel-mock:`. A command never waits for a store that is away: it
// fails at once (no offline queue, no retry of a command), and the request gets a 503 envelope
// saying so (handler.js); the connection keeps trying meanwhile, and the mock answers as before
// once the store is back. The log says when the store goes and when it comes back.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const Redis = require('ioredis');
const { StoreUnavailable } = require('./unavailable');

const PREFIX = 'ippanel-mock:';
const TIMEOUT_MS = 2000; // to connect, and for a command's answer: a store that hangs is away
const WORLD = fs.readFileSync(path.join(__dirname, 'world.lua'), 'utf8');

// `store`: the setting's value ({url, shown}); `log`: the mock's lines ({info, warn}).
function connect(store, log) {
  const redis = new Redis(store.url, {
    keyPrefix: PREFIX,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: TIMEOUT_MS,
    commandTimeout: TIMEOUT_MS,
    retryStrategy: times => Math.min(100 * times, 1000),
    disableClientInfo: true, // CLIENT SETINFO is Redis 7.2's
    protocol: 2,
  });
  redis.defineCommand('world', { lua: WORLD }); // numberOfKeys: the first argument

  let away = null; // why the store is unreachable, or null
  let ever = false; // connected once
  const down = why => {
    if (!away) log.warn(`mock: the store ${store.shown} is unreachable (${why}); requests of sessions get 503 until it is back`);
    away = `the store ${store.shown} is unreachable: ${why}`;
  };
  redis.on('ready', () => {
    log.info(ever ? `mock: the store ${store.shown} is back` : `mock: connected to the store ${store.shown}`);
    away = null;
    ever = true;
  });
  redis.on('error', error => down(error.message));
  redis.on('close', () => down(away ? away.split(': ').slice(1).join(': ') : 'its connection closed'));

  // The command's answer; a store that is away (not a script's own error) as StoreUnavailable.
  async function run(command) {
    if (redis.status !== 'ready') throw new StoreUnavailable(away || `the store ${store.shown} is not connected yet`);
    try {
      return await command(redis);
    } catch (error) {
      if (error instanceof Redis.ReplyError) throw error;
      throw new StoreUnavailable(`the store ${store.shown} is unreachable: ${error.message}`);
    }
  }

  return {
    shown: store.shown,
    run,
    // {ok, reason}: whether the store answers now.
    async health() {
      try {
        await run(r => r.ping());
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: error.message };
      }
    },
    close: () => redis.disconnect(),
  };
}

module.exports = { connect, PREFIX };
