-- wrk script: rotate over the dashboard's read endpoints (events page, dyad series, top, network, stats).
local paths = {
  "/api/events?limit=25",
  "/api/events?actor=PAK&limit=25",
  "/api/series?a=PAK&b=AFG&by=month",
  "/api/series?a=CHN&b=PAK&by=week",
  "/api/top?level=country&directed=false&limit=15",
  "/api/network?level=country&limit=40",
  "/api/stats",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
