// One run of the project's Neo4j JVM: spawned, handed its password, awaited until READY, and
// guaranteed to die with this process.
import { spawn, type ChildProcess } from 'node:child_process';

export interface LaunchSpec {
  classpath: string;
  pluginDir: string;
  dataDir: string;
  port: number; // 0: Neo4j binds any free port and reports it
  heap: string;
  pageCacheMb: number;
  password: string;
  startTimeoutMs: number;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  lastOutput: string; // the JVM's last line on stdout or stderr, often the reason
}

export interface Neo4jProcess {
  readonly pid: number;
  readonly uri: string; // with the port Neo4j actually listens on
  readonly exited: Promise<Exit>;
  /** Clean shutdown (the launcher stops Neo4j when its stdin closes), SIGKILL after 30 s. */
  stop(): Promise<void>;
}

export class Neo4jStartError extends Error {
  override name = 'Neo4jStartError';
}

// Flags Neo4j's own launcher passes on Java 17.
const jvmFlags = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-opens=java.base/sun.net.www.protocol.http=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
];

const children = new Set<ChildProcess>();
// Last resort: whatever way this process ends, no JVM is left behind.
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

export function describeExit(exit: Exit): string {
  const how = exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
  return exit.lastOutput ? `${how}; last output: ${exit.lastOutput}` : how;
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1)?.trim().slice(0, 300) ?? '';
}

/** Starts one JVM; resolves once Neo4j answers, rejects if it exits, times out or `signal` aborts. */
export async function launchNeo4j(spec: LaunchSpec, signal?: AbortSignal): Promise<Neo4jProcess> {
  const child = spawn(
    'java',
    [
      `-Xmx${spec.heap}`,
      `-Xms${spec.heap}`,
      ...jvmFlags,
      '-cp',
      spec.classpath,
      'cluster.Launcher',
      spec.dataDir,
      String(spec.port),
      spec.pluginDir,
      String(spec.pageCacheMb),
    ],
    // Its own process group: Ctrl-C in a terminal signals the whole foreground group, and the JVM
    // must not die beside us and look like a crash; we stop it ourselves once the app has drained.
    { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
  );
  children.add(child);

  let output = '';
  const keep = (d: Buffer) => (output = (output + d.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // If the JVM is already gone, writing its password fails with EPIPE; 'exit' tells the story.
  child.stdin?.on('error', () => {});
  // The password goes through the pipe, never the command line (`ps` shows that to every user).
  // After it the pipe stays open and silent: when this process dies it closes, and the JVM exits.
  child.stdin?.write(`${spec.password}\n`);

  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, sig) => {
      children.delete(child);
      resolve({ code, signal: sig, lastOutput: lastLine(output) });
    });
  });

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin?.end();
      // A frozen (SIGSTOPped) or wedged JVM never reads the EOF; SIGKILL reaches it anyway.
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
    })();
    return stopping;
  };

  const where = `Log: ${spec.dataDir}/logs/debug.log`;
  const uri = await new Promise<string>((resolve, reject) => {
    const fail = (message: string) => {
      cleanup();
      reject(new Neo4jStartError(`${message} ${where}\n${output.slice(-3000)}`));
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL'); // wedged: a clean stop would not get through either
      fail(`Neo4j did not start within ${spec.startTimeoutMs / 1000} s.`);
    }, spec.startTimeoutMs);
    const onData = () => {
      const ready = /^READY (bolt:\/\/\S+)/m.exec(output);
      if (ready?.[1]) {
        output = ''; // from now on it holds what the JVM says after start-up: why it died, if it does
        cleanup();
        resolve(ready[1]);
      }
    };
    const onExit = (code: number | null, sig: NodeJS.Signals | null) =>
      fail(
        `Neo4j exited during start-up (${sig ? `killed by ${sig}` : `code ${code}`}). Is another Neo4j using ${spec.dataDir}${spec.port === 0 ? '' : ` or port ${spec.port}`}?`,
      );
    const onError = (err: Error) => fail(`Java could not be started: ${err.message}.`);
    // Settles only once the JVM is gone, so whoever cancelled can rely on that.
    const onAbort = () => {
      cleanup();
      void stop().then(() => reject(new Neo4jStartError('Neo4j start-up was cancelled.')));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      child.off('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
    child.once('error', onError);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });

  return { pid: child.pid ?? -1, uri, exited, stop };
}
