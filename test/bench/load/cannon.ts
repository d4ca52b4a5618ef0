// Fires a load at a server from a child process (cannon-worker.ts) and returns what came back.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Shot {
  url: string; // http://127.0.0.1:<port>
  requests: { path: string; body: string }[]; // POSTed as JSON, in this order, round and round
  connections: number;
  seconds: number; // how long it fires, unless amount is given
  amount?: number; // this many requests, however long they take; every one answered or timed out
  rate?: number; // requests per second over all connections; absent: each connection as fast as it is answered
  sources: string[]; // loopback addresses the connections bind to, in turn
  timeoutSeconds?: number;
}

export interface Outcome {
  seconds: number;
  sent: number;
  responses: number;
  unanswered: number;
  answers: { ok: number; graphqlErrors: number; status400: number; status429: number; status5xx: number; other: number };
  codes: Record<string, number>; // what did not come back with data: "<status> <first error code>"
  errors: number; // connection errors, timeouts included
  timeouts: number;
  okPerSecond: number;
  clientCpuShare: number; // the load generator's own CPU, in cores: on a 2-core box it competes with the servers
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
}

export interface Firing {
  done: Promise<Outcome>;
  stop(): void;
}

const worker = fileURLToPath(new URL('./cannon-worker.ts', import.meta.url));

export function fire(shot: Shot): Firing {
  const child = fork(worker, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const done = new Promise<Outcome>((resolve, reject) => {
    child.once('message', (m: { outcome?: Outcome; error?: string }) => (m.outcome ? resolve(m.outcome) : reject(new Error(m.error))));
    child.once('exit', (code) => reject(new Error(`autocannon worker exited with ${code} before answering`)));
    child.once('error', reject);
  });
  child.send(shot);
  return {
    done,
    stop: () => {
      if (child.connected) child.send('stop');
    },
  };
}

/** `count` loopback addresses 127.0.1.1, 127.0.1.2, …: one per typical user. */
export const users = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`);
