// The research society of an institute and the kind of a Hochschule a source names: the sources
// say only "research institute" or "higher education" (CORDIS REC, HES) or nothing at all (the
// Förderkatalog); the graph keeps the society and the kind of each.
import type { OrganizationKind, Society, UniversityKind } from '../../shared/vocabulary.ts';

const rules: readonly [RegExp, Society][] = [
  [/fraunhofer/i, 'fraunhofer'],
  [/max[\s-]*planck/i, 'max_planck'],
  [/leibniz|forschungsverbund berlin/i, 'leibniz'],
];

export function societyOf(name: string): Society {
  for (const [pattern, society] of rules) if (pattern.test(name)) return society;
  return 'other';
}

const hochschulen: readonly [RegExp, UniversityKind][] = [
  [
    /kunsthochschule|hochschule f(ü|ue?)r (musik|film|schauspiel|bildende|gestaltung)|filmuniversit|universit(ä|ae?)t der k(ü|ue?)nste|academy of (fine )?arts/i,
    'art_college',
  ],
  [
    /fachhochschule|technische hochschule|hochschule f(ü|ue?)r (angewandte|technik|wirtschaft)|applied sciences|\b(fh|th|haw)\b|^hochschule\b/i,
    'university_applied',
  ],
];

export function universityKindOf(name: string): UniversityKind {
  for (const [pattern, kind] of hochschulen) if (pattern.test(name)) return kind;
  return 'university';
}

/** The facts the graph keeps for an institute (its society) or a Hochschule (its kind). */
export const kindDetails = (kind: OrganizationKind, name: string) =>
  kind === 'research_institute' ? { society: societyOf(name) } : kind === 'university' ? { universityKind: universityKindOf(name) } : {};
