// The organisations of the network view, with stored layout positions. Every filter is
// optional: a null parameter means "no restriction".
MATCH (o:Organization)-[:LOCATED_IN]->(p:Place)-[:IN_DISTRICT]->(d:District)
WHERE ($kinds IS NULL OR o.kind IN $kinds)
  AND ($societies IS NULL OR o.kind <> 'research_institute' OR o.society IN $societies)
  AND ($districts IS NULL OR d.id IN $districts)
  AND ($competences IS NULL OR EXISTS { (o)-[:HAS_COMPETENCE]->(c:Competence) WHERE c.id IN $competences })
  AND ($industries IS NULL OR EXISTS { (o)-[:SUPPLIES]->(i:Industry) WHERE i.id IN $industries })
  AND ($minEmployees IS NULL OR o.employees >= $minEmployees)
  AND ($maxEmployees IS NULL OR o.employees <= $maxEmployees)
  AND ($synthetic IS NULL OR o.synthetic = $synthetic)
RETURN o.id AS id, o.name AS name, o.shortName AS shortName, o.kind AS kind,
       o.society AS society, o.universityKind AS universityKind, o.employees AS employees,
       o.synthetic AS synthetic, o.x AS x, o.y AS y,
       o.location.latitude AS lat, o.location.longitude AS lon, p.id AS place, d.id AS district,
       [(o)-[:HAS_COMPETENCE]->(c:Competence) | c.id] AS competences,
       [(o)-[:SUPPLIES]->(i:Industry) | i.id] AS industries
ORDER BY id
