CREATE INDEX match_review_source_key IF NOT EXISTS FOR (n:MatchReview) ON (n.sourceKey)
