// Login throttling (rate-limiter-flexible, in memory): wrong passwords are counted per login and
// per client address; past the limit the key is locked, and every further failure doubles the
// lock, up to an hour. A good password resets its login's count. Unknown logins are counted like
// known ones, so the answers never tell which exist.
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { LoginThrottle } from './config.ts';

const maxLockSeconds = 3600;

export interface Throttle {
  /** Seconds until this login or address may try again; 0 when it may now. */
  lockedFor(login: string, address: string): Promise<number>;
  /** Counts a wrong password; returns the seconds of a lock it caused, or 0. */
  failed(login: string, address: string): Promise<number>;
  succeeded(login: string): Promise<void>;
}

export function loginThrottle(settings: LoginThrottle): Throttle {
  // Counters only (points never run out); the locks are separate so they can grow.
  const byLogin = new RateLimiterMemory({ keyPrefix: 'login', points: Number.MAX_SAFE_INTEGER, duration: 24 * 3600 });
  const byAddress = new RateLimiterMemory({ keyPrefix: 'address', points: Number.MAX_SAFE_INTEGER, duration: 3600 });
  const locks = new RateLimiterMemory({ keyPrefix: 'lock', points: 1, duration: 1 });
  const loginKey = (login: string) => `l:${login.trim().toLowerCase()}`;
  const addressKey = (address: string) => `a:${address}`;

  async function lockIfOver(key: string, failures: number, allowed: number): Promise<number> {
    if (failures < allowed) return 0;
    const seconds = Math.min(settings.lockSeconds * 2 ** (failures - allowed), maxLockSeconds);
    await locks.block(key, seconds);
    return seconds;
  }

  return {
    async lockedFor(login, address) {
      const [a, b] = await Promise.all([locks.get(loginKey(login)), locks.get(addressKey(address))]);
      const ms = Math.max(a && a.consumedPoints > 1 ? a.msBeforeNext : 0, b && b.consumedPoints > 1 ? b.msBeforeNext : 0);
      return Math.ceil(ms / 1000);
    },
    async failed(login, address) {
      const [l, a] = await Promise.all([byLogin.consume(loginKey(login)), byAddress.consume(addressKey(address))]);
      const locked = await Promise.all([
        lockIfOver(loginKey(login), l.consumedPoints, settings.failuresPerLogin),
        lockIfOver(addressKey(address), a.consumedPoints, settings.failuresPerAddress),
      ]);
      return Math.max(...locked);
    },
    async succeeded(login) {
      await byLogin.delete(loginKey(login));
    },
  };
}
