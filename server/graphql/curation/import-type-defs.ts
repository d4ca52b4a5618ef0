// The import's part of the editing API: the imports, the review queue, undo. Uploads and
// templates are HTTP routes (server/http/imports.ts).
export const importTypeDefs = `
"An import: a file brought in by a manager or on the command line."
type ImportRecord {
  "Import id (undoImport takes it)."
  id: ID!
  "organizations, projects, participations, cooperations or memberships."
  kind: String!
  "The file's name."
  file: String!
  "dry-run, all-or-nothing or skip-bad."
  mode: String!
  "Who ran it."
  actorName: String!
  "running, applied or undone."
  status: String!
  "Its counts as JSON (created, updated, unchanged, rejected, review)."
  summary: String
  "When (ISO date-time)."
  at: String!
}

"Another organisation the queued row might be."
type MatchAlternative {
  "Its id."
  id: ID!
  "Its name."
  name: String!
  "How likely, 0–1."
  confidence: Float!
}

"An imported organisation that might be one of the graph's: waits until a manager decides."
type MatchReview {
  "Review id (decideMatch takes it)."
  id: ID!
  "The import it came from."
  importId: ID
  "The file."
  file: String
  "The row of the file."
  row: Int
  "The imported name."
  name: String!
  "The imported town."
  city: String
  "The imported row as JSON."
  record: String!
  "The organisation it most likely is."
  candidateId: ID!
  "That organisation's name."
  candidateName: String
  "That organisation's town."
  candidateCity: String
  "How likely, 0–1."
  confidence: Float!
  "Why it might be the same, in words."
  reasons: [String!]!
  "Other organisations it might be."
  alternatives: [MatchAlternative!]!
}

type Query {
  "The imports, newest first (managers)."
  imports("How many, 1–200." first: Int = 20): [ImportRecord!]!
  "The review queue, oldest first (managers)."
  matchReviews("How many, 1–200." first: Int = 50, "Only this import's rows." importId: ID): [MatchReview!]!
}

type Mutation {
  "Decides a queued match (managers): sameAs is the organisation the row is (it updates that one and its spelling is remembered); null creates a new organisation."
  decideMatch("Review id." review: ID!, "The organisation it is; null: none, a new one." sameAs: ID): OrganizationProfile!
  "Undoes a whole import (managers): what it created goes, what it changed gets its values back. Refused when the records were changed since. Returns how many changes were undone."
  undoImport("Import id." importId: ID!): Int!
}`;
