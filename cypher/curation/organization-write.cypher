// Creates or rewrites organisations from validated profiles, one row each. The kind labels are a
// closed set (never user input); `+=` with null removes a cleared property. Locked before
// (organization-lock).
UNWIND $rows AS row
MATCH (p:Place {id: row.placeId})
MERGE (o:Organization {id: row.id})
ON CREATE SET o.createdAt = datetime($now)
SET o += row.props,
    o.version = coalesce(o.version, 0) + 1,
    o.updatedAt = datetime($now),
    o.location = CASE WHEN row.lat IS NULL THEN p.location ELSE point({latitude: row.lat, longitude: row.lon}) END
REMOVE o:Company:University:ResearchInstitute:Chamber:Association:Network:Agency:Ministry
FOREACH (_ IN CASE WHEN row.props.kind = 'company' THEN [1] ELSE [] END | SET o:Company)
FOREACH (_ IN CASE WHEN row.props.kind = 'university' THEN [1] ELSE [] END | SET o:University)
FOREACH (_ IN CASE WHEN row.props.kind = 'research_institute' THEN [1] ELSE [] END | SET o:ResearchInstitute)
FOREACH (_ IN CASE WHEN row.props.kind = 'chamber' THEN [1] ELSE [] END | SET o:Chamber)
FOREACH (_ IN CASE WHEN row.props.kind = 'association' THEN [1] ELSE [] END | SET o:Association)
FOREACH (_ IN CASE WHEN row.props.kind = 'network' THEN [1] ELSE [] END | SET o:Network)
FOREACH (_ IN CASE WHEN row.props.kind = 'agency' THEN [1] ELSE [] END | SET o:Agency)
FOREACH (_ IN CASE WHEN row.props.kind = 'ministry' THEN [1] ELSE [] END | SET o:Ministry)
WITH o, p, row
CALL (o) { MATCH (o)-[r:LOCATED_IN|HAS_COMPETENCE|SUPPLIES]->() DELETE r }
CALL (o) { MATCH (o)-[:HAS_CONTACT|HAS_NOTE]->(x) DETACH DELETE x }
MERGE (o)-[:LOCATED_IN]->(p)
WITH o, row
CALL (o, row) { UNWIND row.competenceIds AS cid MATCH (c:Competence {id: cid}) MERGE (o)-[:HAS_COMPETENCE]->(c) }
CALL (o, row) { UNWIND row.industryIds AS iid MATCH (i:Industry {id: iid}) MERGE (o)-[:SUPPLIES]->(i) }
FOREACH (c IN CASE WHEN row.contact IS NULL THEN [] ELSE [row.contact] END |
  CREATE (o)-[:HAS_CONTACT]->(:Contact {id: o.id + '-contact', name: c.name, email: c.email, phone: c.phone}))
FOREACH (t IN CASE WHEN row.notes IS NULL THEN [] ELSE [row.notes] END |
  CREATE (o)-[:HAS_NOTE]->(:Note {id: o.id + '-note', text: t, at: datetime($now), by: $by}))
RETURN o.id AS id, o.version AS version, o.location.latitude AS lat, o.location.longitude AS lon
