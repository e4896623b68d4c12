// Sends and their reports. Each accepted send becomes outbox entries (one per message id the
// send answered) with their recipients; the reports show them; their state follows the session's
// clock: scheduled until a future `send_time`, then pending, sent, delivered within
// MOCK_DELIVERY_SECONDS. Cancel removes a scheduled entry. Each message costs the price
// calculate-price's example gives per part, for an MCI recipient or another; the credit falls by it.
'use strict';

const { example, notFound, fitted, paged, paging } = require('./shapes');
const { deepFreeze } = require('../frozen');

// `send_time` is the API's local time, Tehran's (UTC+03:30, no daylight saving since 2022).
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

const list = value => (value === undefined || value === null ? [] : [].concat(value).map(String).filter(Boolean));

// The messages of one send, in the order of its ids: {message, recipients}.
function messagesOf(input, count) {
  const body = input.body && typeof input.body === 'object' ? input.body : {};
  if (input.method === 'get') {
    const q = input.url.query;
    return [{ message: String(q.message || ''), recipients: list(q.to).flatMap(t => t.split(',')), number: q.from }];
  }
  const type = body.sending_type;
  if (type === 'peer_to_peer' && Array.isArray(body.params)) {
    return body.params.map(p => ({ message: String(p.message || ''), recipients: list(p.recipients) }));
  }
  const recipients = list(body.params?.recipients ?? body.recipients ?? body['other_recipients[]']);
  const message = type === 'pattern' ? `pattern ${body.code}` : String(body.message || '');
  return Array.from({ length: count }, () => ({ message, recipients }));
}

// The sends: their answers are kept as they are, their ids recorded.
const SENDS = new Set(['sendSms', 'sendSmsByUrl']);

// The operations whose answers `answer` makes from the session's sends and credit.
const ANSWERED = new Set([
  'sendSms',
  'sendSmsByUrl',
  'cancelScheduledSms',
  'calculateSmsPrice',
  'getMyCredit',
  'listOutboxReports',
  'getOutboxReport',
  'getBulkStats',
  'listBulkRecipients',
]);

