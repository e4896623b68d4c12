// The mock's own endpoints in sessions mode, under /__mock/ (no API path starts so):
//   DELETE /__mock/session        the calling session's world starts again from the examples
//   POST   /__mock/session/clock  {"advance": SECONDS}: its clock moves on (scheduled sends
//                                 come due, messages get delivered) without waiting
// Both take the session's token in `Authorization`, as the API's operations do.
'use strict';

const { readBody, send, setCors } = require('../wire');

const PREFIX = '/__mock/';

function reply(res, status, body) {
  send(res, status, body, 'application/json');
}

// Answers a control request and returns true, or returns false for any other request.
function createControl({ sessions, worlds, log }) {
  async function serve(req, res) {
    const path = req.url.split('?')[0];
    setCors(req, res);
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      // a browser's preflight
      res.setHeader('Access-Control-Allow-Methods', req.headers['access-control-request-method']);
      res.statusCode = 204;
      return res.end();
    }
    const token = req.headers.authorization;
    log.info(`${req.method} ${path}`);
    if (!token || !sessions.isOpen(token)) {
      return reply(res, 401, { error: 'Authorization must be a token the mock issued, or the test API key' });
    }
    const input = { headers: { authorization: token } };
    if (path === '/__mock/session' && req.method === 'DELETE') {
      worlds.forget(input);
      res.statusCode = 204;
      return res.end();
    }
    if (path === '/__mock/session/clock' && req.method === 'POST') {
      let seconds;
      try {
        seconds = JSON.parse(String(await readBody(req)) || '{}').advance;
      } catch {
        seconds = undefined;
      }
      if (typeof seconds !== 'number' || !(seconds >= 0)) {
        return reply(res, 422, { error: 'the body must be {"advance": SECONDS}, a number of 0 or more' });
      }
      return reply(res, 200, { now: Math.floor(worlds.advance(input, seconds)) });
    }
    return reply(res, 404, { error: `no such control: ${req.method} ${path}; there are DELETE /__mock/session and POST /__mock/session/clock` });
  }

  return (req, res) => {
    if (!req.url.startsWith(PREFIX)) return false;
    serve(req, res).catch(e => reply(res, 500, { error: String(e) }));
    return true;
  };
}

module.exports = { createControl };
