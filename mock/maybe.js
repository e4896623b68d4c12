// A value now, or a promise of it: sessions in memory answer at once, and a request they answer
// waits for no promise; the shared store (Redis) answers later. `then` goes on either way.
'use strict';

const then = (value, next) => (value instanceof Promise ? value.then(next) : next(value));

// Once every value of `values` is there: undefined at once when none is a promise.
const all = values => (values.some(v => v instanceof Promise) ? Promise.all(values) : undefined);

module.exports = { then, all };
