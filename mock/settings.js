// The mock's settings, each declared once: its environment variable, its default, one line for
// docs/reference/mock.md's table, and how its text becomes a value. mock/server.js reads them all at start
// and stops on the first it cannot use, in one line; `node mock/settings.js` prints the table
// the guide shows (tests/mock checks the two agree), as kit/settings.py does for the Python tools.
'use strict';

const os = require('node:os');
const { FAULTS } = require('./documented');

class Refusal extends Error {}

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

// --- parsers: the value, or an Error saying what the text must be ------------------------------

const text = value => value;
const oneOf = choices => value => {
  if (!choices.includes(value)) throw new Error(`must be one of ${choices.join(', ')}`);
  return value;
};
const flag = value => {
  if (value !== '0' && value !== '1') throw new Error('must be 1 (on) or 0 (off)');
  return value === '1';
};
function port(value) {
  if (!/^\d+$/.test(value) || !(Number(value) > 0 && Number(value) < 65536)) throw new Error('must be a port number (1-65535)');
  return Number(value);
}
function number(value) {
  if (!/^\d+(\.\d+)?$/.test(value)) throw new Error('must be a number of 0 or more');
  return Number(value);
}
function whole(value) {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error('must be a whole number of at least 1');
  return Number(value);
}
function rate(value) {
  if (!/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(value)) throw new Error('must be a number from 0 to 1');
  return Number(value);
}
// `auto`, or a count; `auto` is settled once the other settings are read (below).
function workers(value) {
  return value === 'auto' ? 'auto' : whole(value);
}
// `<min>-<max>` milliseconds (or one number for both): [min, max], or null when unset.
function latency(value) {
  if (value === '') return null;
  const found = /^(\d+)(?:-(\d+))?$/.exec(value);
  if (!found || Number(found[2] ?? found[1]) < Number(found[1])) throw new Error('must be <min>-<max> milliseconds (or one number), min not above max');
  return [Number(found[1]), Number(found[2] ?? found[1])];
}
function faultKinds(value) {
  const kinds = value.split(',').map(kind => kind.trim());
  const unknown = kinds.filter(kind => !FAULTS.includes(kind));
  if (unknown.length || !kinds.length) throw new Error(`must list some of ${FAULTS.join(', ')}`);
  return kinds;
}
// A Redis URL, its password hidden where it is shown: {url, shown}; null when unset.
function store(value) {
  if (value === '') return null;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error('must be a redis:// URL, like redis://127.0.0.1:6379/0');
  }
  if (url.protocol !== 'redis:' || !url.hostname) throw new Error('must be a redis:// URL, like redis://127.0.0.1:6379/0');
  if (!/^\/?(\d+)?$/.test(url.pathname)) throw new Error('must name a database by its number, like redis://127.0.0.1:6379/0');
  const shown = new URL(value);
  if (shown.password) shown.password = '***';
  return { url: value, shown: shown.toString() };
}

// --- the settings ----------------------------------------------------------------------------

const setting = (name, fallback, what, parse) => ({ name, default: fallback, what, parse });

const SETTINGS = [
  setting('MOCK_HOST', '127.0.0.1', 'the address to listen on', text),
  setting('MOCK_PORT', '4010', 'the port to listen on', port),
  setting('MOCK_LOG_LEVEL', 'info', `${LEVELS.slice(0, -1).join(', ')}, or silent: a line per request at info`, oneOf(LEVELS)),
  setting('MOCK_SPEC', '', 'another bundle to serve than openapi/bundled/ippanel.yaml', text),
  setting('MOCK_FAST_PATH', '1', '0 sends every request to Prism (what the fast path is compared with)', flag),
  setting('MOCK_WORKERS', '1', 'worker processes on the one port, or `auto`: one per core (one in sessions mode without a store); `make mock` passes `auto`', workers),
  setting('MOCK_SESSIONS', '0', '1: tokens, ids and a world per session', flag),
  setting('MOCK_STORE', '', '`redis://host:port/db`: the sessions and their worlds in Redis, shared by every worker and replica', store),
  setting('MOCK_SESSION_TTL_SECONDS', '86400', "with a store: a session's keys, and a token's, expire this long after its last use", whole),
  setting('MOCK_MAX_SESSIONS', '1000', 'without a store: worlds kept, the least recently used going first', number),
  setting('MOCK_MAX_OBJECTS', '1000', 'objects of one kind in one session (outbox entries count as a kind), the oldest going first', number),
  setting('MOCK_DELIVERY_SECONDS', '4', 'how long a message takes to be delivered; 0 at once', number),
  setting('MOCK_LATENCY_MS', '', "`<min>-<max>`: milliseconds added to each answer, drawn in that range (`Prefer: delay=` overrides it)", latency),
  setting('MOCK_FAULT_RATE', '0', 'the share of requests, from 0 to 1, that get a fault instead of their answer', rate),
  setting('MOCK_FAULT_KINDS', FAULTS.join(','), 'the faults MOCK_FAULT_RATE draws from', faultKinds),
];

// Every setting's value by name, from `env`; a Refusal (one line) for the first it cannot use,
// or for settings that cannot go together.
function readSettings(env) {
  const values = {};
  for (const s of SETTINGS) {
    const given = (env[s.name] ?? '').trim();
    try {
      values[s.name] = s.parse(given || s.default);
    } catch (e) {
      throw new Refusal(`${s.name} ${e.message}, not "${given}"`);
    }
  }
  if (values.MOCK_STORE && !values.MOCK_SESSIONS) {
    throw new Refusal('MOCK_STORE keeps sessions: set MOCK_SESSIONS=1 with it, or leave MOCK_STORE unset');
  }
  const alone = values.MOCK_SESSIONS && !values.MOCK_STORE; // sessions in this process's memory
  if (values.MOCK_WORKERS === 'auto') values.MOCK_WORKERS = alone ? 1 : os.availableParallelism();
  else if (alone && values.MOCK_WORKERS > 1) {
    throw new Refusal(
      `MOCK_WORKERS=${values.MOCK_WORKERS} with MOCK_SESSIONS=1 needs MOCK_STORE: each worker would keep its own sessions, and a ` +
        "session's next request may reach another worker; set MOCK_STORE=redis://host:port/db, or MOCK_WORKERS=1",
    );
  }
  return values;
}

// The Markdown table of the settings, as docs/reference/mock.md shows it.
function table() {
  const rows = ['| setting | default | what it does |', '|---|---|---|'];
  for (const s of SETTINGS) rows.push(`| \`${s.name}\` | ${s.default ? `\`${s.default}\`` : 'none'} | ${s.what} |`);
  return rows.join('\n');
}

if (require.main === module) console.log(table());

module.exports = { SETTINGS, Refusal, readSettings, table };
