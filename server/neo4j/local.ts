// Starts the project's own Neo4j as a child JVM, password-protected, supervised (restarted if it
// dies on its own) and guaranteed to die with us.
import { mkdirSync } from 'node:fs';
import { launchNeo4j } from './jvm.ts';
import { localPassword, localUser, passwordFile } from './password.ts';
import { resolveLauncher } from './resolve.ts';
import { Neo4jSupervisor, type Neo4jState } from './supervisor.ts';

export type { Neo4jState } from './supervisor.ts';

export interface LocalNeo4jOptions {
  dataDir: string;
  boltPort: number; // 0: any free port, kept across restarts
  heap: string;
  pageCacheMb: number;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  readonly uri: string;
  readonly dataDir: string;
  readonly user: string;
  readonly password: string;
  readonly passwordFile: string;
  readonly state: Neo4jState;
  readonly pid: number | null; // null while it is being restarted
  stop(): Promise<void>;
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const paths = await resolveLauncher(log);
  mkdirSync(options.dataDir, { recursive: true });
  const password = localPassword(options.dataDir);
  log(`starting Neo4j on ${options.boltPort === 0 ? 'a free port' : `port ${options.boltPort}`} (data in ${options.dataDir}) …`);

  // Port 0 is resolved by Neo4j itself on the first start; restarts come back on the same port,
  // where the driver of whoever is connected looks for it.
  let port = options.boltPort;
  const supervisor = new Neo4jSupervisor({
    label: 'Neo4j',
    log,
    launch: async (signal) => {
      const spec = {
        ...paths,
        dataDir: options.dataDir,
        port,
        heap: options.heap,
        pageCacheMb: options.pageCacheMb,
        password,
        startTimeoutMs: options.startTimeoutMs ?? 120_000,
      };
      const launched = await launchNeo4j(spec, signal);
      port = Number(new URL(launched.uri).port);
      return launched;
    },
  });
  await supervisor.start();
  const uri = `bolt://127.0.0.1:${port}`;
  log(`Neo4j is ready on ${uri}`);

  return {
    uri,
    dataDir: options.dataDir,
    user: localUser,
    password,
    passwordFile: passwordFile(options.dataDir),
    get state() {
      return supervisor.state;
    },
    get pid() {
      return supervisor.pid;
    },
    stop: () => supervisor.stop(),
  };
}
