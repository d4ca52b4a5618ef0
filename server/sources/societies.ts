// The research society of an institute a source names: the sources say only "research institute"
// (CORDIS REC) or nothing at all (the Förderkatalog), the graph keeps the society of each.
import type { Society } from '../../shared/vocabulary.ts';

const rules: readonly [RegExp, Society][] = [
  [/fraunhofer/i, 'fraunhofer'],
  [/max[\s-]*planck/i, 'max_planck'],
  [/leibniz|forschungsverbund berlin/i, 'leibniz'],
];

export function societyOf(name: string): Society {
  for (const [pattern, society] of rules) if (pattern.test(name)) return society;
  return 'other';
}
