// `make mock`: the bundled spec served by Prism 5.16 with the project's layer around it. Its
// settings (MOCK_HOST, MOCK_PORT, MOCK_SESSIONS, MOCK_STORE, MOCK_WORKERS, ...: mock/settings.js,
// and the table in docs/reference/mock.md) are read here once; one that cannot be used stops it with one
// line. One worker serves in this very process (serve.js), so Ctrl-C or a signal to it stops
// everything it started; several are led from here (workers.js) and stop with it. A rebuilt
// bundle is served without a restart.
'use strict';

const cluster = require('node:cluster');
const { readSettings, Refusal } = require('./settings');

let settings;
try {
  settings = readSettings(process.env);
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(`mock: ${error.message}`);
  process.exit(1);
}

if (cluster.isPrimary && settings.MOCK_WORKERS > 1) require('./workers').lead(settings);
else {
  require('./serve')
    .serve(settings, { worker: cluster.isWorker })
    .catch(error => {
      console.error(`mock: ${error.message}`);
      process.exit(1);
    });
}
