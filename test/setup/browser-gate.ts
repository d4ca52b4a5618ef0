// Whether this Vitest run includes the browser tests, decided once when the config loads.
//
// Excluded files rather than `describe.skipIf`: a machine without a browser then gets one warning
// line instead of dozens of "skipped" tests in every run, and the files do not load the demo data
// only to skip. CI never excludes them (no skipped tests in CI): there the files run, and
// openExplorer() fails each of them at once with the same advice (BrowserNotFoundError).
import { findBrowser, thisMachine, type BrowserHost } from './find-browser.ts';

export const browserTestFiles = 'test/browser/**';

export interface BrowserGate {
  exclude: string[];
  /** The one line to print, if any. */
  warning?: string;
}

/** CI=true (or any value but "false" or "0") as most CI services set it. */
export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

export function decideBrowserGate(host: BrowserHost): BrowserGate {
  const lookup = findBrowser(host);
  if (lookup.kind === 'found' || isCi(host.env)) return { exclude: [] };
  return {
    exclude: [browserTestFiles],
    warning: `⚠ Browser tests (${browserTestFiles}) left out: ${lookup.advice} In CI (CI=true) they fail instead.`,
  };
}

/** Decides for this machine and prints the warning: vitest.config.ts calls it once per run. */
export function browserTestsGate(host: BrowserHost = thisMachine()): BrowserGate {
  const gate = decideBrowserGate(host);
  if (gate.warning !== undefined) console.warn(gate.warning);
  return gate;
}
