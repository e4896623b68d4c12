// Objects shared by many answers (a body kept for its repeats, a list of violations worded
// once) are frozen, so that nothing downstream can change one for all.
'use strict';

function deepFreeze(value) {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const key of Object.keys(value)) deepFreeze(value[key]);
  return Object.freeze(value);
}

module.exports = { deepFreeze };
