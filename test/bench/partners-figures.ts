// The partner benchmark's figures for RESULTS.md: per scenario, GraphQL against the plain route and
// the direct call (the worst of p50 and p95 at both sizes, as the goals are read), and p95's growth
// from the demo data to 100,000 firms beside the growth of db hits, which does not vary with load.
import { type Figure, figuresOf } from './figures.ts';

interface Percentiles {
  p50: number;
  p95: number;
}
interface Check {
  scenario: string;
  ratio: {
    graphqlOverPlain: Record<'p50' | 'p95' | 'p50At100k' | 'p95At100k', number | undefined>;
    graphqlOverDirect: Record<'p50' | 'p95' | 'p50At100k' | 'p95At100k', number | undefined>;
    p95At100kOver2600: number;
    dbHitsAt100kOver2600: number;
  };
}
interface Timed {
  ways: Record<'graphql' | 'plain' | 'direct', Percentiles>;
}

const worst = (r: Record<string, number | undefined>) => Math.max(...Object.values(r).map((x) => x ?? Number.NaN));
const list = (r: Record<string, number | undefined>) =>
  Object.entries(r)
    .map(([k, v]) => `${k} ${v?.toFixed(2)}`)
    .join(', ');

export function partnersFigures(checks: readonly Check[], small: readonly Timed[], big: readonly Timed[]): Figure[] {
  const fig = figuresOf('partners');
  const overhead = 'GraphQL parsing, validation, execution and serialising the answer';
  return checks.flatMap((c, i) => {
    const at = (t: Timed | undefined) => (t ? `p50 ${t.ways.graphql.p50.toFixed(1)} ms, p95 ${t.ways.graphql.p95.toFixed(1)} ms` : '?');
    return [
      fig.atMost(`${c.scenario}: GraphQL ÷ plain route (worst)`, worst(c.ratio.graphqlOverPlain), '×', 1.2, {
        note: list(c.ratio.graphqlOverPlain),
        limit: overhead,
      }),
      fig.atMost(`${c.scenario}: GraphQL ÷ direct call (worst)`, worst(c.ratio.graphqlOverDirect), '×', 1.5, {
        note: list(c.ratio.graphqlOverDirect),
        limit: `${overhead}, and HTTP`,
      }),
      fig.atMost(`${c.scenario}: p95 at 100,000 ÷ 2,600 firms`, c.ratio.p95At100kOver2600, '×', 3, {
        note: `GraphQL at 2,600: ${at(small[i])}; at 100,000: ${at(big[i])}`,
        limit: `db hits grow ${c.ratio.dbHitsAt100kOver2600.toFixed(1)}×`,
      }),
    ];
  });
}
