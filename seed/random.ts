// A seeded random source: the same seed gives the same data on every machine.
// Math.random is never used, so a dataset is reproducible from (seed, size) alone.

export interface Rng {
  next(): number; // uniform in [0, 1)
  int(min: number, max: number): number; // inclusive bounds
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  shuffle<T>(items: T[]): T[];
  sample<T>(items: readonly T[], count: number): T[];
  normal(): number;
  lognormal(mu: number, sigma: number): number;
  pareto(alpha: number): number; // >= 1, heavy tail
}

// FNV-1a over a label, mixed with the seed, so each module gets its own stream and a
// change in how one module draws numbers does not reshuffle the others.
export function deriveSeed(seed: number, label: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function createRng(seed: number, label = ''): Rng {
  // mulberry32: tiny, fast, good enough for synthetic data.
  let state = deriveSeed(seed, label);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const at = <T>(items: readonly T[], i: number): T => {
    const item = items[i];
    if (item === undefined) throw new RangeError(`no item at ${i} of ${items.length}`);
    return item;
  };
  const normal = (): number => {
    // Box–Muller; 1 - next() keeps the logarithm finite.
    const u = 1 - next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  const rng: Rng = {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => at(items, Math.floor(next() * items.length)),
    weighted(items, weight) {
      let total = 0;
      for (const item of items) total += Math.max(0, weight(item));
      let r = next() * total;
      for (const item of items) {
        r -= Math.max(0, weight(item));
        if (r < 0) return item;
      }
      return at(items, items.length - 1);
    },
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = at(items, i);
        items[i] = at(items, j);
        items[j] = tmp;
      }
      return items;
    },
    sample: (items, count) => rng.shuffle([...items]).slice(0, count),
    normal,
    lognormal: (mu, sigma) => Math.exp(mu + sigma * normal()),
    pareto: (alpha) => Math.pow(1 - next(), -1 / alpha),
  };
  return rng;
}
