// A session's outbox entries, oldest first, at most `max`, kept in columns rather than as an
// object per entry. A load test sends thousands a second in one session, and objects that live
// for a while and then go are what V8's collector handles worst: each is copied out of the young
// generation before the outbox drops it. A row is an id, its times, and the send it came from
// (one frozen object shared by every send of the same body) with the message's place in it.
'use strict';

const START = 64; // rows at first; doubled as needed, up to `max`

class Sends {
  constructor(max) {
    this.max = max;
    this.start = 0; // the oldest row's slot
    this.size = 0;
    this.ordered = true; // each id greater than the one before: found by bisection
    this.grow(Math.min(START, max));
  }

  grow(capacity) {
    const old = this.size ? [...this.rows()] : [];
    this.ids = new Float64Array(capacity);
    this.created = new Float64Array(capacity);
    this.sendAt = new Float64Array(capacity); // NaN: not scheduled
    this.message = new Int32Array(capacity);
    this.send = new Array(capacity).fill(null);
    this.start = 0;
    this.size = 0;
    for (const row of old) this.write(this.size++, row);
  }

  slot(row) {
    return (this.start + row) % this.ids.length;
  }

  write(row, { id, created, sendAt, send, message }) {
    const at = this.slot(row);
    this.ids[at] = id;
    this.created[at] = created;
    this.sendAt[at] = sendAt ?? Number.NaN;
    this.send[at] = send;
    this.message[at] = message;
  }

  read(row) {
    const at = this.slot(row);
    const sendAt = this.sendAt[at];
    return { id: this.ids[at], created: this.created[at], sendAt: Number.isNaN(sendAt) ? null : sendAt, send: this.send[at], message: this.message[at] };
  }

  *rows() {
    for (let row = 0; row < this.size; row++) yield this.read(row);
  }

  // Adds a row at the end; the id of the oldest one dropped to stay within `max`, or undefined.
  add(row) {
    let dropped;
    if (this.size && !(row.id > this.ids[this.slot(this.size - 1)])) this.ordered = false;
    if (this.size === this.ids.length && this.size < this.max) this.grow(Math.min(this.max, this.size * 2));
    if (this.size === this.max) {
      dropped = this.ids[this.start];
      this.send[this.start] = null;
      this.start = (this.start + 1) % this.ids.length;
      this.size -= 1;
    }
    this.write(this.size++, row);
    return dropped;
  }

  // The row of an id, or -1. Ids only grow within a session (sessions.js issues them), so the
  // rows are in order of id; should they not be, every row is looked at.
  find(id) {
    if (!this.ordered) {
      for (let row = 0; row < this.size; row++) if (this.ids[this.slot(row)] === id) return row;
      return -1;
    }
    let [low, high] = [0, this.size - 1];
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = this.ids[this.slot(mid)];
      if (at === id) return mid;
      if (at < id) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  get(id) {
    const row = this.find(id);
    return row < 0 ? undefined : this.read(row);
  }

  // Removes an id's row (a cancel: rare), moving the newer ones down.
  delete(id) {
    const row = this.find(id);
    if (row < 0) return false;
    for (let r = row; r < this.size - 1; r++) this.write(r, this.read(r + 1));
    this.size -= 1;
    this.send[this.slot(this.size)] = null;
    return true;
  }
}

module.exports = { Sends };
