// The mock's own endpoints in sessions mode, under /__mock/ (no API path starts so):
//   DELETE /__mock/session        the calling session's world starts again from the examples
//   POST   /__mock/session/clock  {"advance": SECONDS}: its clock moves on (scheduled sends
//                                 come due, messages get delivered) without waiting
// Both take the session's token where the API's operations take it (`Authorization`: the
// header of the spec's security scheme, `tokenHeader`).
'use strict';

const { readBody, answerOf, corsHeaders, writeAnswer } = require('../wire');

const PREFIX = '/__mock/';

function reply(req, res, status, body) {
  writeAnswer(res, answerOf(status, body, body === undefined ? undefined : 'application/json'), corsHeaders(req));
}

// Answers a control request and returns true, or returns false for any other request.
function createControl({ sessions, worlds, log, tokenHeader }) {
  async function serve(req, res) {
    const path = req.url.split('?')[0];
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      // a browser's preflight
      const allow = [['Access-Control-Allow-Methods', req.headers['access-control-request-method']]];
      return writeAnswer(res, answerOf(204, undefined, undefined, allow), corsHeaders(req));
    }
    const token = req.headers[tokenHeader];
    log.info(`${req.method} ${path}`);
    if (!token || !sessions.isOpen(token)) {
      return reply(req, res, 401, { error: 'Authorization must be a token the mock issued, or the test API key' });
    }
    const input = { headers: { [tokenHeader]: token } };
    if (path === '/__mock/session' && req.method === 'DELETE') {
      worlds.forget(input);
      return reply(req, res, 204);
    }
    if (path === '/__mock/session/clock' && req.method === 'POST') {
      let seconds;
      try {
        seconds = JSON.parse(String(await readBody(req)) || '{}').advance;
      } catch {
        seconds = undefined;
      }
      if (typeof seconds !== 'number' || !(seconds >= 0)) {
        return reply(req, res, 422, { error: 'the body must be {"advance": SECONDS}, a number of 0 or more' });
      }
      return reply(req, res, 200, { now: Math.floor(worlds.advance(input, seconds)) });
    }
    return reply(req, res, 404, { error: `no such control: ${req.method} ${path}; there are DELETE /__mock/session and POST /__mock/session/clock` });
  }

  return (req, res) => {
    if (!req.url.startsWith(PREFIX)) return false;
    serve(req, res).catch(e => reply(req, res, 500, { error: String(e) }));
    return true;
  };
}

module.exports = { createControl };
