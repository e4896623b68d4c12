-- One session's world in Redis (mock/store/redis.js calls it): every read and change of a
-- session is one run of this script, and Redis runs a script whole and alone, so two replicas
-- touching one session at once never interleave: ids come from counters no one else can take,
-- a send is recorded once, and a change decided on objects another replica has removed since is
-- refused ('conflict') and decided again. Numbers are doubles, as in the mock's JavaScript, and
-- written with %.17g, so that the credit and the clock come back exactly as they went in.
--
-- KEYS: 1 the next session's number, 2 the next outbox id, 3 the next object id (counters);
--       4 the session (hash: n, touched, credit, offset, seq, seeded, full:<kind>); 5 its objects (hash:
--       <kind>:<id> -> JSON); 6.. each kind's order (sorted set: id by seq), in ARGV[6]'s order.
-- ARGV: 1 the operation, 2 the TTL in seconds, 3 MOCK_MAX_OBJECTS, 4 the first id, 5 the first
--       credit, 6 the kinds (comma-separated), 7 now (Unix seconds), 8.. the operation's own.
-- Every operation answers {'done' or 'conflict', the session's number, 1 if it is new, ...};
-- 'forget' drops the session's keys, answering its number ('' if it had none).

local op, ttl, max = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local firstId, initialCredit, now = tonumber(ARGV[4]), ARGV[5], tonumber(ARGV[7])
local SESSION, OBJECTS = KEYS[4], KEYS[5]
local order = {}
do
  local k = 6
  for kind in string.gmatch(ARGV[6], '[^,]+') do
    order[kind] = KEYS[k]
    k = k + 1
  end
end

local function num(x) return string.format('%.17g', x) end

-- The session's fields every run reads, in one call (made on first use): its number, when its
-- keys last got their TTL, its clock's offset, its credit, and whether its outbox has been full.
local session = redis.call('HMGET', SESSION, 'n', 'touched', 'offset', 'credit', 'full:outbox')
local fresh = false -- a key made by this run: it gets its TTL at once

-- Every key of the session lives TTL seconds more. Redis counts a TTL in seconds, so the keys
-- get it once a second at most (a send then costs no EXPIRE of each key), and at once when
-- this run made one.
local function touch()
  local second = string.format('%d', math.floor(now))
  if not fresh and session[2] == second then return end
  redis.call('HSET', SESSION, 'touched', second)
  for k = 4, #KEYS do redis.call('EXPIRE', KEYS[k], ttl) end
end

-- The session, made on first use: its number, and 1 when it is new.
local function open()
  if session[1] then return session[1], 0 end
  local n = redis.call('INCR', KEYS[1])
  redis.call('HSET', SESSION, 'n', n, 'credit', initialCredit, 'offset', 0, 'seq', 0, 'seeded', 0)
  session = {tostring(n), false, '0', initialCredit, false}
  fresh = true
  return tostring(n), 1
end

-- `count` fresh ids from a counter: the first of them. A counter not there yet starts at the
-- first id.
local function ids(counter, count)
  local last = redis.call('INCRBY', counter, count)
  if last == count then
    last = firstId - 1 + count
    redis.call('SET', counter, num(last))
  end
  return last - count + 1
end

local function add(name, delta)
  local value = tonumber(redis.call('HGET', SESSION, name)) + tonumber(delta)
  redis.call('HSET', SESSION, name, num(value))
  return value
end

-- The kinds known to have been full (said once, when a kind first is).
local full = {outbox = session[5] ~= false}

-- Keeps an object of a kind (in its place, if the kind has it); beyond MOCK_MAX_OBJECTS the
-- oldest go. Answers the first id dropped when the kind is full for the first time.
local function keep(kind, id, json)
  if redis.call('HSET', OBJECTS, kind .. ':' .. id, json) == 1 then
    redis.call('ZADD', order[kind], redis.call('HINCRBY', SESSION, 'seq', 1), id)
  end
  local first
  local size = redis.call('ZCARD', order[kind])
  if size == 1 then fresh = true end -- the kind's order made now (and the objects, if emptied)
  while size > max do
    local oldest = redis.call('ZPOPMIN', order[kind])[1]
    redis.call('HDEL', OBJECTS, kind .. ':' .. oldest)
    if not first and not full[kind] then
      full[kind] = true
      if redis.call('HSETNX', SESSION, 'full:' .. kind, 1) == 1 then first = oldest end
    end
    size = size - 1
  end
  return first
end

-- A kind's objects, oldest first: id, JSON, id, JSON, ...
local function rows(kind)
  local ids = redis.call('ZRANGE', order[kind], 0, -1)
  local found = {}
  for start = 1, #ids, 500 do
    local fields = {}
    for j = start, math.min(start + 499, #ids) do fields[#fields + 1] = kind .. ':' .. ids[j] end
    local values = redis.call('HMGET', OBJECTS, unpack(fields))
    for j, value in ipairs(values) do
      if value then
        found[#found + 1] = ids[start + j - 1]
        found[#found + 1] = value
      end
    end
  end
  return found
end

if op == 'forget' then
  local n = session[1]
  for k = 4, #KEYS do redis.call('DEL', KEYS[k]) end
  return {'done', n or '', 0}
end

local n, new = open()
local result = {'done', n, new}

if op == 'load' then
  -- ARGV 8: the kinds to read (comma-separated), 9: one outbox entry to read by its id ('' for
  -- none), 10: how many object ids to take. Answers the credit, the clock's offset, whether the
  -- session holds its seed yet, the first id taken, then each kind's rows, then the entry's.
  local s = redis.call('HMGET', SESSION, 'credit', 'offset', 'seeded')
  result[4], result[5], result[6] = s[1], s[2], s[3]
  local count = tonumber(ARGV[10])
  result[7] = count > 0 and num(ids(KEYS[3], count)) or ''
  for kind in string.gmatch(ARGV[8], '[^,]+') do result[#result + 1] = rows(kind) end
  local entry = ARGV[9] ~= '' and redis.call('HGET', OBJECTS, 'outbox:' .. ARGV[9])
  result[#result + 1] = entry and {ARGV[9], entry} or {}
elseif op == 'commit' then
  -- ARGV 8..: the seed (a count, then kind, id, JSON each: written first if the session does not
  -- hold it yet), the objects the change was decided on (a count, then kind, id each: all must
  -- still be there, else nothing is changed), the changes (a count, then each: keep kind id
  -- JSON, set kind id JSON (if it is there), del kind id, or add credit|offset delta). Answers
  -- each kind that became full, with its first id dropped.
  local at = 8
  local function take()
    at = at + 1
    return ARGV[at - 1]
  end
  local seeds = tonumber(take())
  if seeds > 0 and redis.call('HGET', SESSION, 'seeded') ~= '1' then
    for _ = 1, seeds do keep(take(), take(), take()) end
    redis.call('HSET', SESSION, 'seeded', 1)
  else
    at = at + 3 * seeds
  end
  for _ = 1, tonumber(take()) do
    local field = take() .. ':' .. take()
    if redis.call('HEXISTS', OBJECTS, field) == 0 then
      touch()
      return {'conflict', n, new, field}
    end
  end
  for _ = 1, tonumber(take()) do
    local change = take()
    if change == 'keep' then
      local kind = take()
      local first = keep(kind, take(), take())
      if first then
        result[#result + 1] = kind
        result[#result + 1] = first
      end
    elseif change == 'set' then
      local field = take() .. ':' .. take()
      local json = take()
      if redis.call('HEXISTS', OBJECTS, field) == 1 then redis.call('HSET', OBJECTS, field, json) end
    elseif change == 'del' then
      local kind, id = take(), take()
      redis.call('ZREM', order[kind], id)
      redis.call('HDEL', OBJECTS, kind .. ':' .. id)
    elseif change == 'add' then
      add(take(), take())
    end
  end
elseif op == 'record' then
  -- A send: ARGV 8: its send time (Unix seconds, or ''), then each message's cost and its
  -- outbox entry as JSON without its times. Takes an id per message, stamps each entry with
  -- the session's time (scheduled if the send time is later), takes each cost off the credit.
  -- Answers the first id, the time, whether scheduled, then each kind that became full.
  local created = now + tonumber(session[3])
  local sendAt = tonumber(ARGV[8])
  local scheduled = sendAt ~= nil and sendAt > created
  local count = (#ARGV - 8) / 2
  local first = ids(KEYS[2], count)
  local times = '{"created":' .. num(created) .. ',"sendAt":' .. (scheduled and num(sendAt) or 'null') .. ','
  result[4], result[5], result[6] = num(first), num(created), scheduled and 1 or 0
  local credit = tonumber(session[4])
  for m = 1, count do
    local dropped = keep('outbox', num(first + m - 1), times .. string.sub(ARGV[8 + 2 * m], 2))
    credit = credit + -tonumber(ARGV[7 + 2 * m]) -- as add() does, one message at a time
    if dropped then
      result[#result + 1] = 'outbox'
      result[#result + 1] = dropped
    end
  end
  redis.call('HSET', SESSION, 'credit', num(credit))
elseif op == 'advance' then
  -- ARGV 8: seconds to move the session's clock on. Answers its offset.
  result[4] = num(add('offset', ARGV[8]))
end

touch()
return result
