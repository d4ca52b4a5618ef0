// The organisations of a neighbourhood by id, with the columns of network/organizations so both
// views get the same node attributes. Place and district are optional here: a reached
// organisation is shown even if its place is missing.
UNWIND $ids AS orgId
MATCH (o:Organization {id: orgId})
OPTIONAL MATCH (o)-[:LOCATED_IN]->(p:Place)
OPTIONAL MATCH (p)-[:IN_DISTRICT]->(d:District)
RETURN o.id AS id, o.name AS name, o.shortName AS shortName, o.kind AS kind,
       o.society AS society, o.universityKind AS universityKind, o.employees AS employees,
       o.synthetic AS synthetic, o.x AS x, o.y AS y,
       o.location.latitude AS lat, o.location.longitude AS lon, p.id AS place, d.id AS district,
       [(o)-[:HAS_COMPETENCE]->(c:Competence) | c.id] AS competences,
       [(o)-[:SUPPLIES]->(i:Industry) | i.id] AS industries
ORDER BY id
