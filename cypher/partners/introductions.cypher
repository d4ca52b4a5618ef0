// How the source reaches each candidate ($candidates: ids) through at most one organisation in
// between. One row per direct tie (introducer null) and per introducer: an organisation tied to
// both. A tie is a cooperation (1 relationship) or a shared project (2: organisation → project →
// organisation); distance is the length of the connection, so at most 4.
// Computed from the source's side in one pass, never per candidate: the source's ties, then the
// ties of the first $tieCap of them (cooperations before projects, then the least connected: the
// partners most likely to know their partners), kept where they meet a candidate. The work is the
// sum of those partners' ties, whatever the number of candidates or the size of the graph.
MATCH (s:Organization {id: $source})
WITH s, COLLECT {
    CALL (s) {
        MATCH (s)-[:COOPERATES_WITH]-(x:Organization) RETURN x, 1 AS w
      UNION
        MATCH (s)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(x:Organization) WHERE x <> s RETURN x, 2 AS w
    }
    WITH x, min(w) AS w
    WITH x, w, COUNT { (x)-[:PARTICIPATES_IN|COOPERATES_WITH]-() } AS ties
    RETURN {x: x, w: w} AS tie ORDER BY w, ties, x.id
  } AS ties
CALL (s, ties) {
    UNWIND ties AS tie
    WITH tie WHERE tie.x.id IN $candidates
    RETURN tie.x.id AS candidate, null AS introducer, tie.w AS distance
  UNION
    UNWIND ties[..toInteger($tieCap)] AS tie
    WITH tie.x AS x, tie.w AS w1
    CALL (x) {
        MATCH (x)-[:COOPERATES_WITH]-(c:Organization) RETURN c, 1 AS w2
      UNION
        MATCH (x)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(c:Organization) WHERE c <> x RETURN c, 2 AS w2
    }
    WITH x, w1, c, min(w2) AS w2
    WHERE c <> s AND c.id IN $candidates
    RETURN c.id AS candidate, x.id AS introducer, w1 + w2 AS distance
}
RETURN candidate, introducer, distance
ORDER BY candidate, distance, introducer
