// Resolves Neo4j Community, APOC and GDS jars from Maven Central (once) and builds the launcher.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';

export const launcherDir = path.join(projectRoot, 'server', 'neo4j');
const target = path.join(launcherDir, 'target');

export interface LauncherPaths {
  classpath: string;
  pluginDir: string;
}

export class MissingToolError extends Error {
  override name = 'MissingToolError';
}

const pointElsewhere =
  'Or use an existing Neo4j 5 instead: set NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) and nothing is started.';

/** Java 17 or 21 is required: Neo4j 5.26 does not run on 25. */
export function checkJava(env: NodeJS.ProcessEnv = process.env): number {
  const out = spawnSync('java', ['-version'], { encoding: 'utf8', env });
  if (out.error) {
    throw new MissingToolError(`Java was not found. Install a Java 17 JDK (Debian: apt-get install openjdk-17-jdk-headless). ${pointElsewhere}`);
  }
  const match = /version "(\d+)/.exec(`${out.stderr}${out.stdout}`);
  const major = match ? Number(match[1]) : NaN;
  if (major !== 17 && major !== 21) {
    throw new MissingToolError(`Neo4j 5.26 needs Java 17 or 21, but "java" is version ${match?.[1] ?? 'unknown'}. Put a Java 17 first on PATH or set JAVA_HOME. ${pointElsewhere}`);
  }
  return major;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function isBuilt(): boolean {
  const marker = path.join(target, 'neo4j-launcher-1.0.0.jar');
  if (!existsSync(marker) || !existsSync(path.join(target, 'plugins'))) return false;
  const sources = Math.max(newestMtime(path.join(launcherDir, 'src')), statSync(path.join(launcherDir, 'pom.xml')).mtimeMs);
  return statSync(marker).mtimeMs >= sources;
}

/** Runs `mvn package` when the jars are missing or the launcher changed; progress goes to `log`. */
export async function resolveLauncher(log: (line: string) => void = () => {}): Promise<LauncherPaths> {
  checkJava();
  if (!isBuilt()) {
    if (spawnSync('mvn', ['-v'], { encoding: 'utf8' }).error) {
      throw new MissingToolError(`Maven ("mvn") was not found; it fetches Neo4j from Maven Central. Install it (Debian: apt-get install maven). ${pointElsewhere}`);
    }
    log('resolving Neo4j 5.26, APOC and GDS jars from Maven Central (first run only) …');
    await new Promise<void>((resolve, reject) => {
      const mvn = spawn('mvn', ['-B', '-q', 'package', '-DskipTests'], { cwd: launcherDir, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      mvn.stdout.on('data', (d: Buffer) => (output += d.toString()));
      mvn.stderr.on('data', (d: Buffer) => (output += d.toString()));
      mvn.on('error', reject);
      mvn.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`mvn package failed (exit ${code}) in ${launcherDir}:\n${output.slice(-4000)}`)),
      );
    });
  }
  return {
    classpath: [path.join(target, 'classes'), path.join(target, 'lib', '*')].join(path.delimiter),
    pluginDir: path.join(target, 'plugins'),
  };
}
