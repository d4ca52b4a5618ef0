// Organisation pairs tied directly (a cooperation) or through a shared project, counted per pair
// of districts: source <= target, and source = target for the pairs within one district.
CALL () {
  MATCH (a:Organization)-[:COOPERATES_WITH]->(b:Organization)
  MATCH (a)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(da:District)
  MATCH (b)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(db:District)
  RETURN da.id AS x, db.id AS y, 1 AS cooperation
  UNION ALL
  MATCH (p:Project)<-[:PARTICIPATES_IN]-(:Organization)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(d:District)
  WITH p, collect(d.id) AS ds
  UNWIND range(0, size(ds) - 2) AS i
  UNWIND range(i + 1, size(ds) - 1) AS j
  RETURN ds[i] AS x, ds[j] AS y, 0 AS cooperation
}
WITH CASE WHEN x <= y THEN x ELSE y END AS source, CASE WHEN x <= y THEN y ELSE x END AS target, cooperation
RETURN source, target, count(*) AS ties, sum(cooperation) AS cooperations
ORDER BY source, target
