-- single.lua — wrk script: one chat event per POST /v1/events
-- (application/json), spread over 1000 streams and 20000 users, texts
-- cycling through benign chat and a few grooming-tactic lines.
--   SG_TOKEN=... wrk -t2 -c64 -d20s -s bench/http/single.lua http://127.0.0.1:8470
local token = os.getenv("SG_TOKEN") or ""
local texts = {
  "gg that was a sick play", "lol no way", "what team comp is that", "hi from brazil",
  "that burst is insane", "ur so good at this", "how old are you?", "pog", "nice build",
  "first time here, love the stream", "add me on snap", "which server are you on",
}
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
    ts, n % 1000, tid or "0", n, (n * 7919) % 20000, texts[(n % #texts) + 1])
  return wrk.format("POST", "/v1/events",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end
