// Everything an edit can change of a project, as one map (see organization-snapshot).
MATCH (p:Project {id: $id})
RETURN {
  id: p.id, version: coalesce(p.version, 0), title: p.title, acronym: p.acronym, level: p.level,
  programme: p.programme, start: toString(p.start), end: toString(p.end),
  actionField: COLLECT { MATCH (p)-[:CONTRIBUTES_TO]->(a:ActionField) RETURN a.id }[0],
  competences: COLLECT { MATCH (p)-[:ADDRESSES]->(c:Competence) RETURN c.id ORDER BY c.id },
  fundingEur: p.fundingEur, website: p.website, source: p.source, synthetic: coalesce(p.synthetic, false),
  updatedAt: toString(p.updatedAt)
} AS project
