// The spec's operations as the mock looks them up by URL path. Prism's loader walks the spec
// (paths x methods) once into a list of operations; everything in mock/ that needs the
// operations of a path asks here, so that OpenAPI's matching rule lives in one place.
'use strict';

// A documented path as a pattern of URL paths: each `{parameter}` stands for one segment.
function templateOf(path) {
  const literal = s => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${path.split(/\{[^}]+\}/).map(literal).join('[^/]+')}$`);
}

// The operations documented at exactly this path (no template), whatever their method.
const concreteAt = (operations, pathname) => operations.filter(o => o.path === pathname);

// The operations a URL path names, as OpenAPI matches: a concrete path's own operations, else
// those of every templated path it matches.
function operationsAt(operations, pathname) {
  const concrete = concreteAt(operations, pathname);
  return concrete.length ? concrete : operations.filter(o => templateOf(o.path).test(pathname));
}

// `fact` of an operation, worked out once per operation, for what is asked on every request.
function once(fact) {
  const known = new WeakMap();
  return operation => {
    if (!known.has(operation)) known.set(operation, fact(operation));
    return known.get(operation);
  };
}

// An operation as documented.js (shared with the TypeScript client's msw handlers) reads it:
// its name and its documented answers' examples by status, in the spec's order.
const described = once(operation => ({
  id: operation.iid || `${operation.method.toUpperCase()} ${operation.path}`,
  responses: (operation.responses || []).map(response => ({
    status: String(response.code),
    examples: Object.fromEntries((response.contents || []).flatMap(content => content.examples || []).map(example => [example.key, example.value])),
  })),
}));

module.exports = { templateOf, concreteAt, operationsAt, once, described };
