// Each question of the mix alone, one request at a time, app and baseline in turn: where the time
// goes when the mix as a whole is slower. Medians per top-level field.
import { median } from '../stats.ts';
import type { Field, Question } from './mix.ts';

export type Latencies = Partial<Record<Field, { app: number; baseline: number }>>;

async function timed(url: string, body: unknown): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  await res.arrayBuffer();
  return performance.now() - t0;
}

export async function oneAtATime(appUrl: string, baselineUrl: string, mix: readonly Question[], runs = 5): Promise<Latencies> {
  const times = new Map<Field, { app: number[]; baseline: number[] }>();
  for (let r = 0; r < runs; r++) {
    for (const q of mix) {
      const t = times.get(q.field) ?? { app: [], baseline: [] };
      times.set(q.field, t);
      const app = () => timed(`${appUrl}/graphql`, { query: q.query, variables: q.variables });
      const baseline = () => timed(`${baselineUrl}/plain/${q.field}`, q.variables);
      // Alternate who goes first, so a slow moment of the machine hits both alike.
      if (r % 2 === 0) {
        t.app.push(await app());
        t.baseline.push(await baseline());
      } else {
        t.baseline.push(await baseline());
        t.app.push(await app());
      }
    }
  }
  return Object.fromEntries([...times].map(([field, t]) => [field, { app: median(t.app), baseline: median(t.baseline) }]));
}
