// The import's rows still waiting for review go with it.
MATCH (q:MatchReview {importId: $importId, status: 'waiting'})
DETACH DELETE q
