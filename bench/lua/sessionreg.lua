-- wrk script: posts real SOAP 1.1 SessionRegAction envelopes to Breakout, the SoapCore peer or the canned server.
-- Environment (bench/run sets it):
--   BENCH_IDS    file: on line 1 the single-invitee session's ID, then the batch sessions' IDs (space-separated);
--                then one invitee ID per line
--   BENCH_TOKEN  CventSessionHeader value from Login
--   BENCH_BATCH  invitees per call (1 or 200)
--   BENCH_FROM   first pool index (0-based) this load uses; BENCH_COUNT how many (split across wrk threads)
--   BENCH_STATE  file prefix where each thread keeps its request counter between wrk runs, so that the load carries
--                on where the previous run (warm-up, earlier round) stopped
--   BENCH_RATE   total requests/s for the open-loop run (0 = closed loop, as fast as answers come)
--   BENCH_CONNS  connections (to spread BENCH_RATE over them)
--   BENCH_SESSIONS=N (N > 0)  fresh invitees: pass p over the slice registers it into batch session (p mod N);
--                after N passes every one of them is full and the next N passes unregister it again, and so on
--   BENCH_REGISTER_ONLY=1  every pass registers into the single-invitee session (the disk fill: one pass registers
--                the pool, later ones are no-ops)
-- Otherwise (single-invitee load) request k of a thread uses chunk (k mod chunks) of its slice, and registers on even
-- passes over the slice, unregisters on odd ones: every call changes state, and each invitee's calls are a whole
-- pass apart.

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("thread_index", next_id)
  thread:set("thread_total", 0)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local function read_state(path)
  local f = io.open(path, "r")
  if not f then return 0 end
  local v = tonumber(f:read("*l")) or 0
  f:close()
  return v
end

function init(args)
  local batch = tonumber(os.getenv("BENCH_BATCH") or "1")
  local from = tonumber(os.getenv("BENCH_FROM") or "0")
  local count = tonumber(os.getenv("BENCH_COUNT") or "1000")
  local token = os.getenv("BENCH_TOKEN") or ""
  local threads_n = tonumber(os.getenv("BENCH_THREADS") or "1")
  local rate = tonumber(os.getenv("BENCH_RATE") or "0")
  local conns = tonumber(os.getenv("BENCH_CONNS") or "1")
  state_path = (os.getenv("BENCH_STATE") or "/tmp/bench-state") .. "." .. thread_index

  -- This thread's slice of the pool, whole chunks only.
  local per_thread = math.floor(count / threads_n / batch) * batch
  local first = from + thread_index * per_thread
  local last = first + per_thread - 1

  local sessions = {}
  local items = {}
  local line_no = -1
  for line in io.lines(os.getenv("BENCH_IDS")) do
    if line_no == -1 then
      for id in string.gmatch(line, "%S+") do sessions[#sessions + 1] = id end
    elseif line_no >= first and line_no <= last then
      items[#items + 1] = '        <CvInvitee Id="' .. line .. '" xmlns="http://schemas.cvent.com/api/2006-11" />\n'
    elseif line_no > last then
      break
    end
    line_no = line_no + 1
  end

  chunks = {}
  for c = 0, math.floor(#items / batch) - 1 do
    chunks[#chunks + 1] = table.concat(items, "", c * batch + 1, c * batch + batch)
  end
  if #chunks == 0 then
    error("no invitees for thread " .. thread_index .. " (pool " .. from .. "+" .. count .. ", batch " .. batch .. ")")
  end

  local head = '<?xml version="1.0" encoding="utf-8"?>\n' ..
    '<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">\n' ..
    '  <soap:Header>\n    <CventSessionHeader xmlns="http://api.cvent.com/2006-11">\n' ..
    '      <CventSessionValue>' .. token .. '</CventSessionValue>\n    </CventSessionHeader>\n  </soap:Header>\n' ..
    '  <soap:Body>\n    <SessionRegAction xmlns="http://api.cvent.com/2006-11">\n'
  cycle = tonumber(os.getenv("BENCH_SESSIONS") or "0")
  if cycle > #sessions - 1 then
    error("BENCH_SESSIONS=" .. cycle .. " but the ids file lists " .. (#sessions - 1) .. " batch sessions")
  end
  -- prefix[action][s]: action 0 registers, 1 unregisters; s = 0 is the single-invitee session, s > 0 batch session s.
  prefix = { [0] = {}, [1] = {} }
  for s = 0, #sessions - 1 do
    prefix[0][s] = head .. '      <CvInvitees SessionRegActionType="Register" ProductId="' .. sessions[s + 1] .. '">\n'
    prefix[1][s] = head .. '      <CvInvitees SessionRegActionType="Unregister" ProductId="' .. sessions[s + 1] .. '">\n'
  end
  suffix = '      </CvInvitees>\n    </SessionRegAction>\n  </soap:Body>\n</soap:Envelope>\n'
  headers = {
    ["Content-Type"] = "text/xml; charset=utf-8",
    ["SOAPAction"] = '"http://api.cvent.com/2006-11/SessionRegAction"',
  }
  counter = read_state(state_path)
  register_only = os.getenv("BENCH_REGISTER_ONLY") == "1"

  -- Open loop: each connection waits about conns/rate seconds between requests; wrk's delay is whole
  -- milliseconds, so round up or down at random to keep the mean exact.
  delay_ms = 0
  if rate > 0 then
    delay_ms = conns / threads_n / rate * 1000 * threads_n
  end
  math.randomseed(thread_index + 1)
end

function request()
  local k = counter
  counter = counter + 1
  local n = #chunks
  local pass = math.floor(k / n)
  local action, session = pass % 2, 0
  if cycle > 0 then
    action, session = math.floor(pass / cycle) % 2, (pass % cycle) + 1
  elseif register_only then
    action = 0
  end
  return wrk.format("POST", "/soap/V200611.asmx", headers, prefix[action][session] .. chunks[(k % n) + 1] .. suffix)
end

function delay()
  local whole = math.floor(delay_ms)
  if math.random() < delay_ms - whole then
    return whole + 1
  end
  return whole
end

function done(summary, latency, requests)
  for _, t in ipairs(threads) do
    local f = io.open(t:get("state_path"), "w")
    f:write(tostring(t:get("counter")) .. "\n")
    f:close()
  end
  local e = summary.errors
  io.write(string.format(
    'BENCHJSON {"requests":%d,"duration_us":%d,"bytes":%d,"errors":%d,"non2xx":%d,' ..
    '"p50_us":%d,"p90_us":%d,"p99_us":%d,"p999_us":%d,"max_us":%d,"mean_us":%.1f}\n',
    summary.requests, summary.duration, summary.bytes, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9),
    latency.max, latency.mean))
end
