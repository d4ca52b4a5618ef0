// Rows whose organisation might be one of the graph's: they wait for a manager. One entry per
// spelling and candidate, however often the file is imported again.
UNWIND $reviews AS r
MERGE (q:MatchReview {key: r.key})
ON CREATE SET q.id = r.id, q.createdAt = datetime(), q.status = 'waiting'
SET q.importId = r.importId, q.file = r.file, q.row = r.row, q.record = r.record, q.name = r.name, q.city = r.city,
    q.candidateId = r.candidateId, q.confidence = r.confidence, q.reasons = r.reasons, q.alternatives = r.alternatives,
    q.keepMatched = r.keepMatched, q.actorId = $actorId
RETURN count(q) AS queued
