// A `Prefer` header naming a status or an example the operation does not document: one clear
// 404 (what Prism answers: the example asked for is not found) in the API's error envelope,
// listing what the operation has. (Prism 5.16 answered some of these 500, others a 404 problem
// that did not say what to ask for instead.)
'use strict';

const STATUS = 404;

const CODE = `${STATUS}-0`; // the mock's own message_code: the API's codes count from 1

const envelope = (message, errors) => ({
  data: null,
  meta: { status: false, message, message_parameters: [], message_code: CODE, errors },
});

function examplesOf(response) {
  const names = [];
  for (const content of response.contents || []) {
    for (const example of content.examples || []) if (!names.includes(example.key)) names.push(example.key);
  }
  return names;
}

// The envelope to answer with, or null when the operation has what `Prefer` asks for.
// `code` and `exampleKey` are Prism's reading of the header (getHttpConfigFromRequest).
function preferProblem(operation, { code, exampleKey }) {
  const responses = operation.responses || [];
  const name = operation.iid || `${operation.method.toUpperCase()} ${operation.path}`;
  let candidates = responses;
  if (code !== undefined) {
    candidates = responses.filter(r => String(r.code) === String(code));
    if (candidates.length === 0) {
      const codes = responses.map(r => String(r.code));
      const message = `Prefer: code=${code}: ${name} documents no ${code} response; it has: ${codes.join(', ')}`;
      return envelope(message, { Prefer: [message] });
    }
  }
  if (exampleKey === undefined) return null;
  const named = candidates.flatMap(r => examplesOf(r).map(example => ({ example, code: String(r.code) })));
  if (named.some(n => n.example === exampleKey)) return null;
  const listed = named.map(n => `${n.example} (${n.code})`).join(', ') || 'none';
  const scope = code !== undefined ? `a ${code} example` : 'an example';
  const message = `Prefer: example=${exampleKey}: ${name} has no such ${scope.replace(/^an? /, '')}; its examples: ${listed}`;
  return envelope(message, { Prefer: [message] });
}

module.exports = { preferProblem, PREFER_STATUS: STATUS };

