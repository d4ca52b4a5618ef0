// The editing API: profiles to edit, mutations to change the cluster's data, and the audit trail.
// Every mutation is one transaction, checked against the record's version and recorded.
const organizationFields = `
  "Full name, at least 2 characters."
  name: String
  "Short name or acronym."
  shortName: String
  "What it is; decides the node type."
  kind: OrganizationKind
  "The town: a known place by name or id; a new town needs lat and lon."
  city: String
  "Postcode (Postleitzahl)."
  postCode: String
  "Street and number."
  street: String
  "ISO 3166 country code; DE when absent. Coordinates must lie in it."
  country: String
  "Latitude (WGS 84); absent: the town's."
  lat: Float
  "Longitude (WGS 84); absent: the town's."
  lon: Float
  "Head count (companies)."
  employees: Int
  "Year founded."
  founded: Int
  "Web address, http:// or https://."
  website: String
  "Which kind of Hochschule (universities only)."
  universityKind: UniversityKind
  "The research society (research institutes only)."
  society: ResearchSociety
  "Competence fields by id or German or English name."
  competences: [String!]
  "Target industries by id or German or English name."
  industries: [String!]
  "Non-public: the contact person."
  contactName: String
  "Non-public: the contact's e-mail address."
  contactEmail: String
  "Non-public: the contact's phone number."
  contactPhone: String
  "Non-public: internal notes of the cluster management."
  notes: String
  "Where the facts come from (a register, a website, a conversation)."
  source: String`;

const projectFields = `
  "Title, at least 3 characters."
  title: String
  "Acronym."
  acronym: String
  "Regional, national or international."
  level: ProjectLevel
  "The funding programme."
  programme: String
  "Start date, YYYY-MM-DD."
  start: String
  "End date, YYYY-MM-DD, not before the start."
  end: String
  "The Handlungsfeld (action field) it contributes to, by id or name."
  actionField: String
  "Competence fields it addresses, by id or name."
  competences: [String!]
  "Funding in euros."
  fundingEur: Float
  "Web address of the project."
  website: String
  "Where the facts come from."
  source: String`;

