// Sends and their reports, as their `x-ippanel-outbox` marks say (marks.js). Each accepted send
// becomes outbox entries (one per message id the send answered) with their recipients and text,
// read from the fields its marks name; the reports show them; their state follows the session's
// clock: scheduled until a future send time, then pending, sent, delivered within
// MOCK_DELIVERY_SECONDS. Cancel removes a scheduled entry. Each message costs the price the price
// operation's example gives per part, for an MCI recipient or another; the credit falls by it.
'use strict';

const { example, notFound, fitted, paged, paging } = require('./shapes');
const { deepFreeze } = require('../frozen');

// A send time is the API's local time, Tehran's (UTC+03:30, no daylight saving since 2022).
const TEHRAN_OFFSET_SECONDS = 3.5 * 3600;
function secondsOf(sendTime) {
  const m = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)(?::(\d\d))?/.exec(String(sendTime || ''));
  if (!m) return null;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] || 0)) / 1000 - TEHRAN_OFFSET_SECONDS;
}

// MCI numbers (+98 91x, +98 990-994); every other operator is counted as Irancell, the only
// other one the bulk stats name.
const isMci = number => /^\+?(98)?0?(91\d|99[0-4])/.test(String(number).replace(/^00/, '+'));
const isPersian = text => /[\u0600-\u06ff]/.test(text || '');
// SMS parts as operators count them: 70 characters in one Persian part (67 each when split),
// 160 in a Latin one (153).
function partsOf(text) {
  const length = [...String(text || '')].length;
  const [one, each] = isPersian(text) ? [70, 67] : [160, 153];
  return length <= one ? 1 : Math.ceil(length / each);
}

const STAGES = {
  scheduled: { state_id: 5, state: 'queue', status: 'در صف ارسال', recipient: '0', stat: 'operators_pending' },
  pending: { state_id: 2, state: 'sending', status: 'در حال ارسال', recipient: '0', stat: 'operators_pending' },
  sent: { state_id: 6, state: 'finish', status: 'پایان یافته', recipient: '1', stat: 'operators_sent' },
  delivered: { state_id: 6, state: 'finish', status: 'پایان یافته', recipient: '2', stat: 'operators_delivered' },
};

