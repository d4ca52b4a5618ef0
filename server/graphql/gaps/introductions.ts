// suggestedIntroductions: for one kind of gap, concrete pairs to connect and why. The partners come
// from the transfer-partner recommender (partners/), so a suggestion carries the same score,
// breakdown and evidence paths as transferPartners; community hubs are paired directly.
import type { Database } from '../../db.ts';
import { ErrorCode, UnreachableCaseError } from '../../errors.ts';
import { intInRange } from '../arguments.ts';
import { transferPartners, type TransferPartner, type TransferPartners } from '../partners/index.ts';
import { communities } from './communities.ts';
import { gapSources, type GapSource, type PartnerGap } from './introduction-sources.ts';
import { CompetenceNameRow, OrganizationRow, type GapOrganization } from './rows.ts';
import { list, partnerClause, type CompetenceNames } from './why.ts';

export type GapKind = PartnerGap | 'UNBRIDGED_COMMUNITIES';

export interface IntroductionsArgs {
  gap: GapKind;
  target?: string | null;
  limit?: number | null;
  perOrganization?: number | null;
}

export interface Introduction {
  gap: GapKind;
  subject: string;
  from: GapOrganization;
  to: GapOrganization;
  score: number;
  why: string;
  sharedCompetences: string[];
  partner: TransferPartner | null;
}

// Each source costs one transferPartners search (five bounded statements): ten keep a lens snappy.
const MAX_SOURCES = 10;

async function organizations(db: Database, ids: readonly string[]): Promise<Map<string, GapOrganization>> {
  const rows = await db.read('gaps/organizations', { ids: [...new Set(ids)] }, OrganizationRow);
  return new Map(rows.map((r) => [r.organization.id, r.organization]));
}

async function competenceNames(db: Database): Promise<CompetenceNames> {
  return new Map((await db.read('gaps/competence-names', {}, CompetenceNameRow)).map((r) => [r.id, r.nameEn]));
}

const shared = (a: readonly string[], b: readonly string[]): string[] => a.filter((c) => b.includes(c));

/** The recommender's answer for one source; null when it has nothing to go on (no competences). An unknown target id stays NOT_FOUND. */
async function search(db: Database, source: GapSource, wanted: number): Promise<TransferPartners | null> {
  try {
    return await transferPartners(db, {
      organizationId: source.fromId,
      competences: source.needs,
      kinds: source.kinds,
      // Room for the partners a broker's group must not get (its own members).
      limit: Math.min(50, wanted + source.exclude.size),
    });
  } catch (err) {
    // Duck-typed: graphql may be loaded twice (ESM and CJS builds), see format-error.ts.
    const code = (err as { extensions?: { code?: unknown } }).extensions?.code;
    if (code === ErrorCode.BadUserInput) return null;
    throw err;
  }
}

async function viaPartners(db: Database, gap: PartnerGap, target: string | null, limit: number, per: number): Promise<Introduction[]> {
  const sources = await gapSources(db, gap, target, Math.min(MAX_SOURCES, limit));
  const [found, froms, names] = await Promise.all([
    Promise.all(sources.map((s) => search(db, s, per))),
    organizations(
      db,
      sources.map((s) => s.fromId),
    ),
    competenceNames(db),
  ]);
  const chosen = sources.map((source, i) => (found[i]?.partners ?? []).filter((p) => !source.exclude.has(p.organization.id)).slice(0, per));
  // Both ends as the reports show organisations (size class, synthetic flag), by one statement.
  const tos = await organizations(
    db,
    chosen.flat().map((p) => p.organization.id),
  );
  return sources.flatMap((source, i) => {
    const result = found[i];
    const from = froms.get(source.fromId);
    if (!result || !from) return [];
    return (chosen[i] ?? []).flatMap((partner) => {
      const to = tos.get(partner.organization.id);
      return to
        ? [
            {
              gap,
              subject: source.subject,
              from,
              to,
              score: partner.score,
              why: `${from.name} ${source.reason(from, result.needs)}; ${partnerClause(partner, names)}.`,
              sharedCompetences: shared(from.competences, partner.organization.competences),
              partner,
            },
          ]
        : [];
    });
  });
}

async function communityBridges(db: Database, target: string | null, limit: number): Promise<Introduction[]> {
  const focus = target === null ? null : intInRange('target', Number(target), 1, 1_000_000);
  const report = await communities(db, { minSize: 3, limit: 50, gapLimit: 500 });
  const byId = new Map(report.communities.map((c) => [c.id, c]));
  const pairs = report.unbridged
    .filter((g) => focus === null || g.a === focus || g.b === focus)
    .slice(0, limit)
    .map((g) => ({ a: byId.get(g.a), b: byId.get(g.b), competences: g.sharedCompetences }))
    .filter((p) => p.a?.hubs[0] && p.b?.hubs[0]);
  const [orgs, names] = await Promise.all([
    organizations(
      db,
      pairs.flatMap((p) => [p.a!.hubs[0]!.id, p.b!.hubs[0]!.id]),
    ),
    competenceNames(db),
  ]);
  return pairs.flatMap(({ a, b, competences }) => {
    const from = orgs.get(a!.hubs[0]!.id);
    const to = orgs.get(b!.hubs[0]!.id);
    if (!from || !to) return [];
    return [
      {
        gap: 'UNBRIDGED_COMMUNITIES' as const,
        subject: `${a!.id}-${b!.id}`,
        from,
        to,
        score: Math.round((competences.length / 3) * 10_000) / 10_000,
        why:
          `Communities ${a!.id} (${a!.label}) and ${b!.id} (${b!.label}) share ${list(competences.map((c) => names.get(c) ?? c))} but no tie; ` +
          `${from.name} and ${to.name} are their hubs.`,
        sharedCompetences: shared(from.competences, to.competences),
        partner: null,
      },
    ];
  });
}

export async function suggestedIntroductions(db: Database, args: IntroductionsArgs): Promise<Introduction[]> {
  const limit = intInRange('limit', args.limit ?? 20, 1, 50) ?? 20;
  const per = intInRange('perOrganization', args.perOrganization ?? 2, 1, 5) ?? 2;
  const target = args.target ?? null;
  const gap = args.gap;
  switch (gap) {
    case 'UNBRIDGED_COMMUNITIES':
      return communityBridges(db, target, limit);
    case 'ISOLATED':
    case 'NO_RESEARCH_TIE':
    case 'WHITE_SPOT':
    case 'RESEARCH_WITHOUT_INDUSTRY':
    case 'CUT_OFF_DISTRICT':
    case 'BROKER': {
      const found = await viaPartners(db, gap, target, limit, per);
      return found
        .sort((x, y) => y.score - x.score || x.from.id.localeCompare(y.from.id) || x.to.id.localeCompare(y.to.id))
        .slice(0, limit);
    }
    default:
      throw new UnreachableCaseError(gap);
  }
}
