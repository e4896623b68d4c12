// A store that does not answer (MOCK_STORE's Redis stopped, unreachable, or too slow): the
// request gets a 503 in the API's error envelope with this message (handler.js), never a crash.
'use strict';

class StoreUnavailable extends Error {}

module.exports = { StoreUnavailable };
