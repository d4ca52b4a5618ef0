// Isolated lens: organisations without any project or cooperation tie, as gaps/isolated counts them.
MATCH (o:Organization)
WHERE NOT EXISTS { (o)-[:COOPERATES_WITH]-() }
  AND NOT EXISTS { (o)-[:PARTICIPATES_IN]->()<-[:PARTICIPATES_IN]-() }
RETURN 'isolated' AS key, collect(o.id) AS ids
