// The track record of each candidate ($candidates: ids): how many similar firms it shares a
// project or a cooperation with, counted up to $trackCap (the subquery stops there, so a
// university with thousands of partners costs no more than a small firm). A similar firm is a
// company other than the source that holds one of $competences or supplies one of $industries.
UNWIND $candidates AS candidateId
MATCH (c:Organization {id: candidateId})
RETURN c.id AS id, size(COLLECT {
    CALL (c) {
        MATCH (c)-[:COOPERATES_WITH]-(f:Company) RETURN f
      UNION
        MATCH (c)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(f:Company) RETURN f
    }
    WITH f WHERE f <> c AND f.id <> coalesce($source, '')
      AND (EXISTS { (f)-[:HAS_COMPETENCE]->(k:Competence) WHERE k.id IN $competences }
        OR EXISTS { (f)-[:SUPPLIES]->(i:Industry) WHERE i.id IN $industries })
    RETURN f LIMIT toInteger($trackCap)
  }) AS similarFirms
