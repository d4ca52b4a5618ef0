// Resolves Neo4j Community, APOC and GDS jars from Maven Central (once) and builds the launcher
// with the Maven Wrapper beside the pom, so that Java 17 is all a machine needs.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

const pointElsewhere = 'Or use an existing Neo4j 5 instead: set NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) and nothing is started.';

/** Java 17 or 21 is required: Neo4j 5.26 does not run on 25. */
export function checkJava(env: NodeJS.ProcessEnv = process.env): number {
  const out = spawnSync('java', ['-version'], { encoding: 'utf8', env });
  if (out.error) {
    throw new MissingToolError(
      `Java was not found. Install a Java 17 JDK (Debian: apt-get install openjdk-17-jdk-headless). ${pointElsewhere}`,
    );
  }
  const match = /version "(\d+)/.exec(`${out.stderr}${out.stdout}`);
  const major = match ? Number(match[1]) : NaN;
  if (major !== 17 && major !== 21) {
    throw new MissingToolError(
      `Neo4j 5.26 needs Java 17 or 21, but "java" is version ${match?.[1] ?? 'unknown'}. Put a Java 17 first on PATH or set JAVA_HOME. ${pointElsewhere}`,
    );
  }
  return major;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const p = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(p) : [p];
  });
}

/**
 * What the build was made from. Content, not modification times: a fresh clone gives every file
 * the clone's time, and a CI cache restores an old target/ with its own times, so times can say
 * "built" for a launcher compiled from other sources.
 */
function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of [...sourceFiles(path.join(launcherDir, 'src')), path.join(launcherDir, 'pom.xml')].sort()) {
    hash.update(path.relative(launcherDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const builtFrom = path.join(target, 'built-from.sha256');

function isBuilt(hash: string): boolean {
  const required = [
    builtFrom,
    path.join(target, 'classes', 'cluster', 'Launcher.class'),
    path.join(target, 'lib'),
    path.join(target, 'plugins'),
  ];
  return required.every((p) => existsSync(p)) && readFileSync(builtFrom, 'utf8').trim() === hash;
}

interface WrapperCommand {
  command: string;
  shell: boolean;
}

/**
 * The Maven Wrapper of server/neo4j for this platform. It reads .mvn/wrapper/ next to itself and
 * fetches the Maven it names from Maven Central into ~/.m2/wrapper once (MAVEN_USER_HOME moves it).
 * Windows runs a .cmd only through a shell (Node refuses to spawn one directly since 20.12.2);
 * cmd.exe finds it by name in the working folder, so a folder with spaces needs no quoting.
 */
export function mavenWrapper(platform: NodeJS.Platform = process.platform): WrapperCommand {
  return platform === 'win32' ? { command: 'mvnw.cmd', shell: true } : { command: path.join(launcherDir, 'mvnw'), shell: false };
}

/** Runs `mvnw package` when the jars are missing or the launcher changed; progress goes to `log`. */
export async function resolveLauncher(log: (line: string) => void = () => {}): Promise<LauncherPaths> {
  checkJava();
  const hash = sourcesHash();
  if (!isBuilt(hash)) {
    log(
      'building the Neo4j launcher (on the first run the Maven Wrapper fetches Maven, then Neo4j 5.26, APOC and GDS from Maven Central) …',
    );
    // Maven's incremental compiler trusts modification times too: make it compile from scratch.
    rmSync(path.join(target, 'classes'), { recursive: true, force: true });
    rmSync(path.join(target, 'maven-status'), { recursive: true, force: true });
    await new Promise<void>((resolve, reject) => {
      const wrapper = mavenWrapper();
      const mvn = spawn(wrapper.command, ['-B', '-q', 'package', '-DskipTests'], {
        cwd: launcherDir,
        shell: wrapper.shell,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      mvn.stdout.on('data', (d: Buffer) => (output += d.toString()));
      mvn.stderr.on('data', (d: Buffer) => (output += d.toString()));
      mvn.on('error', reject);
      mvn.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`mvnw package failed (exit ${code}) in ${launcherDir}:\n${output.slice(-4000)}`)),
      );
    });
    writeFileSync(builtFrom, `${hash}\n`);
  }
  return {
    classpath: [path.join(target, 'classes'), path.join(target, 'lib', '*')].join(path.delimiter),
    pluginDir: path.join(target, 'plugins'),
  };
}
