// One load run with autocannon's API, printed as JSON. Latencies are taken from each response
// (autocannon's own histogram rounds them to whole milliseconds, too coarse for a fast server)
// and include non-2xx answers, because one of the operations measured is a 422.
'use strict';
const autocannon = require('autocannon');

// {url, method, headers, body, connections, duration (seconds), renumber?}. `renumber`: a number
// in the body that each request replaces with another of the same length, so that no two bodies
// are alike (what a fuzzer sends; the answer stays the same).
const opts = JSON.parse(process.argv[2]);

// The request of each turn: the body with `renumber` replaced by the turn's own number.
function renumbered() {
  const { renumber, body } = opts;
  const head = renumber.slice(0, -7); // the last seven digits change
  const tail = renumber.length - head.length;
  let turn = 0;
  return [{
    setupRequest: request => {
      turn = (turn + 1) % 10 ** tail;
      return { ...request, body: body.replace(renumber, head + String(turn).padStart(tail, '0')) };
    },
  }];
}

function run(onLatency) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      url: opts.url, method: opts.method, headers: opts.headers, body: opts.body,
      requests: opts.renumber ? renumbered() : undefined,
      connections: opts.connections, duration: opts.duration, timeout: 5,
    }, (err, result) => (err ? reject(err) : resolve(result)));
    instance.on('response', (_client, _status, _bytes, ms) => onLatency(ms));
  });
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p / 100 * sorted.length))];
}

(async () => {
  const latencies = [];
  const r = await run((ms) => latencies.push(ms));
  const sorted = Float64Array.from(latencies).sort();
  const elapsed = (new Date(r.finish) - new Date(r.start)) / 1000;
  console.log(JSON.stringify({
    requests: r.requests.total,
    seconds: elapsed,
    req_per_s: r.requests.total / elapsed,
    p50_ms: percentile(sorted, 50),
    p90_ms: percentile(sorted, 90),
    p99_ms: percentile(sorted, 99),
    max_ms: sorted[sorted.length - 1],
    status_codes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([k, v]) => [k, v.count])),
    errors: r.errors,
    timeouts: r.timeouts,
  }));
})().catch((err) => { console.error(String(err)); process.exit(1); });
