// Which Chromium or Chrome the browser tests and the benchmark drive, looked for in one documented
// order. The search is a pure function of what it is handed (environment, platform, a view of the
// file system), so a unit test can give it any machine; `thisMachine()` hands it the real one.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** What the search may look at. */
export interface BrowserHost {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  home: string;
  /** True for an existing file (not a folder). */
  isFile(p: string): boolean;
  /** The entries of a folder, or [] when there is none. */
  list(dir: string): string[];
  /** Where playwright-core would put its own Chromium (`npx playwright-core install chromium`). */
  playwrightChromium(): string | undefined;
}

export const browserEnvVars = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'] as const;

export type BrowserSource = (typeof browserEnvVars)[number] | 'Playwright' | 'PATH' | 'system';

export type BrowserLookup = { kind: 'found'; executable: string; source: BrowserSource } | { kind: 'missing'; advice: string };

const pathNames = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

const installAdvice =
  'Install Chromium or Chrome (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask google-chrome; ' +
  'Windows: winget install Google.Chrome; anywhere: npx playwright-core install chromium), or set CHROMIUM_PATH to its executable.';

function systemLocations(host: BrowserHost): string[] {
  switch (host.platform) {
    case 'darwin':
      return ['/Applications', path.posix.join(host.home, 'Applications')].flatMap((apps) => [
        `${apps}/Google Chrome.app/Contents/MacOS/Google Chrome`,
        `${apps}/Chromium.app/Contents/MacOS/Chromium`,
      ]);
    case 'win32': {
      const roots = [
        host.env.PROGRAMFILES ?? 'C:\\Program Files',
        host.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)',
        host.env.LOCALAPPDATA,
      ];
      return roots
        .filter((r): r is string => r !== undefined)
        .map((r) => path.win32.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'));
    }
    default:
      // /snap/bin is not on every PATH, and Ubuntu's /usr/bin/chromium-browser may be a stub that
      // only says "install the snap": the snap itself comes first.
      return [
        '/usr/bin/chromium',
        '/snap/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome-stable',
        '/usr/bin/google-chrome',
      ];
  }
}

function onPath(host: BrowserHost): string | undefined {
  const windows = host.platform === 'win32';
  const dirs = (host.env.PATH ?? host.env.Path ?? '').split(windows ? ';' : ':').filter(Boolean);
  const names = windows ? ['chrome.exe', 'chromium.exe'] : pathNames;
  const join = windows ? path.win32.join : path.posix.join;
  for (const dir of dirs) {
    for (const name of names) {
      if (host.isFile(join(dir, name))) return join(dir, name);
    }
  }
  return undefined;
}

/**
 * Chromium of other Playwright versions in the same cache (`…/ms-playwright/chromium-<revision>`),
 * newest first: a browser fetched for another project drives ours as well.
 */
function playwrightCache(host: BrowserHost, pinned: string): string[] {
  const parts = pinned.split(/[\\/]/);
  const at = parts.findIndex((p) => /^chromium-\d+$/.test(p));
  if (at < 1) return [];
  const sep = host.platform === 'win32' ? '\\' : '/';
  const cache = parts.slice(0, at).join(sep);
  const tail = parts.slice(at + 1).join(sep);
  const revision = (dir: string) => Number(dir.slice('chromium-'.length));
  return host
    .list(cache)
    .filter((dir) => /^chromium-\d+$/.test(dir))
    .sort((a, b) => revision(b) - revision(a))
    .map((dir) => [cache, dir, tail].join(sep));
}

/**
 * The browser to drive, in this order:
 * 1. CHROMIUM_PATH, then PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: what the user named wins, and a name
 *    that points nowhere is reported as such rather than quietly replaced by another browser;
 * 2. Playwright's own Chromium: the revision this playwright-core pins, else another in its cache;
 * 3. chromium, chromium-browser, google-chrome-stable, google-chrome on PATH, in the user's order;
 * 4. the usual install places: /usr/bin and /snap/bin; /Applications and ~/Applications on macOS;
 *    Program Files and the user's own Chrome on Windows.
 */
export function findBrowser(host: BrowserHost): BrowserLookup {
  for (const name of browserEnvVars) {
    const named = host.env[name];
    if (named === undefined || named === '') continue;
    if (host.isFile(named)) return { kind: 'found', executable: named, source: name };
    return { kind: 'missing', advice: `${name}=${named} is not a file. Point it at a Chromium or Chrome executable, or unset it.` };
  }

  const pinned = host.playwrightChromium();
  if (pinned !== undefined) {
    for (const candidate of [pinned, ...playwrightCache(host, pinned)]) {
      if (host.isFile(candidate)) return { kind: 'found', executable: candidate, source: 'Playwright' };
    }
  }

  const found = onPath(host);
  if (found !== undefined) return { kind: 'found', executable: found, source: 'PATH' };

  for (const candidate of systemLocations(host)) {
    if (host.isFile(candidate)) return { kind: 'found', executable: candidate, source: 'system' };
  }
  return { kind: 'missing', advice: `No Chromium or Chrome found for the browser tests. ${installAdvice}` };
}

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
}

export function thisMachine(): BrowserHost {
  return {
    env: process.env,
    platform: process.platform,
    home: homedir(),
    isFile: (p) => existsSync(p) && statSync(p).isFile(),
    list: (dir) => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
    playwrightChromium: () => {
      try {
        return chromium.executablePath();
      } catch {
        return undefined; // a platform Playwright has no Chromium build for
      }
    },
  };
}

/** The executable on this machine; throws BrowserNotFoundError with what to install when there is none. */
export function requireBrowser(host: BrowserHost = thisMachine()): string {
  const lookup = findBrowser(host);
  if (lookup.kind === 'missing') throw new BrowserNotFoundError(lookup.advice);
  return lookup.executable;
}
