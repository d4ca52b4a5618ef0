export const searchTypeDefs = `
"One match of a full-text search."
type SearchHit {
  "The id of what matched: an organisation, competence, industry, place or district."
  id: ID!
  "What matched."
  type: SearchHitType!
  "The organisation's kind where type is organization; the place's or district's kind otherwise."
  kind: String
  "Its name (German for competences and industries)."
  name: String!
  "Short name, or the English name of a competence or industry."
  secondary: String
  "Relevance from the full-text index, higher is better; terms (competences, industries, places, districts) come before organisations, each best first."
  score: Float!
}

type Query {
  "Full-text search over names, short names, competences, industries and places."
  search("Words to look for (1 to 200 characters); every word must match, the last also as a prefix (Fraunh finds Fraunhofer)." text: String!, "How many hits (1 to 100)." limit: Int = 10): [SearchHit!]!
}
`;
