// What the network shows of an organisation o at place p in district d (rows.ts: OrganizationRow).
o.id AS id, o.name AS name, o.shortName AS shortName, o.kind AS kind,
       o.society AS society, o.universityKind AS universityKind, o.employees AS employees,
       o.synthetic AS synthetic, o.x AS x, o.y AS y,
       o.location.latitude AS lat, o.location.longitude AS lon, p.id AS place, d.id AS district,
       [(o)-[:HAS_COMPETENCE]->(c:Competence) | c.id] AS competences,
       [(o)-[:SUPPLIES]->(i:Industry) | i.id] AS industries
