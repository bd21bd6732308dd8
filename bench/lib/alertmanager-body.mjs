// The notifications of bench/intake.lua, in JavaScript (for the paced run of bench/intake.mjs): one alert group's
// Alertmanager webhook (version 4) of `alerts` alerts; with probability `newShare` a group never seen before, else
// one of `groups` known groups again, about one alert in ten resolved.
export function alertmanagerBodies({ run, tag, alerts = 10, groups = 500, newShare = 0.2 }) {
  let counter = 0;
  const alert = (group, i, status) =>
    `{"status":"${status}","labels":{"alertname":"HighErrorRate","service":"svc-${group}","instance":"node-${i}:9100","severity":"critical","job":"api"},` +
    `"annotations":{"summary":"Error rate above 5% on svc-${group}","description":"5xx responses above 5% for 5 minutes on node-${i}","runbook_url":"https://runbooks.example.org/high-error-rate"},` +
    `"startsAt":"2026-12-01T04:00:00Z","endsAt":"0001-01-01T00:00:00Z","generatorURL":"https://prometheus.example.org/graph?g0.expr=rate","fingerprint":"${run}-${group}-${String(i).padStart(2, '0')}"}`;
  return () => {
    const group =
      Math.random() < newShare ? `${tag}n${++counter}` : `g${1 + Math.floor(Math.random() * groups)}`;
    const parts = [];
    let firing = 0;
    for (let i = 1; i <= alerts; i++) {
      const status = Math.random() < 0.1 ? 'resolved' : 'firing';
      if (status === 'firing') firing++;
      parts.push(alert(group, i, status));
    }
    return (
      `{"version":"4","groupKey":"{}:{service=\\"svc-${group}\\"}","truncatedAlerts":0,"status":"${firing > 0 ? 'firing' : 'resolved'}","receiver":"stormbell",` +
      `"groupLabels":{"service":"svc-${group}"},"commonLabels":{"alertname":"HighErrorRate","service":"svc-${group}","severity":"critical","job":"api"},` +
      `"commonAnnotations":{},"externalURL":"https://alertmanager.example.org","alerts":[${parts.join(',')}]}`
    );
  };
}
