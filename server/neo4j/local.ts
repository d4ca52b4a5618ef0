// Starts the project's own Neo4j as a child JVM and guarantees it dies with us.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolveLauncher } from './resolve.ts';

export interface LocalNeo4jOptions {
  dataDir: string;
  boltPort: number; // 0 picks a free port
  heap: string;
  pageCacheMb: number;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  readonly uri: string;
  readonly dataDir: string;
  readonly pid: number;
  stop(): Promise<void>;
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

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const paths = await resolveLauncher(log);
  const port = options.boltPort === 0 ? await freePort() : options.boltPort;
  mkdirSync(options.dataDir, { recursive: true });
  log(`starting Neo4j on bolt://127.0.0.1:${port} (data in ${options.dataDir}) …`);

  // stdin stays a pipe we never write to: when this process dies, the pipe closes and the launcher exits.
  const child = spawn(
    'java',
    [`-Xmx${options.heap}`, `-Xms${options.heap}`, ...jvmFlags, '-cp', paths.classpath, 'cluster.Launcher',
      options.dataDir, String(port), paths.pluginDir, String(options.pageCacheMb)],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  children.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => { children.delete(child); resolve(); }));

  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not start within ${(options.startTimeoutMs ?? 120_000) / 1000} s. Log: ${options.dataDir}/logs/debug.log\n${output.slice(-3000)}`));
    }, options.startTimeoutMs ?? 120_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      if (/^READY /m.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited during start-up (code ${code}). Is another Neo4j using ${options.dataDir} or port ${port}? Log: ${options.dataDir}/logs/debug.log\n${output.slice(-3000)}`));
    });
  });

  return {
    uri: `bolt://127.0.0.1:${port}`,
    dataDir: options.dataDir,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin?.end(); // the launcher shuts Neo4j down cleanly on EOF
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
