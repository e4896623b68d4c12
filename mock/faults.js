// Latency and faults on request, for apps that must survive a slow or failing network: the
// words `Prefer: delay=<ms>` and `Prefer: fault=<kind>` (documented.js reads them, as the msw
// handlers do), MOCK_LATENCY_MS on every answer, and MOCK_FAULT_RATE drawing faults from
// MOCK_FAULT_KINDS. Each request gets its plan as it arrives, before the fast path or any step,
// so an answer from memory is delayed or faulted alike. A 5xx, a 429 or a drop answers in
// place of the request, which changes nothing; a hang is the request answered (its session
// acts on it) whose answer stops halfway. The log says when a fault is injected.
'use strict';

const { faultsAsked } = require('./documented');

const KEPT = 256; // Prefer headers whose words are kept read (a client sends the same few)

// `latency`: [min, max] ms or null; `rate`: 0 to 1; `kinds`: the faults the rate draws from.
function createFaults({ latency, rate, kinds }) {
  const read = new Map();
  function wordsOf(prefer) {
    let words = read.get(prefer);
    if (words === undefined) {
      words = faultsAsked(prefer);
      if (read.size >= KEPT) read.delete(read.keys().next().value);
      read.set(prefer, words);
    }
    return words;
  }
  const drawn = ([min, max]) => min + Math.floor(Math.random() * (max - min + 1));

  // What happens to this request besides its answer: null (nothing, the usual case), or
  // {problem} (a Prefer word it cannot use: that 404 is its answer), or {delay (ms), asked
  // (whether Prefer asked for it), fault (a kind, or undefined), why (what asked for the fault)}.
  return function planOf(req) {
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) return null; // a browser's preflight
    const prefer = req.headers.prefer;
    const words = prefer ? wordsOf(prefer) : {};
    if (words.problem) return { problem: words.problem };
    const delay = words.delay ?? (latency ? drawn(latency) : 0);
    let { fault } = words;
    let why = fault && `Prefer: fault=${fault}`;
    if (!fault && rate > 0 && Math.random() < rate) {
      fault = kinds[Math.floor(Math.random() * kinds.length)];
      why = `MOCK_FAULT_RATE=${rate}`;
    }
    if (!delay && !fault) return null;
    return { delay, asked: words.delay !== undefined, fault, why };
  };
}

module.exports = { createFaults };
