/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Why the network could not inform a ranking. */
export type ColdStart =
  /** No organisation was given. */
  | 'no_organization'
  /** None of the partners is within reach. */
  | 'no_path'
  /** It has no project or cooperation. */
  | 'no_ties';

/** How a partner covers one need. */
export type CompetenceMatch =
  /** The partner holds the need. */
  | 'exact'
  /** Neither it nor a related field. */
  | 'none'
  /** It holds a related field (via). */
  | 'related';

/** What a direct cooperation is about. */
export type CooperationKind =
  /** They develop a product or process together. */
  | 'development'
  /** Joint research, e.g. a company with a university or institute. */
  | 'research'
  /** One provides services to the other: testing, consulting, maintenance. */
  | 'service'
  /** One supplies the other: parts, materials or production steps. */
  | 'supply'
  /** Education and training: apprenticeships, courses, dual study places. */
  | 'training';

/** What a path behind a recommendation shows. */
export type EvidenceKind =
  /** The organisation's own tie to the partner. */
  | 'direct'
  /** Organisation → introducer → partner. */
  | 'introduction'
  /** The partner's tie to a similar firm. */
  | 'track_record';

/** A kind of network gap that suggestedIntroductions can close. */
export type GapKind =
  /** An organisation that hangs on a broker and a second link into the network; target: the broker's id. */
  | 'BROKER'
  /** A company of a district cut off from research and a university or institute; target: a district id. */
  | 'CUT_OFF_DISTRICT'
  /** An isolated company and a partner in the network. */
  | 'ISOLATED'
  /** A company without research within two ties and a university or institute. */
  | 'NO_RESEARCH_TIE'
  /** A university or institute without industry partners and companies for it; target: its id. */
  | 'RESEARCH_WITHOUT_INDUSTRY'
  /** The hubs of two communities that share competences but no tie; target: a community id. */
  | 'UNBRIDGED_COMMUNITIES'
  /** A holder of a white-spot competence and research for it or a related field; target: a competence id. */
  | 'WHITE_SPOT';

/** A gap report as a lens on the network: which classes of organisations it colours. */
export type GapLensKind =
  /** Articulation points (articulation), the broker target (broker) and what it alone holds (cut_off). Needs the stored metrics. */
  | 'BROKERS'
  /** Members of the largest communities and of the community target (a number), keyed c1, c2, … Needs the stored metrics. */
  | 'COMMUNITIES'
  /** Organisations of districts cut off from research (cut_off), research organisations (research), and of the district target (district). */
  | 'DISTRICTS'
  /** The region's organisations with partners abroad (with_abroad) and without (without_abroad), and those partners (abroad). */
  | 'INTERNATIONAL'
  /** Organisations without ties (key isolated). */
  | 'ISOLATED'
  /** Companies by distance to research (direct, within_two, none) and the research organisations (research). */
  | 'RESEARCH_REACH'
  /** Universities and institutes with_industry and without_industry partners. */
  | 'RESEARCH_WITHOUT_INDUSTRY'
  /** For a competence (target): research holders (research), company holders with (linked) and without (unlinked) a research tie. */
  | 'WHITE_SPOT';

/** Where to measure distances from: exactly one of placeId, districtId, or latitude with longitude. */
export type NearInput = {
  /** A district id, e.g. prignitz: distances are measured from its seat town. */
  districtId?: string | number | null | undefined;
  /** WGS 84 latitude, with longitude. */
  latitude?: number | null | undefined;
  /** WGS 84 longitude, with latitude. */
  longitude?: number | null | undefined;
  /** A place id, e.g. cottbus. */
  placeId?: string | number | null | undefined;
};

/** Restricts the network view; every field is optional and fields combine with AND. */
export type NetworkFilter = {
  /** Projects contributing to these action fields (Handlungsfelder, ids) only. */
  actionFields?: Array<string | number> | null | undefined;
  /** Organisations holding at least one of these competences (competence ids) only. */
  competences?: Array<string | number> | null | undefined;
  /** Organisations located in these districts (district ids) only. */
  districts?: Array<string | number> | null | undefined;
  /** Include memberships in chambers, associations and networks as edges. */
  includeMemberships?: boolean | null | undefined;
  /** Include projects as nodes, with participation edges. */
  includeProjects?: boolean | null | undefined;
  /** Organisations supplying at least one of these industries (industry ids) only. */
  industries?: Array<string | number> | null | undefined;
  /** Organisations of these kinds only (default: every kind). */
  kinds?: Array<OrganizationKind> | null | undefined;
  /** Project levels to include. */
  levels?: Array<ProjectLevel> | null | undefined;
  /** Organisations with a head count of at most this; only companies have a head count, so others drop out. */
  maxEmployees?: number | null | undefined;
  /** Organisations with a head count of at least this (0 to 1,000,000); only companies have a head count, so others drop out. */
  minEmployees?: number | null | undefined;
  /** Projects with at least this many participants among the organisations returned (1 to 1,000; default 1). 2 leaves out the projects that tie nothing in the graph: in one district of a large network, most projects have their other participants elsewhere. */
  minParticipants?: number | null | undefined;
  /** These organisations only (ids, at most 1,000), with the projects and ties among them: what a client fetches to show a search hit, a path or a partner in context. */
  organizations?: Array<string | number> | null | undefined;
  /** Organisations located in these towns (place ids) only: a town of a district too large to draw whole (see districtOverview). Give their districts too, so that only those are read. */
  places?: Array<string | number> | null | undefined;
  /** Research institutes of these societies only; other kinds are not affected. */
  societies?: Array<ResearchSociety> | null | undefined;
  /** true: invented demo data only; false: real institutions only; absent: both. */
  synthetic?: boolean | null | undefined;
  /** Projects active in or after this year; cooperations are not limited by it. */
  yearFrom?: number | null | undefined;
  /** Projects started and cooperations begun by this year. */
  yearTo?: number | null | undefined;
};

/** The type of a node of a path or of the network. */
export type NodeType =
  /** An organisation of any kind (see OrganizationKind). */
  | 'organization'
  /** A project that organisations take part in. */
  | 'project';

