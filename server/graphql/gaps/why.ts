// The partner's half of an introduction's "why", in English, from the recommender's breakdown:
// what it offers for the needs, how far away it is, who could introduce them. The UI composes its
// own German text from the same numbers (introduction.partner.breakdown).
import type { TransferPartner } from '../partners/index.ts';

/** Competence id → English name. */
export type CompetenceNames = ReadonlyMap<string, string>;

export const list = (xs: readonly string[]): string => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

export function partnerClause(partner: TransferPartner, names: CompetenceNames): string {
  const name = (c: { id: string; nameEn: string }): string => names.get(c.id) ?? c.nameEn;
  const who = partner.organization.shortName ?? partner.organization.name;
  const { coverage } = partner.breakdown.competence;
  const exact = coverage.filter((c) => c.match === 'exact').map((c) => name(c.need));
  const related = coverage.filter((c) => c.match === 'related' && c.via).map((c) => `${name(c.need)} through ${name(c.via!)}`);
  const parts = [
    exact.length > 0 ? `${who} offers ${list(exact)}` : `${who} is the closest fit`,
    ...(related.length > 0 ? [`covers ${list(related)}`] : []),
  ];
  const km = partner.breakdown.geography.distanceKm;
  if (km !== null) parts.push(`${Math.round(km)} km away`);
  const intros = partner.breakdown.warmIntroductions.introducers.map((o) => o.shortName ?? o.name);
  if (intros.length > 0) parts.push(`${list(intros)} could introduce them`);
  const firms = partner.breakdown.trackRecord.similarFirms;
  if (firms > 0) parts.push(`works with ${firms} similar firm${firms === 1 ? '' : 's'}`);
  return parts.join(', ');
}
