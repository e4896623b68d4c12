// MOCK_WORKERS: several processes of the mock on one port, for every core of the machine. This
// process leads them (Node's cluster module: it accepts each connection and hands it to the
// workers in turn) and serves nothing itself. They start and stop as one: a signal stops them
// all; a worker that cannot listen stops the rest, and the first one's reason is said once; a
// worker that dies later is replaced. A rebuilt bundle is reloaded by every worker, said once.
// With sessions, the workers share them through the store (MOCK_STORE), which settings.js
// requires: each worker's memory would be its own.
'use strict';

const cluster = require('node:cluster');
const { announce, reloadLine, specOf, watchSpec } = require('./spec-file');

const GRACE_MS = 5000; // between a stop and SIGKILL to a worker still there

function lead(settings) {
  const count = settings.MOCK_WORKERS;
  const spec = specOf(settings);
  let listening = 0;
  let stopping = false;
  let code = 0;

  function stopAll(exitCode) {
    if (stopping) return;
    stopping = true;
    code = exitCode;
    const workers = Object.values(cluster.workers);
    if (!workers.length) process.exit(code);
    for (const worker of workers) worker.process.kill('SIGTERM');
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers)) worker.process.kill('SIGKILL');
    }, GRACE_MS).unref();
  }

  // Each reload's results, by the reload's number, until every worker has said.
  let reloads = 0;
  const heard = new Map();
  function onMessage(message) {
    if (message?.failed !== undefined) {
      if (!stopping) console.error(message.failed);
      return stopAll(1);
    }
    if (message?.reloaded === undefined) return;
    const results = heard.get(message.reloaded) || [];
    results.push(message);
    heard.set(message.reloaded, results);
    if (results.length < Object.keys(cluster.workers).length) return;
    heard.delete(message.reloaded);
    const failed = results.find(r => r.error !== undefined);
    const where = ` in ${results.length} workers`;
    if (failed) console.error(reloadLine(spec, failed, where));
    else console.log(reloadLine(spec, results[0], where));
  }

  cluster.on('listening', () => {
    listening += 1;
    if (listening === count) announce(settings, count);
  });
  cluster.on('exit', (worker, exitCode, signal) => {
    if (stopping) {
      if (!Object.keys(cluster.workers).length) process.exit(code);
      return;
    }
    if (listening < count) return stopAll(exitCode || 1); // it could not start: neither can the rest
    console.error(`mock: worker ${worker.process.pid} exited (${signal || exitCode}); starting another`);
    cluster.fork().on('message', onMessage);
  });

  for (let i = 0; i < count; i++) cluster.fork().on('message', onMessage);
  watchSpec(spec, () => {
    reloads += 1;
    for (const worker of Object.values(cluster.workers)) worker.send({ reload: reloads });
  });
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
}

module.exports = { lead };
