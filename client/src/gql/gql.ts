/* eslint-disable */
import * as types from './graphql.ts';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Start($whole: Int!) {\n  networkUpTo(maxOrganizations: $whole) { graph }\n  networkOverview {\n    computedAt organizations\n    districts { id name organizations companies research synthetic projects researchLinkedCompanies internalTies places }\n    ties { source target ties cooperations }\n  }\n  clusterStats { companies employees universities institutes projects cooperations syntheticOrganizations }\n  competences(sort: [{ nameDe: ASC }]) { id nameDe nameEn }\n  industries(sort: [{ nameDe: ASC }]) { id nameDe nameEn }\n  actionFields(sort: [{ nameDe: ASC }]) { id nameDe nameEn }\n  districts(sort: [{ name: ASC }]) { id name }\n}": typeof types.StartDocument,
    "query Search($text: String!) { search(text: $text, limit: 12) { id type kind name secondary } }": typeof types.SearchDocument,
    "query Neighbourhood($id: ID!) { neighbourhood(id: $id, hops: 1, includeMemberships: true) { graph } }": typeof types.NeighbourhoodDocument,
    "query Memberships { network(filter: { includeProjects: false, includeMemberships: true }) { graph } }": typeof types.MembershipsDocument,
    "query Network { network { graph } }": typeof types.NetworkDocument,
    "query PartNetwork($filter: NetworkFilter!) { network(filter: $filter) { graph } }": typeof types.PartNetworkDocument,
    "query DistrictOverview($district: ID!) {\n  districtOverview(district: $district) {\n    district\n    places { id name lat lon organizations companies researchLinkedCompanies }\n    ties { source target ties cooperations }\n  }\n}": typeof types.DistrictOverviewDocument,
    "fragment PathFields on Path {\n  length nodeIds edgeKeys steps { from { id name nodeType } to { id name nodeType } relation role year since }\n}": typeof types.PathFieldsFragmentDoc,
    "query ShortestPath($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { ...PathFields } }": typeof types.ShortestPathDocument,
    "mutation ChangePassword($current: String!, $next: String!) {\n  changePassword(current: $current, next: $next) { id mustChangePassword }\n}": typeof types.ChangePasswordDocument,
    "query AuditTrail($record: ID, $user: ID, $importId: ID, $since: String, $after: String) {\n  auditTrail(record: $record, user: $user, importId: $importId, since: $since, first: 50, after: $after) {\n    entries { id at actorId actorName action entity entityId otherId version fields before after via importId file row }\n    endCursor\n  }\n}": typeof types.AuditTrailDocument,
    "query ChangesSince($since: String!) { changesSince(since: $since) { entity action count } }": typeof types.ChangesSinceDocument,
    "query Imports { imports(first: 20) { id kind file mode actorName status summary at } }": typeof types.ImportsDocument,
    "mutation UndoImport($importId: ID!) { undoImport(importId: $importId) }": typeof types.UndoImportDocument,
    "query MatchReviews($first: Int) {\n  matchReviews(first: $first) {\n    id importId file row name city candidateId candidateName candidateCity confidence reasons alternatives { id name confidence }\n  }\n}": typeof types.MatchReviewsDocument,
    "mutation DecideMatch($review: ID!, $sameAs: ID) { decideMatch(review: $review, sameAs: $sameAs) { id name } }": typeof types.DecideMatchDocument,
    "query MetricsRefreshing { networkMetrics { refreshing } }": typeof types.MetricsRefreshingDocument,
    "fragment ProfileFields on OrganizationProfile {\n  id version name shortName kind city postCode street country lat lon employees founded website\n  universityKind society competences industries contactName contactEmail contactPhone notes source synthetic updatedAt\n}": typeof types.ProfileFieldsFragmentDoc,
    "query EditProfile($id: ID!) { organizationProfile(id: $id) { ...ProfileFields } }": typeof types.EditProfileDocument,
    "mutation UpdateOrganization($id: ID!, $version: Int!, $fields: OrganizationFields!) {\n  updateOrganization(id: $id, version: $version, fields: $fields) { ...ProfileFields }\n}": typeof types.UpdateOrganizationDocument,
    "mutation CreateOrganization($fields: OrganizationFields!) {\n  createOrganization(fields: $fields) { ...ProfileFields }\n}": typeof types.CreateOrganizationDocument,
    "mutation DeleteOrganization($id: ID!, $version: Int!) { deleteOrganization(id: $id, version: $version) }": typeof types.DeleteOrganizationDocument,
    "mutation MergeOrganizations($keep: ID!, $keepVersion: Int!, $drop: ID!, $dropVersion: Int!, $fields: OrganizationFields) {\n  mergeOrganizations(keep: $keep, keepVersion: $keepVersion, drop: $drop, dropVersion: $dropVersion, fields: $fields) { ...ProfileFields }\n}": typeof types.MergeOrganizationsDocument,
    "mutation CreateProject($fields: ProjectFields!) { createProject(fields: $fields) { id version title } }": typeof types.CreateProjectDocument,
    "mutation SetParticipation($organization: ID!, $project: ID!, $role: ParticipationRole!) {\n  setParticipation(organization: $organization, project: $project, role: $role)\n}": typeof types.SetParticipationDocument,
    "query OrgDetails($id: ID!) { organizationDetails(id: $id) {\n  id name shortName kind synthetic source confidence degree\n  place { id name } district { id name }\n  competences { id nameDe nameEn } industries { id nameDe nameEn }\n  projects { role project { id title level start end } }\n  cooperations { since kind partner { id name } }\n  memberOf { id name }\n  metricsAt betweenness componentId componentSize communityId articulation effectiveSize splitOff researchCutOff\n  employees founded sizeClass universityKind society\n  provenance { source recordId url fileDate }\n} }": typeof types.OrgDetailsDocument,
    "query ProjectDetails($id: ID!) { projects(where: { id: { eq: $id } }) {\n  id title level start end programme synthetic actionField { id nameDe nameEn } competences { id nameDe nameEn }\n  participantsConnection(sort: [{ node: { name: ASC } }]) { edges { properties { role } node { id name } } }\n  provenance(sort: [{ source: ASC }, { recordId: ASC }]) { source recordId url fileDate }\n} }": typeof types.ProjectDetailsDocument,
    "fragment GapOrgFields on GapOrganization { id name kind sizeClass employees districtName competences synthetic }": typeof types.GapOrgFieldsFragmentDoc,
    "query IsolatedReport { isolated: isolatedOrganizations(limit: 500) { total byDistrict { key label count } bySizeClass { key label count } byCompetence { key label count } organizations { ...GapOrgFields } } }": typeof types.IsolatedReportDocument,
    "query ReachReport { reach: researchReach(limit: 0) { companies withoutDirectTie withoutTieWithinTwo byDistrict { key label companies withoutDirectTie withoutTieWithinTwo } } }": typeof types.ReachReportDocument,
    "query WhiteSpotsReport { whitespots: competenceWhiteSpots { competence { id nameDe nameEn core } companies research ties researchProjects linkedCompanies\n    whiteSpot demandWithoutResearchLink supplyWithoutUptake } }": typeof types.WhiteSpotsReportDocument,
    "query ResearchReport { research: researchWithoutIndustry(limit: 500) { organization { ...GapOrgFields } partners projects } }": typeof types.ResearchReportDocument,
    "query DistrictsReport { districts: districtConnectivity { districts { district { id name } organizations companies research tiesWithin tiesOutside researchTies\n    companiesWithResearchTie cutOffFromResearch } between { from to ties } } }": typeof types.DistrictsReportDocument,
    "query InternationalReport { international: internationalReach(limit: 500, projects: 5) { regionalOrganizations withForeignPartners withoutForeignPartners\n    foreignPartners byKind { kind organizations withForeignPartners withoutForeignPartners }\n    countries { country partners syntheticPartners regionalOrganizations projects }\n    organizations { organization { ...GapOrgFields } foreignPartners countries { key count } projectCount projects { id title synthetic } } } }": typeof types.InternationalReportDocument,
    "query BrokersReport { brokers(limit: 50, orderBy: SPLIT_OFF, cutOffLimit: 0) { computedAt brokers { organization { ...GapOrgFields } degree betweenness articulation bridgeTies splitOff researchCutOff } } }": typeof types.BrokersReportDocument,
    "query CommunitiesReport { communities(limit: 200) { computedAt communities { id size companies research label competences { key label count } districts { key label count } hubs { id name } }\n    unbridged { a b sharedCompetences } } }": typeof types.CommunitiesReportDocument,
    "query KpisReport { kpis: networkKpis { year smes smesWithResearchTie smeResearchShare newTies activeProjects activeProjectsByLevel { key label count } } }": typeof types.KpisReportDocument,
    "query MetricsStatus { networkMetrics { gdsAvailable hint computedAt stale } }": typeof types.MetricsStatusDocument,
    "query GapLens($lens: GapLensKind!, $target: ID) { gapLens(lens: $lens, target: $target) { key count ids } }": typeof types.GapLensDocument,
    "query Introductions($gap: GapKind!, $target: ID) { suggestedIntroductions(gap: $gap, target: $target, limit: 8, perOrganization: 1) {\n  gap subject score from { id name kind districtName } to { id name kind districtName } sharedCompetences\n  partner { ...RecommendationFields } } }": typeof types.IntroductionsDocument,
    "fragment RecommendationFields on TransferPartner {\n  rank score coldStart\n  organization { id name shortName kind society place district { id name } }\n  breakdown {\n    competence { value contribution coverage { need { id nameDe nameEn } match via { id nameDe nameEn } } }\n    proximity { value contribution distance }\n    warmIntroductions { value contribution count introducers { id name } }\n    trackRecord { value contribution similarFirms }\n    geography { value contribution distanceKm }\n  }\n  evidence { kind path { ...PathFields } }\n}": typeof types.RecommendationFieldsFragmentDoc,
    "query TransferPartners($org: ID, $competences: [ID!], $kinds: [OrganizationKind!], $near: NearInput, $max: Int) {\n  transferPartners(organizationId: $org, competences: $competences, kinds: $kinds, near: $near, maxDistanceKm: $max, limit: 15) {\n    organization { id name } needs { id nameDe nameEn } coldStart candidates\n    partners { ...RecommendationFields } } }": typeof types.TransferPartnersDocument,
};
const documents: Documents = {
    "query Start($whole: Int!) {\n  networkUpTo(maxOrganizations: $whole) { graph }\n  networkOverview {\n    computedAt organizations\n    districts { id name organizations companies research synthetic projects researchLinkedCompanies internalTies places }\n    ties { source target ties cooperations }\n  }\n  clusterStats { companies employees universities institutes projects cooperations syntheticOrganizations }\n  competences(sort: [{ nameDe: ASC }]) { id nameDe nameEn }\n  industries(sort: [{ nameDe: ASC }]) { id nameDe nameEn }\n  actionFields(sort: [{ nameDe: ASC }]) { id nameDe nameEn }\n  districts(sort: [{ name: ASC }]) { id name }\n}": types.StartDocument,
    "query Search($text: String!) { search(text: $text, limit: 12) { id type kind name secondary } }": types.SearchDocument,
    "query Neighbourhood($id: ID!) { neighbourhood(id: $id, hops: 1, includeMemberships: true) { graph } }": types.NeighbourhoodDocument,
    "query Memberships { network(filter: { includeProjects: false, includeMemberships: true }) { graph } }": types.MembershipsDocument,
    "query Network { network { graph } }": types.NetworkDocument,
    "query PartNetwork($filter: NetworkFilter!) { network(filter: $filter) { graph } }": types.PartNetworkDocument,
    "query DistrictOverview($district: ID!) {\n  districtOverview(district: $district) {\n    district\n    places { id name lat lon organizations companies researchLinkedCompanies }\n    ties { source target ties cooperations }\n  }\n}": types.DistrictOverviewDocument,
    "fragment PathFields on Path {\n  length nodeIds edgeKeys steps { from { id name nodeType } to { id name nodeType } relation role year since }\n}": types.PathFieldsFragmentDoc,
    "query ShortestPath($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { ...PathFields } }": types.ShortestPathDocument,
    "mutation ChangePassword($current: String!, $next: String!) {\n  changePassword(current: $current, next: $next) { id mustChangePassword }\n}": types.ChangePasswordDocument,
    "query AuditTrail($record: ID, $user: ID, $importId: ID, $since: String, $after: String) {\n  auditTrail(record: $record, user: $user, importId: $importId, since: $since, first: 50, after: $after) {\n    entries { id at actorId actorName action entity entityId otherId version fields before after via importId file row }\n    endCursor\n  }\n}": types.AuditTrailDocument,
    "query ChangesSince($since: String!) { changesSince(since: $since) { entity action count } }": types.ChangesSinceDocument,
    "query Imports { imports(first: 20) { id kind file mode actorName status summary at } }": types.ImportsDocument,
    "mutation UndoImport($importId: ID!) { undoImport(importId: $importId) }": types.UndoImportDocument,
    "query MatchReviews($first: Int) {\n  matchReviews(first: $first) {\n    id importId file row name city candidateId candidateName candidateCity confidence reasons alternatives { id name confidence }\n  }\n}": types.MatchReviewsDocument,
    "mutation DecideMatch($review: ID!, $sameAs: ID) { decideMatch(review: $review, sameAs: $sameAs) { id name } }": types.DecideMatchDocument,
    "query MetricsRefreshing { networkMetrics { refreshing } }": types.MetricsRefreshingDocument,
    "fragment ProfileFields on OrganizationProfile {\n  id version name shortName kind city postCode street country lat lon employees founded website\n  universityKind society competences industries contactName contactEmail contactPhone notes source synthetic updatedAt\n}": types.ProfileFieldsFragmentDoc,
    "query EditProfile($id: ID!) { organizationProfile(id: $id) { ...ProfileFields } }": types.EditProfileDocument,
    "mutation UpdateOrganization($id: ID!, $version: Int!, $fields: OrganizationFields!) {\n  updateOrganization(id: $id, version: $version, fields: $fields) { ...ProfileFields }\n}": types.UpdateOrganizationDocument,
    "mutation CreateOrganization($fields: OrganizationFields!) {\n  createOrganization(fields: $fields) { ...ProfileFields }\n}": types.CreateOrganizationDocument,
    "mutation DeleteOrganization($id: ID!, $version: Int!) { deleteOrganization(id: $id, version: $version) }": types.DeleteOrganizationDocument,
    "mutation MergeOrganizations($keep: ID!, $keepVersion: Int!, $drop: ID!, $dropVersion: Int!, $fields: OrganizationFields) {\n  mergeOrganizations(keep: $keep, keepVersion: $keepVersion, drop: $drop, dropVersion: $dropVersion, fields: $fields) { ...ProfileFields }\n}": types.MergeOrganizationsDocument,
    "mutation CreateProject($fields: ProjectFields!) { createProject(fields: $fields) { id version title } }": types.CreateProjectDocument,
    "mutation SetParticipation($organization: ID!, $project: ID!, $role: ParticipationRole!) {\n  setParticipation(organization: $organization, project: $project, role: $role)\n}": types.SetParticipationDocument,
    "query OrgDetails($id: ID!) { organizationDetails(id: $id) {\n  id name shortName kind synthetic source confidence degree\n  place { id name } district { id name }\n  competences { id nameDe nameEn } industries { id nameDe nameEn }\n  projects { role project { id title level start end } }\n  cooperations { since kind partner { id name } }\n  memberOf { id name }\n  metricsAt betweenness componentId componentSize communityId articulation effectiveSize splitOff researchCutOff\n  employees founded sizeClass universityKind society\n  provenance { source recordId url fileDate }\n} }": types.OrgDetailsDocument,
    "query ProjectDetails($id: ID!) { projects(where: { id: { eq: $id } }) {\n  id title level start end programme synthetic actionField { id nameDe nameEn } competences { id nameDe nameEn }\n  participantsConnection(sort: [{ node: { name: ASC } }]) { edges { properties { role } node { id name } } }\n  provenance(sort: [{ source: ASC }, { recordId: ASC }]) { source recordId url fileDate }\n} }": types.ProjectDetailsDocument,
    "fragment GapOrgFields on GapOrganization { id name kind sizeClass employees districtName competences synthetic }": types.GapOrgFieldsFragmentDoc,
    "query IsolatedReport { isolated: isolatedOrganizations(limit: 500) { total byDistrict { key label count } bySizeClass { key label count } byCompetence { key label count } organizations { ...GapOrgFields } } }": types.IsolatedReportDocument,
    "query ReachReport { reach: researchReach(limit: 0) { companies withoutDirectTie withoutTieWithinTwo byDistrict { key label companies withoutDirectTie withoutTieWithinTwo } } }": types.ReachReportDocument,
    "query WhiteSpotsReport { whitespots: competenceWhiteSpots { competence { id nameDe nameEn core } companies research ties researchProjects linkedCompanies\n    whiteSpot demandWithoutResearchLink supplyWithoutUptake } }": types.WhiteSpotsReportDocument,
    "query ResearchReport { research: researchWithoutIndustry(limit: 500) { organization { ...GapOrgFields } partners projects } }": types.ResearchReportDocument,
    "query DistrictsReport { districts: districtConnectivity { districts { district { id name } organizations companies research tiesWithin tiesOutside researchTies\n    companiesWithResearchTie cutOffFromResearch } between { from to ties } } }": types.DistrictsReportDocument,
    "query InternationalReport { international: internationalReach(limit: 500, projects: 5) { regionalOrganizations withForeignPartners withoutForeignPartners\n    foreignPartners byKind { kind organizations withForeignPartners withoutForeignPartners }\n    countries { country partners syntheticPartners regionalOrganizations projects }\n    organizations { organization { ...GapOrgFields } foreignPartners countries { key count } projectCount projects { id title synthetic } } } }": types.InternationalReportDocument,
    "query BrokersReport { brokers(limit: 50, orderBy: SPLIT_OFF, cutOffLimit: 0) { computedAt brokers { organization { ...GapOrgFields } degree betweenness articulation bridgeTies splitOff researchCutOff } } }": types.BrokersReportDocument,
    "query CommunitiesReport { communities(limit: 200) { computedAt communities { id size companies research label competences { key label count } districts { key label count } hubs { id name } }\n    unbridged { a b sharedCompetences } } }": types.CommunitiesReportDocument,
    "query KpisReport { kpis: networkKpis { year smes smesWithResearchTie smeResearchShare newTies activeProjects activeProjectsByLevel { key label count } } }": types.KpisReportDocument,
    "query MetricsStatus { networkMetrics { gdsAvailable hint computedAt stale } }": types.MetricsStatusDocument,
    "query GapLens($lens: GapLensKind!, $target: ID) { gapLens(lens: $lens, target: $target) { key count ids } }": types.GapLensDocument,
    "query Introductions($gap: GapKind!, $target: ID) { suggestedIntroductions(gap: $gap, target: $target, limit: 8, perOrganization: 1) {\n  gap subject score from { id name kind districtName } to { id name kind districtName } sharedCompetences\n  partner { ...RecommendationFields } } }": types.IntroductionsDocument,
    "fragment RecommendationFields on TransferPartner {\n  rank score coldStart\n  organization { id name shortName kind society place district { id name } }\n  breakdown {\n    competence { value contribution coverage { need { id nameDe nameEn } match via { id nameDe nameEn } } }\n    proximity { value contribution distance }\n    warmIntroductions { value contribution count introducers { id name } }\n    trackRecord { value contribution similarFirms }\n    geography { value contribution distanceKm }\n  }\n  evidence { kind path { ...PathFields } }\n}": types.RecommendationFieldsFragmentDoc,
    "query TransferPartners($org: ID, $competences: [ID!], $kinds: [OrganizationKind!], $near: NearInput, $max: Int) {\n  transferPartners(organizationId: $org, competences: $competences, kinds: $kinds, near: $near, maxDistanceKm: $max, limit: 15) {\n    organization { id name } needs { id nameDe nameEn } coldStart candidates\n    partners { ...RecommendationFields } } }": types.TransferPartnersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Start($whole: Int!) {\n  networkUpTo(maxOrganizations: $whole) { graph }\n  networkOverview {\n    computedAt organizations\n    districts { id name organizations companies research synthetic projects researchLinkedCompanies internalTies places }\n    ties { source target ties cooperations }\n  }\n  clusterStats { companies employees universities institutes projects cooperations syntheticOrganizations }\n  competences(sort: [{ nameDe: ASC }]) { id nameDe nameEn }\n  industries(sort: [{ nameDe: ASC }]) { id nameDe nameEn }\n  actionFields(sort: [{ nameDe: ASC }]) { id nameDe nameEn }\n  districts(sort: [{ name: ASC }]) { id name }\n}"): typeof import('./graphql.ts').StartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($text: String!) { search(text: $text, limit: 12) { id type kind name secondary } }"): typeof import('./graphql.ts').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Neighbourhood($id: ID!) { neighbourhood(id: $id, hops: 1, includeMemberships: true) { graph } }"): typeof import('./graphql.ts').NeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Memberships { network(filter: { includeProjects: false, includeMemberships: true }) { graph } }"): typeof import('./graphql.ts').MembershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Network { network { graph } }"): typeof import('./graphql.ts').NetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartNetwork($filter: NetworkFilter!) { network(filter: $filter) { graph } }"): typeof import('./graphql.ts').PartNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DistrictOverview($district: ID!) {\n  districtOverview(district: $district) {\n    district\n    places { id name lat lon organizations companies researchLinkedCompanies }\n    ties { source target ties cooperations }\n  }\n}"): typeof import('./graphql.ts').DistrictOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PathFields on Path {\n  length nodeIds edgeKeys steps { from { id name nodeType } to { id name nodeType } relation role year since }\n}"): typeof import('./graphql.ts').PathFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShortestPath($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { ...PathFields } }"): typeof import('./graphql.ts').ShortestPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($current: String!, $next: String!) {\n  changePassword(current: $current, next: $next) { id mustChangePassword }\n}"): typeof import('./graphql.ts').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditTrail($record: ID, $user: ID, $importId: ID, $since: String, $after: String) {\n  auditTrail(record: $record, user: $user, importId: $importId, since: $since, first: 50, after: $after) {\n    entries { id at actorId actorName action entity entityId otherId version fields before after via importId file row }\n    endCursor\n  }\n}"): typeof import('./graphql.ts').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChangesSince($since: String!) { changesSince(since: $since) { entity action count } }"): typeof import('./graphql.ts').ChangesSinceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Imports { imports(first: 20) { id kind file mode actorName status summary at } }"): typeof import('./graphql.ts').ImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UndoImport($importId: ID!) { undoImport(importId: $importId) }"): typeof import('./graphql.ts').UndoImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatchReviews($first: Int) {\n  matchReviews(first: $first) {\n    id importId file row name city candidateId candidateName candidateCity confidence reasons alternatives { id name confidence }\n  }\n}"): typeof import('./graphql.ts').MatchReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideMatch($review: ID!, $sameAs: ID) { decideMatch(review: $review, sameAs: $sameAs) { id name } }"): typeof import('./graphql.ts').DecideMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MetricsRefreshing { networkMetrics { refreshing } }"): typeof import('./graphql.ts').MetricsRefreshingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProfileFields on OrganizationProfile {\n  id version name shortName kind city postCode street country lat lon employees founded website\n  universityKind society competences industries contactName contactEmail contactPhone notes source synthetic updatedAt\n}"): typeof import('./graphql.ts').ProfileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EditProfile($id: ID!) { organizationProfile(id: $id) { ...ProfileFields } }"): typeof import('./graphql.ts').EditProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrganization($id: ID!, $version: Int!, $fields: OrganizationFields!) {\n  updateOrganization(id: $id, version: $version, fields: $fields) { ...ProfileFields }\n}"): typeof import('./graphql.ts').UpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrganization($fields: OrganizationFields!) {\n  createOrganization(fields: $fields) { ...ProfileFields }\n}"): typeof import('./graphql.ts').CreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteOrganization($id: ID!, $version: Int!) { deleteOrganization(id: $id, version: $version) }"): typeof import('./graphql.ts').DeleteOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeOrganizations($keep: ID!, $keepVersion: Int!, $drop: ID!, $dropVersion: Int!, $fields: OrganizationFields) {\n  mergeOrganizations(keep: $keep, keepVersion: $keepVersion, drop: $drop, dropVersion: $dropVersion, fields: $fields) { ...ProfileFields }\n}"): typeof import('./graphql.ts').MergeOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProject($fields: ProjectFields!) { createProject(fields: $fields) { id version title } }"): typeof import('./graphql.ts').CreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetParticipation($organization: ID!, $project: ID!, $role: ParticipationRole!) {\n  setParticipation(organization: $organization, project: $project, role: $role)\n}"): typeof import('./graphql.ts').SetParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgDetails($id: ID!) { organizationDetails(id: $id) {\n  id name shortName kind synthetic source confidence degree\n  place { id name } district { id name }\n  competences { id nameDe nameEn } industries { id nameDe nameEn }\n  projects { role project { id title level start end } }\n  cooperations { since kind partner { id name } }\n  memberOf { id name }\n  metricsAt betweenness componentId componentSize communityId articulation effectiveSize splitOff researchCutOff\n  employees founded sizeClass universityKind society\n  provenance { source recordId url fileDate }\n} }"): typeof import('./graphql.ts').OrgDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectDetails($id: ID!) { projects(where: { id: { eq: $id } }) {\n  id title level start end programme synthetic actionField { id nameDe nameEn } competences { id nameDe nameEn }\n  participantsConnection(sort: [{ node: { name: ASC } }]) { edges { properties { role } node { id name } } }\n  provenance(sort: [{ source: ASC }, { recordId: ASC }]) { source recordId url fileDate }\n} }"): typeof import('./graphql.ts').ProjectDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GapOrgFields on GapOrganization { id name kind sizeClass employees districtName competences synthetic }"): typeof import('./graphql.ts').GapOrgFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsolatedReport { isolated: isolatedOrganizations(limit: 500) { total byDistrict { key label count } bySizeClass { key label count } byCompetence { key label count } organizations { ...GapOrgFields } } }"): typeof import('./graphql.ts').IsolatedReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReachReport { reach: researchReach(limit: 0) { companies withoutDirectTie withoutTieWithinTwo byDistrict { key label companies withoutDirectTie withoutTieWithinTwo } } }"): typeof import('./graphql.ts').ReachReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhiteSpotsReport { whitespots: competenceWhiteSpots { competence { id nameDe nameEn core } companies research ties researchProjects linkedCompanies\n    whiteSpot demandWithoutResearchLink supplyWithoutUptake } }"): typeof import('./graphql.ts').WhiteSpotsReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResearchReport { research: researchWithoutIndustry(limit: 500) { organization { ...GapOrgFields } partners projects } }"): typeof import('./graphql.ts').ResearchReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DistrictsReport { districts: districtConnectivity { districts { district { id name } organizations companies research tiesWithin tiesOutside researchTies\n    companiesWithResearchTie cutOffFromResearch } between { from to ties } } }"): typeof import('./graphql.ts').DistrictsReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InternationalReport { international: internationalReach(limit: 500, projects: 5) { regionalOrganizations withForeignPartners withoutForeignPartners\n    foreignPartners byKind { kind organizations withForeignPartners withoutForeignPartners }\n    countries { country partners syntheticPartners regionalOrganizations projects }\n    organizations { organization { ...GapOrgFields } foreignPartners countries { key count } projectCount projects { id title synthetic } } } }"): typeof import('./graphql.ts').InternationalReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrokersReport { brokers(limit: 50, orderBy: SPLIT_OFF, cutOffLimit: 0) { computedAt brokers { organization { ...GapOrgFields } degree betweenness articulation bridgeTies splitOff researchCutOff } } }"): typeof import('./graphql.ts').BrokersReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunitiesReport { communities(limit: 200) { computedAt communities { id size companies research label competences { key label count } districts { key label count } hubs { id name } }\n    unbridged { a b sharedCompetences } } }"): typeof import('./graphql.ts').CommunitiesReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KpisReport { kpis: networkKpis { year smes smesWithResearchTie smeResearchShare newTies activeProjects activeProjectsByLevel { key label count } } }"): typeof import('./graphql.ts').KpisReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MetricsStatus { networkMetrics { gdsAvailable hint computedAt stale } }"): typeof import('./graphql.ts').MetricsStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GapLens($lens: GapLensKind!, $target: ID) { gapLens(lens: $lens, target: $target) { key count ids } }"): typeof import('./graphql.ts').GapLensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Introductions($gap: GapKind!, $target: ID) { suggestedIntroductions(gap: $gap, target: $target, limit: 8, perOrganization: 1) {\n  gap subject score from { id name kind districtName } to { id name kind districtName } sharedCompetences\n  partner { ...RecommendationFields } } }"): typeof import('./graphql.ts').IntroductionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RecommendationFields on TransferPartner {\n  rank score coldStart\n  organization { id name shortName kind society place district { id name } }\n  breakdown {\n    competence { value contribution coverage { need { id nameDe nameEn } match via { id nameDe nameEn } } }\n    proximity { value contribution distance }\n    warmIntroductions { value contribution count introducers { id name } }\n    trackRecord { value contribution similarFirms }\n    geography { value contribution distanceKm }\n  }\n  evidence { kind path { ...PathFields } }\n}"): typeof import('./graphql.ts').RecommendationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TransferPartners($org: ID, $competences: [ID!], $kinds: [OrganizationKind!], $near: NearInput, $max: Int) {\n  transferPartners(organizationId: $org, competences: $competences, kinds: $kinds, near: $near, maxDistanceKm: $max, limit: 15) {\n    organization { id name } needs { id nameDe nameEn } coldStart candidates\n    partners { ...RecommendationFields } } }"): typeof import('./graphql.ts').TransferPartnersDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
