// `make mock`: the bundled spec served by Prism 5.16 in this one node process (no npx, no
// cluster fork), so Ctrl-C or a signal to this process stops everything it started.
// MOCK_HOST, MOCK_PORT and MOCK_LOG_LEVEL (a pino level, or silent) configure it.
'use strict';

const http = require('node:http');
const path = require('node:path');
const { Writable } = require('node:stream');
const { createLogger } = require('@stoplight/prism-core');
const { createInstance, getHttpOperationsFromSpec } = require('@stoplight/prism-http');
const { createHandler } = require('./handler');

const SPEC = path.join(__dirname, '..', 'openapi', 'bundled', 'ippanel.yaml');
const host = process.env.MOCK_HOST || '127.0.0.1';
const port = Number(process.env.MOCK_PORT || 4010);
const level = process.env.MOCK_LOG_LEVEL || 'info';

// Prism logs pino JSON lines; people read them as "[NAME] level message".
const LEVELS = { 10: 'trace', 20: 'debug', 30: 'info', 32: 'success', 40: 'warn', 50: 'error', 60: 'fatal' };
const pretty = new Writable({
  write(chunk, _encoding, done) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      try {
        const entry = JSON.parse(line);
        process.stdout.write(`[${entry.name}] ${LEVELS[entry.level] || entry.level} ${entry.msg}\n`);
      } catch {
        process.stdout.write(`${line}\n`);
      }
    }
    done();
  },
});
const logger = createLogger('MOCK', { level }, pretty);

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

async function main() {
  const operations = await getHttpOperationsFromSpec(SPEC);
  const prism = createInstance(config, { logger: logger.child({ name: 'HTTP SERVER' }) });
  const server = http.createServer(createHandler({ prism, operations, config, logger }));

  server.on('error', error => {
    if (error.code === 'EADDRINUSE') console.error(`mock: port ${port} on ${host} is busy; free it or set MOCK_PORT`);
    else console.error(`mock: cannot listen on ${host}:${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, host, () => {
    const url = `http://${host}:${port}`;
    console.log(`IPPanel API mock (Prism) on ${url}   Ctrl-C stops it`);
    console.log(`Try: curl -X POST ${url}/api/acl/auth/check_token -H 'Authorization: any-token'`);
  });

  const stop = () => {
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
