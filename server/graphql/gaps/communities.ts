// communities: the Leiden communities of the stored metrics, labelled by their dominant competences
// and districts, and the pairs among them that share a dominant competence but have no tie.
import type { Database } from '../../db.ts';
import { intInRange } from '../arguments.ts';
import { CommunityGapRow, CommunityRow } from './rows.ts';
import { requireMetrics } from './status.ts';

export interface CommunitiesArgs {
  minSize?: number | null;
  limit?: number | null;
  gapLimit?: number | null;
}

interface Share {
  key: string;
  label: string;
  count: number;
}

export type Community = CommunityRow & { label: string };

/** "Zerspanung, Umformtechnik · Cottbus, Spree-Neiße": what a community is about, and where. */
export function communityLabel(competences: readonly Share[], districts: readonly Share[]): string {
  const what = competences.map((c) => c.label).join(', ');
  const where = districts
    .slice(0, 2)
    .map((d) => d.label)
    .join(', ');
  return [what, where].filter(Boolean).join(' · ') || 'ohne Kompetenzangaben';
}

export async function communities(
  db: Database,
  args: CommunitiesArgs,
): Promise<{ computedAt: string; communities: Community[]; unbridged: CommunityGapRow[] }> {
  const minSize = intInRange('minSize', args.minSize ?? 3, 2, 1000);
  const limit = intInRange('limit', args.limit ?? 50, 1, 200);
  const gapLimit = intInRange('gapLimit', args.gapLimit ?? 50, 0, 500);
  const computedAt = await requireMetrics(db);
  const rows = await db.read('gaps/communities', { minSize, limit }, CommunityRow);
  const labelled = rows.map((r) => ({ ...r, label: communityLabel(r.competences, r.districts) }));
  const unbridged =
    gapLimit === 0 || rows.length < 2
      ? []
      : await db.read(
          'gaps/community-gaps',
          {
            communities: rows.map((r) => ({ id: r.id, competences: r.competences.map((c) => c.key) })),
            limit: gapLimit,
          },
          CommunityGapRow,
        );
  return { computedAt, communities: labelled, unbridged };
}