/** Fields of an organisation to set: a field given replaces the value, null clears it, an absent one stays. */
export type OrganizationFields = {
  /** The town: a known place by name or id; a new town needs lat and lon. */
  city?: string | null | undefined;
  /** Competence fields by id or German or English name. */
  competences?: Array<string> | null | undefined;
  /** Non-public: the contact's e-mail address. */
  contactEmail?: string | null | undefined;
  /** Non-public: the contact person. */
  contactName?: string | null | undefined;
  /** Non-public: the contact's phone number. */
  contactPhone?: string | null | undefined;
  /** ISO 3166 country code; DE when absent. Coordinates must lie in it. */
  country?: string | null | undefined;
  /** Head count (companies). */
  employees?: number | null | undefined;
  /** Year founded. */
  founded?: number | null | undefined;
  /** Target industries by id or German or English name. */
  industries?: Array<string> | null | undefined;
  /** What it is; decides the node type. */
  kind?: OrganizationKind | null | undefined;
  /** Latitude (WGS 84); absent: the town's. */
  lat?: number | null | undefined;
  /** Longitude (WGS 84); absent: the town's. */
  lon?: number | null | undefined;
  /** Full name, at least 2 characters. */
  name?: string | null | undefined;
  /** Non-public: internal notes of the cluster management. */
  notes?: string | null | undefined;
  /** Postcode (Postleitzahl). */
  postCode?: string | null | undefined;
  /** Short name or acronym. */
  shortName?: string | null | undefined;
  /** The research society (research institutes only). */
  society?: ResearchSociety | null | undefined;
  /** Where the facts come from (a register, a website, a conversation). */
  source?: string | null | undefined;
  /** Street and number. */
  street?: string | null | undefined;
  /** Which kind of Hochschule (universities only). */
  universityKind?: UniversityKind | null | undefined;
  /** Web address, http:// or https://. */
  website?: string | null | undefined;
};

/** What an organisation is. */
export type OrganizationKind =
  /** An economic development agency (Wirtschaftsförderung). */
  | 'agency'
  /** A business or employers' association (Verband). */
  | 'association'
  /** A chamber: IHK (commerce) or Handwerkskammer (crafts). */
  | 'chamber'
  /** A company (Unternehmen): a manufacturer, supplier or service firm of the metal industry. */
  | 'company'
  /** A ministry of the state of Brandenburg or of the federal government (Ministerium). */
  | 'ministry'
  /** A network or cluster initiative that organisations join as members (Netzwerk, Cluster). */
  | 'network'
  /** A research institute (Forschungsinstitut) of a society or independent. */
  | 'research_institute'
  /** A Hochschule of any kind (see universityKind). */
  | 'university';

/** An organisation's role in a project. */
export type ParticipationRole =
  /** Coordinator of a joint project (Verbundkoordinator): leads it and speaks for the partners. */
  | 'lead'
  /** A partner of a joint project (Verbundpartner) with its own share of the work. */
  | 'partner';

/** Fields of a project to set: a field given replaces the value, null clears it, an absent one stays. */
export type ProjectFields = {
  /** Acronym. */
  acronym?: string | null | undefined;
  /** The Handlungsfeld (action field) it contributes to, by id or name. */
  actionField?: string | null | undefined;
  /** Competence fields it addresses, by id or name. */
  competences?: Array<string> | null | undefined;
  /** End date, YYYY-MM-DD, not before the start. */
  end?: string | null | undefined;
  /** Funding in euros. */
  fundingEur?: number | null | undefined;
  /** Regional, national or international. */
  level?: ProjectLevel | null | undefined;
  /** The funding programme. */
  programme?: string | null | undefined;
  /** Where the facts come from. */
  source?: string | null | undefined;
  /** Start date, YYYY-MM-DD. */
  start?: string | null | undefined;
  /** Title, at least 3 characters. */
  title?: string | null | undefined;
  /** Web address of the project. */
  website?: string | null | undefined;
};

/** Where a project is funded. */
export type ProjectLevel =
  /** Funded by the EU or internationally. */
  | 'international'
  /** Funded by the federal government. */
  | 'national'
  /** Funded by the state of Brandenburg. */
  | 'regional';

/** The kind of a relationship of a path. */
export type Relation =
  /** A direct cooperation between two organisations. */
  | 'cooperation'
  /** An organisation is a member of a chamber, association or network. */
  | 'membership'
  /** An organisation takes part in a project. */
  | 'participation';

/** The society a research institute belongs to. */
export type ResearchSociety =
  /** A Fraunhofer institute (Fraunhofer-Gesellschaft: applied research and contract research for industry). */
  | 'fraunhofer'
  /** A Leibniz institute (Leibniz-Gemeinschaft: application-oriented basic research, jointly funded by the federal and state governments). */
  | 'leibniz'
  /** A Max Planck institute (Max-Planck-Gesellschaft: basic research). */
  | 'max_planck'
  /** Independent or a federal or state institute. */
  | 'other';

/** What a search hit is. */
export type SearchHitType =
  /** A competence field. */
  | 'competence'
  /** A district (Landkreis or kreisfreie Stadt). */
  | 'district'
  /** A target industry. */
  | 'industry'
  /** An organisation; kind says which. */
  | 'organization'
  /** A town or city. */
  | 'place';

/** The EU SME class of a company by head count. */
export type SizeClass =
  /** 250 employees or more. */
  | 'large'
  /** 50 to 249 employees. */
  | 'medium'
  /** Fewer than 10 employees. */
  | 'micro'
  /** 10 to 49 employees. */
  | 'small';

/** What a tie edit did. */
export type TieOutcome =
  /** The tie did not exist and was created. */
  | 'created'
  /** The tie existed with these values: nothing was written. */
  | 'unchanged'
  /** The tie existed and its values changed. */
  | 'updated';

/** The kind of a Hochschule. */
export type UniversityKind =
  /** A college of art, music or film. */
  | 'art_college'
  /** A privately run Hochschule (state-recognised). */
  | 'private'
  /** A research university (Universität) with the right to award doctorates. */
  | 'university'
  /** A university of applied sciences (Fachhochschule / Technische Hochschule). */
  | 'university_applied';

export type StartQueryVariables = Exact<{
  whole: number;
}>;


export type StartQuery = { networkUpTo: { graph: import('../wire.ts').WireGraph } | null, networkOverview: { computedAt: string, organizations: number, districts: Array<{ id: string, name: string, organizations: number, companies: number, research: number, synthetic: number, projects: number, researchLinkedCompanies: number, internalTies: number, places: number }>, ties: Array<{ source: string, target: string, ties: number, cooperations: number }> }, clusterStats: { companies: number, employees: number, universities: number, institutes: number, projects: number, cooperations: number, syntheticOrganizations: number }, competences: Array<{ id: string, nameDe: string, nameEn: string }>, industries: Array<{ id: string, nameDe: string, nameEn: string }>, actionFields: Array<{ id: string, nameDe: string, nameEn: string }>, districts: Array<{ id: string, name: string }> };

