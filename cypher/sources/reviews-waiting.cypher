// The source records whose organisation waits in the review queue since an earlier import: it keeps
// waiting for the manager's decision, however the matching would decide today.
UNWIND $keys AS key
MATCH (q:MatchReview {sourceKey: key})
WHERE q.status = 'waiting'
RETURN DISTINCT key
