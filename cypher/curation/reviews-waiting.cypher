// The review queue, oldest first, with the candidate's name; keyset-paged by createdAt and id.
MATCH (q:MatchReview)
WHERE q.status = $status AND ($importId IS NULL OR q.importId = $importId)
OPTIONAL MATCH (o:Organization {id: q.candidateId})
RETURN q { .id, .importId, .file, .row, .record, .name, .city, .candidateId, .confidence, .reasons, .alternatives, .status,
           createdAt: toString(q.createdAt), candidateName: o.name, candidateCity: COLLECT { MATCH (o)-[:LOCATED_IN]->(p:Place) RETURN p.name }[0] } AS review
ORDER BY q.createdAt, q.id
LIMIT toInteger($limit)
