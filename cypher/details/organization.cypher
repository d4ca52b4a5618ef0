// One organisation as the explorer's detail panel shows it. The generated API's interface query
// for the same selection is hundreds of lines that Neo4j plans for 10–60 s on two busy cores, and
// plans again whenever the statistics move (a new organisation, an import); this plans at once.
MATCH (this:Organization {id: $id})
CALL (this) {
  {{entities/degree}}
}
RETURN this {
  .id, .name, .shortName, .kind, .synthetic, .source, .confidence, degree,
  place: [(this)-[:LOCATED_IN]->(p:Place) | p { .id, .name }][0],
  district: [(this)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(d:District) | d { .id, .name }][0],
  competences: COLLECT { MATCH (this)-[:HAS_COMPETENCE]->(c:Competence) RETURN c { .id, .nameDe, .nameEn } ORDER BY c.id },
  industries: COLLECT { MATCH (this)-[:SUPPLIES]->(i:Industry) RETURN i { .id, .nameDe, .nameEn } ORDER BY i.id },
  projects: COLLECT {
    MATCH (this)-[r:PARTICIPATES_IN]->(p:Project)
    RETURN { role: r.role, project: p { .id, .title, .level, .start, .end } } ORDER BY p.start DESC, p.id
  },
  cooperations: COLLECT {
    MATCH (this)-[r:COOPERATES_WITH]-(o:Organization)
    RETURN { since: r.since, kind: r.kind, partner: o { .id, .name } } ORDER BY o.name, o.id
  },
  memberOf: COLLECT { MATCH (this)-[:MEMBER_OF]->(m:Organization) RETURN m { .id, .name } ORDER BY m.name },
  .metricsAt, .betweenness, .componentId, .componentSize, .communityId, .articulation, .effectiveSize, .splitOff,
  .researchCutOff, .employees, .founded, .sizeClass, .universityKind, .society,
  provenance: COLLECT {
    MATCH (this)-[:FROM_SOURCE]->(s:SourceRecord)
    RETURN s { .source, .recordId, .url, .file, .fileDate } ORDER BY s.source, s.recordId
  }
} AS organization
