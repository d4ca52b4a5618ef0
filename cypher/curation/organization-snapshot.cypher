// Everything an edit can change, as one map: the audit trail's before and after, and the
// profile the edit forms show. Term lists are sorted so equal profiles compare equal.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
OPTIONAL MATCH (o)-[:LOCATED_IN]->(p:Place)
RETURN {
  id: o.id, version: coalesce(o.version, 0), name: o.name, shortName: o.shortName, kind: o.kind,
  city: p.name, placeId: p.id, country: coalesce(o.country, 'DE'), street: o.street, postCode: o.postCode,
  lat: o.location.latitude, lon: o.location.longitude,
  employees: o.employees, founded: o.founded, website: o.website,
  universityKind: o.universityKind, society: o.society,
  competences: COLLECT { MATCH (o)-[:HAS_COMPETENCE]->(c:Competence) RETURN c.id ORDER BY c.id },
  industries: COLLECT { MATCH (o)-[:SUPPLIES]->(i:Industry) RETURN i.id ORDER BY i.id },
  contactName: COLLECT { MATCH (o)-[:HAS_CONTACT]->(c:Contact) RETURN c.name }[0],
  contactEmail: COLLECT { MATCH (o)-[:HAS_CONTACT]->(c:Contact) RETURN c.email }[0],
  contactPhone: COLLECT { MATCH (o)-[:HAS_CONTACT]->(c:Contact) RETURN c.phone }[0],
  notes: COLLECT { MATCH (o)-[:HAS_NOTE]->(n:Note) RETURN n.text }[0],
  source: o.source, synthetic: coalesce(o.synthetic, false),
  updatedAt: toString(o.updatedAt)
} AS organization
