export const searchTypeDefs = `
type SearchHit {
  id: ID!
  type: SearchHitType!
  "The organisation's kind where type is organization; the place's or district's kind otherwise."
  kind: String
  name: String!
  "Short name, or the English name of a competence or industry."
  secondary: String
  score: Float!
}

type Query {
  "Full-text search over names, short names, competences, industries and places."
  search(text: String!, limit: Int = 10): [SearchHit!]!
}
`;
