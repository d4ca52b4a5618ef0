// Moves every tie of `drop` to `keep` (the closed set of relationship types), never duplicating
// one keep already has and never tying keep to itself; a lead role wins over partner. Both locked.
MATCH (keep:Organization {id: $keep}), (drop:Organization {id: $drop})
CALL (keep, drop) {
  MATCH (drop)-[r:PARTICIPATES_IN]->(p:Project)
  MERGE (keep)-[n:PARTICIPATES_IN]->(p)
  SET n.role = CASE WHEN r.role = 'lead' OR n.role = 'lead' THEN 'lead' ELSE 'partner' END
  RETURN count(*) AS participations
}
CALL (keep, drop) {
  MATCH (drop)-[r:COOPERATES_WITH]-(x:Organization) WHERE x <> keep
  MERGE (keep)-[n:COOPERATES_WITH]-(x)
  ON CREATE SET n = properties(r)
  RETURN count(*) AS cooperations
}
CALL (keep, drop) {
  MATCH (drop)-[r:MEMBER_OF]->(x:Organization) WHERE x <> keep
  MERGE (keep)-[n:MEMBER_OF]->(x)
  ON CREATE SET n = properties(r)
  RETURN count(*) AS memberships
}
CALL (keep, drop) {
  MATCH (x:Organization)-[r:MEMBER_OF]->(drop) WHERE x <> keep
  MERGE (x)-[n:MEMBER_OF]->(keep)
  ON CREATE SET n = properties(r)
  RETURN count(*) AS members
}
CALL (keep, drop) {
  MATCH (drop)-[:HAS_COMPETENCE|SUPPLIES]->(t)
  FOREACH (_ IN CASE WHEN t:Competence THEN [1] ELSE [] END | MERGE (keep)-[:HAS_COMPETENCE]->(t))
  FOREACH (_ IN CASE WHEN t:Industry THEN [1] ELSE [] END | MERGE (keep)-[:SUPPLIES]->(t))
  RETURN count(*) AS terms
}
RETURN participations, cooperations, memberships, members, terms
