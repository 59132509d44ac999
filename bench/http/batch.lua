-- batch.lua — wrk script: NDJSON batches of 100 chat events per POST
-- /v1/events (application/x-ndjson). events/s = requests/s * 100.
--   SG_TOKEN=... wrk -t2 -c16 -d20s -s bench/http/batch.lua http://127.0.0.1:8470
--
-- Each wrk thread builds SG_POOL (2000) distinct batches at start and
-- sends them in turn (see single.lua for why requests are not built as
-- they are sent). A run longer than the pool sends it again.
local token = os.getenv("SG_TOKEN") or ""
local batch = tonumber(os.getenv("SG_BATCH") or "100")
local npool = tonumber(os.getenv("SG_POOL") or "2000")
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
  local n, ts = 0, 1764320000000
  for k = 1, npool do
    local lines = {}
    for j = 1, batch do
      n = n + 1
      ts = ts + 7
      lines[j] = string.format(
        '{"type":"chat","ts":%d,"stream":"st-%d","id":"m%s-%d","user":"u%d","text":"%s","account_age_days":30}',
        ts, n % 1000, tid or "0", n, (n * 7919) % 20000, text_for(n))
    end
    pool[k] = wrk.format("POST", "/v1/events",
      {["Content-Type"] = "application/x-ndjson", ["Authorization"] = "Bearer " .. token},
      table.concat(lines, "\n") .. "\n")
  end
end
request = function()
  i = i % npool + 1
  return pool[i]
end
