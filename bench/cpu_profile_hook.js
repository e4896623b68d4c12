// Preloaded into a mock by the benchmark (NODE_OPTIONS=--require; node refuses --cpu-prof
// there). SIGUSR2 starts V8's CPU profiler, so that start-up and warm-up stay out of the profile;
// SIGTERM writes the profile to $BENCH_CPU_PROFILE before the process exits.
'use strict';
const fs = require('node:fs');
const inspector = require('node:inspector');

const session = new inspector.Session();
session.connect();
let profiling = false;

process.on('SIGUSR2', () => {
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 250 }); // µs
  session.post('Profiler.start', () => { profiling = true; });
});

process.on('SIGTERM', () => {
  // An in-process session answers synchronously: the file is written before any other
  // SIGTERM listener (the mock's own shutdown) can end the process.
  if (profiling) {
    session.post('Profiler.stop', (error, result) => {
      if (!error) fs.writeFileSync(process.env.BENCH_CPU_PROFILE, JSON.stringify(result.profile));
    });
  }
  // A listener replaces the default exit on SIGTERM; keep it when nobody else handles it.
  if (process.listenerCount('SIGTERM') === 1) process.exit(0);
});
