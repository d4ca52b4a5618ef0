// transferPartners: who can help an organisation (or anyone with a need) innovate, why, and how
// to reach them. Five named statements in cypher/partners/, each anchored on ids and bounded:
// context (checks) → candidates (the pool) → introductions ∥ track-record (signals) → score in
// scoring.ts → details (organisations and evidence for the partners shown).
import type { Database } from '../../db.ts';
import { parseRequest, resolveQuery, type PartnerKind, type PartnerQuery, type TransferPartnersArgs } from './arguments.ts';
import { evidence, type Evidence } from './evidence.ts';
import { needFields } from './relatedness.ts';
import {
  CandidateRow,
  DetailsRow,
  IntroductionRow,
  PartnerContext,
  TrackRecordRow,
  type CompetenceName,
  type PartnerOrganization,
  type ReferencePoint,
} from './rows.ts';
import { rank, score, type Breakdown, type Scored, type Signals } from './scoring.ts';

// Bounds of the search; each is explained where it is used, in cypher/partners/*.cypher.
const FIRM_CAP = 100;
const NETWORK_CAP = 100;
const TIE_CAP = 200;
const TRACK_CAP = 10;
const RING_KM = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1000];

export type ColdStart = 'no_organization' | 'no_ties' | 'no_path';

export interface TransferPartner {
  rank: number;
  organization: PartnerOrganization;
  score: number;
  breakdown: Omit<Breakdown, 'competence' | 'warmIntroductions'> & {
    competence: Omit<Breakdown['competence'], 'coverage'> & {
      coverage: {
        need: CompetenceName;
        match: Breakdown['competence']['coverage'][number]['match'];
        via: CompetenceName | null;
        weight: number;
      }[];
    };
    warmIntroductions: Omit<Breakdown['warmIntroductions'], 'introducerIds'> & { introducers: PartnerOrganization[] };
  };
  coldStart: boolean;
  evidence: Evidence[];
}

export interface TransferPartners {
  organization: PartnerOrganization | null;
  needs: CompetenceName[];
  kinds: PartnerKind[];
  reference: ReferencePoint | null;
  coldStart: ColdStart | null;
  candidates: number;
  partners: TransferPartner[];
}

/** Search rings in metres, the last one ending at maxDistanceKm (or 1000 km). */
export function rings(maxDistanceKm: number | null): { inner: number; outer: number }[] {
  const limit = maxDistanceKm ?? 1000;
  const outers = [...RING_KM.filter((km) => km < limit), limit];
  return outers.map((km, i) => ({ inner: i === 0 ? 0 : (outers[i - 1] as number) * 1000, outer: km * 1000 }));
}

function similarProfile(q: PartnerQuery): { competences: string[]; industries: string[] } {
  const competences = new Set([...q.needs.map((n) => n.id), ...(q.source?.competences ?? [])]);
  return { competences: [...competences].sort(), industries: q.source?.industries ?? [] };
}

async function signals(db: Database, q: PartnerQuery): Promise<Signals[]> {
  const needs = q.needs.map((n) => n.id);
  const fields = [...new Set(needFields(needs).map((f) => f.field))].sort();
  const pool = await db.read(
    'partners/candidates',
    {
      fields,
      researchKinds: q.kinds.filter((k) => k !== 'company'),
      firms: q.kinds.includes('company'),
      here: q.reference && { latitude: q.reference.latitude, longitude: q.reference.longitude },
      maxMeters: q.maxDistanceKm === null ? null : q.maxDistanceKm * 1000,
      rings: rings(q.maxDistanceKm),
      source: q.source?.id ?? null,
      firmCap: FIRM_CAP,
      networkCap: NETWORK_CAP,
    },
    CandidateRow,
  );
  const candidates = pool.map((r) => r.id);
  const [introductions, trackRecord] = await Promise.all([
    q.source ? db.read('partners/introductions', { source: q.source.id, candidates, tieCap: TIE_CAP }, IntroductionRow) : [],
    db.read(
      'partners/track-record',
      { candidates, source: q.source?.id ?? null, ...similarProfile(q), trackCap: TRACK_CAP },
      TrackRecordRow,
    ),
  ]);
  const similar = new Map(trackRecord.map((r) => [r.id, r.similarFirms]));
  const byCandidate = new Map<string, { direct: number | null; introducers: { id: string; distance: number }[] }>();
  for (const row of introductions) {
    const entry = byCandidate.get(row.candidate) ?? { direct: null, introducers: [] };
    // Rows come ordered by candidate, distance, introducer: the list stays closest first.
    if (row.introducer === null) entry.direct = row.distance;
    else entry.introducers.push({ id: row.introducer, distance: row.distance });
    byCandidate.set(row.candidate, entry);
  }
  return pool.map((r) => ({
    id: r.id,
    held: r.held,
    meters: r.meters,
    direct: byCandidate.get(r.id)?.direct ?? null,
    introducers: byCandidate.get(r.id)?.introducers ?? [],
    similarFirms: similar.get(r.id) ?? 0,
  }));
}