export const curationTypeDefs = `
"An organisation as the edit forms show it. Contact and notes are null unless the viewer is a manager or belongs to the organisation."
type OrganizationProfile {
  "Stable id."
  id: ID!
  "The version to name in the next edit; every change adds one."
  version: Int!
  ${organizationFields.replace('name: String', 'name: String!').replace('kind: OrganizationKind', 'kind: OrganizationKind!').replace('country: String', 'country: String!').replace('competences: [String!]', 'competences: [ID!]!').replace('industries: [String!]', 'industries: [ID!]!')}
  "The id of its place."
  placeId: ID
  "True for invented demo data."
  synthetic: Boolean!
  "When it last changed."
  updatedAt: String
}

"A project as the edit forms show it."
type ProjectProfile {
  "Stable id."
  id: ID!
  "The version to name in the next edit."
  version: Int!
  ${projectFields.replace('title: String', 'title: String!').replace('level: ProjectLevel', 'level: ProjectLevel!').replace('start: String', 'start: String!').replace('competences: [String!]', 'competences: [ID!]!')}
  "True for invented demo data."
  synthetic: Boolean!
  "When it last changed."
  updatedAt: String
}

"Fields of an organisation to set: a field given replaces the value, null clears it, an absent one stays."
input OrganizationFields {${organizationFields}
}

"Fields of a project to set: a field given replaces the value, null clears it, an absent one stays."
input ProjectFields {${projectFields}
}

"What a tie edit did."
enum TieOutcome {
  "The tie did not exist and was created."
  created
  "The tie existed and its values changed."
  updated
  "The tie existed with these values: nothing was written."
  unchanged
}

"One entry of the audit trail."
type AuditEntry {
  "Entry id."
  id: ID!
  "When (ISO date-time, UTC)."
  at: String!
  "Who: the user id."
  actorId: ID!
  "Who: the login name."
  actorName: String!
  "create, update, delete, merge, link or unlink."
  action: String!
  "organization, project, participation, cooperation or membership."
  entity: String!
  "The record, or the organisation of a tie."
  entityId: ID!
  "The project, partner or membership target of a tie; the kept record of a merge."
  otherId: ID
  "The record's version after the change."
  version: Int
  "The fields that changed."
  fields: [String!]!
  "The record before, as JSON; null for a creation."
  before: String
  "The record after, as JSON; null for a deletion."
  after: String
  "form, import, undo or cleanup."
  via: String!
  "The import it belongs to."
  importId: ID
  "The imported file."
  file: String
  "The row of the imported file."
  row: Int
}

"A page of the audit trail, newest first."
type AuditPage {
  "The entries."
  entries: [AuditEntry!]!
  "Pass as after for the next page; null on the last."
  endCursor: String
}

"How many changes of one kind since a date."
type ChangeCount {
  "organization, project, participation, cooperation or membership."
  entity: String!
  "create, update, delete, merge, link or unlink."
  action: String!
  "How many."
  count: Int!
}

type Query {
  "An organisation's profile for editing, with its version. Non-public fields only for managers and its own members."
  organizationProfile("Organisation id." id: ID!): OrganizationProfile
  "A project's profile for editing, with its version."
  projectProfile("Project id." id: ID!): ProjectProfile
  "The audit trail (managers): filter by organisation or project, person, import or date."
  auditTrail(
    "Changes of this record (as either end of a tie)." record: ID
    "Changes by this user id." user: ID
    "Changes of this import." importId: ID
    "Changes at or after this date or date-time (ISO)." since: String
    "Page size, 1–200." first: Int = 50
    "endCursor of the previous page." after: String
  ): AuditPage!
  "What changed since a date, counted by record kind and action (managers): the yearly KPIs' change figures."
  changesSince("ISO date or date-time." since: String!): [ChangeCount!]!
}

type Mutation {
  "Creates an organisation (managers). Fails naming every invalid field."
  createOrganization("Its fields; name, kind and city required." fields: OrganizationFields!): OrganizationProfile!
  "Changes an organisation (managers, or a member for its own). Fails with CONFLICT naming what changed if version is stale."
  updateOrganization("Organisation id." id: ID!, "The version the edit is based on." version: Int!, "What to change." fields: OrganizationFields!): OrganizationProfile!
  "Deletes an organisation with its ties (managers); the audit trail keeps the record."
  deleteOrganization("Organisation id." id: ID!, "The version the deletion is based on." version: Int!): ID!
  "Makes two records of one organisation one (managers): the dropped record's ties move to the kept one."
  mergeOrganizations(
    "The record to keep." keep: ID!
    "Its version." keepVersion: Int!
    "The record to merge into it and delete." drop: ID!
    "Its version." dropVersion: Int!
    "Values for the kept record (e.g. the better name)." fields: OrganizationFields
  ): OrganizationProfile!
  "Creates a project (managers)."
  createProject("Its fields; title, level and start required." fields: ProjectFields!): ProjectProfile!
  "Changes a project (managers)."
  updateProject("Project id." id: ID!, "The version the edit is based on." version: Int!, "What to change." fields: ProjectFields!): ProjectProfile!
  "Deletes a project with its participations (managers)."
  deleteProject("Project id." id: ID!, "The version the deletion is based on." version: Int!): ID!
  "Adds an organisation to a project, or changes its role (managers)."
  setParticipation("Organisation id." organization: ID!, "Project id." project: ID!, "Lead or partner." role: ParticipationRole!): TieOutcome!
  "Removes an organisation from a project (managers)."
  removeParticipation("Organisation id." organization: ID!, "Project id." project: ID!): ID!
  "Records or changes a direct cooperation between two organisations (managers)."
  setCooperation(
    "Organisation id." organization: ID!
    "The partner's id." partner: ID!
    "What it is about." kind: CooperationKind!
    "The year it began." since: Int
    "Where the fact comes from." source: String
  ): TieOutcome!
  "Removes a cooperation (managers)."
  removeCooperation("Organisation id." organization: ID!, "The partner's id." partner: ID!): ID!
  "Records or changes a membership in a chamber, association or network (managers)."
  setMembership(
    "The member's id." organization: ID!
    "The chamber, association or network." memberOf: ID!
    "The year it began." since: Int
    "Where the fact comes from." source: String
  ): TieOutcome!
  "Ends a membership (managers)."
  removeMembership("The member's id." organization: ID!, "The chamber, association or network." memberOf: ID!): ID!
}`;
