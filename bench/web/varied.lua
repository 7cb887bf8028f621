-- wrk script: the dashboard's read endpoints with varied actors, pages and years, so most requests miss the
-- response cache and run their query (mixed.lua repeats 7 URLs: after the first round every answer is cached).
local countries = { "USA", "CHN", "PAK", "IND", "AFG", "RUS", "UKR", "ISR", "PSE", "IRN", "SAU", "TUR", "GBR", "FRA", "DEU", "JPN" }
local periods = { "month", "week", "year" }
math.randomseed(os.time() + math.floor(os.clock() * 1e6))
local function c() return countries[math.random(#countries)] end
request = function()
  local k = math.random(6)
  local y = 2015 + math.random(0, 10)
  local path
  if k == 1 then path = "/api/events?limit=25&offset=" .. (25 * math.random(0, 40))
  elseif k == 2 then path = "/api/events?limit=25&actor=" .. c() .. "&from=" .. y .. "-01-01&to=" .. y .. "-12-31"
  elseif k == 3 then path = "/api/series?a=" .. c() .. "&b=" .. c() .. "&by=" .. periods[math.random(#periods)]
  elseif k == 4 then path = "/api/top?level=country&directed=false&limit=15&from=" .. y .. "-01-01&to=" .. y .. "-12-31"
  elseif k == 5 then path = "/api/network?level=country&limit=40&from=" .. y .. "-01-01&to=" .. y .. "-12-31"
  else path = "/api/stats" end
  return wrk.format("GET", path)
end
