// Partner choice with the structure real networks have: the well-connected get more ties
// (preferential attachment), partners are mostly nearby (geographic homophily) and share a
// competence (competence homophily).
import type { OrganizationRow, SizeClass } from './dataset.ts';
import type { Firm } from './companies.ts';
import type { Rng } from './random.ts';
import { distanceKm } from './geography.ts';

export interface Anchor {
  lat: number;
  lon: number;
  districtId: string;
}

// A research organisation as the tie generators see it.
export interface Lab {
  row: OrganizationRow;
  districtId: string;
  competences: readonly string[];
  brandenburg: boolean;
  ties: number;
}

const push = <K>(map: Map<K, number[]>, key: K, value: number) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const headStart: Readonly<Record<SizeClass, number>> = { micro: 1, small: 2, medium: 6, large: 15 };

export class FirmPool {
  private readonly all: number[] = [];
  private readonly active: number[] = [];
  private readonly byDistrict = new Map<string, number[]>();
  private readonly byCompetence = new Map<string, number[]>();

  constructor(
    private readonly firms: readonly Firm[],
    private readonly rng: Rng,
  ) {
    // A head start of a few entries per firm tempers the rich-get-richer effect, so that
    // newcomers still find partners; bigger firms start further ahead (more contacts).
    for (const firm of firms) for (let k = 0; k < headStart[firm.sizeClass]; k++) this.noteTie(firm);
    for (const firm of firms) if (firm.active && !firm.locked) this.active.push(firm.index);
  }

  // Each tie enters the firm once more into its lists, so a uniform draw from a list picks a
  // firm with probability proportional to its head start + its degree, in O(1).
  noteTie(firm: Firm): void {
    if (!firm.active || firm.locked) return;
    this.all.push(firm.index);
    push(this.byDistrict, firm.districtId, firm.index);
    for (const c of firm.competences) push(this.byCompetence, c, firm.index);
  }

  private draw(list: readonly number[] | undefined): Firm | undefined {
    const from = list && list.length > 0 ? list : this.all;
    if (from.length === 0) return undefined;
    return this.firms[this.rng.pick(from)];
  }

  // Preferential (popular firms lead more) or uniform (any active firm may start a tie:
  // this is what keeps the share of firms without ties from growing with the hubs).
  pickAny(accept: (firm: Firm) => boolean, uniform = false): Firm | undefined {
    for (let attempt = 0; attempt < 60; attempt++) {
      const firm = this.draw(uniform ? this.active : this.all);
      if (firm && accept(firm)) return firm;
    }
    return undefined;
  }

  // Draws from the anchor's district, a wanted competence or everywhere, then keeps the
  // candidate with a chance that falls with distance and without a shared competence.
  pickNear(anchor: Anchor | undefined, wanted: readonly string[], accept: (firm: Firm) => boolean): Firm | undefined {
    for (let attempt = 0; attempt < 80; attempt++) {
      const r = this.rng.next();
      const list =
        r < 0.45 && anchor
          ? this.byDistrict.get(anchor.districtId)
          : r < 0.85 && wanted.length > 0
            ? this.byCompetence.get(this.rng.pick(wanted))
            : this.all;
      const firm = this.draw(list);
      if (!firm || !accept(firm)) continue;
      const shares = wanted.length === 0 || firm.competences.some((c) => wanted.includes(c));
      const near = anchor ? Math.max(0.08, Math.exp(-distanceKm(anchor, firm.row) / 45)) : 1;
      // Late attempts take what they get rather than leave a project short of partners.
      if (attempt > 60 || this.rng.chance((shares ? 1 : 0.3) * near)) return firm;
    }
    return undefined;
  }
}

export class LabPool {
  constructor(
    readonly labs: readonly Lab[],
    private readonly rng: Rng,
  ) {}

  // Weight: competence overlap (broad labs still answer an unmatched topic a little),
  // activity (preferential attachment), Brandenburg sites first, then distance.
  pick(wanted: readonly string[], anchor: Anchor | undefined, exclude: ReadonlySet<string>): Lab | undefined {
    const candidates = this.labs.filter((lab) => !exclude.has(lab.row.id));
    if (candidates.length === 0) return undefined;
    const lab = this.rng.weighted(candidates, (lab) => {
      const overlap = lab.competences.filter((c) => wanted.includes(c)).length;
      const topical = overlap > 0 ? Math.min(overlap, 2) : 0.04 * lab.competences.length;
      const home = lab.brandenburg ? 1.6 : 1;
      const near = anchor ? Math.max(0.3, Math.exp(-distanceKm(anchor, lab.row) / 150)) : 1;
      return topical * home * near * Math.pow(1 + lab.ties, 0.5);
    });
    return lab;
  }

  noteTie(lab: Lab): void {
    lab.ties++;
  }
}
