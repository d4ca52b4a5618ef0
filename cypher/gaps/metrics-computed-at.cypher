// Whether the metrics were computed, and when: every run stamps every organisation it covers,
// so the first stamp found is the latest run's (cheap, unlike metrics-status).
MATCH (o:Organization) WHERE o.metricsAt IS NOT NULL
RETURN toString(o.metricsAt) AS computedAt
LIMIT 1
