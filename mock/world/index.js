// MOCK_SESSIONS=1: each session (the token in `Authorization`; for the URL send, its `apikey` or
// `username`) has its own small IPPanel, which starts from the documented examples and keeps
// what the session does to it (docs/reference/mock.md, "The world of a session"). The rules are
// content.js's and outbox.js's; where a world is kept is the store's: this process's memory
// (store/memory.js), or Redis, shared by every worker and replica (store/shared.js, MOCK_STORE).
// MOCK_DELIVERY_SECONDS sets how long a message takes to be delivered; a session's clock can be
// moved on (`POST /__mock/session/clock`).
'use strict';

const { createContent } = require('./content');
const { createOutbox } = require('./outbox');
const { once } = require('../operations');
const { then } = require('../maybe');

// The limits as the world reads them from the settings (mock/settings.js).
function limitsFrom(settings) {
  return {
    maxSessions: Math.max(1, settings.MOCK_MAX_SESSIONS),
    maxObjects: Math.max(1, settings.MOCK_MAX_OBJECTS),
    deliverySeconds: settings.MOCK_DELIVERY_SECONDS,
  };
}

// The world's rules for the spec whose `operations` (Prism's) the mock serves, as its marks
// (marks.js) say: {content, outbox}.
function worldRules(marks, operations, limits) {
  return { content: createContent(marks, operations), outbox: createOutbox(marks, operations, limits.deliverySeconds) };
}

// `rules`: worldRules'; `store`: where the worlds are kept.
function createWorlds(marks, { content, outbox }, store) {
  // The session a request belongs to: the credentials it gives for the operation (its token, or
  // the URL send's `apikey` or `username`); the token header's when no operation is named (the
  // control endpoints); undefined for a request that gives none (login, ...).
  const sessionKey = (input, operation = null) => marks.credentialOf(input, operation);
  // Whether an operation ends the session's token (logout): its world goes too.
  const ends = once(operation => {
    const revokes = marks.of(operation)?.tokens?.revokes;
    return !!revokes && revokes.in === 'header' && revokes.name.toLowerCase() === marks.tokenHeader;
  });
  // What of a world an operation reads, for a store that loads it (the shared one): the kinds of
  // content, and the outbox (all of it, or one entry), with object ids for what it may create.
  function needsOf(operation, input) {
    const [own, sent] = [content.needs(operation, input), outbox.needs(operation, input)];
    return { kinds: [...own.kinds, ...sent.kinds], objectIds: own.objectIds, entry: sent.entry };
  }

  // {status, body} for a successful answer `body` of `operation` to `input`, as the calling
  // session's world has it (or a promise of it, from a store that is not in memory).
  function answer(operation, input, body) {
    const key = sessionKey(input, operation);
    if (!key) return { status: 200, body };
    if (ends(operation)) return then(store.forget(key), () => ({ status: 200, body }));
    if (!body || typeof body !== 'object') return { status: 200, body };
    // A store that may decide again (another replica changed what it was decided on) decides on
    // a fresh copy of the answer each time.
    const first = store.retries ? JSON.stringify(body) : null;
    let tries = 0;
    return store.within(key, needsOf(operation, input), world => {
      const fresh = tries++ ? JSON.parse(first) : body;
      return content.answer(world, operation, input, fresh) || outbox.answer(world, operation, input, fresh) || { status: 200, body: fresh };
    });
  }

  // Whether `answer` can change this operation's answers: logout's, and those of the content
  // kinds and of the outbox.
  const changes = once(operation => ends(operation) || content.handles(operation) || outbox.handles(operation));

  // A send whose answer stays as it is but for its ids: its `count` fresh ids, recorded in the
  // calling session's outbox. `records(operation)`: whether that is all `answer` does with it.
  const records = once(operation => outbox.records(operation) && !content.handles(operation));
  const recordSend = (operation, input, count) => store.recordSend(sessionKey(input, operation), operation, input, count);

  const forget = input => {
    const key = sessionKey(input);
    return key && store.forget(key);
  };

  // Moves the calling session's clock on by `seconds`; answers the session's time.
  const advance = (input, seconds) => store.advance(sessionKey(input), seconds);

  return { answer, changes, records, recordSend, forget, advance };
}

module.exports = { createWorlds, worldRules, limitsFrom };
