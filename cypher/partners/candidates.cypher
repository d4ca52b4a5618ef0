// The candidate pool of transferPartners: organisations that hold a needed or related field
// ($fields), of the asked kinds, within $maxMeters of $here when both are given; never the
// organisation itself. Bounded whatever the size of the graph:
// - research: every university or institute of $researchKinds (about a hundred in all), found by
//   the kind index;
// - nearby firms (when $firms and $here): the $firmCap nearest holders, searched in growing rings
//   ($rings, metres, on the point index), so the work stays the same as firms get denser; within
//   a ring the better-covering come first; the outer LIMIT stops the rings once the cap is met;
// - network firms (when $firms and $source): holders tied to the source's partners, the partners
//   with the fewest ties first, up to $networkCap: candidates an introduction can reach.
// One row per candidate: id, kind, held (its fields among $fields), meters (null without $here).
CALL () {
    MATCH (o:Organization)
    WHERE o.kind IN $researchKinds
      AND ($here IS NULL OR $maxMeters IS NULL OR point.distance(o.location, point($here)) <= $maxMeters)
    RETURN o
  UNION
    UNWIND CASE WHEN $firms AND $here IS NOT NULL THEN $rings ELSE [] END AS ring
    CALL (ring) {
      MATCH (o:Organization)
      WHERE point.distance(o.location, point($here)) < ring.outer
        AND point.distance(o.location, point($here)) >= ring.inner
        AND o:Company
      MATCH (o)-[:HAS_COMPETENCE]->(f:Competence) WHERE f.id IN $fields
      WITH o, count(f) AS fields, point.distance(o.location, point($here)) AS meters
      RETURN o ORDER BY fields DESC, meters, o.id
    }
    RETURN o LIMIT toInteger($firmCap)
  UNION
    MATCH (s:Organization {id: $source})
    WHERE $firms
    CALL (s) {
        MATCH (s)-[:COOPERATES_WITH]-(x:Organization) RETURN x
      UNION
        MATCH (s)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(x:Organization) WHERE x <> s RETURN x
    }
    WITH x ORDER BY COUNT { (x)-[:PARTICIPATES_IN|COOPERATES_WITH]-() }, x.id
    CALL (x) {
        MATCH (x)-[:COOPERATES_WITH]-(o:Company) RETURN o
      UNION
        MATCH (x)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(o:Company) RETURN o
    }
    WITH DISTINCT o
    WHERE ($here IS NULL OR $maxMeters IS NULL OR point.distance(o.location, point($here)) <= $maxMeters)
      AND EXISTS { (o)-[:HAS_COMPETENCE]->(f:Competence) WHERE f.id IN $fields }
    RETURN o LIMIT toInteger($networkCap)
}
WITH DISTINCT o
WHERE o.id <> coalesce($source, '') AND EXISTS { (o)-[:HAS_COMPETENCE]->(f:Competence) WHERE f.id IN $fields }
RETURN o.id AS id, o.kind AS kind,
       [(o)-[:HAS_COMPETENCE]->(f:Competence) WHERE f.id IN $fields | f.id] AS held,
       CASE WHEN $here IS NULL THEN null ELSE point.distance(o.location, point($here)) END AS meters
ORDER BY id
