-- single.lua — wrk script: one chat event per POST /v1/events
-- (application/json), spread over 1000 streams and 20000 users: ordinary
-- chat with one grooming-tactic line in 100.
--   SG_TOKEN=... wrk -t2 -c64 -d20s --latency -s bench/http/single.lua http://127.0.0.1:8470
--
-- Each wrk thread builds a pool of SG_POOL (50000) distinct requests at
-- start and sends them in turn: building every request in Lua as it is
-- sent cost wrk more CPU than the daemon spent answering it (24.7k against
-- 32.3k requests/s in the same minute, 2 cores shared), so the client, not
-- the daemon, was measured. A run longer than the pool sends it again
-- (the same events once more, with earlier timestamps; the engine decides
-- them like any late event).
local token = os.getenv("SG_TOKEN") or ""
local npool = tonumber(os.getenv("SG_POOL") or "50000")
-- Mostly ordinary chat; one message in 100 carries a grooming tactic, so
-- alerts (each committed to the store before the answer) stay realistic.
local texts = {
  "gg that was a sick play", "lol no way", "what team comp is that", "hi from brazil",
  "that burst is insane", "pog", "nice build", "first time here, love the stream",
  "which server are you on", "KEKW", "the new layout looks sick", "go left go left",
  "is this ranked?", "that boss fight was rough", "w streamer", "what's your sens",
  "chat is wild today", "unlucky", "can you play the other map next", "lmaooo",
}
local tactic = { "ur so mature for ur age", "how old are you? are ur parents home", "add me on snap" }
local function text_for(n)
  if n % 100 == 0 then return tactic[(n / 100) % #tactic + 1] end
  return texts[(n % #texts) + 1]
end
function setup(thread)
  thread:set("tid", tostring(math.random(1, 1000000)))
end
local pool, i = {}, 0
function init(args)
  local ts = 1764320000000
  for n = 1, npool do
    ts = ts + 7
    local body = string.format(
      '{"type":"chat","ts":%d,"stream":"st-%d","id":"m%s-%d","user":"u%d","text":"%s","account_age_days":30}',
      ts, n % 1000, tid or "0", n, (n * 7919) % 20000, text_for(n))
    pool[n] = wrk.format("POST", "/v1/events",
      {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
  end
end
request = function()
  i = i % npool + 1
  return pool[i]
end
