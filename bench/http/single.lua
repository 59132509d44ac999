-- single.lua — wrk script: one chat event per POST /v1/events
-- (application/json), spread over 1000 streams and 20000 users: ordinary
-- chat with one grooming-tactic line in 100.
--   SG_TOKEN=... wrk -t2 -c64 -d20s --latency -s bench/http/single.lua http://127.0.0.1:8470
local token = os.getenv("SG_TOKEN") or ""
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
local n = 0
local ts = 1764320000000
function setup(thread)
  thread:set("tid", tostring(math.random(1, 1000000)))
end
request = function()
  n = n + 1
  ts = ts + 7
  local body = string.format(
    '{"type":"chat","ts":%d,"stream":"st-%d","id":"m%s-%d","user":"u%d","text":"%s","account_age_days":30}',
    ts, n % 1000, tid or "0", n, (n * 7919) % 20000, text_for(n))
  return wrk.format("POST", "/v1/events",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end
