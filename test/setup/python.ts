// Python for the interoperability tests: a Python 3 on this machine, and networkx (pinned) in a
// virtual environment under node_modules/.cache (git-ignored), made once and reused while its
// marker file says it holds this version. Without Python 3 the tests that need it are left out
// with one warning line (vitest.config.ts), as the browser tests are; in CI they fail instead.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isCi } from './browser-gate.ts';

export const networkxVersion = '3.4.2';
export const pythonTestFiles = 'test/integration/*.python.int.test.ts';

const venvDir = path.resolve(import.meta.dirname, '../../node_modules/.cache/cluster-explorer-python');
const marker = path.join(venvDir, `ready-networkx-${networkxVersion}`);

const advice =
  'Install Python 3 (Debian/Ubuntu: sudo apt-get install python3 python3-venv; macOS: brew install python; Windows: winget install Python.Python.3.12), or set PYTHON to its executable.';

/** The Python 3 on this machine (PYTHON, python3, python), or null. */
export function findPython(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  for (const candidate of [env.PYTHON, 'python3', 'python'].filter((c): c is string => Boolean(c))) {
    try {
      const version = execFileSync(candidate, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      if (/^Python 3\./.test(version.trim())) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

/** Leaves the Python tests out without Python 3, except in CI; called once by vitest.config.ts. */
export function pythonTestsGate(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  if (findPython(env) !== null || isCi(env)) return [];
  console.warn(
    `⚠ networkx interoperability tests (${pythonTestFiles}) left out: no Python 3 found. ${advice} In CI (CI=true) they fail instead.`,
  );
  return [pythonTestFiles];
}

/** The virtual environment's python with networkx installed; creates it on first use. */
export function networkxPython(): string {
  const python = findPython();
  if (python === null) throw new Error(`No Python 3 found for the networkx tests. ${advice}`);
  const venvPython = process.platform === 'win32' ? path.join(venvDir, 'Scripts', 'python.exe') : path.join(venvDir, 'bin', 'python');
  if (existsSync(marker) && existsSync(venvPython)) return venvPython;
  rmSync(venvDir, { recursive: true, force: true });
  mkdirSync(path.dirname(venvDir), { recursive: true });
  execFileSync(python, ['-m', 'venv', venvDir], { stdio: 'pipe' });
  execFileSync(venvPython, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', `networkx==${networkxVersion}`], {
    stdio: 'pipe',
    timeout: 300_000,
  });
  writeFileSync(marker, `networkx ${networkxVersion}\n`);
  return venvPython;
}
