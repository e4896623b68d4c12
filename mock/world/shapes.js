// Answers shaped like the spec's own: an operation's documented example, an object fitted into
// an example item's fields and types, a list paged as Laravel's paginator pages it. Everything
// the world answers is built here from the examples, so that it stays valid against the spec.
'use strict';

// The first id the mock hands out, of an outbox message or an object: above every documented one.
const FIRST_ID = 1000000001;
const PER_PAGE = 10; // a list's page when the request asks for none

// The first documented example of the operation's `status` answer, as a fresh copy.
function example(operation, status = '200') {
  const response = (operation.responses || []).find(r => String(r.code) === String(status));
  const content = response?.contents?.find(c => /json/.test(c.mediaType)) || response?.contents?.[0];
  const first = content?.examples?.[0];
  return first && 'value' in first ? structuredClone(first.value) : undefined;
}

const documents = (operation, status) => (operation.responses || []).some(r => String(r.code) === String(status));

// The documented error for an id the session does not have: the 404 where there is one, else
// the 422 (the API's "X is invalid").
function notFound(operation) {
  for (const status of [404, 422]) if (documents(operation, status)) return { status, body: example(operation, status) };
  return undefined;
}

const scalar = v => v === null || ['string', 'number', 'boolean'].includes(typeof v);

// `template` with each of its fields that `values` has, in the template's type (a digit string
// for an integer field becomes a number, a number for a string field a string). Lists and
// objects keep the template's: the mock does not know their documented shape field by field.
function fitted(template, values) {
  const out = { ...template };
  for (const [key, value] of Object.entries(values)) {
    if (!(key in template) || !scalar(value) || value === null) continue;
    const was = template[key];
    if (typeof was === 'boolean') {
      if (typeof value === 'boolean') out[key] = value;
      else if (value === 'true' || value === '1' || value === 1) out[key] = true;
      else if (value === 'false' || value === '0' || value === 0) out[key] = false;
    } else if (typeof was === 'number') {
      if (typeof value === 'number') out[key] = value;
      else if (/^-?\d+(\.\d+)?$/.test(String(value))) out[key] = Number(value);
    } else if (typeof was === 'string') {
      if (typeof value !== 'boolean') out[key] = String(value);
    } else if (was === null) {
      out[key] = value; // a nullable field: the value as the object has it
    }
  }
  return out;
}

// A time as the template writes its times: "2025-01-19T12:26:25+00:00", "...244000Z", or Unix
// seconds (as a number or a string of digits).
function timeLike(template, seconds) {
  const iso = new Date(seconds * 1000).toISOString();
  if (typeof template === 'number') return Math.floor(seconds);
  if (typeof template !== 'string') return iso.replace(/\.\d+Z$/, '+00:00');
  if (/^\d+$/.test(template)) return String(Math.floor(seconds));
  if (template.endsWith('+00:00')) return iso.replace(/\.\d+Z$/, '+00:00');
  if (/\.\d{6}Z$/.test(template)) return iso.replace(/Z$/, '000Z');
  if (/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(template)) return iso.slice(0, 19).replace('T', ' ');
  return iso;
}

// One page of `items`, in the documented list answer `answer` (its meta's paginator fields set).
function paged(answer, items, page, perPage) {
  const total = items.length;
  const lastPage = Math.max(1, Math.ceil(total / perPage));
  const start = (page - 1) * perPage;
  const data = items.slice(start, start + perPage);
  answer.data = data;
  const meta = answer.meta || {};
  const set = (key, value) => {
    if (key in meta) meta[key] = value;
  };
  set('current_page', page);
  set('per_page', perPage);
  set('total', total);
  set('last_page', lastPage);
  set('from', data.length ? start + 1 : null);
  set('to', data.length ? start + data.length : null);
  return answer;
}

// The paging a request asks for (`page` and `perPage`: the values the list's paging marks
// name), the first page of PER_PAGE when it asks for none.
function paging({ page, perPage }) {
  const number = (value, fallback) => (/^\d+$/.test(String(value ?? '')) && Number(value) > 0 ? Number(value) : fallback);
  return { page: number(page, 1), perPage: number(perPage, PER_PAGE) };
}

module.exports = { FIRST_ID, example, documents, notFound, fitted, timeLike, paged, paging };
