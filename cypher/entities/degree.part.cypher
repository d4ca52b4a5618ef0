// Ties that make the network: distinct partners through projects and direct cooperations, of
// `this`. Shared by the degree field and the detail panel's statement (details/organization).
CALL (this) {
  MATCH (this)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(other:Organization)
  RETURN other
  UNION
  MATCH (this)-[:COOPERATES_WITH]-(other:Organization)
  RETURN other
}
RETURN count(DISTINCT other) AS degree