// `marks`: marks.js's reader; `operations`: Prism's.
function createOutbox(marks, operations, deliverySeconds) {
  const role = operation => marks.of(operation)?.outbox?.role;
  const withRole = wanted => operations.find(o => role(o) === wanted);
  // A delete the sends link to (where a request names one of their messages) cancels it.
  const cancels = operation => !!marks.of(operation)?.messageId && marks.of(operation).role === 'delete';
  const price = example(withRole('price'))?.data || { mci_price: 0, other_price: 0, parts: 1 };
  const perPart = { mci: price.mci_price / (price.parts || 1), other: price.other_price / (price.parts || 1) };
  const listed = withRole('list');
  const listItem = example(listed)?.data?.[0] || {};
  const recipientItem = example(withRole('recipients'))?.data?.[0] || {};
  const seededIds = [...(example(listed)?.data || []), example(withRole('report'))?.data]
    .filter(Boolean)
    .map(b => String(b.messages_outbox_id));

  const stageOf = (world, entry) => {
    const now = world.now();
    const start = entry.sendAt ?? entry.created;
    if (now < start) return 'scheduled';
    const elapsed = now - start;
    if (deliverySeconds <= 0 || elapsed >= deliverySeconds) return 'delivered';
    return elapsed >= deliverySeconds / 2 ? 'sent' : 'pending';
  };

  const costOf = (message, recipients) => {
    const parts = partsOf(message);
    const each = number => (isMci(number) ? perPart.mci : perPart.other) * parts;
    return recipients.length ? recipients.reduce((sum, r) => sum + each(r), 0) : perPart.other * parts;
  };

  // A bulk as the outbox list shows it, shaped like the list's example item.
  function bulk(world, entry) {
    const stage = STAGES[stageOf(world, entry)];
    const done = stage.state_id === 6;
    return fitted(listItem, {
      messages_outbox_id: String(entry.id),
      number: entry.number || listItem.number,
      state: stage.state,
      state_id: stage.state_id,
      status: stage.status,
      type: entry.type,
      time: String(Math.floor(entry.created)),
      time_send: String(Math.floor(entry.sendAt ?? entry.created)),
      rcpts_count: String(entry.recipients.length),
      exit_count: String(done ? entry.recipients.length : 0),
      message: entry.message,
      part: String(partsOf(entry.message)),
      cost: entry.cost,
    });
  }

  // What a send says (marks.js reads it by the send's marks), as the outbox keeps it: the same
  // for every send of the same body. A body answered from memory is one frozen object each time,
  // so its facts are worked out once.
  function sendOf(operation, input, count) {
    const body = input.body && typeof input.body === 'object' ? input.body : null;
    const known = body && Object.isFrozen(body) ? sendsOnce.get(body) : undefined;
    if (known?.count === count) return known;
    const said = marks.send(operation, input);
    // One message per id, in order; a send answered with more ids than it says (`Prefer`
    // another sending type's example) repeats its first.
    const messages = Array.from({ length: count }, (_, i) => said.messages[i] || said.messages[0]);
    const send = deepFreeze({
      count,
      type: said.type,
      from: said.sender,
      sendAt: secondsOf(said.sendTime),
      messages: messages.map(m => ({ message: m.text, recipients: m.recipients, cost: costOf(m.text, m.recipients) })),
    });
    if (body && Object.isFrozen(body)) sendsOnce.set(body, send);
    return send;
  }
  const sendsOnce = new WeakMap(); // a frozen body -> what its send says

  // One outbox entry per id a send answered, and its cost off the credit.
  function record(world, operation, input, ids) {
    if (!Array.isArray(ids) || !ids.length) return;
    const send = sendOf(operation, input, ids.length);
    const created = world.now();
    const sendAt = send.sendAt !== null && send.sendAt > created ? send.sendAt : null;
    ids.forEach((id, message) => {
      const dropped = world.objects.outbox.add({ id, created, sendAt, send, message });
      if (dropped !== undefined) world.dropped('outbox', dropped);
      world.credit -= send.messages[message].cost;
      world.log(`sent ${id} to ${send.messages[message].recipients.length} recipient(s)${sendAt ? ', scheduled' : ''}`);
    });
  }

  // An outbox row as the reports read it.
  const entryFrom = ({ id, created, sendAt, send, message }) => {
    const { message: text, recipients, cost } = send.messages[message];
    return { id, type: send.type, number: send.from, message: text, recipients, created, sendAt, cost };
  };

  // A row as the shared store keeps it (store/shared.js), as JSON: its times first, which
  // store/world.lua writes itself for a send it records, then its message.
  const messageJson = (send, message) => {
    const { message: text, recipients, cost } = send.messages[message];
    return JSON.stringify({ type: send.type, from: send.from, message: text, recipients, cost });
  };
  const stored = ({ created, sendAt, send, message }) => `{"created":${created},"sendAt":${sendAt ?? null},${messageJson(send, message).slice(1)}`;
  function rowOf(id, json) {
    const { created, sendAt, type, from, message, recipients, cost } = JSON.parse(json);
    return { id: Number(id), created, sendAt, send: { type, from, messages: [{ message, recipients, cost }] }, message: 0 };
  }

  // What a send of `count` messages records, for a store that numbers and stamps its entries
  // itself: {sendAt, messages: [{cost, recipients (how many), json (without its times)}]};
  // worked out once per send.
  function sendRecord(operation, input, count) {
    const send = sendOf(operation, input, count);
    let found = recordsOnce.get(send);
    if (found === undefined) {
      found = { sendAt: send.sendAt, messages: send.messages.map((m, i) => ({ cost: m.cost, recipients: m.recipients.length, json: messageJson(send, i) })) };
      recordsOnce.set(send, found);
    }
    return found;
  }
  const recordsOnce = new WeakMap(); // what a send says -> what it records

  // The session's entry a report asks for; seeded (documented) ids answer their examples.
  const idOf = id => (/^\d+$/.test(String(id ?? '')) ? Number(id) : Number.NaN);
  const entryOf = (world, id) => {
    const row = world.objects.outbox.get(idOf(id));
    return row && entryFrom(row);
  };
  const seeded = id => seededIds.includes(String(id));

  // Whether a bulk passes the list's filters (their marks: a bulk's field equals the value,
  // contains it, or is at least or at most it).
  const MATCH = {
    equals: (has, wanted) => String(has) === String(wanted),
    contains: (has, wanted) => String(has).includes(String(wanted)),
    from: (has, wanted) => +has >= +wanted,
    to: (has, wanted) => +has <= +wanted,
  };
  function passes(operation, input, item) {
    return marks.listing(operation).filters.every(f => {
      const wanted = marks.at(f.in === 'body' ? input.body : input.url.query, f.path);
      return wanted === undefined || wanted === null || !MATCH[f.match] || MATCH[f.match](item[f.field], wanted);
    });
  }

  function cancel(world, operation, input, body) {
    const id = marks.valueAt(input, marks.of(operation).messageId);
    const entry = entryOf(world, id);
    if (!entry || stageOf(world, entry) !== 'scheduled') {
      world.log(`cancel: no scheduled message ${id} in this session`);
      return notFound(operation);
    }
    world.objects.outbox.delete(idOf(id));
    world.credit += entry.cost;
    world.log(`cancelled ${id}`);
    return { status: 200, body };
  }

  // What a report of one message (by the id the sends link to it) answers, by its
  // `x-ippanel-outbox` role: its bulk, its counts by operator, its recipients.
  const SHOWN = {
    report: (world, entry, body) => {
      body.data = fitted(body.data, { ...bulk(world, entry), return: 0, reject_comment: null });
      return body;
    },
    stats: (world, entry, body) => {
      const stat = STAGES[stageOf(world, entry)].stat;
      const zero = () => ({ irancell: { en: 0, fa: 0 }, mci: { en: 0, fa: 0 } });
      body.data = Object.fromEntries(Object.keys(body.data).map(k => [k, zero()]));
      const lang = isPersian(entry.message) ? 'fa' : 'en';
      for (const r of entry.recipients) body.data[stat][isMci(r) ? 'mci' : 'irancell'][lang] += 1;
      return body;
    },
    recipients: (world, entry, body, asked) => {
      const status = STAGES[stageOf(world, entry)].recipient;
      const rows = entry.recipients.map(r =>
        fitted(recipientItem, { recipient: r, message: entry.message, msg_parts: String(partsOf(entry.message)), message_status: status }),
      );
      const { page, perPage } = paging(asked);
      return paged(body, rows, page, perPage);
    },
  };

  function answer(world, operation, input, body) {
    const mark = marks.of(operation)?.outbox;
    if (cancels(operation)) return cancel(world, operation, input, body);
    switch (mark?.role) {
      case 'send':
        record(world, operation, input, marks.at(body, marks.of(operation).idsAt));
        return { status: 200, body };
      case 'price': {
        const parts = partsOf(input.body?.[mark.text]);
        body.data = { ...body.data, mci_price: perPart.mci * parts, other_price: perPart.other * parts, parts };
        return { status: 200, body };
      }
      case 'credit': {
        const keys = marks.keysOf(mark.at);
        const holder = marks.at(body, keys.slice(0, -1));
        if (holder && typeof holder === 'object') holder[keys[keys.length - 1]] = world.credit;
        return { status: 200, body };
      }
      case 'list': {
        const mine = [...world.objects.outbox.rows()].reverse().map(row => bulk(world, entryFrom(row)));
        const items = mine.concat(example(operation).data).filter(b => passes(operation, input, b));
        const { page, perPage } = paging(marks.pageAsked(operation, input));
        return { status: 200, body: paged(body, items, page, perPage) };
      }
      default:
    }
    if (!SHOWN[mark?.role]) return undefined; // not the outbox's
    const id = marks.valueAt(input, marks.of(operation).messageId);
    const entry = entryOf(world, id);
    if (!entry) {
      if (seeded(id)) return { status: 200, body };
      world.log(`${operation.iid}: no message ${id} in this session`);
      return notFound(operation);
    }
    return { status: 200, body: SHOWN[mark.role](world, entry, body, marks.pageAsked(operation, input)) };
  }

  const initialCredit = (() => {
    const credit = withRole('credit');
    return (credit && marks.at(example(credit), marks.keysOf(marks.of(credit).outbox.at))) ?? 0;
  })();
  const handles = operation => role(operation) !== undefined || cancels(operation);
  const records = operation => role(operation) === 'send';

  // What `answer` reads of a world for this request: the whole outbox (as the kind `outbox`)
  // for the list, the one entry a report or a cancel names.
  function needs(operation, input) {
    if (role(operation) === 'list') return { kinds: ['outbox'], entry: '' };
    if (!cancels(operation) && !SHOWN[role(operation)]) return { kinds: [], entry: '' };
    const id = idOf(marks.valueAt(input, marks.of(operation).messageId));
    return { kinds: [], entry: Number.isNaN(id) ? '' : String(id) };
  }

  return { answer, record, handles, records, needs, initialCredit, stored, rowOf, sendRecord };
}

module.exports = { createOutbox, partsOf, isMci };
