// The dataset as plain rows: what the generator makes and the loader writes.
// One shape for the demo data, the 100k benchmark graph and the test fixtures.

import type {
  CooperationKind,
  DistrictKind,
  OrganizationKind,
  ParticipationRole,
  ProjectLevel,
  SizeClass,
  Society,
  UniversityKind,
} from '../shared/vocabulary.ts';

export type { CooperationKind, DistrictKind, OrganizationKind, ParticipationRole, ProjectLevel, SizeClass, Society, UniversityKind };

export interface DistrictRow {
  id: string; // slug, e.g. "oberhavel"
  name: string; // "Oberhavel"
  kind: DistrictKind;
  seat: string; // place name of the seat ("Oranienburg"); a city is its own seat
}

export interface PlaceRow {
  id: string; // slug of the name
  name: string;
  districtId: string;
  kind: 'city' | 'district_seat' | 'town' | 'metropolis' | 'village';
  lat: number;
  lon: number;
  source: string;
  confidence: string;
}

export interface NamedRow {
  id: string;
  nameDe: string;
  nameEn: string;
}

export interface CompetenceRow extends NamedRow {
  core: boolean; // one of the four core fields of the cluster profile
}

export interface OrganizationRow {
  id: string;
  kind: OrganizationKind;
  name: string;
  shortName: string;
  placeId: string;
  lat: number; // site if known, else the place
  lon: number;
  synthetic: boolean;
  employees?: number; // companies only
  founded?: number; // companies only
  sizeClass?: SizeClass; // companies only (EU SME classes by head count)
  universityKind?: UniversityKind;
  society?: Society;
  topics?: string[]; // the source's own competence tags (English), kept verbatim
  website?: string;
  source?: string;
  confidence?: string;
}

export interface ProjectRow {
  id: string;
  title: string;
  level: ProjectLevel;
  start: string; // ISO date
  end: string; // ISO date
  programme: string;
  synthetic: boolean;
  actionFieldId: string;
  competenceIds: string[];
}

export interface Dataset {
  districts: DistrictRow[];
  places: PlaceRow[];
  competences: CompetenceRow[];
  industries: NamedRow[];
  actionFields: NamedRow[];
  organizations: OrganizationRow[];
  orgCompetences: { orgId: string; competenceId: string }[];
  orgIndustries: { orgId: string; industryId: string }[];
  projects: ProjectRow[];
  participations: { orgId: string; projectId: string; role: ParticipationRole }[];
  cooperations: { fromId: string; toId: string; since: number; kind: CooperationKind; synthetic: boolean }[];
  memberships: { orgId: string; targetId: string; since?: number; synthetic: boolean }[];
}
