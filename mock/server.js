// First version: plain Prism 5.16 in this one node process (no npx, no cluster fork), so a
// signal to this process stops everything. The guard layer replaces this.
'use strict';
const path = require('node:path');

const spec = path.join(__dirname, '..', 'openapi', 'bundled', 'ippanel.yaml');
const host = process.env.MOCK_HOST || '127.0.0.1';
const port = process.env.MOCK_PORT || '4010';
process.argv = [process.argv[0], 'prism', 'mock', spec, '--host', host, '--port', port,
  '--multiprocess=false', '--verboseLevel', process.env.MOCK_LOG_LEVEL || 'info'];
require('@stoplight/prism-cli/dist/index.js');
