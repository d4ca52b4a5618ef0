// One autocannon run in its own process (forked by cannon.ts), so that firing requests never shares
// an event loop with the servers being measured. Receives a Shot, answers with its Outcome; a
// "stop" message ends the run early (the abusive client runs until the typical one is done).
import autocannon from 'autocannon';
import net from 'node:net';
import type { Outcome, Shot } from './cannon.ts';

type Answers = Outcome['answers'];

// GraphQL reports resolver errors with 200: a cheap look, not a parse, keeps the client light.
const firstCode = /"code":"([A-Z_]+)"/;

function classify(counts: Answers, codes: Record<string, number>, status: number, body: string): void {
  const ok = status >= 200 && status < 300 && !body.includes('"errors":[');
  if (ok) {
    counts.ok++;
    return;
  }
  if (status >= 200 && status < 300) counts.graphqlErrors++;
  else if (status === 400) counts.status400++;
  else if (status === 429) counts.status429++;
  else if (status >= 500) counts.status5xx++;
  else counts.other++;
  const key = `${status} ${firstCode.exec(body)?.[1] ?? '-'}`;
  codes[key] = (codes[key] ?? 0) + 1;
}

function run(shot: Shot): void {
  // Client identity: each new connection binds to the next of the shot's loopback addresses, so the
  // app sees several users (127.0.1.x) or one abuser (127.0.0.2) by remote address, as behind no
  // proxy. autocannon calls net.connect(port, host) and has no option for the local address.
  const connect = net.connect.bind(net);
  let nextSource = 0;
  (net as { connect: unknown }).connect = (port: number, host: string) =>
    connect({ port, host, localAddress: shot.sources[nextSource++ % shot.sources.length] });

  const answers: Answers = { ok: 0, graphqlErrors: 0, status400: 0, status429: 0, status5xx: 0, other: 0 };
  const codes: Record<string, number> = {};
  const requests = shot.requests.map((r) => ({
    method: 'POST' as const,
    path: r.path,
    headers: { 'content-type': 'application/json' },
    body: r.body,
    onResponse: (status: number, body: string) => classify(answers, codes, status, body),
  }));
  // Every connection walks the same list from a different place, so that a short run (few requests
  // per connection) still sends the whole mix in its proportions.
  let nextStart = 0;
  const setupClient = (client: autocannon.Client) => {
    const start = nextStart++ % requests.length;
    (client as autocannon.Client & { setRequests(r: typeof requests): void }).setRequests([
      ...requests.slice(start),
      ...requests.slice(0, start),
    ]);
  };
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const instance = autocannon(
    {
      url: shot.url,
      connections: shot.connections,
      ...(shot.amount ? { amount: shot.amount } : { duration: shot.seconds }),
      ...(shot.rate ? { overallRate: shot.rate } : {}),
      timeout: shot.timeoutSeconds ?? 30,
      requests,
      setupClient,
    },
    (err, result) => {
      if (err) {
        process.send?.({ error: String(err) }, () => process.exit(1));
        return;
      }
      const seconds = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(cpu0);
      const responses = Object.values(answers).reduce((a, b) => a + b, 0);
      const l = result.latency;
      const outcome: Outcome = {
        seconds,
        sent: result.requests.sent,
        responses,
        // Stopped early or cut at the end of the duration: sent, but neither answered nor failed.
        unanswered: Math.max(0, result.requests.sent - responses - result.errors),
        answers,
        codes,
        errors: result.errors,
        timeouts: result.timeouts,
        okPerSecond: answers.ok / seconds,
        clientCpuShare: (cpu.user + cpu.system) / 1e6 / seconds,
        latencyMs: { p50: l.p50, p90: l.p90, p99: l.p99, max: l.max, mean: l.mean },
      };
      process.send?.({ outcome }, () => process.exit(0));
    },
  );
  process.on('message', (m) => {
    if (m === 'stop') instance.stop();
  });
}

process.once('message', (m) => run(m as Shot));
// The bench is gone (it failed, or was stopped): stop firing rather than hammer a port for an hour.
process.once('disconnect', () => process.exit(0));
