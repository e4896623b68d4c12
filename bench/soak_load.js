// The soak's load: autocannon on one operation for a while, each request with a body drawn from
// a list (valid and invalid) and, for one in `varyAccept`, an Accept header of its own, so that the
// fast path meets more distinct keys than it may keep. Prints {requests, status_codes, errors}.
'use strict';
const autocannon = require('autocannon');

// {url, headers, bodies: [string], varyAccept (0..1), keys, connections, duration (seconds)}
const opts = JSON.parse(process.argv[2]);

let n = 0;
function setupRequest(request) {
  n += 1;
  const headers = { ...opts.headers };
  // Another type after JSON: a new key for the fast path (one of `keys`), the same answer from Prism
  if (Math.random() < opts.varyAccept) headers.accept = `application/json, application/x-soak-${n % opts.keys};q=0.1`;
  return { ...request, headers, body: opts.bodies[Math.floor(Math.random() * opts.bodies.length)] };
}

const instance = autocannon(
  { url: opts.url, method: 'POST', connections: opts.connections, duration: opts.duration, timeout: 5, requests: [{ setupRequest }] },
  (err, r) => {
    if (err) {
      console.error(String(err));
      process.exit(1);
    }
    const codes = Object.fromEntries(Object.entries(r.statusCodeStats).map(([k, v]) => [k, v.count]));
    console.log(JSON.stringify({ requests: r.requests.total, status_codes: codes, errors: r.errors, timeouts: r.timeouts }));
  },
);
instance.on('error', () => {});
