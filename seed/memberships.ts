// Memberships: every firm belongs to the chamber of its region (membership is compulsory;
// crafts firms to the Handwerkskammer), some to the employers' and machinery associations,
// and firms, research organisations and intermediaries to the cluster's network.
// All are invented (synthetic), since the firms are. Memberships are not ties between firms.
import type { Dataset, OrganizationRow, SizeClass } from './dataset.ts';
import type { Firm } from './companies.ts';
import type { Lab } from './partners.ts';
import { createRng } from './random.ts';
import { chambersOf, CLUSTER_ID, VDMA_OST_ID, VME_ID } from './actors.ts';
import { INSTITUTE_WITHOUT_INDUSTRY_ID } from './planted.ts';

type Membership = Dataset['memberships'][number];

const crafts = new Set(['stahlbau', 'fuegetechnik', 'zerspanung', 'werkzeugbau', 'oberflaechentechnik']);
const craftShare: Readonly<Record<SizeClass, number>> = { micro: 0.6, small: 0.4, medium: 0.1, large: 0 };
const vmeShare: Readonly<Record<SizeClass, number>> = { micro: 0.005, small: 0.04, medium: 0.25, large: 0.6 };
const vdmaShare: Readonly<Record<SizeClass, number>> = { micro: 0, small: 0.03, medium: 0.2, large: 0.5 };
const machinery = new Set(['maschinenbau', 'automatisierung', 'robotik']);
const CLUSTER_START = 2012; // the cluster started in November 2012

// Berlin research partners that work closely with Brandenburg's metal firms.
const berlinPartners = new Set(['hs-tu-berlin', 'oth-bam', 'fhg-ipk', 'hs-htw-berlin', 'hs-bht']);

export function generateMemberships(
  seed: number,
  firms: readonly Firm[],
  labs: readonly Lab[],
  actors: readonly OrganizationRow[],
): Membership[] {
  const rng = createRng(seed, 'memberships');
  const out: Membership[] = [];
  const join = (orgId: string, targetId: string, since: number) => out.push({ orgId, targetId, since, synthetic: true });
  for (const firm of firms) {
    const from = Math.max(1990, firm.founded); // the chambers were re-founded in 1990
    const chambers = chambersOf(firm.districtId);
    const craft = crafts.has(firm.competences[0] ?? '') && rng.chance(craftShare[firm.sizeClass]);
    join(firm.row.id, craft ? chambers.hwk : chambers.ihk, from);
    if (rng.chance(vmeShare[firm.sizeClass])) join(firm.row.id, VME_ID, rng.int(from, 2025));
    if (firm.competences.some((c) => machinery.has(c)) && rng.chance(vdmaShare[firm.sizeClass])) {
      join(firm.row.id, VDMA_OST_ID, rng.int(from, 2025));
    }
    if (rng.chance(firm.active ? 0.18 : 0.04)) join(firm.row.id, CLUSTER_ID, rng.int(Math.max(CLUSTER_START, firm.founded), 2025));
  }
  for (const lab of labs) {
    if (lab.row.id === INSTITUTE_WITHOUT_INDUSTRY_ID) continue;
    if (lab.brandenburg || berlinPartners.has(lab.row.id)) join(lab.row.id, CLUSTER_ID, rng.int(CLUSTER_START, 2016));
  }
  for (const actor of actors) {
    if (actor.kind === 'chamber' || actor.kind === 'association') join(actor.id, CLUSTER_ID, rng.int(CLUSTER_START, 2014));
  }
  return out;
}
