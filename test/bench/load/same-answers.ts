// Keeps the baseline honest: before anything is timed, every question of the mix goes to both
// servers and the answers must be equal, up to the order of lists that neither side sorts.
import type { Question } from './mix.ts';

export interface Comparison {
  question: string;
  same: boolean;
  difference: string | null;
}

/** Lists sorted by their JSON, object keys sorted: equal values print equal. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, x]) => [k, canonical(x)]),
    );
  return v;
}

function firstDifference(a: unknown, b: unknown, at: string): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  const show = (x: unknown) => JSON.stringify(x)?.slice(0, 160) ?? 'undefined';
  return `${at}: app ${show(a)} · baseline ${show(b)}`;
}

async function post(url: string, body: unknown): Promise<{ data?: Record<string, unknown>; errors?: unknown }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
}

export const label = (q: Question): string => `${q.field}(${JSON.stringify(q.variables).slice(1, -1).slice(0, 60)})`;

export async function sameAnswers(appUrl: string, baselineUrl: string, mix: readonly Question[]): Promise<Comparison[]> {
  const out: Comparison[] = [];
  for (const q of mix) {
    const app = await post(`${appUrl}/graphql`, { query: q.query, variables: q.variables });
    const base = await post(`${baselineUrl}/plain/${q.field}`, q.variables);
    const errors = app.errors ?? base.errors;
    const answer = app.data?.[q.field];
    // Two empty answers would be equal and prove nothing: every question of the mix has an answer.
    const empty = answer === null || answer === undefined || (Array.isArray(answer) && answer.length === 0);
    const difference = errors
      ? `errors: ${JSON.stringify(errors).slice(0, 300)}`
      : empty
        ? 'the app answered nothing'
        : firstDifference(canonical(app.data?.[q.field]), canonical(base.data?.[q.field]), q.field);
    out.push({ question: label(q), same: difference === null, difference });
  }
  return out;
}
