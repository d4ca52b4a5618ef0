// The organisations and projects within $hops (1 or 2) steps of one organisation, with their hop.
// One step leads from an organisation through a project it participates in to the project's other
// participants, across a cooperation, or (only when $includeMemberships) across a membership,
// either direction. A project is halfway through a step and takes that step's number: the centre's
// projects are hop 1 like their participants; projects of hop-1 organisations not already hop 1
// are hop 2. Organisations are kept nearest first (hop, then id) up to $limit, the centre
// included; a hop-2 project stays when one of its hop-1 participants does.
MATCH (c:Organization {id: $id})
WITH c, COLLECT { MATCH (c)-[:PARTICIPATES_IN]->(p:Project) RETURN p } AS projects1
WITH c, projects1, COLLECT {
    UNWIND projects1 AS p
    MATCH (p)<-[:PARTICIPATES_IN]-(o:Organization)
    RETURN o
  UNION
    MATCH (c)-[:COOPERATES_WITH]-(o:Organization)
    RETURN o
  UNION
    MATCH (c)-[:MEMBER_OF]-(o:Organization) WHERE $includeMemberships
    RETURN o
} AS reached1
WITH c, projects1, COLLECT { UNWIND reached1 AS o WITH o WHERE o <> c RETURN o ORDER BY o.id } AS orgs1
WITH c, projects1, orgs1, CASE WHEN $hops >= 2 THEN orgs1 ELSE [] END AS frontier
WITH c, projects1, orgs1, frontier, COLLECT {
  UNWIND frontier AS f
  MATCH (f)-[:PARTICIPATES_IN]->(p:Project) WHERE NOT p IN projects1
  RETURN DISTINCT p
} AS projects2
WITH c, projects1, orgs1, projects2, COLLECT {
    UNWIND projects2 AS p
    MATCH (p)<-[:PARTICIPATES_IN]-(o:Organization)
    RETURN o
  UNION
    UNWIND frontier AS f
    MATCH (f)-[:COOPERATES_WITH]-(o:Organization)
    RETURN o
  UNION
    UNWIND frontier AS f
    MATCH (f)-[:MEMBER_OF]-(o:Organization) WHERE $includeMemberships
    RETURN o
} AS reached2
WITH c, projects1, orgs1, projects2,
     COLLECT { UNWIND reached2 AS o WITH o WHERE o <> c AND NOT o IN orgs1 RETURN o ORDER BY o.id } AS orgs2
// A negative slice bound would count from the end: room left for ring 2 is clamped at 0.
WITH c, projects1, projects2, orgs1, orgs2, $limit - 1 AS room
WITH c, projects1, projects2, size(orgs1) + size(orgs2) > room AS truncated,
     orgs1[..room] AS kept1, orgs2[..CASE WHEN room > size(orgs1) THEN room - size(orgs1) ELSE 0 END] AS kept2
RETURN c.id AS center,
       [{id: c.id, hop: 0}] + [o IN kept1 | {id: o.id, hop: 1}] + [o IN kept2 | {id: o.id, hop: 2}] AS organizations,
       [p IN projects1 | {id: p.id, hop: 1}] +
       [p IN projects2 WHERE EXISTS { (p)<-[:PARTICIPATES_IN]-(o) WHERE o IN kept1 } | {id: p.id, hop: 2}] AS projects,
       truncated