export type SearchQueryVariables = Exact<{
  text: string;
}>;


export type SearchQuery = { search: Array<{ id: string, type: SearchHitType, kind: string | null, name: string, secondary: string | null }> };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
}>;


export type NeighbourhoodQuery = { neighbourhood: { graph: import('../wire.ts').WireGraph } };

export type MembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type MembershipsQuery = { network: { graph: import('../wire.ts').WireGraph } };

export type NetworkQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkQuery = { network: { graph: import('../wire.ts').WireGraph } };

export type PartNetworkQueryVariables = Exact<{
  filter: NetworkFilter;
}>;


export type PartNetworkQuery = { network: { graph: import('../wire.ts').WireGraph } };

export type DistrictOverviewQueryVariables = Exact<{
  district: string | number;
}>;


export type DistrictOverviewQuery = { districtOverview: { district: string, places: Array<{ id: string, name: string, lat: number | null, lon: number | null, organizations: number, companies: number, researchLinkedCompanies: number }>, ties: Array<{ source: string, target: string, ties: number, cooperations: number }> } | null };

export type PathFieldsFragment = { length: number, nodeIds: Array<string>, edgeKeys: Array<string>, steps: Array<{ relation: Relation, role: ParticipationRole | null, year: number | null, since: number | null, from: { id: string, name: string, nodeType: NodeType }, to: { id: string, name: string, nodeType: NodeType } }> };

export type ShortestPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type ShortestPathQuery = { shortestPath: { length: number, nodeIds: Array<string>, edgeKeys: Array<string>, steps: Array<{ relation: Relation, role: ParticipationRole | null, year: number | null, since: number | null, from: { id: string, name: string, nodeType: NodeType }, to: { id: string, name: string, nodeType: NodeType } }> } | null };

export type ChangePasswordMutationVariables = Exact<{
  current: string;
  next: string;
}>;


export type ChangePasswordMutation = { changePassword: { id: string, mustChangePassword: boolean } };

export type AuditTrailQueryVariables = Exact<{
  record?: string | number | null | undefined;
  user?: string | number | null | undefined;
  importId?: string | number | null | undefined;
  since?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { endCursor: string | null, entries: Array<{ id: string, at: string, actorId: string, actorName: string, action: string, entity: string, entityId: string, otherId: string | null, version: number | null, fields: Array<string>, before: string | null, after: string | null, via: string, importId: string | null, file: string | null, row: number | null }> } };

export type ChangesSinceQueryVariables = Exact<{
  since: string;
}>;


export type ChangesSinceQuery = { changesSince: Array<{ entity: string, action: string, count: number }> };

export type ImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportsQuery = { imports: Array<{ id: string, kind: string, file: string, mode: string, actorName: string, status: string, summary: string | null, at: string }> };

export type UndoImportMutationVariables = Exact<{
  importId: string | number;
}>;


export type UndoImportMutation = { undoImport: number };

export type MatchReviewsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MatchReviewsQuery = { matchReviews: Array<{ id: string, importId: string | null, file: string | null, row: number | null, name: string, city: string | null, candidateId: string, candidateName: string | null, candidateCity: string | null, confidence: number, reasons: Array<string>, alternatives: Array<{ id: string, name: string, confidence: number }> }> };

export type DecideMatchMutationVariables = Exact<{
  review: string | number;
  sameAs?: string | number | null | undefined;
}>;


export type DecideMatchMutation = { decideMatch: { id: string, name: string } };

export type MetricsRefreshingQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsRefreshingQuery = { networkMetrics: { refreshing: string } };

export type ProfileFieldsFragment = { id: string, version: number, name: string, shortName: string | null, kind: OrganizationKind, city: string | null, postCode: string | null, street: string | null, country: string, lat: number | null, lon: number | null, employees: number | null, founded: number | null, website: string | null, universityKind: UniversityKind | null, society: ResearchSociety | null, competences: Array<string>, industries: Array<string>, contactName: string | null, contactEmail: string | null, contactPhone: string | null, notes: string | null, source: string | null, synthetic: boolean, updatedAt: string | null };

export type EditProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type EditProfileQuery = { organizationProfile: { id: string, version: number, name: string, shortName: string | null, kind: OrganizationKind, city: string | null, postCode: string | null, street: string | null, country: string, lat: number | null, lon: number | null, employees: number | null, founded: number | null, website: string | null, universityKind: UniversityKind | null, society: ResearchSociety | null, competences: Array<string>, industries: Array<string>, contactName: string | null, contactEmail: string | null, contactPhone: string | null, notes: string | null, source: string | null, synthetic: boolean, updatedAt: string | null } | null };

export type UpdateOrganizationMutationVariables = Exact<{
  id: string | number;
  version: number;
  fields: OrganizationFields;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { id: string, version: number, name: string, shortName: string | null, kind: OrganizationKind, city: string | null, postCode: string | null, street: string | null, country: string, lat: number | null, lon: number | null, employees: number | null, founded: number | null, website: string | null, universityKind: UniversityKind | null, society: ResearchSociety | null, competences: Array<string>, industries: Array<string>, contactName: string | null, contactEmail: string | null, contactPhone: string | null, notes: string | null, source: string | null, synthetic: boolean, updatedAt: string | null } };

export type CreateOrganizationMutationVariables = Exact<{
  fields: OrganizationFields;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string, version: number, name: string, shortName: string | null, kind: OrganizationKind, city: string | null, postCode: string | null, street: string | null, country: string, lat: number | null, lon: number | null, employees: number | null, founded: number | null, website: string | null, universityKind: UniversityKind | null, society: ResearchSociety | null, competences: Array<string>, industries: Array<string>, contactName: string | null, contactEmail: string | null, contactPhone: string | null, notes: string | null, source: string | null, synthetic: boolean, updatedAt: string | null } };

export type DeleteOrganizationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteOrganizationMutation = { deleteOrganization: string };

export type MergeOrganizationsMutationVariables = Exact<{
  keep: string | number;
  keepVersion: number;
  drop: string | number;
  dropVersion: number;
  fields?: OrganizationFields | null | undefined;
}>;