function coldStart(q: PartnerQuery, shown: readonly Scored[]): ColdStart | null {
  if (!q.source) return 'no_organization';
  if (q.source.ties === 0) return 'no_ties';
  return shown.every((s) => s.coldStart) ? 'no_path' : null;
}

async function present(db: Database, q: PartnerQuery, shown: readonly Scored[]): Promise<TransferPartner[]> {
  if (shown.length === 0) return [];
  const rows = await db.read(
    'partners/details',
    {
      source: q.source?.id ?? null,
      partners: shown.map((s) => ({ id: s.id, introducers: s.breakdown.warmIntroductions.introducerIds, direct: s.known })),
      ...similarProfile(q),
      trackCap: TRACK_CAP,
    },
    DetailsRow,
  );
  // Each row: the partner first in organizations, then its named introducers.
  const details = new Map(rows.map((r) => [r.organizations[0].id, r]));
  const name = (id: string): CompetenceName => q.vocabulary.get(id) ?? { id, nameDe: id, nameEn: id };
  return shown.map((s, i) => {
    const row = details.get(s.id);
    if (!row) throw new Error(`partners/details returned no row for ${s.id}`);
    const [organization, ...others] = row.organizations;
    const introducers = new Map(others.map((o) => [o.id, o]));
    const { competence: c, warmIntroductions: w, ...rest } = s.breakdown;
    return {
      rank: i + 1,
      organization,
      score: s.score,
      breakdown: {
        ...rest,
        competence: { ...c, coverage: c.coverage.map((m) => ({ ...m, need: name(m.need), via: m.via === null ? null : name(m.via) })) },
        warmIntroductions: { ...w, introducers: w.introducerIds.flatMap((id) => introducers.get(id) ?? []) },
      },
      coldStart: s.coldStart,
      evidence: evidence(w.introducerIds, row.hops, row.trackRecord),
    };
  });
}

export async function transferPartners(db: Database, args: TransferPartnersArgs): Promise<TransferPartners> {
  const request = parseRequest(args);
  const near = request.near;
  const [context] = await db.read(
    'partners/context',
    {
      organizationId: request.organizationId,
      placeId: near && 'placeId' in near ? near.placeId : null,
      districtId: near && 'districtId' in near ? near.districtId : null,
    },
    PartnerContext,
  );
  if (!context) throw new Error('partners/context returned no row');
  const q = resolveQuery(request, context);
  const needs = q.needs.map((n) => n.id);
  const scored = rank((await signals(db, q)).map((s) => score(needs, s, q.scaleKm))).filter((s) => q.includeKnown || !s.known);
  const shown = scored.slice(0, q.limit);
  const organization = q.source && (({ industries: _industries, ties: _ties, ...o }) => o)(q.source);
  return {
    organization,
    needs: q.needs,
    kinds: q.kinds,
    reference: q.reference,
    coldStart: coldStart(q, shown),
    candidates: scored.length,
    partners: await present(db, q, shown),
  };
}
