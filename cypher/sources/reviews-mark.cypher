// Marks the reviews this import queued with the source record they are about (see reviews-waiting).
UNWIND $marks AS m
MATCH (q:MatchReview {importId: $importId, row: m.row, name: m.name})
SET q.sourceKey = m.key
RETURN count(q) AS marked
