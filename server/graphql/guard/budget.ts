// Each client's cost budget for the minute, in memory (rate-limiter-flexible). Operations are
// charged what they cost; requests rejected by a limit are charged a fixed penalty, so a client
// that keeps sending what is refused soon pays nothing but a cheap 429 at the door.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export class BudgetSpent extends Error {
  override name = 'BudgetSpent';
  constructor(readonly retryAfterSeconds: number) {
    super(`Budget spent; try again in ${retryAfterSeconds} s.`);
  }
}

const retryAfter = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

export class ClientBudget {
  readonly #limiter: RateLimiterMemory;

  constructor(readonly perMinute: number) {
    this.#limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  }

  /** Charges `points` to the client; returns what is left this minute, or throws BudgetSpent. */
  async charge(client: string, points: number): Promise<number> {
    try {
      return (await this.#limiter.consume(client, Math.max(1, Math.round(points)))).remainingPoints;
    } catch (res) {
      if (res instanceof RateLimiterRes) throw new BudgetSpent(retryAfter(res));
      throw res;
    }
  }

  /** Seconds until the client may ask again, or null while it has budget left. */
  async blockedFor(client: string): Promise<number | null> {
    const res = await this.#limiter.get(client);
    return res && res.consumedPoints > this.perMinute ? retryAfter(res) : null;
  }
}
