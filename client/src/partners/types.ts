// The transferPartners answer as the client reads it (see the server's partners/type-defs.ts).
import type { PathResult } from '../api.ts';

export interface Term { id: string; nameDe: string; nameEn: string }

export interface PartnerOrg {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  society: string | null;
  place: string | null;
  district: { id: string; name: string } | null;
}

export interface Recommendation {
  rank: number;
  score: number;
  coldStart: boolean;
  organization: PartnerOrg;
  breakdown: {
    competence: { value: number; contribution: number; coverage: { need: Term; match: 'exact' | 'related' | 'none'; via: Term | null }[] };
    proximity: { value: number; contribution: number; distance: number | null };
    warmIntroductions: { value: number; contribution: number; count: number; introducers: { id: string; name: string }[] };
    trackRecord: { value: number; contribution: number; similarFirms: number };
    geography: { value: number; contribution: number; distanceKm: number | null };
  };
  evidence: { kind: 'direct' | 'introduction' | 'track_record'; path: PathResult }[];
}

export interface PartnerAnswer {
  organization: { id: string; name: string } | null;
  needs: Term[];
  coldStart: string | null;
  candidates: number;
  partners: Recommendation[];
}

/** The selection of one recommendation, shared by the partner search and the gap lens's introductions. */
export const recommendationFields = `rank score coldStart
      organization { id name shortName kind society place district { id name } }
      breakdown {
        competence { value contribution coverage { need { id nameDe nameEn } match via { id nameDe nameEn } } }
        proximity { value contribution distance }
        warmIntroductions { value contribution count introducers { id name } }
        trackRecord { value contribution similarFirms }
        geography { value contribution distanceKm }
      }
      evidence { kind path { length nodeIds edgeKeys steps { from { id name nodeType } to { id name nodeType } relation role year since } } }`;
