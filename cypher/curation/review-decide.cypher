MATCH (q:MatchReview {id: $id})
SET q.status = $status, q.decidedBy = $actorName, q.decidedAt = datetime(), q.resultId = $resultId
