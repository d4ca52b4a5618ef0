// Every organisation an import may match, for the in-memory candidate index
// (server/curation/matching/candidate-index.ts): its names, kind and town.
MATCH (o:Organization)
OPTIONAL MATCH (o)-[:LOCATED_IN]->(p:Place)
WITH o, collect(p.name)[0] AS city
RETURN o.id AS id, o.name AS name, o.shortName AS shortName, o.kind AS kind, city
