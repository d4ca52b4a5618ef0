// Where imported facts come from: the source records of public sources (CORDIS, the Förderkatalog)
// that organisations and projects link to, and the source's own words on a participation.
export const provenanceTypeDefs = (readOnly: string) => `
"An organisation's part in a project; the source fields are set on parts imported from a public source."
type Participation @relationshipProperties {
  "Lead (coordinator) or partner."
  role: ParticipationRole!
  "The public source it was imported from: cordis or foerderkatalog."
  source: String
  "The source's own key of the record: a CORDIS project id, a Förderkatalog funding code (FKZ)."
  sourceRecordId: String
  "The role as the source words it: coordinator, participant, thirdParty, associatedPartner, Zuwendungsempfänger."
  sourceRole: String
  "The EU contribution to this participant in euros (CORDIS only)."
  euContributionEur: Float
  "The source's page of the record."
  sourceUrl: String
  "The date of the source file it was read from (YYYY-MM-DD)."
  fileDate: String
}

"""
One record of a public source that facts were imported from: a CORDIS project or organisation, a
Förderkatalog joint project or part. Organisations and projects link to theirs (provenance).
"""
type SourceRecord @node ${readOnly} {
  "Unique key: kind, source and the source's key, e.g. project:cordis:101091001 or organization:cordis:999984059."
  key: ID!
  "The source: cordis or foerderkatalog."
  source: String!
  "The source's own key: a CORDIS project id or organisation PIC, a Förderkatalog joint-project name or funding code (FKZ)."
  recordId: String!
  "The source's page of the record (a CORDIS project page, a Förderkatalog part); null when the source has none (CORDIS organisations)."
  url: String
  "The name of the file it was read from."
  file: String
  "The date of that file (YYYY-MM-DD)."
  fileDate: String
  "Organisations: the source's own kind (a CORDIS activity type: PRC, HES, REC, PUB, OTH)."
  sourceKind: String
  "Organisations: the EU SME flag as CORDIS reports it."
  sme: Boolean
  "Organisations: the NUTS region code as CORDIS reports it, e.g. DE40E or PL415."
  nutsCode: String
  "Organisations: true when the kind was guessed from the name (the Förderkatalog names no kind)."
  kindGuessed: Boolean
  "Projects: the EU's maximum contribution in euros (CORDIS)."
  euContributionEur: Float
  "Projects: the total cost in euros (CORDIS)."
  totalCostEur: Float
  "Projects: the funding codes (FKZ) of the parts of a joint project (Förderkatalog)."
  fundingCodes: [String!]
}
`;
