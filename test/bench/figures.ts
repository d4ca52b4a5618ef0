// One shape for every figure a benchmark reports, so that `npm run bench` (run-all.ts) can put all
// of them in one table: the value, its goal, whether it is met, and when not, by how much and what
// limits it. Each bench writes its figures as `figures` in its JSON; the builders compute `met`
// and `missedBy` so no bench words them its own way.
import { z } from 'zod';

export const figureSchema = z.object({
  bench: z.string(),
  name: z.string(),
  value: z.union([z.number(), z.string()]),
  unit: z.string(),
  /** The goal as text ("<= 0.3"); empty for a figure that is information only. */
  goal: z.string(),
  /** null: information only, no goal. */
  met: z.boolean().nullable(),
  missedBy: z.string().optional(),
  /** What limits the figure, where the bench can tell (said when a goal is missed). */
  limit: z.string().optional(),
  note: z.string().optional(),
});
export type Figure = z.infer<typeof figureSchema>;

/** What a builder may add to a figure. */
export interface Extra {
  limit?: string;
  note?: string;
}

const pct = (x: number) => `${x >= 10 ? Math.round(x) : Math.round(x * 10) / 10} %`;

/** How far a value is from its bound: relative to the bound, absolute when the bound is 0. */
function distance(value: number, bound: number, unit: string): string {
  if (!Number.isFinite(value)) return 'no finite value';
  if (bound === 0) return `${formatNumber(Math.abs(value - bound))}${unit ? ` ${unit}` : ''}`;
  return pct((Math.abs(value - bound) / Math.abs(bound)) * 100);
}

export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : x < 0 ? '-∞' : 'NaN';
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2;
  return x.toLocaleString('en', { maximumFractionDigits: digits });
}

const withExtra = (f: Figure, extra: Extra | undefined): Figure => ({
  ...f,
  ...(extra?.limit ? { limit: extra.limit } : {}),
  ...(extra?.note ? { note: extra.note } : {}),
});

/** The figure builders of one bench. */
export function figuresOf(bench: string) {
  return {
    atMost(name: string, value: number, unit: string, max: number, extra?: Extra): Figure {
      const met = Number.isFinite(value) && value <= max;
      const goal = `<= ${formatNumber(max)}${unit ? ` ${unit}` : ''}`;
      return withExtra({ bench, name, value, unit, goal, met, ...(met ? {} : { missedBy: distance(value, max, unit) }) }, extra);
    },
    atLeast(name: string, value: number, unit: string, min: number, extra?: Extra): Figure {
      const met = Number.isFinite(value) && value >= min;
      const goal = `>= ${formatNumber(min)}${unit ? ` ${unit}` : ''}`;
      return withExtra({ bench, name, value, unit, goal, met, ...(met ? {} : { missedBy: distance(value, min, unit) }) }, extra);
    },
    /** A goal that is not a bound on a number (every answer equal, every institution recognised). */
    check(name: string, value: number | string, unit: string, goal: string, met: boolean, extra?: Extra): Figure {
      return withExtra({ bench, name, value, unit, goal, met }, extra);
    },
    info(name: string, value: number | string, unit: string, extra?: Extra): Figure {
      return withExtra({ bench, name, value, unit, goal: '', met: null }, extra);
    },
  };
}
