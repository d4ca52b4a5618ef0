// One plain sentence per recommendation, from its breakdown and evidence, e.g.
// "deckt Leichtbau und Füge- und Schweißtechnik ab · 2 Schritte: über Projekt X mit Firma Y · 85 km".
import { formatNumber, localName, type Lang } from '../i18n.ts';
import type { Recommendation, Term } from './types.ts';

const words = {
  de: {
    covers: 'deckt',
    coversEnd: 'ab',
    related: 'verwandt über',
    and: 'und',
    steps: (n: number) => (n === 1 ? '1 Schritt' : `${n} Schritte`),
    via: 'über',
    with: 'mit',
    project: 'Projekt',
    intro: 'Vorstellung durch',
    track: (n: number) => `Erfahrung mit ${n} ähnlichen Firmen`,
    noTie: 'noch keine Verbindung',
    km: 'km',
  },
  en: {
    covers: 'covers',
    coversEnd: '',
    related: 'related through',
    and: 'and',
    steps: (n: number) => (n === 1 ? '1 step' : `${n} steps`),
    via: 'via',
    with: 'with',
    project: 'project',
    intro: 'introduction by',
    track: (n: number) => `worked with ${n} similar firms`,
    noTie: 'no connection yet',
    km: 'km',
  },
} as const;

function joinNames(lang: Lang, names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${words[lang].and} ${names.at(-1)}`;
}

/** Organisation steps on the first evidence path: a project and the organisation met through it. */
function route(lang: Lang, r: Recommendation): string | null {
  const w = words[lang];
  const evidence = r.evidence.find((e) => e.kind !== 'track_record');
  if (!evidence) return null;
  const steps = evidence.path.steps;
  const hops: string[] = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (!step) continue;
    if (step.to.nodeType === 'project') {
      const next = steps[i + 1];
      const year = step.year ? ` (${step.year})` : '';
      if (next && next.to.id !== r.organization.id) hops.push(`${w.via} ${w.project} „${step.to.name}“${year} ${w.with} ${next.to.name}`);
      else hops.push(`${w.via} ${w.project} „${step.to.name}“${year}`);
      i++;
    } else if (step.to.id !== r.organization.id) hops.push(`${w.via} ${step.to.name}`);
  }
  const orgSteps = steps.filter((s) => s.to.nodeType === 'organization').length;
  return `${w.steps(orgSteps)}${hops.length ? `: ${hops.join(', ')}` : ''}`;
}

export function explain(lang: Lang, r: Recommendation): string {
  const w = words[lang];
  const name = (t: Term) => localName(lang, t);
  const parts: string[] = [];
  const exact = r.breakdown.competence.coverage.filter((c) => c.match === 'exact').map((c) => name(c.need));
  const related = r.breakdown.competence.coverage
    .filter((c) => c.match === 'related' && c.via)
    .map((c) => `${name(c.need)} (${w.related} ${name(c.via as Term)})`);
  const covered = [...exact, ...related];
  if (covered.length) parts.push(`${w.covers} ${joinNames(lang, covered)}${w.coversEnd ? ` ${w.coversEnd}` : ''}`);
  parts.push(route(lang, r) ?? w.noTie);
  const intros = r.breakdown.warmIntroductions.introducers.map((i) => i.name);
  if (intros.length) parts.push(`${w.intro} ${joinNames(lang, intros)}`);
  if (r.breakdown.trackRecord.similarFirms > 0) parts.push(w.track(r.breakdown.trackRecord.similarFirms));
  const km = r.breakdown.geography.distanceKm;
  if (km !== null) parts.push(`${formatNumber(lang, Math.round(km))} ${w.km}`);
  return parts.join(' · ');
}

/** Everything the evidence touches, for highlighting in the graph. */
export function evidenceHighlight(r: Recommendation): { nodeIds: string[]; edgeKeys: string[] } {
  const nodeIds = new Set<string>([r.organization.id]);
  const edgeKeys = new Set<string>();
  for (const e of r.evidence) {
    e.path.nodeIds.forEach((id) => nodeIds.add(id));
    e.path.edgeKeys.forEach((k) => edgeKeys.add(k));
  }
  return { nodeIds: [...nodeIds], edgeKeys: [...edgeKeys] };
}
