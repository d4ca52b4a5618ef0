// Organisation pairs of one district tied directly (a cooperation) or through a shared project,
// counted per pair of its places: source <= target, and source = target within one place. Pairs
// with one end outside the district are left out: the district's towns are what is drawn.
CALL () {
  MATCH (d:District {id: $district})<-[:IN_DISTRICT]-(pa:Place)<-[:LOCATED_IN]-(:Organization)-[:COOPERATES_WITH]->(:Organization)-[:LOCATED_IN]->(pb:Place)-[:IN_DISTRICT]->(d)
  RETURN pa.id AS x, pb.id AS y, 1 AS cooperation
  UNION ALL
  MATCH (:District {id: $district})<-[:IN_DISTRICT]-(pl:Place)<-[:LOCATED_IN]-(:Organization)-[:PARTICIPATES_IN]->(pr:Project)
  WITH pr, collect(pl.id) AS ps
  UNWIND range(0, size(ps) - 2) AS i
  UNWIND range(i + 1, size(ps) - 1) AS j
  RETURN ps[i] AS x, ps[j] AS y, 0 AS cooperation
}
WITH CASE WHEN x <= y THEN x ELSE y END AS source, CASE WHEN x <= y THEN y ELSE x END AS target, cooperation
RETURN source, target, count(*) AS ties, sum(cooperation) AS cooperations
ORDER BY source, target
