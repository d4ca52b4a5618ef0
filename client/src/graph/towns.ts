// Districts too large to draw whole, by town (districtOverview): each asked once, when it first
// opens, and kept while the page is open; the caller draws what arrives.
import { type DistrictOverview, districtOverview } from '../api.ts';
import type { OpenUnits } from './level-of-detail.ts';
import type { TownsShown } from './overview.ts';

export interface Towns {
  /** The districts open by town whose towns are in, each with the towns open; asks for the others. */
  shown(units: OpenUnits): TownsShown[];
}

export function createTowns(onArrive: (towns: DistrictOverview) => void, onError: (e: unknown) => void): Towns {
  const known = new Map<string, DistrictOverview>();
  const asked = new Set<string>();
  return {
    shown(units) {
      for (const d of units.byTown) {
        if (asked.has(d)) continue;
        asked.add(d);
        districtOverview(d).then((towns) => {
          if (!towns) return;
          known.set(d, towns);
          onArrive(towns);
        }, onError);
      }
      const open = new Set(units.places);
      return units.byTown.flatMap((d) => {
        const towns = known.get(d);
        return towns ? [{ towns, open }] : [];
      });
    },
  };
}
