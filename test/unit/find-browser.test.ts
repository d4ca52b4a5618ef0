import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideBrowserGate, isCi } from '../setup/browser-gate.ts';
import { BrowserNotFoundError, findBrowser, requireBrowser, type BrowserHost } from '../setup/find-browser.ts';

interface Machine {
  files?: string[];
  env?: Record<string, string>;
  platform?: NodeJS.Platform;
  playwright?: string;
}

/** A machine that has exactly `files`; folders are whatever those paths pass through. */
function machine({ files = [], env = {}, platform = 'linux', playwright }: Machine): BrowserHost {
  const p = platform === 'win32' ? path.win32 : path.posix;
  return {
    env,
    platform,
    home: platform === 'win32' ? 'C:\\Users\\ada' : platform === 'darwin' ? '/Users/ada' : '/home/ada',
    isFile: (f) => files.includes(f),
    list: (dir) => [
      ...new Set(files.filter((f) => p.dirname(f).startsWith(dir + p.sep)).map((f) => p.relative(dir, f).split(p.sep)[0] as string)),
    ],
    playwrightChromium: () => playwright,
  };
}

const pinned = '/home/ada/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
const found = (host: BrowserHost) => {
  const lookup = findBrowser(host);
  return lookup.kind === 'found' ? `${lookup.source}: ${lookup.executable}` : `missing: ${lookup.advice}`;
};

describe('finding a browser for the browser tests', () => {
  it('takes CHROMIUM_PATH before anything else on the machine', () => {
    const host = machine({
      files: ['/opt/my/chrome', pinned, '/usr/bin/chromium'],
      env: { CHROMIUM_PATH: '/opt/my/chrome' },
      playwright: pinned,
    });
    expect(found(host)).toBe('CHROMIUM_PATH: /opt/my/chrome');
  });

  it('takes PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH when CHROMIUM_PATH is not set', () => {
    const host = machine({
      files: ['/opt/pw/chrome', '/usr/bin/chromium'],
      env: { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/opt/pw/chrome' },
    });
    expect(found(host)).toBe('PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: /opt/pw/chrome');
  });

  it('reports a CHROMIUM_PATH that points nowhere instead of quietly taking another browser', () => {
    const host = machine({ files: ['/usr/bin/chromium'], env: { CHROMIUM_PATH: '/opt/typo/chrome' } });
    expect(found(host)).toBe(
      'missing: CHROMIUM_PATH=/opt/typo/chrome is not a file. Point it at a Chromium or Chrome executable, or unset it.',
    );
  });

  it("takes Playwright's own Chromium before the system's", () => {
    expect(found(machine({ files: [pinned, '/usr/bin/chromium'], playwright: pinned }))).toBe(`Playwright: ${pinned}`);
  });

  it('takes the newest other Chromium in the Playwright cache when the pinned revision is not there', () => {
    const cache = '/home/ada/.cache/ms-playwright';
    const files = [
      `${cache}/chromium-1190/chrome-linux64/chrome`,
      `${cache}/chromium-1217/chrome-linux64/chrome`,
      `${cache}/firefox-1572/firefox/firefox`,
    ];
    expect(found(machine({ files, playwright: pinned }))).toBe(`Playwright: ${cache}/chromium-1217/chrome-linux64/chrome`);
  });

  it('looks on PATH in the order of PATH, before the usual install places', () => {
    const host = machine({
      files: ['/nix/profile/bin/google-chrome', '/usr/local/bin/chromium', '/usr/bin/chromium'],
      env: { PATH: '/nix/profile/bin:/usr/local/bin' },
    });
    expect(found(host)).toBe('PATH: /nix/profile/bin/google-chrome');
  });

  it("finds Debian's /usr/bin/chromium and Google Chrome's /usr/bin/google-chrome-stable off PATH", () => {
    expect(found(machine({ files: ['/usr/bin/chromium'], env: { PATH: '/bin' } }))).toBe('system: /usr/bin/chromium');
    expect(found(machine({ files: ['/usr/bin/google-chrome-stable'] }))).toBe('system: /usr/bin/google-chrome-stable');
  });

  it('finds Chrome or Chromium in /Applications or ~/Applications on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const ownChromium = '/Users/ada/Applications/Chromium.app/Contents/MacOS/Chromium';
    expect(found(machine({ platform: 'darwin', files: [chrome, ownChromium] }))).toBe(`system: ${chrome}`);
    expect(found(machine({ platform: 'darwin', files: [ownChromium] }))).toBe(`system: ${ownChromium}`);
  });

  it("finds Chrome in Program Files or the user's own install on Windows, and chrome.exe on Path", () => {
    const x86 = 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe';
    const own = 'C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    expect(found(machine({ platform: 'win32', files: [x86] }))).toBe(`system: ${x86}`);
    expect(found(machine({ platform: 'win32', files: [own], env: { LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' } }))).toBe(
      `system: ${own}`,
    );
    expect(found(machine({ platform: 'win32', files: ['D:\\tools\\chrome.exe'], env: { Path: 'C:\\Windows;D:\\tools' } }))).toBe(
      'PATH: D:\\tools\\chrome.exe',
    );
  });

  it('says how to get a browser on each system when there is none', () => {
    const lookup = findBrowser(machine({ playwright: pinned }));
    expect(lookup.kind).toBe('missing');
    const advice = lookup.kind === 'missing' ? lookup.advice : '';
    for (const how of [
      'sudo apt-get install chromium',
      'brew install --cask google-chrome',
      'winget install Google.Chrome',
      'npx playwright-core install chromium',
      'CHROMIUM_PATH',
    ]) {
      expect(advice).toContain(how);
    }
    expect(() => requireBrowser(machine({}))).toThrow(BrowserNotFoundError);
  });
});

describe('the browser tests without a browser', () => {
  it('are left out of a local run with one warning line that says how to get one', () => {
    const gate = decideBrowserGate(machine({}));
    expect(gate.exclude).toEqual(['test/browser/**']);
    expect(gate.warning).toMatch(
      /^⚠ Browser tests \(test\/browser\/\*\*\) left out: No Chromium or Chrome found.*sudo apt-get install chromium.*In CI \(CI=true\) they fail instead\.$/,
    );
    expect(gate.warning).not.toContain('\n');
  });

  it('are never left out in CI, where they fail with the same advice', () => {
    expect(decideBrowserGate(machine({ env: { CI: 'true' } }))).toEqual({ exclude: [] });
    expect(() => requireBrowser(machine({ env: { CI: 'true' } }))).toThrow(/No Chromium or Chrome found.*sudo apt-get install chromium/);
  });

  it('run when there is a browser', () => {
    expect(decideBrowserGate(machine({ files: ['/usr/bin/chromium'] }))).toEqual({ exclude: [] });
  });

  it('count CI as set for any value but empty, "false" or "0"', () => {
    expect(['true', '1', 'yes', 'TRUE'].map((CI) => isCi({ CI }))).toEqual([true, true, true, true]);
    expect(['', 'false', '0', undefined].map((CI) => isCi({ CI }))).toEqual([false, false, false, false]);
  });
});
