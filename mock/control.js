// The mock's own endpoints, under /__mock/ (no API path starts so):
//   GET    /__mock/health         200 once the spec is served and the sessions' store answers,
//                                 503 with the reason otherwise: for a load balancer's checks
// and in sessions mode:
//   DELETE /__mock/session        the calling session's world starts again from the examples
//   POST   /__mock/session/clock  {"advance": SECONDS}: its clock moves on (scheduled sends
//                                 come due, messages get delivered) without waiting
// The session endpoints take the session's token where the API's operations take it
// (`Authorization`: the header of the spec's security scheme, `tokenHeader`), and act on the
// shared state when the store is shared (store/shared.js).
'use strict';

const { readBody, answerOf, corsHeaders, writeAnswer } = require('./wire');
const { StoreUnavailable } = require('./store/unavailable');

const PREFIX = '/__mock/';

function reply(req, res, status, body) {
  writeAnswer(res, answerOf(status, body, body === undefined ? undefined : 'application/json'), corsHeaders(req));
}

// Answers a control request and returns true, or returns false for any other request.
// `health()`: what the health check answers ({ok, reason?, ...what it reports}); `sessions`,
// `worlds`: null without sessions.
function createControl({ sessions, worlds, log, tokenHeader, health }) {
  // Answers a session endpoint: true, or false for a path that is none.
  async function session(req, res, path) {
    const token = req.headers[tokenHeader];
    if (!token || !(await sessions.isOpen(token))) {
      reply(req, res, 401, { error: 'Authorization must be a token the mock issued, or the test API key' });
      return true;
    }
    const input = { headers: { [tokenHeader]: token } };
    if (path === '/__mock/session' && req.method === 'DELETE') {
      await worlds.forget(input);
      reply(req, res, 204);
      return true;
    }
    if (path === '/__mock/session/clock' && req.method === 'POST') {
      let seconds;
      try {
        seconds = JSON.parse(String(await readBody(req)) || '{}').advance;
      } catch {
        seconds = undefined;
      }
      if (typeof seconds !== 'number' || !(seconds >= 0)) reply(req, res, 422, { error: 'the body must be {"advance": SECONDS}, a number of 0 or more' });
      else reply(req, res, 200, { now: Math.floor(await worlds.advance(input, seconds)) });
      return true;
    }
    return false;
  }

  async function serve(req, res) {
    const path = req.url.split('?')[0];
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      // a browser's preflight
      const allow = [['Access-Control-Allow-Methods', req.headers['access-control-request-method']]];
      return writeAnswer(res, answerOf(204, undefined, undefined, allow), corsHeaders(req));
    }
    if (path === '/__mock/health' && req.method === 'GET') {
      const { ok, ...said } = await health();
      return reply(req, res, ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable', ...said });
    }
    log.info(`${req.method} ${path}`);
    if (sessions && (await session(req, res, path))) return;
    const known = ['GET /__mock/health', ...(sessions ? ['DELETE /__mock/session', 'POST /__mock/session/clock'] : [])];
    return reply(req, res, 404, { error: `no such control: ${req.method} ${path}; there are ${known.join(', ')}` });
  }

  return (req, res) => {
    if (!req.url.startsWith(PREFIX)) return false;
    serve(req, res).catch(e => {
      if (e instanceof StoreUnavailable) return reply(req, res, 503, { error: e.message });
      reply(req, res, 500, { error: String(e) });
    });
    return true;
  };
}

module.exports = { createControl };