function createOutbox(operations, deliverySeconds) {
  const op = iid => operations.find(o => o.iid === iid);
  const price = example(op('calculateSmsPrice'))?.data || { mci_price: 0, other_price: 0, parts: 1 };
  const perPart = { mci: price.mci_price / (price.parts || 1), other: price.other_price / (price.parts || 1) };
  const listItem = example(op('listOutboxReports'))?.data?.[0] || {};
  const recipientItem = example(op('listBulkRecipients'))?.data?.[0] || {};
  const seededIds = [...(example(op('listOutboxReports'))?.data || []), example(op('getOutboxReport'))?.data]
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

  // What a send says, as the outbox keeps it: the same for every send of the same body. A body
  // answered from memory is one frozen object each time, so its facts are worked out once.
  function sendOf(input, count) {
    const body = input.body && typeof input.body === 'object' ? input.body : null;
    const known = body && Object.isFrozen(body) ? sendsOnce.get(body) : undefined;
    if (known?.count === count) return known;
    const messages = messagesOf(input, count);
    if (!messages.length) messages.push({ message: '', recipients: [] });
    const send = deepFreeze({
      count,
      type: body?.sending_type || 'webservice',
      from: body?.from_number,
      sendAt: secondsOf(body?.send_time),
      messages: messages.map(m => ({ ...m, cost: costOf(m.message, m.recipients) })),
    });
    if (body && Object.isFrozen(body)) sendsOnce.set(body, send);
    return send;
  }
  const sendsOnce = new WeakMap(); // a frozen body -> what its send says

  // One outbox entry per id a send answered, and its cost off the credit.
  function record(world, input, ids) {
    if (!Array.isArray(ids)) return;
    const send = sendOf(input, ids.length);
    const created = world.now();
    const sendAt = send.sendAt !== null && send.sendAt > created ? send.sendAt : null;
    ids.forEach((id, i) => {
      const message = send.messages[i] ? i : 0;
      const dropped = world.objects.outbox.add({ id, created, sendAt, send, message });
      if (dropped !== undefined) world.dropped('outbox', dropped);
      world.credit -= send.messages[message].cost;
      world.log(`sent ${id} to ${send.messages[message].recipients.length} recipient(s)${sendAt ? ', scheduled' : ''}`);
    });
  }

  // An outbox row as the reports read it.
  const entryFrom = ({ id, created, sendAt, send, message }) => {
    const { message: text, recipients, number, cost } = send.messages[message];
    return { id, type: send.type, number: number || send.from, message: text, recipients, created, sendAt, cost };
  };

  // The session's entry a report asks for; seeded (documented) ids answer their examples.
  const idOf = id => (/^\d+$/.test(String(id ?? '')) ? Number(id) : Number.NaN);
  const entryOf = (world, id) => {
    const row = world.objects.outbox.get(idOf(id));
    return row && entryFrom(row);
  };
  const seeded = id => seededIds.includes(String(id));

  function answer(world, operation, input, body) {
    const q = input.url.query;
    switch (operation.iid) {
      case 'sendSms':
      case 'sendSmsByUrl':
        record(world, input, body?.data?.message_outbox_ids);
        return { status: 200, body };
      case 'cancelScheduledSms': {
        const id = input.body?.message_outbox_id;
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
      case 'calculateSmsPrice': {
        const parts = partsOf(input.body?.message);
        body.data = { ...body.data, mci_price: perPart.mci * parts, other_price: perPart.other * parts, parts };
        return { status: 200, body };
      }
      case 'getMyCredit':
        body.data.credit = world.credit;
        return { status: 200, body };
      case 'listOutboxReports': {
        const request = input.body || {};
        const f = request.filters || {};
        const mine = [...world.objects.outbox.rows()].reverse().map(row => bulk(world, entryFrom(row)));
        const items = mine.concat(example(operation).data).filter(
          b =>
            (f.messages_outbox_id === undefined || b.messages_outbox_id === String(f.messages_outbox_id)) &&
            (f.number === undefined || b.number === f.number) &&
            (f.state_id === undefined || String(b.state_id) === String(f.state_id)) &&
            (f.message === undefined || String(b.message).includes(f.message)) &&
            (f.create_from_date === undefined || +b.time >= +f.create_from_date) &&
            (f.create_to_date === undefined || +b.time <= +f.create_to_date),
        );
        const { page, perPage } = paging({ page: request.page, limit: request.limit }, 'limit');
        return { status: 200, body: paged(body, items, page, perPage) };
      }
      case 'getOutboxReport':
      case 'getBulkStats':
      case 'listBulkRecipients': {
        const id = operation.iid === 'getOutboxReport' ? q.messages_outbox_id : q.bulk_id;
        const entry = entryOf(world, id);
        if (!entry) {
          if (seeded(id)) return { status: 200, body };
          world.log(`${operation.iid}: no message ${id} in this session`);
          return notFound(operation);
        }
        if (operation.iid === 'getOutboxReport') body.data = fitted(body.data, { ...bulk(world, entry), return: 0, reject_comment: null });
        if (operation.iid === 'listBulkRecipients') {
          const status = STAGES[stageOf(world, entry)].recipient;
          const rows = entry.recipients.map(r =>
            fitted(recipientItem, { recipient: r, message: entry.message, msg_parts: String(partsOf(entry.message)), message_status: status }),
          );
          const { page, perPage } = paging(q);
          return { status: 200, body: paged(body, rows, page, perPage) };
        }
        if (operation.iid === 'getBulkStats') {
          const stat = STAGES[stageOf(world, entry)].stat;
          const zero = () => ({ irancell: { en: 0, fa: 0 }, mci: { en: 0, fa: 0 } });
          body.data = Object.fromEntries(Object.keys(body.data).map(k => [k, zero()]));
          const lang = isPersian(entry.message) ? 'fa' : 'en';
          for (const r of entry.recipients) body.data[stat][isMci(r) ? 'mci' : 'irancell'][lang] += 1;
        }
        return { status: 200, body };
      }
      default:
        return undefined;
    }
  }

  const initialCredit = example(op('getMyCredit'))?.data?.credit ?? 0;
  return { answer, record, handles: operation => ANSWERED.has(operation.iid), records: operation => SENDS.has(operation.iid), initialCredit };
}

module.exports = { createOutbox, partsOf, isMci };
