-- wrk script: the dashboard's read endpoints (events page, dyad series, top, network, stats) mixed with
-- authenticated ingests (POST /api/documents, one in WRITE_EVERY requests, each a new article id so it is coded
-- and stored). Counts responses by class per thread; done() prints the totals and the number of 5xx.
-- Environment: DYAD_API_KEY (the server's key), WRITE_EVERY (default 10; 0 = reads only).
local paths = {
  "/api/events?limit=25",
  "/api/events?actor=PAK&limit=25",
  "/api/series?a=PAK&b=AFG&by=month",
  "/api/series?a=CHN&b=PAK&by=week",
  "/api/top?level=country&directed=false&limit=15",
  "/api/network?level=country&limit=40",
  "/api/stats",
}
local texts = {
  "ISLAMABAD - Pakistan's army attacked militants near the Afghan border on Monday, officials said.",
  "China praised Pakistan for its efforts and pledged economic aid on Tuesday.",
  "Kenya closed its border with Somalia after the attack, the interior ministry said.",
  "Iran condemned the strike and threatened to retaliate, state media reported.",
}
local key = os.getenv("DYAD_API_KEY") or ""
local every = tonumber(os.getenv("WRITE_EVERY") or "10")
local threads = {}
local id = 0

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  ok, c4xx, c5xx, writes = 0, 0, 0, 0
  i = 0
end

request = function()
  i = i + 1
  if every > 0 and i % every == 0 then
    id = id + 1
    writes = writes + 1
    local body = string.format('{"documents":[{"id":"load-%s-%d-%d","published":"2026-03-01","text":"%s"}]}',
      tostring(tid), os.time(), id, texts[(id % #texts) + 1])
    return wrk.format("POST", "/api/documents", { ["Content-Type"] = "application/json", ["X-Api-Key"] = key }, body)
  end
  return wrk.format("GET", paths[(i % #paths) + 1])
end

response = function(status, headers, body)
  if status >= 500 then c5xx = c5xx + 1
  elseif status >= 400 then c4xx = c4xx + 1
  else ok = ok + 1 end
end

done = function(summary, latency, requests)
  local t_ok, t_4, t_5, t_w = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    t_ok = t_ok + t:get("ok"); t_4 = t_4 + t:get("c4xx"); t_5 = t_5 + t:get("c5xx"); t_w = t_w + t:get("writes")
  end
  io.write(string.format("responses: %d 2xx/3xx, %d 4xx, %d 5xx; %d ingest requests; socket errors: %d connect, %d read, %d write, %d timeout\n",
    t_ok, t_4, t_5, t_w, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms; requests: %d in %.1f s\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.requests, summary.duration / 1e6))
end
