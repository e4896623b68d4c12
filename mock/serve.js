// One process of the mock serving the spec (mock/server.js starts it, alone or as one of
// MOCK_WORKERS workers): Prism 5.16 inside this node process (no npx, no fork of its own), the
// handler around it, the sessions and their store, the control endpoints, the log. A rebuilt
// bundle is served without a restart: watched here when alone, on the primary's word as a
// worker (mock/workers.js).
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const { Writable } = require('node:stream');
const yaml = require('js-yaml');
const { createLogger, createInstance, getHttpOperationsFromSpec } = require('./prism');
const { createHandler } = require('./handler');
const { createMarks } = require('./marks');
const { createSessions } = require('./sessions');
const { createWorlds, worldRules, limitsFrom } = require('./world');
const { createControl } = require('./control');
const { createFaults } = require('./faults');
const { createMemoryStore } = require('./store/memory');
const { specOf, watchSpec, reloadLine, announce } = require('./spec-file');

// Log lines are written together once the current batch of requests is handled: under load,
// one write for many lines rather than a write per line. Written at once on exit.
let pending = '';
function flush() {
  if (pending) process.stdout.write(pending);
  pending = '';
}
function out(text) {
  if (!pending) setImmediate(flush);
  pending += text;
}
process.on('exit', () => {
  try {
    if (pending) fs.writeSync(1, pending);
  } catch {
    // stdout is gone
  }
});

// Prism logs pino JSON lines; people read them as "[NAME] level message".
const LEVELS = { 10: 'trace', 20: 'debug', 30: 'info', 32: 'success', 40: 'warn', 50: 'error', 60: 'fatal' };
const pretty = new Writable({
  write(chunk, _encoding, done) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      try {
        const entry = JSON.parse(line);
        out(`[${entry.name}] ${LEVELS[entry.level] || entry.level} ${entry.msg}\n`);
      } catch {
        out(`${line}\n`);
      }
    }
    done();
  },
});

// `prism mock`'s settings, but for validateResponse: the responses are the spec's own examples,
// which the spec tests validate, and checking each one again costs a third of the throughput.
const config = {
  validateRequest: true,
  validateResponse: false,
  checkSecurity: true,
  errors: false,
  upstreamProxy: undefined,
  isProxy: false,
  mock: { dynamic: false, ignoreExamples: false },
};

// The spec read again into `handler`: {operations} or {error}.
async function reloadInto(handler, spec) {
  try {
    const operations = await getHttpOperationsFromSpec(spec);
    handler.reload(operations);
    return { operations: operations.length };
  } catch (error) {
    return { error: error.message };
  }
}

// Serves until a signal stops it. `worker`: one of several (workers.js), which says when it
// listens, fails or has reloaded to the primary rather than to the log.
async function serve(settings, { worker = false } = {}) {
  const spec = specOf(settings);
  const level = settings.MOCK_LOG_LEVEL;
  const logger = createLogger('MOCK', { level }, pretty);
  // Our own line per request, in the same format, written as it is (no pino JSON and back).
  const threshold = level === 'silent' ? Infinity : Number(Object.keys(LEVELS).find(k => LEVELS[k] === level) || 30);
  const line = (value, name) => (threshold <= value ? text => out(`[HTTP SERVER] ${name} ${text}\n`) : () => {});
  const log = { info: line(30, 'info'), warn: line(40, 'warn'), error: line(50, 'error') };

  const operations = await getHttpOperationsFromSpec(spec);
  // The marks as the bundle writes them (Prism's operations drop some): read once, at start.
  const marks = createMarks(yaml.load(fs.readFileSync(spec, 'utf8')), operations);
  const prism = createInstance(config, { logger: logger.child({ name: 'HTTP SERVER' }) });

  let sessions = null;
  let worlds = null;
  let store = null;
  if (settings.MOCK_SESSIONS) {
    const limits = limitsFrom(settings);
    const rules = worldRules(marks, operations, limits);
    const parts = { ...rules, limits, log: log.info, clock: () => Date.now() / 1000 };
    if (settings.MOCK_STORE) {
      // Only a mock with a store needs Redis' client.
      const { connect } = require('./store/redis');
      const { createSharedStore } = require('./store/shared');
      const connection = connect(settings.MOCK_STORE, { info: text => console.log(text), warn: text => console.error(text) });
      store = createSharedStore({ ...parts, connection, ttl: settings.MOCK_SESSION_TTL_SECONDS });
    } else store = createMemoryStore(parts);
    worlds = createWorlds(marks, rules, store);
    sessions = createSessions({ marks, store, world: worlds });
  }
  let served = operations.length;
  const handler = createHandler({
    prism,
    operations,
    config,
    log,
    // At debug and trace, Prism's own lines show how it decided: every request goes to it.
    fastPath: settings.MOCK_FAST_PATH && threshold >= 30,
    sessions,
    planOf: createFaults({ latency: settings.MOCK_LATENCY_MS, rate: settings.MOCK_FAULT_RATE, kinds: settings.MOCK_FAULT_KINDS }),
  });
  const health = async () => {
    const found = store ? await store.health() : { ok: true };
    return { ...found, operations: served, store: store ? store.name : 'none', pid: process.pid };
  };
  const control = createControl({ sessions, worlds, log, tokenHeader: marks.tokenHeader, health });
  const server = http.createServer((req, res) => control(req, res) || handler(req, res));

  const reload = async () => {
    const result = await reloadInto(handler, spec);
    if (result.operations !== undefined) served = result.operations;
    return result;
  };
  if (worker) {
    process.on('message', async message => {
      if (message?.reload !== undefined) process.send({ reloaded: message.reload, ...(await reload()) });
    });
  } else {
    watchSpec(spec, async () => {
      const result = await reload();
      (result.error === undefined ? console.log : console.error)(reloadLine(spec, result));
    });
  }

  const { MOCK_HOST: host, MOCK_PORT: port } = settings;
  server.on('error', error => {
    const said = error.code === 'EADDRINUSE' ? `mock: port ${port} on ${host} is busy; free it or set MOCK_PORT` : `mock: cannot listen on ${host}:${port}: ${error.message}`;
    if (worker) process.send({ failed: said }, () => process.exit(1));
    else {
      console.error(said);
      process.exit(1);
    }
  });
  server.listen(port, host, () => {
    if (!worker) announce(settings, 1);
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const { keys, bound, exact } = handler.memory();
    const mib = n => (n / 2 ** 20).toFixed(1);
    console.log(
      `mock: stopped; the fast path held ${keys} keys (bound ${bound}) and ${exact.entries} answers by bytes ` +
        `(bound ${exact.bound}), ${mib(exact.bytes)} MiB (bound ${mib(exact.boundBytes)} MiB)`,
    );
    store?.close();
    server.closeAllConnections();
    server.close(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (worker) process.on('disconnect', stop); // the primary is gone
}

module.exports = { serve };
