// The bundle the mock serves (MOCK_SPEC, else openapi/bundled/ippanel.yaml), watched for
// rebuilds, and what the log says of a reload. Light on purpose: the primary of several workers
// (workers.js) watches the bundle for them without loading Prism.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const DEFAULT_SPEC = path.join(__dirname, '..', 'openapi', 'bundled', 'ippanel.yaml');
const specOf = settings => path.resolve(settings.MOCK_SPEC || DEFAULT_SPEC);

// A rebuilt bundle (`make bundle`) is served from the next request on. The directory is
// watched, not the file: an editor or git may replace the file rather than write into it.
function watchSpec(spec, reload) {
  let timer;
  fs.watch(path.dirname(spec), (_event, name) => {
    if (name !== path.basename(spec)) return;
    clearTimeout(timer);
    timer = setTimeout(reload, 200); // one reload for the several writes of one rebuild
  }).unref();
}

// What the log says of a reload ({operations} or {error}), alone or for every worker (`where`:
// "" or " in N workers").
function reloadLine(spec, result, where = '') {
  if (result.error !== undefined) return `mock: kept the previous spec${where}; ${path.basename(spec)} does not load: ${result.error}`;
  return `mock: reloaded ${path.relative(process.cwd(), spec)} (${result.operations} operations)${where}`;
}

// The lines printed once the mock listens (by the primary, for several workers).
function announce(settings, workers) {
  const url = `http://${settings.MOCK_HOST}:${settings.MOCK_PORT}`;
  // One write: whoever waits for the URL line (a launcher, a test) then has the whole of it.
  const lines = [
    `IPPanel API mock (Prism) on ${url}   Ctrl-C stops it`,
    `Try: curl -X POST ${url}/api/acl/auth/check_token -H 'Authorization: ${settings.MOCK_SESSIONS ? 'mock-test-api-key' : 'any-token'}'`,
  ];
  const more = [];
  if (workers > 1) more.push(`${workers} workers (MOCK_WORKERS)`);
  if (settings.MOCK_STORE) more.push(`sessions in ${settings.MOCK_STORE.shown} (MOCK_STORE)`);
  if (settings.MOCK_LATENCY_MS) more.push(`${settings.MOCK_LATENCY_MS.join('-')} ms added to each answer (MOCK_LATENCY_MS)`);
  if (settings.MOCK_FAULT_RATE) more.push(`faults on ${settings.MOCK_FAULT_RATE * 100}% of requests: ${settings.MOCK_FAULT_KINDS.join(', ')} (MOCK_FAULT_RATE)`);
  if (more.length) lines.push(`mock: ${more.join('; ')}`);
  console.log(lines.join('\n'));
}

module.exports = { specOf, watchSpec, reloadLine, announce };
