-- wrk script of bench/intake.mjs: Prometheus Alertmanager webhook notifications (version 4) with a realistic mix of
-- new and repeated fingerprints. Each request is one alert group's notification of ALERTS alerts: with probability
-- NEW_SHARE a group never seen before (new fingerprints: new reports), otherwise one of GROUPS known groups sent
-- again (repeats: deduplicated onto their reports; about one alert in ten resolved, the rest firing).
--   wrk ... -s bench/intake.lua URL -- TOKEN RUN TAG [ALERTS] [GROUPS] [NEW_SHARE]
-- RUN names the known groups (the same in the warm-up and the measured run), TAG the new ones (one per wrk run).
local token, run, tag, alerts, groups, newShare
local counter = 0

function init(args)
  token = args[1]
  run = args[2] or "run"
  tag = args[3] or "new"
  alerts = tonumber(args[4] or "10")
  groups = tonumber(args[5] or "500")
  newShare = tonumber(args[6] or "0.2")
  math.randomseed(os.time())
end

local function alert(group, i, status)
  return string.format(
    '{"status":"%s","labels":{"alertname":"HighErrorRate","service":"svc-%s","instance":"node-%d:9100","severity":"critical","job":"api"},' ..
    '"annotations":{"summary":"Error rate above 5%% on svc-%s","description":"5xx responses above 5%% for 5 minutes on node-%d","runbook_url":"https://runbooks.example.org/high-error-rate"},' ..
    '"startsAt":"2026-12-01T04:00:00Z","endsAt":"0001-01-01T00:00:00Z","generatorURL":"https://prometheus.example.org/graph?g0.expr=rate","fingerprint":"%s-%s-%02d"}',
    status, group, i, group, i, run, group, i)
end

function request()
  local group
  if math.random() < newShare then
    counter = counter + 1
    group = tag .. "n" .. counter
  else
    group = "g" .. math.random(1, groups)
  end
  local parts = {}
  local firing = 0
  for i = 1, alerts do
    local status = (math.random() < 0.1) and "resolved" or "firing"
    if status == "firing" then firing = firing + 1 end
    parts[i] = alert(group, i, status)
  end
  local body = string.format(
    '{"version":"4","groupKey":"{}:{service=\\"svc-%s\\"}","truncatedAlerts":0,"status":"%s","receiver":"stormbell",' ..
    '"groupLabels":{"service":"svc-%s"},"commonLabels":{"alertname":"HighErrorRate","service":"svc-%s","severity":"critical","job":"api"},' ..
    '"commonAnnotations":{},"externalURL":"https://alertmanager.example.org","alerts":[%s]}',
    group, firing > 0 and "firing" or "resolved", group, group, table.concat(parts, ","))
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
  }, body)
end
