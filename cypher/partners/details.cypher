// The recommended partners ($partners: [{id, introducers: [id], direct}], at most 50) with what
// the answer shows: the organisations (the partner first, then its named introducers) and the
// evidence as concrete paths in the format of paths/shortest (nodes, relationships as stored):
// - hops: the source's own tie to the partner (via null, only when partner.direct), and for each
//   named introducer the tie source → introducer (step 0) and introducer → partner (step 1);
// - trackRecord: up to 2 ties of the partner to similar firms (as in partners/track-record), the
//   most recent of the first $trackCap found.
// A tie between two organisations is their cooperation if they have one (1 relationship, as the
// distance counts it), else their most recent shared project (2).
UNWIND $partners AS partner
MATCH (c:Organization {id: partner.id})
OPTIONAL MATCH (s:Organization {id: $source})
WITH partner, c, s, COLLECT {
    UNWIND CASE WHEN s IS NULL THEN [] ELSE CASE WHEN partner.direct THEN [null] ELSE [] END + partner.introducers END AS via
    OPTIONAL MATCH (x:Organization {id: via})
    UNWIND CASE WHEN via IS NULL THEN [{step: 0, from: s, to: c}]
                ELSE [{step: 0, from: s, to: x}, {step: 1, from: x, to: c}] END AS hop
    WITH via, hop.step AS step, hop.from AS from, hop.to AS to
    CALL (from, to) {
      CALL (from, to) {
          MATCH (from)-[r:COOPERATES_WITH]-(to)
          RETURN [from, to] AS nodes, [r] AS rels, 0 AS rank, r.since AS year
        UNION
          // The most recent shared project, walked from the end with fewer projects: its projects
          // newest first, stopping at the first the other end is in (the WITH keeps that order).
          WITH from, to WHERE COUNT { (from)-[:PARTICIPATES_IN]->() } <= COUNT { (to)-[:PARTICIPATES_IN]->() }
          MATCH (from)-[r1:PARTICIPATES_IN]->(p:Project)
          WITH from, to, r1, p ORDER BY p.start DESC, p.id
          MATCH (p)<-[r2:PARTICIPATES_IN]-(to)
          RETURN [from, p, to] AS nodes, [r1, r2] AS rels, 1 AS rank, p.start.year AS year LIMIT 1
        UNION
          WITH from, to WHERE COUNT { (from)-[:PARTICIPATES_IN]->() } > COUNT { (to)-[:PARTICIPATES_IN]->() }
          MATCH (to)-[r2:PARTICIPATES_IN]->(p:Project)
          WITH from, to, r2, p ORDER BY p.start DESC, p.id
          MATCH (p)<-[r1:PARTICIPATES_IN]-(from)
          RETURN [from, p, to] AS nodes, [r1, r2] AS rels, 1 AS rank, p.start.year AS year LIMIT 1
      }
      WITH nodes, rels ORDER BY rank LIMIT 1
      RETURN nodes, rels
    }
    RETURN {via: via, step: step, nodes: nodes, rels: rels}
  } AS hops,
  COLLECT {
    CALL (c) {
        MATCH (c)-[r:COOPERATES_WITH]-(f:Company)
        RETURN f, [c, f] AS nodes, [r] AS rels, r.since AS year
      UNION
        MATCH (c)-[r1:PARTICIPATES_IN]->(p:Project)<-[r2:PARTICIPATES_IN]-(f:Company)
        RETURN f, [c, p, f] AS nodes, [r1, r2] AS rels, p.start.year AS year
    }
    WITH f, nodes, rels, year WHERE f <> c AND f.id <> coalesce($source, '')
      AND (EXISTS { (f)-[:HAS_COMPETENCE]->(k:Competence) WHERE k.id IN $competences }
        OR EXISTS { (f)-[:SUPPLIES]->(i:Industry) WHERE i.id IN $industries })
    WITH nodes, rels, year LIMIT toInteger($trackCap)
    WITH nodes, rels ORDER BY year DESC, nodes[size(nodes) - 1].id LIMIT 2
    RETURN {nodes: nodes, rels: rels}
  } AS trackRecord,
  COLLECT { UNWIND partner.introducers AS xid MATCH (x:Organization {id: xid}) RETURN x } AS introducers
WITH c, hops, trackRecord, [c] + introducers AS organizations
RETURN [o IN organizations | o {
         .id, .name, .shortName, .kind, .society, .universityKind, .employees,
         latitude: o.location.latitude, longitude: o.location.longitude,
         place: [(o)-[:LOCATED_IN]->(p:Place) | p.name][0],
         district: [(o)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(d:District) | d {.id, .name}][0],
         competences: COLLECT { MATCH (o)-[:HAS_COMPETENCE]->(k:Competence) RETURN k.id ORDER BY k.id }
       }] AS organizations,
       [h IN hops | {
         via: h.via, step: h.step,
         nodes: [n IN h.nodes | {{paths/node}}],
         relationships: [rel IN h.rels | {{paths/relationship}}]
       }] AS hops,
       [t IN trackRecord | {
         nodes: [n IN t.nodes | {{paths/node}}],
         relationships: [rel IN t.rels | {{paths/relationship}}]
       }] AS trackRecord
