// The Förderkatalog names no kind of organisation: it is guessed from the name, first rule that
// matches, and marked as guessed so the review can correct it. Institutes before legal forms:
// "Fraunhofer-Gesellschaft … e.V." is a research institute, not an association.
import type { OrganizationKind } from '../../../shared/vocabulary.ts';

const rules: readonly [RegExp, OrganizationKind][] = [
  [/universit|hochschule|fachhochschule|\b(TU|TH|FH|BTU)\b/i, 'university'],
  [/fraunhofer|leibniz|max-planck|helmholtz|institut\b|forschungszentrum/i, 'research_institute'],
  [/\b(gmbh|mbh|ag|kg|kgaa|ug|se|ohg|gbr|e\.\s?k\.|ltd|inc|s\.a\.|b\.v\.)(\b|$)|gmbh & co/i, 'company'],
  [/industrie- und handelskammer|handwerkskammer|\bihk\b|\bhwk\b/i, 'chamber'],
  [/\be\.\s?v\.|verein|verband|stiftung/i, 'association'],
  [/ministerium|bundesamt|landesamt|\bamt\b|stadt |landkreis|gemeinde|\bland\b/i, 'agency'],
];

export function kindFromName(name: string): OrganizationKind {
  for (const [pattern, kind] of rules) if (pattern.test(name)) return kind;
  return 'company';
}
