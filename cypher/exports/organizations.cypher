// The export's organisation nodes: what the network shows, the stored network metrics (GDS, over
// the whole graph), and `degree` within the exported graph, counted here because the nodes are
// written before their edges (network(filter) counts the same edges after assembling them).
// $idSet holds the same ids as a map: `b.id IN $ids` inside COUNT {} scans the list for every
// tie (minutes at 20,000 firms), a map lookup does not.
UNWIND $ids AS orgId
MATCH (o:Organization {id: orgId})
WITH o,
     CASE WHEN $includeProjects
       THEN COUNT { MATCH (o)-[:PARTICIPATES_IN]->(p:Project)-[:CONTRIBUTES_TO]->(a:ActionField) WHERE {{network/project-filter}} }
       ELSE 0 END
     + COUNT { MATCH (o)-[r:COOPERATES_WITH]-(b:Organization) WHERE $idSet[b.id] IS NOT NULL AND ($yearTo IS NULL OR r.since <= $yearTo) }
     + CASE WHEN $includeMemberships THEN COUNT { MATCH (o)-[:MEMBER_OF]-(b:Organization) WHERE $idSet[b.id] IS NOT NULL } ELSE 0 END
       AS degree
MATCH (o)-[:LOCATED_IN]->(p:Place)-[:IN_DISTRICT]->(d:District)
RETURN {{network/organization-columns}}, degree,
       o.metricDegree AS metricDegree, o.betweenness AS betweenness, o.componentId AS componentId,
       o.componentSize AS componentSize, o.communityId AS communityId, o.articulation AS articulation,
       o.bridgeTies AS bridgeTies, o.effectiveSize AS effectiveSize, o.splitOff AS splitOff,
       o.researchCutOff AS researchCutOff
ORDER BY id
