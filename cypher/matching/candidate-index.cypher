// Every organisation an import may match, for the in-memory candidate index
// (server/curation/matching/candidate-index.ts): its names, kind and town. Only real ones: an
// import that updated a demo firm would leave it `synthetic: true`, and removing the demo data
// (npm run demo:remove) would take the imported data with it.
MATCH (o:Organization)
WHERE o.synthetic IS NULL OR o.synthetic = false
OPTIONAL MATCH (o)-[:LOCATED_IN]->(p:Place)
WITH o, collect(p.name)[0] AS city
RETURN o.id AS id, o.name AS name, o.shortName AS shortName, o.kind AS kind, city
