// gapLens: the organisations of each class of one gap, what the UI's gap lens colours. Each lens
// is a named statement in cypher/gaps/lens/ using the definitions of its report, so the lens and
// the report always count alike (tested). Brokers and communities read the stored metrics.
import type { Database } from '../../db.ts';
import { badInput, notFound, UnreachableCaseError } from '../../errors.ts';
import { ids, intInRange } from '../arguments.ts';
import { LensRow, TargetExistsRow } from './rows.ts';
import { requireMetrics } from './status.ts';

export type GapLensKind =
  | 'ISOLATED'
  | 'RESEARCH_REACH'
  | 'WHITE_SPOT'
  | 'RESEARCH_WITHOUT_INDUSTRY'
  | 'DISTRICTS'
  | 'BROKERS'
  | 'COMMUNITIES'
  | 'INTERNATIONAL';

export interface GapLensArgs {
  lens: GapLensKind;
  target?: string | null;
  communities?: number | null;
}

export interface GapLensGroup {
  key: string;
  count: number;
  ids: string[];
}

/** Which node the target names, per lens: checked so a typo is NOT_FOUND rather than an empty lens. */
const targetLabel: Partial<Record<GapLensKind, { label: string; what: string }>> = {
  WHITE_SPOT: { label: 'Competence', what: 'competence' },
  DISTRICTS: { label: 'District', what: 'district' },
  BROKERS: { label: 'Organization', what: 'organization' },
};

function statement(lens: GapLensKind): string {
  switch (lens) {
    case 'ISOLATED':
      return 'gaps/lens/isolated';
    case 'RESEARCH_REACH':
      return 'gaps/lens/research-reach';
    case 'WHITE_SPOT':
      return 'gaps/lens/white-spot';
    case 'RESEARCH_WITHOUT_INDUSTRY':
      return 'gaps/lens/research-without-industry';
    case 'DISTRICTS':
      return 'gaps/lens/districts';
    case 'BROKERS':
      return 'gaps/lens/brokers';
    case 'COMMUNITIES':
      return 'gaps/lens/communities';
    case 'INTERNATIONAL':
      return 'gaps/lens/international';
    default:
      throw new UnreachableCaseError(lens);
  }
}

export async function gapLens(db: Database, args: GapLensArgs): Promise<GapLensGroup[]> {
  const target = args.target ? (ids('target', [args.target])?.[0] ?? null) : null;
  const size = intInRange('communities', args.communities ?? 10, 1, 50);
  const expected = targetLabel[args.lens];
  if (args.lens === 'WHITE_SPOT' && target === null) throw badInput('target', 'is required for WHITE_SPOT: a competence id.', null);
  if (args.lens === 'COMMUNITIES' && target !== null && !/^[1-9]\d{0,6}$/.test(target))
    throw badInput('target', `must be a community number for COMMUNITIES, got "${target}".`, target);
  if (args.lens === 'BROKERS' || args.lens === 'COMMUNITIES') await requireMetrics(db);
  if (target !== null && expected) {
    const [row] = await db.read('gaps/lens/target-exists', { label: expected.label, id: target }, TargetExistsRow);
    if (row?.found !== true) throw notFound(expected.what, target);
  }
  const rows = await db.read(statement(args.lens), { target, size }, LensRow);
  return rows.filter((g) => g.ids.length > 0).map((g) => ({ ...g, count: g.ids.length }));
}
