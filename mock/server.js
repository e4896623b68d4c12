// `make mock`: the bundled spec served by Prism 5.16 in this one node process (no npx, no
// cluster fork), so Ctrl-C or a signal to this process stops everything it started.
// MOCK_HOST, MOCK_PORT and MOCK_LOG_LEVEL (a pino level, or silent) configure it; MOCK_SESSIONS=1
// turns sessions on, each with its own world (MOCK_DELIVERY_SECONDS, MOCK_MAX_SESSIONS,
// MOCK_MAX_OBJECTS: mock/world/index.js); MOCK_SPEC serves another bundle; MOCK_FAST_PATH=0 sends every request to
// Prism (what the fast path is compared with). A rebuilt bundle is served without a restart.
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { Writable } = require('node:stream');
const yaml = require('js-yaml');
const { createLogger, createInstance, getHttpOperationsFromSpec } = require('./prism');
const { createHandler } = require('./handler');
const { createMarks } = require('./marks');
const { createSessions } = require('./sessions');
const { createWorlds, limitsFrom } = require('./world');
const { createControl } = require('./world/control');

const SPEC = path.resolve(process.env.MOCK_SPEC || path.join(__dirname, '..', 'openapi', 'bundled', 'ippanel.yaml'));
const host = process.env.MOCK_HOST || '127.0.0.1';
const port = Number(process.env.MOCK_PORT || 4010);
const level = process.env.MOCK_LOG_LEVEL || 'info';
const sessionsOn = process.env.MOCK_SESSIONS === '1';

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
const logger = createLogger('MOCK', { level }, pretty);

// Our own line per request, in the same format, written as it is (no pino JSON and back).
const threshold = level === 'silent' ? Infinity : Number(Object.keys(LEVELS).find(k => LEVELS[k] === level) || 30);
const line = (value, name) => (threshold <= value ? text => out(`[HTTP SERVER] ${name} ${text}\n`) : () => {});
const log = { info: line(30, 'info'), warn: line(40, 'warn'), error: line(50, 'error') };

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

// A rebuilt bundle (`make bundle`) is served from the next request on. The directory is
// watched, not the file: an editor or git may replace the file rather than write into it.
function watchSpec(handler) {
  let timer;
  const reload = async () => {
    try {
      const operations = await getHttpOperationsFromSpec(SPEC);
      handler.reload(operations);
      console.log(`mock: reloaded ${path.relative(process.cwd(), SPEC)} (${operations.length} operations)`);
    } catch (error) {
      console.error(`mock: kept the previous spec; ${path.basename(SPEC)} does not load: ${error.message}`);
    }
  };
  fs.watch(path.dirname(SPEC), (_event, name) => {
    if (name !== path.basename(SPEC)) return;
    clearTimeout(timer);
    timer = setTimeout(reload, 200); // one reload for the several writes of one rebuild
  }).unref();
}

async function main() {
  const operations = await getHttpOperationsFromSpec(SPEC);
  // The marks as the bundle writes them (Prism's operations drop some): read once, at start.
  const marks = createMarks(yaml.load(fs.readFileSync(SPEC, 'utf8')), operations);
  const prism = createInstance(config, { logger: logger.child({ name: 'HTTP SERVER' }) });
  const world = sessionsOn ? createWorlds(marks, operations, { log: log.info, limits: limitsFrom(process.env) }) : null;
  const sessions = sessionsOn ? createSessions({ marks, world }) : null;
  const handler = createHandler({
    prism,
    operations,
    config,
    log,
    // At debug and trace, Prism's own lines show how it decided: every request goes to it.
    fastPath: process.env.MOCK_FAST_PATH !== '0' && threshold >= 30,
    sessions,
  });
  const control = sessionsOn ? createControl({ sessions, worlds: world, log, tokenHeader: marks.tokenHeader }) : () => false;
  const server = http.createServer((req, res) => control(req, res) || handler(req, res));
  watchSpec(handler);

  server.on('error', error => {
    if (error.code === 'EADDRINUSE') console.error(`mock: port ${port} on ${host} is busy; free it or set MOCK_PORT`);
    else console.error(`mock: cannot listen on ${host}:${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, host, () => {
    const url = `http://${host}:${port}`;
    console.log(`IPPanel API mock (Prism) on ${url}   Ctrl-C stops it`);
    console.log(`Try: curl -X POST ${url}/api/acl/auth/check_token -H 'Authorization: ${sessionsOn ? 'mock-test-api-key' : 'any-token'}'`);
  });

  const stop = () => {
    const { keys, bound, exact } = handler.memory();
    const mib = n => (n / 2 ** 20).toFixed(1);
    console.log(
      `mock: stopped; the fast path held ${keys} keys (bound ${bound}) and ${exact.entries} answers by bytes ` +
        `(bound ${exact.bound}), ${mib(exact.bytes)} MiB (bound ${mib(exact.boundBytes)} MiB)`,
    );
    server.closeAllConnections();
    server.close(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch(error => {
  console.error(`mock: ${error.message}`);
  process.exit(1);
});