export type MergeOrganizationsMutation = { mergeOrganizations: { id: string, version: number, name: string, shortName: string | null, kind: OrganizationKind, city: string | null, postCode: string | null, street: string | null, country: string, lat: number | null, lon: number | null, employees: number | null, founded: number | null, website: string | null, universityKind: UniversityKind | null, society: ResearchSociety | null, competences: Array<string>, industries: Array<string>, contactName: string | null, contactEmail: string | null, contactPhone: string | null, notes: string | null, source: string | null, synthetic: boolean, updatedAt: string | null } };

export type CreateProjectMutationVariables = Exact<{
  fields: ProjectFields;
}>;


export type CreateProjectMutation = { createProject: { id: string, version: number, title: string } };

export type SetParticipationMutationVariables = Exact<{
  organization: string | number;
  project: string | number;
  role: ParticipationRole;
}>;


export type SetParticipationMutation = { setParticipation: TieOutcome };

export type OrgDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgDetailsQuery = { organizationDetails: { id: string, name: string, shortName: string | null, kind: OrganizationKind, synthetic: boolean, source: string | null, confidence: string | null, degree: number, metricsAt: string | null, betweenness: number | null, componentId: number | null, componentSize: number | null, communityId: number | null, articulation: boolean | null, effectiveSize: number | null, splitOff: number | null, researchCutOff: number | null, employees: number | null, founded: number | null, sizeClass: SizeClass | null, universityKind: UniversityKind | null, society: ResearchSociety | null, place: { id: string, name: string } | null, district: { id: string, name: string } | null, competences: Array<{ id: string, nameDe: string, nameEn: string }>, industries: Array<{ id: string, nameDe: string, nameEn: string }>, projects: Array<{ role: ParticipationRole, project: { id: string, title: string, level: ProjectLevel, start: string, end: string } }>, cooperations: Array<{ since: number | null, kind: CooperationKind | null, partner: { id: string, name: string } }>, memberOf: Array<{ id: string, name: string }>, provenance: Array<{ source: string, recordId: string, url: string | null, fileDate: string | null }> } | null };

