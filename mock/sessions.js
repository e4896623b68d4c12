// MOCK_SESSIONS=1: tokens and ids that behave like the API's (docs/mock.md, "Sessions").
// login, send_sms_otp and confirm_otp issue fresh tokens; only tokens issued here (and the test
// API key) open the operations that need one; logout revokes; a temporary token is good for
// the next step only, a reset token once; each send answers fresh, increasing outbox ids.
// Operations are known by operationId, so the URL they live at does not matter.
'use strict';

const crypto = require('node:crypto');
const { once } = require('./operations');

const TEST_API_KEY = 'mock-test-api-key';
const FIRST_OUTBOX_ID = 1000000001;

const FINAL = 'final'; // opens every operation that needs a token, until logout
const NEXT_STEP = 'next-step'; // from login (ga, sms) or send_sms_otp: for confirm_otp or send_sms_otp
const RESET = 'reset'; // from forgot_password: for change_password_by_token, once

// What the body's `token` must be, per operation.
const BODY_TOKEN = { sendSmsOtp: NEXT_STEP, confirmOtp: NEXT_STEP, changePasswordByToken: RESET };

// The operations whose answer `answer` rewrites by operationId (the sends by their ids).
const ANSWERED = new Set(['login', 'sendSmsOtp', 'confirmOtp', 'forgotPassword', 'changePasswordByToken', 'logout']);

const needsToken = once(operation => (operation.security || []).some(alternative => alternative.some(scheme => scheme.type === 'apiKey')));

// How many messages a send carries, as the spec's examples count them: one per element of
// `params` for peer_to_peer, one per file for peer_to_peer_file (the API counts the messages in
// the files, which the mock does not read), else one, whatever the recipients or targets. A
// multipart form comes as its fields (a file as 'file').
function messagesIn(body) {
  if (!body || typeof body !== 'object') return 1;
  if (body.sending_type === 'peer_to_peer' && Array.isArray(body.params)) return Math.max(1, body.params.length);
  if (body.sending_type === 'peer_to_peer_file') return Math.max(1, [].concat(body['files[]'] || []).length);
  return 1;
}

// `world` (world/index.js), if given, keeps each session's objects and sends.
function createSessions({ world = null } = {}) {
  const tokens = new Map(); // token -> FINAL | NEXT_STEP | RESET
  let nextOutboxId = FIRST_OUTBOX_ID;
  // One fresh, increasing outbox id per message the send carries.
  const freshIds = body => Array.from({ length: messagesIn(body) }, () => nextOutboxId++);
  const issue = kind => {
    const token = crypto.randomBytes(16).toString('hex');
    tokens.set(token, kind);
    return token;
  };

  // Before Prism: 'header' when the Authorization token is not one of ours (answered as if it
  // were missing: the documented 401), 'body' when the body's token is not good for this step
  // (answered with the operation's documented 401), else null.
  function refuse(operation, input) {
    const wanted = BODY_TOKEN[operation.iid];
    const body = input.body;
    if (wanted && body && typeof body === 'object' && typeof body.token === 'string' && tokens.get(body.token) !== wanted) {
      return 'body';
    }
    const auth = input.headers.authorization;
    if (needsToken(operation) && auth && auth !== TEST_API_KEY && tokens.get(auth) !== FINAL) return 'header';
    return null;
  }

  // After a success: {status, body}, the answer with fresh tokens and ids, tokens used up or
  // revoked, and as the session's world has it. `input` is the request as Prism read it, but a
  // multipart body is its fields.
  function answer(operation, input, body) {
    const data = body?.data;
    const used = input.body && typeof input.body === 'object' ? input.body.token : undefined;
    switch (operation.iid) {
      case 'login':
        data.token = issue(data.method === 'login' ? FINAL : NEXT_STEP);
        break;
      case 'sendSmsOtp':
        tokens.delete(used);
        data.token = issue(NEXT_STEP);
        break;
      case 'confirmOtp':
        tokens.delete(used);
        data.token = issue(FINAL);
        break;
      case 'forgotPassword':
        data.token = issue(RESET);
        break;
      case 'changePasswordByToken':
        tokens.delete(used);
        break;
      case 'logout':
        tokens.delete(input.headers.authorization);
        break;
      default:
    }
    if (data && Array.isArray(data.message_outbox_ids)) {
      data.message_outbox_ids = freshIds(input.body);
    }
    return world ? world.answer(operation, input, body) : { status: 200, body };
  }

  // A send's answer as bytes, when fresh ids are all that changes in it: the ids written into
  // the remembered answer's text, not its JSON parsed and serialized again. null when the answer
  // must go through `answer`.
  function answerBytes(operation, input, payload) {
    if (ANSWERED.has(operation.iid) || (world && !world.records(operation))) return null;
    const slot = idsSlotOf(payload);
    if (!slot) return null;
    const ids = freshIds(input.body);
    if (world) world.recordSend(input, ids);
    return Buffer.from(slot[0] + ids.join(',') + slot[1]);
  }

  // Whether a token opens the operations that need one.
  const isOpen = token => token === TEST_API_KEY || tokens.get(token) === FINAL;

  // Whether `answer` can change this answer (a token issued or used, outbox ids, or anything of
  // a world's), so that the others are written as they are, without parsing them.
  const rewrites = (operation, payload) =>
    ANSWERED.has(operation.iid) || world?.changes(operation) || payload.includes('message_outbox_ids');

  return { refuse, answer, answerBytes, isOpen, rewrites };
}

// The text of an answer before and after the ids in its `data.message_outbox_ids`, worked out
// once per answer; null when the ids cannot be written in place (checked by doing it: the text
// with ids written in must be the answer with those ids, serialized).
const slots = new WeakMap();
function idsSlotOf(payload) {
  if (!Buffer.isBuffer(payload)) return null;
  let slot = slots.get(payload);
  if (slot !== undefined) return slot;
  slot = null;
  const text = payload.toString();
  const found = text.split(IDS);
  if (found.length === 2) {
    const candidate = [`${found[0]}${IDS}`, found[1].slice(found[1].indexOf(']'))];
    try {
      const parsed = JSON.parse(text);
      parsed.data.message_outbox_ids = [7, 8];
      if (JSON.stringify(parsed) === `${candidate[0]}7,8${candidate[1]}`) slot = candidate;
    } catch {
      // not JSON, or no data: parsed on each answer
    }
  }
  slots.set(payload, slot);
  return slot;
}
const IDS = '"message_outbox_ids":[';

module.exports = { createSessions, TEST_API_KEY, FIRST_OUTBOX_ID };
