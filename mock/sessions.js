// MOCK_SESSIONS=1: tokens and ids that behave like the API's (docs/reference/mock.md, "Sessions:
// tokens and ids"). What an operation does with tokens is its `x-ippanel-tokens` mark, and how
// many outbox ids a send answers its `x-ippanel-messages` mark (marks.js reads both): fresh tokens where an answer
// issues one, a token used up or revoked where the mark says, only tokens issued here (and the
// test API key) opening the operations that need one; each send answers fresh, increasing ids.
// The handler asks twice: `judge` before the answer is decided (which token the request may
// use), `settle` once it is (what the answer does to the tokens, the ids and the world). Where
// tokens, ids and worlds are kept is the store's (store/memory.js, or store/shared.js in Redis):
// with one in memory both answer at once, with the shared one a promise when they must ask it.
'use strict';

const crypto = require('node:crypto');
const { once } = require('./operations');
const { then, all } = require('./maybe');

const TEST_API_KEY = 'mock-test-api-key';
const FINAL = 'final'; // x-ippanel-tokens' kind that opens every operation that needs a token

// `marks`: marks.js's reader; `store`: where tokens and ids are kept; `world` (world/index.js),
// if given, keeps each session's objects and sends.
function createSessions({ marks, store, world = null }) {
  // Whether a token opens the operations that need one (at once for the test API key).
  const isOpen = token => token === TEST_API_KEY || then(store.tokens.kindsOf([token]), ([kind]) => kind === FINAL);

  // Before the answer is decided: where the request's token is not good for this operation,
  // 'header' (a token in the header that the mock did not issue: answered as if it were
  // missing, the documented 401) or 'body' (a token the request names in its body for a step it
  // is not good for: the operation's documented 401); else null.
  function judge(operation, input) {
    const uses = marks.of(operation)?.tokens?.uses;
    const given = uses && marks.valueAt(input, uses);
    const header = marks.of(operation)?.tokenIn;
    const token = header && marks.valueAt(input, header);
    const inBody = typeof given === 'string';
    const inHeader = !!token && token !== TEST_API_KEY;
    if (!inBody && !inHeader) return null;
    const asked = inBody && inHeader ? [given, token] : [inBody ? given : token];
    return then(store.tokens.kindsOf(asked), kinds => {
      if (inBody && kinds[0] !== uses.kind) return uses.in;
      if (inHeader && kinds[asked.length - 1] !== FINAL) return 'header';
      return null;
    });
  }

  // The answer `body` with fresh tokens and ids, the request's token used up or revoked, and as
  // the session's world has it: {status, body}. `input` is the request as sent (a multipart
  // body as its fields).
  function answer(operation, input, body) {
    const { tokens: mark, idsAt } = marks.of(operation) || {};
    const pending = [];
    if (mark?.uses) pending.push(store.tokens.drop(marks.valueAt(input, mark.uses)));
    if (mark?.revokes) pending.push(store.tokens.drop(marks.valueAt(input, mark.revokes)));
    const holder = mark?.issues && marks.at(body, mark.issues.at.slice(0, -1));
    if (holder && typeof holder === 'object') {
      const { at, by, kind } = mark.issues;
      const token = crypto.randomBytes(16).toString('hex');
      holder[at[at.length - 1]] = token;
      pending.push(store.tokens.issue(token, by ? kind?.[marks.at(body, by)] : kind));
    }
    // One fresh, increasing outbox id per message the send carries.
    const ids = idsAt && marks.at(body, idsAt.slice(0, -1));
    const last = idsAt?.[idsAt.length - 1];
    if (ids && Array.isArray(ids[last])) {
      pending.push(
        then(store.freshIds(marks.messagesIn(operation, input)), fresh => {
          ids[last] = fresh;
        }),
      );
    }
    return then(all(pending), () => (world ? world.answer(operation, input, body) : { status: 200, body }));
  }

  // Whether `answer` can change an answer of this operation (a token issued, used or revoked,
  // outbox ids, or anything of a world's); the others are written as they are, never parsed.
  const rewrites = once(operation => {
    const found = marks.of(operation);
    return !!(found?.tokens || found?.idsAt || world?.changes(operation));
  });

  // A send's answer as bytes, when fresh ids are all that changes in it: the ids written into
  // the decided answer's text, not its JSON parsed and serialized again. null when the answer
  // must go through `answer`.
  function answerBytes(operation, input, payload) {
    const { tokens: mark, idsAt } = marks.of(operation) || {};
    if (mark || !idsAt || (world && !world.records(operation))) return null;
    const slot = idsSlotOf(payload, idsAt);
    if (!slot) return null;
    const count = marks.messagesIn(operation, input);
    const ids = world ? world.recordSend(operation, input, count) : store.freshIds(count);
    return then(ids, fresh => Buffer.from(slot[0] + fresh.join(',') + slot[1]));
  }

  // The door after the answer is decided: a success of an operation whose answers the sessions
  // make comes back as they have it ({status, headers, payload}); any other as it was.
  function settle(operation, input, answered) {
    const { status, payload } = answered;
    if (status !== 200 || !payload.length) return answered;
    if (!rewrites(operation)) return answered;
    const spliced = answerBytes(operation, input, payload);
    if (spliced) return then(spliced, bytes => ({ ...answered, payload: bytes }));
    let parsed;
    try {
      parsed = JSON.parse(payload);
    } catch {
      return answered; // not JSON: nothing to change
    }
    return then(answer(operation, input, parsed), settled => ({ ...answered, status: settled.status, payload: Buffer.from(JSON.stringify(settled.body)) }));
  }

  return { judge, settle, isOpen };
}

// The text of an answer before and after the ids at `idsAt`, worked out once per answer; null
// when the ids cannot be written in place (checked by doing it: the text with ids written in
// must be the answer with those ids, serialized).
const slots = new WeakMap();
function idsSlotOf(payload, idsAt) {
  if (!Buffer.isBuffer(payload)) return null;
  let slot = slots.get(payload);
  if (slot !== undefined) return slot;
  slot = null;
  const text = payload.toString();
  const opening = `${JSON.stringify(idsAt[idsAt.length - 1])}:[`;
  const found = text.split(opening);
  if (found.length === 2) {
    const candidate = [`${found[0]}${opening}`, found[1].slice(found[1].indexOf(']'))];
    try {
      const parsed = JSON.parse(text);
      const holder = idsAt.slice(0, -1).reduce((at, key) => at[key], parsed);
      holder[idsAt[idsAt.length - 1]] = [7, 8];
      if (JSON.stringify(parsed) === `${candidate[0]}7,8${candidate[1]}`) slot = candidate;
    } catch {
      // not JSON, or not there: parsed on each answer
    }
  }
  slots.set(payload, slot);
  return slot;
}

module.exports = { createSessions, TEST_API_KEY };
