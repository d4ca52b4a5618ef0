// The organisations an imported row might be, for many rows at once: the one with the row's id,
// those whose normalised name (nameKey) is one of the row's keys, and the best few of the
// full-text index for $rows[].query (escaped Lucene terms built by the server, or null).
// $rows: [{row, id, keys, query}], $limit: full-text hits per row.
// Only real organisations: an import that updated a demo firm would leave it `synthetic: true`,
// and removing the demo data (npm run demo:remove) would take the imported data with it.
UNWIND $rows AS row
CALL (row) {
  MATCH (o:Organization {id: row.id})
  RETURN o
  UNION
  MATCH (o:Organization)
  WHERE o.nameKey IN row.keys
  RETURN o
  UNION
  WITH row
  WHERE row.query IS NOT NULL
  CALL db.index.fulltext.queryNodes('search_organizations', row.query, {limit: toInteger($limit)})
  YIELD node
  RETURN node AS o
}
WITH row, o
WHERE o.synthetic IS NULL OR o.synthetic = false
OPTIONAL MATCH (o)-[:LOCATED_IN]->(p:Place)
WITH row, o, collect(p.name)[0] AS city
RETURN row.row AS row, o.id AS id, o.name AS name, o.shortName AS shortName, o.kind AS kind, city
ORDER BY row, id