export type ProjectDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectDetailsQuery = { projects: Array<{ id: string, title: string, level: ProjectLevel, start: string, end: string, programme: string | null, synthetic: boolean, actionField: { id: string, nameDe: string, nameEn: string } | null, competences: Array<{ id: string, nameDe: string, nameEn: string }>, participantsConnection: { edges: Array<{ properties: { role: ParticipationRole }, node:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> }, provenance: Array<{ source: string, recordId: string, url: string | null, fileDate: string | null }> }> };

export type GapOrgFieldsFragment = { id: string, name: string, kind: OrganizationKind, sizeClass: SizeClass | null, employees: number | null, districtName: string | null, competences: Array<string>, synthetic: boolean };

export type IsolatedReportQueryVariables = Exact<{ [key: string]: never; }>;


export type IsolatedReportQuery = { isolated: { total: number, byDistrict: Array<{ key: string, label: string, count: number }>, bySizeClass: Array<{ key: string, label: string, count: number }>, byCompetence: Array<{ key: string, label: string, count: number }>, organizations: Array<{ id: string, name: string, kind: OrganizationKind, sizeClass: SizeClass | null, employees: number | null, districtName: string | null, competences: Array<string>, synthetic: boolean }> } };

export type ReachReportQueryVariables = Exact<{ [key: string]: never; }>;


export type ReachReportQuery = { reach: { companies: number, withoutDirectTie: number, withoutTieWithinTwo: number, byDistrict: Array<{ key: string, label: string, companies: number, withoutDirectTie: number, withoutTieWithinTwo: number }> } };

export type WhiteSpotsReportQueryVariables = Exact<{ [key: string]: never; }>;


export type WhiteSpotsReportQuery = { whitespots: Array<{ companies: number, research: number, ties: number, researchProjects: number, linkedCompanies: number, whiteSpot: boolean, demandWithoutResearchLink: boolean, supplyWithoutUptake: boolean, competence: { id: string, nameDe: string, nameEn: string, core: boolean } }> };

export type ResearchReportQueryVariables = Exact<{ [key: string]: never; }>;


export type ResearchReportQuery = { research: Array<{ partners: number, projects: number, organization: { id: string, name: string, kind: OrganizationKind, sizeClass: SizeClass | null, employees: number | null, districtName: string | null, competences: Array<string>, synthetic: boolean } }> };

export type DistrictsReportQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictsReportQuery = { districts: { districts: Array<{ organizations: number, companies: number, research: number, tiesWithin: number, tiesOutside: number, researchTies: number, companiesWithResearchTie: number, cutOffFromResearch: boolean, district: { id: string, name: string } }>, between: Array<{ from: string, to: string, ties: number }> } };

export type InternationalReportQueryVariables = Exact<{ [key: string]: never; }>;


export type InternationalReportQuery = { international: { regionalOrganizations: number, withForeignPartners: number, withoutForeignPartners: number, foreignPartners: number, byKind: Array<{ kind: OrganizationKind, organizations: number, withForeignPartners: number, withoutForeignPartners: number }>, countries: Array<{ country: string, partners: number, syntheticPartners: number, regionalOrganizations: number, projects: number }>, organizations: Array<{ foreignPartners: number, projectCount: number, organization: { id: string, name: string, kind: OrganizationKind, sizeClass: SizeClass | null, employees: number | null, districtName: string | null, competences: Array<string>, synthetic: boolean }, countries: Array<{ key: string, count: number }>, projects: Array<{ id: string, title: string, synthetic: boolean }> }> } };

export type BrokersReportQueryVariables = Exact<{ [key: string]: never; }>;


export type BrokersReportQuery = { brokers: { computedAt: string, brokers: Array<{ degree: number, betweenness: number, articulation: boolean, bridgeTies: number, splitOff: number, researchCutOff: number, organization: { id: string, name: string, kind: OrganizationKind, sizeClass: SizeClass | null, employees: number | null, districtName: string | null, competences: Array<string>, synthetic: boolean } }> } | null };

export type CommunitiesReportQueryVariables = Exact<{ [key: string]: never; }>;


export type CommunitiesReportQuery = { communities: { computedAt: string, communities: Array<{ id: number, size: number, companies: number, research: number, label: string, competences: Array<{ key: string, label: string, count: number }>, districts: Array<{ key: string, label: string, count: number }>, hubs: Array<{ id: string, name: string }> }>, unbridged: Array<{ a: number, b: number, sharedCompetences: Array<string> }> } | null };

export type KpisReportQueryVariables = Exact<{ [key: string]: never; }>;


export type KpisReportQuery = { kpis: Array<{ year: number, smes: number, smesWithResearchTie: number, smeResearchShare: number, newTies: number, activeProjects: number, activeProjectsByLevel: Array<{ key: string, label: string, count: number }> }> };

export type MetricsStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsStatusQuery = { networkMetrics: { gdsAvailable: boolean, hint: string | null, computedAt: string | null, stale: number } };

export type GapLensQueryVariables = Exact<{
  lens: GapLensKind;
  target?: string | number | null | undefined;
}>;


export type GapLensQuery = { gapLens: Array<{ key: string, count: number, ids: Array<string> }> | null };

export type IntroductionsQueryVariables = Exact<{
  gap: GapKind;
  target?: string | number | null | undefined;
}>;


export type IntroductionsQuery = { suggestedIntroductions: Array<{ gap: GapKind, subject: string, score: number, sharedCompetences: Array<string>, from: { id: string, name: string, kind: OrganizationKind, districtName: string | null }, to: { id: string, name: string, kind: OrganizationKind, districtName: string | null }, partner: { rank: number, score: number, coldStart: boolean, organization: { id: string, name: string, shortName: string | null, kind: OrganizationKind, society: ResearchSociety | null, place: string | null, district: { id: string, name: string } | null }, breakdown: { competence: { value: number, contribution: number, coverage: Array<{ match: CompetenceMatch, need: { id: string, nameDe: string, nameEn: string }, via: { id: string, nameDe: string, nameEn: string } | null }> }, proximity: { value: number, contribution: number, distance: number | null }, warmIntroductions: { value: number, contribution: number, count: number, introducers: Array<{ id: string, name: string }> }, trackRecord: { value: number, contribution: number, similarFirms: number }, geography: { value: number, contribution: number, distanceKm: number | null } }, evidence: Array<{ kind: EvidenceKind, path: { length: number, nodeIds: Array<string>, edgeKeys: Array<string>, steps: Array<{ relation: Relation, role: ParticipationRole | null, year: number | null, since: number | null, from: { id: string, name: string, nodeType: NodeType }, to: { id: string, name: string, nodeType: NodeType } }> } }> } | null }> | null };

export type RecommendationFieldsFragment = { rank: number, score: number, coldStart: boolean, organization: { id: string, name: string, shortName: string | null, kind: OrganizationKind, society: ResearchSociety | null, place: string | null, district: { id: string, name: string } | null }, breakdown: { competence: { value: number, contribution: number, coverage: Array<{ match: CompetenceMatch, need: { id: string, nameDe: string, nameEn: string }, via: { id: string, nameDe: string, nameEn: string } | null }> }, proximity: { value: number, contribution: number, distance: number | null }, warmIntroductions: { value: number, contribution: number, count: number, introducers: Array<{ id: string, name: string }> }, trackRecord: { value: number, contribution: number, similarFirms: number }, geography: { value: number, contribution: number, distanceKm: number | null } }, evidence: Array<{ kind: EvidenceKind, path: { length: number, nodeIds: Array<string>, edgeKeys: Array<string>, steps: Array<{ relation: Relation, role: ParticipationRole | null, year: number | null, since: number | null, from: { id: string, name: string, nodeType: NodeType }, to: { id: string, name: string, nodeType: NodeType } }> } }> };

export type TransferPartnersQueryVariables = Exact<{
  org?: string | number | null | undefined;
  competences?: Array<string | number> | string | number | null | undefined;
  kinds?: Array<OrganizationKind> | OrganizationKind | null | undefined;
  near?: NearInput | null | undefined;
  max?: number | null | undefined;
}>;


export type TransferPartnersQuery = { transferPartners: { coldStart: ColdStart | null, candidates: number, organization: { id: string, name: string } | null, needs: Array<{ id: string, nameDe: string, nameEn: string }>, partners: Array<{ rank: number, score: number, coldStart: boolean, organization: { id: string, name: string, shortName: string | null, kind: OrganizationKind, society: ResearchSociety | null, place: string | null, district: { id: string, name: string } | null }, breakdown: { competence: { value: number, contribution: number, coverage: Array<{ match: CompetenceMatch, need: { id: string, nameDe: string, nameEn: string }, via: { id: string, nameDe: string, nameEn: string } | null }> }, proximity: { value: number, contribution: number, distance: number | null }, warmIntroductions: { value: number, contribution: number, count: number, introducers: Array<{ id: string, name: string }> }, trackRecord: { value: number, contribution: number, similarFirms: number }, geography: { value: number, contribution: number, distanceKm: number | null } }, evidence: Array<{ kind: EvidenceKind, path: { length: number, nodeIds: Array<string>, edgeKeys: Array<string>, steps: Array<{ relation: Relation, role: ParticipationRole | null, year: number | null, since: number | null, from: { id: string, name: string, nodeType: NodeType }, to: { id: string, name: string, nodeType: NodeType } }> } }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProfileFields on OrganizationProfile {
  id
  version
  name
  shortName
  kind
  city
  postCode
  street
  country
  lat
  lon
  employees
  founded
  website
  universityKind
  society
  competences
  industries
  contactName
  contactEmail
  contactPhone
  notes
  source
  synthetic
  updatedAt
}
    `, {"fragmentName":"ProfileFields"}) as unknown as TypedDocumentString<ProfileFieldsFragment, unknown>;
export const GapOrgFieldsFragmentDoc = new TypedDocumentString(`
    fragment GapOrgFields on GapOrganization {
  id
  name
  kind
  sizeClass
  employees
  districtName
  competences
  synthetic
}
    `, {"fragmentName":"GapOrgFields"}) as unknown as TypedDocumentString<GapOrgFieldsFragment, unknown>;
export const PathFieldsFragmentDoc = new TypedDocumentString(`
    fragment PathFields on Path {
  length
  nodeIds
  edgeKeys
  steps {
    from {
      id
      name
      nodeType
    }
    to {
      id
      name
      nodeType
    }
    relation
    role
    year
    since
  }
}
    `, {"fragmentName":"PathFields"}) as unknown as TypedDocumentString<PathFieldsFragment, unknown>;
export const RecommendationFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecommendationFields on TransferPartner {
  rank
  score
  coldStart
  organization {
    id
    name
    shortName
    kind
    society
    place
    district {
      id
      name
    }
  }
  breakdown {
    competence {
      value
      contribution
      coverage {
        need {
          id
          nameDe
          nameEn
        }
        match
        via {
          id
          nameDe
          nameEn
        }
      }
    }
    proximity {
      value
      contribution
      distance
    }
    warmIntroductions {
      value
      contribution
      count
      introducers {
        id
        name
      }
    }
    trackRecord {
      value
      contribution
      similarFirms
    }
    geography {
      value
      contribution
      distanceKm
    }
  }
  evidence {
    kind
    path {
      ...PathFields
    }
  }
}
    fragment PathFields on Path {
  length
  nodeIds
  edgeKeys
  steps {
    from {
      id
      name
      nodeType
    }
    to {
      id
      name
      nodeType
    }
    relation
    role
    year
    since
  }
}`, {"fragmentName":"RecommendationFields"}) as unknown as TypedDocumentString<RecommendationFieldsFragment, unknown>;
export const StartDocument = new TypedDocumentString(`
    query Start($whole: Int!) {
  networkUpTo(maxOrganizations: $whole) {
    graph
  }
  networkOverview {
    computedAt
    organizations
    districts {
      id
      name
      organizations
      companies
      research
      synthetic
      projects
      researchLinkedCompanies
      internalTies
      places
    }
    ties {
      source
      target
      ties
      cooperations
    }
  }
  clusterStats {
    companies
    employees
    universities
    institutes
    projects
    cooperations
    syntheticOrganizations
  }
  competences(sort: [{nameDe: ASC}]) {
    id
    nameDe
    nameEn
  }
  industries(sort: [{nameDe: ASC}]) {
    id
    nameDe
    nameEn
  }
  actionFields(sort: [{nameDe: ASC}]) {
    id
    nameDe
    nameEn
  }
  districts(sort: [{name: ASC}]) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<StartQuery, StartQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!) {
  search(text: $text, limit: 12) {
    id
    type
    kind
    name
    secondary
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!) {
  neighbourhood(id: $id, hops: 1, includeMemberships: true) {
    graph
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const MembershipsDocument = new TypedDocumentString(`
    query Memberships {
  network(filter: {includeProjects: false, includeMemberships: true}) {
    graph
  }
}
    `) as unknown as TypedDocumentString<MembershipsQuery, MembershipsQueryVariables>;
export const NetworkDocument = new TypedDocumentString(`
    query Network {
  network {
    graph
  }
}
    `) as unknown as TypedDocumentString<NetworkQuery, NetworkQueryVariables>;
export const PartNetworkDocument = new TypedDocumentString(`
    query PartNetwork($filter: NetworkFilter!) {
  network(filter: $filter) {
    graph
  }
}
    `) as unknown as TypedDocumentString<PartNetworkQuery, PartNetworkQueryVariables>;
export const DistrictOverviewDocument = new TypedDocumentString(`
    query DistrictOverview($district: ID!) {
  districtOverview(district: $district) {
    district
    places {
      id
      name
      lat
      lon
      organizations
      companies
      researchLinkedCompanies
    }
    ties {
      source
      target
      ties
      cooperations
    }
  }
}
    `) as unknown as TypedDocumentString<DistrictOverviewQuery, DistrictOverviewQueryVariables>;
export const ShortestPathDocument = new TypedDocumentString(`
    query ShortestPath($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to) {
    ...PathFields
  }
}
    fragment PathFields on Path {
  length
  nodeIds
  edgeKeys
  steps {
    from {
      id
      name
      nodeType
    }
    to {
      id
      name
      nodeType
    }
    relation
    role
    year
    since
  }
}`) as unknown as TypedDocumentString<ShortestPathQuery, ShortestPathQueryVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($current: String!, $next: String!) {
  changePassword(current: $current, next: $next) {
    id
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($record: ID, $user: ID, $importId: ID, $since: String, $after: String) {
  auditTrail(
    record: $record
    user: $user
    importId: $importId
    since: $since
    first: 50
    after: $after
  ) {
    entries {
      id
      at
      actorId
      actorName
      action
      entity
      entityId
      otherId
      version
      fields
      before
      after
      via
      importId
      file
      row
    }
    endCursor
  }
}
    `) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const ChangesSinceDocument = new TypedDocumentString(`
    query ChangesSince($since: String!) {
  changesSince(since: $since) {
    entity
    action
    count
  }
}
    `) as unknown as TypedDocumentString<ChangesSinceQuery, ChangesSinceQueryVariables>;
export const ImportsDocument = new TypedDocumentString(`
    query Imports {
  imports(first: 20) {
    id
    kind
    file
    mode
    actorName
    status
    summary
    at
  }
}
    `) as unknown as TypedDocumentString<ImportsQuery, ImportsQueryVariables>;
export const UndoImportDocument = new TypedDocumentString(`
    mutation UndoImport($importId: ID!) {
  undoImport(importId: $importId)
}
    `) as unknown as TypedDocumentString<UndoImportMutation, UndoImportMutationVariables>;
export const MatchReviewsDocument = new TypedDocumentString(`
    query MatchReviews($first: Int) {
  matchReviews(first: $first) {
    id
    importId
    file
    row
    name
    city
    candidateId
    candidateName
    candidateCity
    confidence
    reasons
    alternatives {
      id
      name
      confidence
    }
  }
}
    `) as unknown as TypedDocumentString<MatchReviewsQuery, MatchReviewsQueryVariables>;
export const DecideMatchDocument = new TypedDocumentString(`
    mutation DecideMatch($review: ID!, $sameAs: ID) {
  decideMatch(review: $review, sameAs: $sameAs) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<DecideMatchMutation, DecideMatchMutationVariables>;
export const MetricsRefreshingDocument = new TypedDocumentString(`
    query MetricsRefreshing {
  networkMetrics {
    refreshing
  }
}
    `) as unknown as TypedDocumentString<MetricsRefreshingQuery, MetricsRefreshingQueryVariables>;
export const EditProfileDocument = new TypedDocumentString(`
    query EditProfile($id: ID!) {
  organizationProfile(id: $id) {
    ...ProfileFields
  }
}
    fragment ProfileFields on OrganizationProfile {
  id
  version
  name
  shortName
  kind
  city
  postCode
  street
  country
  lat
  lon
  employees
  founded
  website
  universityKind
  society
  competences
  industries
  contactName
  contactEmail
  contactPhone
  notes
  source
  synthetic
  updatedAt
}`) as unknown as TypedDocumentString<EditProfileQuery, EditProfileQueryVariables>;
export const UpdateOrganizationDocument = new TypedDocumentString(`
    mutation UpdateOrganization($id: ID!, $version: Int!, $fields: OrganizationFields!) {
  updateOrganization(id: $id, version: $version, fields: $fields) {
    ...ProfileFields
  }
}
    fragment ProfileFields on OrganizationProfile {
  id
  version
  name
  shortName
  kind
  city
  postCode
  street
  country
  lat
  lon
  employees
  founded
  website
  universityKind
  society
  competences
  industries
  contactName
  contactEmail
  contactPhone
  notes
  source
  synthetic
  updatedAt
}`) as unknown as TypedDocumentString<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($fields: OrganizationFields!) {
  createOrganization(fields: $fields) {
    ...ProfileFields
  }
}
    fragment ProfileFields on OrganizationProfile {
  id
  version
  name
  shortName
  kind
  city
  postCode
  street
  country
  lat
  lon
  employees
  founded
  website
  universityKind
  society
  competences
  industries
  contactName
  contactEmail
  contactPhone
  notes
  source
  synthetic
  updatedAt
}`) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const DeleteOrganizationDocument = new TypedDocumentString(`
    mutation DeleteOrganization($id: ID!, $version: Int!) {
  deleteOrganization(id: $id, version: $version)
}
    `) as unknown as TypedDocumentString<DeleteOrganizationMutation, DeleteOrganizationMutationVariables>;
export const MergeOrganizationsDocument = new TypedDocumentString(`
    mutation MergeOrganizations($keep: ID!, $keepVersion: Int!, $drop: ID!, $dropVersion: Int!, $fields: OrganizationFields) {
  mergeOrganizations(
    keep: $keep
    keepVersion: $keepVersion
    drop: $drop
    dropVersion: $dropVersion
    fields: $fields
  ) {
    ...ProfileFields
  }
}
    fragment ProfileFields on OrganizationProfile {
  id
  version
  name
  shortName
  kind
  city
  postCode
  street
  country
  lat
  lon
  employees
  founded
  website
  universityKind
  society
  competences
  industries
  contactName
  contactEmail
  contactPhone
  notes
  source
  synthetic
  updatedAt
}`) as unknown as TypedDocumentString<MergeOrganizationsMutation, MergeOrganizationsMutationVariables>;
export const CreateProjectDocument = new TypedDocumentString(`
    mutation CreateProject($fields: ProjectFields!) {
  createProject(fields: $fields) {
    id
    version
    title
  }
}
    `) as unknown as TypedDocumentString<CreateProjectMutation, CreateProjectMutationVariables>;
export const SetParticipationDocument = new TypedDocumentString(`
    mutation SetParticipation($organization: ID!, $project: ID!, $role: ParticipationRole!) {
  setParticipation(organization: $organization, project: $project, role: $role)
}
    `) as unknown as TypedDocumentString<SetParticipationMutation, SetParticipationMutationVariables>;
export const OrgDetailsDocument = new TypedDocumentString(`
    query OrgDetails($id: ID!) {
  organizationDetails(id: $id) {
    id
    name
    shortName
    kind
    synthetic
    source
    confidence
    degree
    place {
      id
      name
    }
    district {
      id
      name
    }
    competences {
      id
      nameDe
      nameEn
    }
    industries {
      id
      nameDe
      nameEn
    }
    projects {
      role
      project {
        id
        title
        level
        start
        end
      }
    }
    cooperations {
      since
      kind
      partner {
        id
        name
      }
    }
    memberOf {
      id
      name
    }
    metricsAt
    betweenness
    componentId
    componentSize
    communityId
    articulation
    effectiveSize
    splitOff
    researchCutOff
    employees
    founded
    sizeClass
    universityKind
    society
    provenance {
      source
      recordId
      url
      fileDate
    }
  }
}
    `) as unknown as TypedDocumentString<OrgDetailsQuery, OrgDetailsQueryVariables>;
export const ProjectDetailsDocument = new TypedDocumentString(`
    query ProjectDetails($id: ID!) {
  projects(where: {id: {eq: $id}}) {
    id
    title
    level
    start
    end
    programme
    synthetic
    actionField {
      id
      nameDe
      nameEn
    }
    competences {
      id
      nameDe
      nameEn
    }
    participantsConnection(sort: [{node: {name: ASC}}]) {
      edges {
        properties {
          role
        }
        node {
          id
          name
        }
      }
    }
    provenance(sort: [{source: ASC}, {recordId: ASC}]) {
      source
      recordId
      url
      fileDate
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectDetailsQuery, ProjectDetailsQueryVariables>;
export const IsolatedReportDocument = new TypedDocumentString(`
    query IsolatedReport {
  isolated: isolatedOrganizations(limit: 500) {
    total
    byDistrict {
      key
      label
      count
    }
    bySizeClass {
      key
      label
      count
    }
    byCompetence {
      key
      label
      count
    }
    organizations {
      ...GapOrgFields
    }
  }
}
    fragment GapOrgFields on GapOrganization {
  id
  name
  kind
  sizeClass
  employees
  districtName
  competences
  synthetic
}`) as unknown as TypedDocumentString<IsolatedReportQuery, IsolatedReportQueryVariables>;
export const ReachReportDocument = new TypedDocumentString(`
    query ReachReport {
  reach: researchReach(limit: 0) {
    companies
    withoutDirectTie
    withoutTieWithinTwo
    byDistrict {
      key
      label
      companies
      withoutDirectTie
      withoutTieWithinTwo
    }
  }
}
    `) as unknown as TypedDocumentString<ReachReportQuery, ReachReportQueryVariables>;
export const WhiteSpotsReportDocument = new TypedDocumentString(`
    query WhiteSpotsReport {
  whitespots: competenceWhiteSpots {
    competence {
      id
      nameDe
      nameEn
      core
    }
    companies
    research
    ties
    researchProjects
    linkedCompanies
    whiteSpot
    demandWithoutResearchLink
    supplyWithoutUptake
  }
}
    `) as unknown as TypedDocumentString<WhiteSpotsReportQuery, WhiteSpotsReportQueryVariables>;
export const ResearchReportDocument = new TypedDocumentString(`
    query ResearchReport {
  research: researchWithoutIndustry(limit: 500) {
    organization {
      ...GapOrgFields
    }
    partners
    projects
  }
}
    fragment GapOrgFields on GapOrganization {
  id
  name
  kind
  sizeClass
  employees
  districtName
  competences
  synthetic
}`) as unknown as TypedDocumentString<ResearchReportQuery, ResearchReportQueryVariables>;
export const DistrictsReportDocument = new TypedDocumentString(`
    query DistrictsReport {
  districts: districtConnectivity {
    districts {
      district {
        id
        name
      }
      organizations
      companies
      research
      tiesWithin
      tiesOutside
      researchTies
      companiesWithResearchTie
      cutOffFromResearch
    }
    between {
      from
      to
      ties
    }
  }
}
    `) as unknown as TypedDocumentString<DistrictsReportQuery, DistrictsReportQueryVariables>;
export const InternationalReportDocument = new TypedDocumentString(`
    query InternationalReport {
  international: internationalReach(limit: 500, projects: 5) {
    regionalOrganizations
    withForeignPartners
    withoutForeignPartners
    foreignPartners
    byKind {
      kind
      organizations
      withForeignPartners
      withoutForeignPartners
    }
    countries {
      country
      partners
      syntheticPartners
      regionalOrganizations
      projects
    }
    organizations {
      organization {
        ...GapOrgFields
      }
      foreignPartners
      countries {
        key
        count
      }
      projectCount
      projects {
        id
        title
        synthetic
      }
    }
  }
}
    fragment GapOrgFields on GapOrganization {
  id
  name
  kind
  sizeClass
  employees
  districtName
  competences
  synthetic
}`) as unknown as TypedDocumentString<InternationalReportQuery, InternationalReportQueryVariables>;
export const BrokersReportDocument = new TypedDocumentString(`
    query BrokersReport {
  brokers(limit: 50, orderBy: SPLIT_OFF, cutOffLimit: 0) {
    computedAt
    brokers {
      organization {
        ...GapOrgFields
      }
      degree
      betweenness
      articulation
      bridgeTies
      splitOff
      researchCutOff
    }
  }
}
    fragment GapOrgFields on GapOrganization {
  id
  name
  kind
  sizeClass
  employees
  districtName
  competences
  synthetic
}`) as unknown as TypedDocumentString<BrokersReportQuery, BrokersReportQueryVariables>;
export const CommunitiesReportDocument = new TypedDocumentString(`
    query CommunitiesReport {
  communities(limit: 200) {
    computedAt
    communities {
      id
      size
      companies
      research
      label
      competences {
        key
        label
        count
      }
      districts {
        key
        label
        count
      }
      hubs {
        id
        name
      }
    }
    unbridged {
      a
      b
      sharedCompetences
    }
  }
}
    `) as unknown as TypedDocumentString<CommunitiesReportQuery, CommunitiesReportQueryVariables>;
export const KpisReportDocument = new TypedDocumentString(`
    query KpisReport {
  kpis: networkKpis {
    year
    smes
    smesWithResearchTie
    smeResearchShare
    newTies
    activeProjects
    activeProjectsByLevel {
      key
      label
      count
    }
  }
}
    `) as unknown as TypedDocumentString<KpisReportQuery, KpisReportQueryVariables>;
export const MetricsStatusDocument = new TypedDocumentString(`
    query MetricsStatus {
  networkMetrics {
    gdsAvailable
    hint
    computedAt
    stale
  }
}
    `) as unknown as TypedDocumentString<MetricsStatusQuery, MetricsStatusQueryVariables>;
export const GapLensDocument = new TypedDocumentString(`
    query GapLens($lens: GapLensKind!, $target: ID) {
  gapLens(lens: $lens, target: $target) {
    key
    count
    ids
  }
}
    `) as unknown as TypedDocumentString<GapLensQuery, GapLensQueryVariables>;
export const IntroductionsDocument = new TypedDocumentString(`
    query Introductions($gap: GapKind!, $target: ID) {
  suggestedIntroductions(gap: $gap, target: $target, limit: 8, perOrganization: 1) {
    gap
    subject
    score
    from {
      id
      name
      kind
      districtName
    }
    to {
      id
      name
      kind
      districtName
    }
    sharedCompetences
    partner {
      ...RecommendationFields
    }
  }
}
    fragment PathFields on Path {
  length
  nodeIds
  edgeKeys
  steps {
    from {
      id
      name
      nodeType
    }
    to {
      id
      name
      nodeType
    }
    relation
    role
    year
    since
  }
}
fragment RecommendationFields on TransferPartner {
  rank
  score
  coldStart
  organization {
    id
    name
    shortName
    kind
    society
    place
    district {
      id
      name
    }
  }
  breakdown {
    competence {
      value
      contribution
      coverage {
        need {
          id
          nameDe
          nameEn
        }
        match
        via {
          id
          nameDe
          nameEn
        }
      }
    }
    proximity {
      value
      contribution
      distance
    }
    warmIntroductions {
      value
      contribution
      count
      introducers {
        id
        name
      }
    }
    trackRecord {
      value
      contribution
      similarFirms
    }
    geography {
      value
      contribution
      distanceKm
    }
  }
  evidence {
    kind
    path {
      ...PathFields
    }
  }
}`) as unknown as TypedDocumentString<IntroductionsQuery, IntroductionsQueryVariables>;
export const TransferPartnersDocument = new TypedDocumentString(`
    query TransferPartners($org: ID, $competences: [ID!], $kinds: [OrganizationKind!], $near: NearInput, $max: Int) {
  transferPartners(
    organizationId: $org
    competences: $competences
    kinds: $kinds
    near: $near
    maxDistanceKm: $max
    limit: 15
  ) {
    organization {
      id
      name
    }
    needs {
      id
      nameDe
      nameEn
    }
    coldStart
    candidates
    partners {
      ...RecommendationFields
    }
  }
}
    fragment PathFields on Path {
  length
  nodeIds
  edgeKeys
  steps {
    from {
      id
      name
      nodeType
    }
    to {
      id
      name
      nodeType
    }
    relation
    role
    year
    since
  }
}
fragment RecommendationFields on TransferPartner {
  rank
  score
  coldStart
  organization {
    id
    name
    shortName
    kind
    society
    place
    district {
      id
      name
    }
  }
  breakdown {
    competence {
      value
      contribution
      coverage {
        need {
          id
          nameDe
          nameEn
        }
        match
        via {
          id
          nameDe
          nameEn
        }
      }
    }
    proximity {
      value
      contribution
      distance
    }
    warmIntroductions {
      value
      contribution
      count
      introducers {
        id
        name
      }
    }
    trackRecord {
      value
      contribution
      similarFirms
    }
    geography {
      value
      contribution
      distanceKm
    }
  }
  evidence {
    kind
    path {
      ...PathFields
    }
  }
}`) as unknown as TypedDocumentString<TransferPartnersQuery, TransferPartnersQueryVariables>;