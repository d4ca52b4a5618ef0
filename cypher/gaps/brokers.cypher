// Brokers and single points of failure from the stored metrics: organisations whose loss would
// separate others from their component (splitOff) or cut companies off research
// (researchCutOff), ordered by $orderBy (splitOff, researchCutOff or betweenness); the first
// $cutOffLimit of those they would separate come along, by name. $id (or null) picks one.
MATCH (o:Organization)
WHERE o.metricsAt IS NOT NULL AND ($id IS NULL OR o.id = $id)
  AND CASE $orderBy WHEN 'splitOff' THEN o.splitOff > 0 WHEN 'researchCutOff' THEN o.researchCutOff > 0 ELSE o.betweenness > 0 END
WITH o ORDER BY CASE $orderBy WHEN 'splitOff' THEN o.splitOff WHEN 'researchCutOff' THEN o.researchCutOff ELSE o.betweenness END DESC,
  o.betweenness DESC, o.id
LIMIT toInteger($limit)
OPTIONAL MATCH (o)-[:LOCATED_IN]->(p:Place)-[:IN_DISTRICT]->(d:District)
RETURN {{gaps/organization}} AS organization,
       o.metricDegree AS degree, o.betweenness AS betweenness, o.articulation AS articulation,
       o.bridgeTies AS bridgeTies, o.splitOff AS splitOff, o.researchCutOff AS researchCutOff,
       o.componentId AS componentId, o.communityId AS communityId, o.splitOffIds AS splitOffIds,
       COLLECT {
         UNWIND o.splitOffIds AS id
         MATCH (x:Organization {id: id})
         RETURN {id: x.id, name: x.name, kind: x.kind} AS x ORDER BY x.name, x.id LIMIT toInteger($cutOffLimit)
       } AS cutOff
