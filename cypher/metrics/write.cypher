// One batch of metrics onto the organisations, all stamped with the run's time.
UNWIND $rows AS row
MATCH (o:Organization {id: row.id})
SET o.metricDegree = row.degree, o.betweenness = row.betweenness,
    o.componentId = row.componentId, o.componentSize = row.componentSize,
    o.communityId = row.communityId, o.articulation = row.articulation,
    o.bridgeTies = row.bridgeTies, o.effectiveSize = row.effectiveSize,
    o.splitOff = row.splitOff, o.splitOffIds = row.splitOffIds, o.researchCutOff = row.researchCutOff,
    o.metricsAt = datetime($at)
RETURN count(o) AS written
