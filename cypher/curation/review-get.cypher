// One review, locked for its decision (a second decision waits, then sees it decided).
MATCH (q:MatchReview {id: $id})
SET q._lock = true
REMOVE q._lock
RETURN q { .id, .key, .importId, .file, .row, .record, .name, .city, .candidateId, .status, .keepMatched } AS review
