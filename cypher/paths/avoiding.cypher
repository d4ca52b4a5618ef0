// The shortest connection between two organisations for each exclusion in $exclusions, as
// paths/shortest finds it (projects, cooperations, memberships when $includeMemberships; at most 12
// relationships), but never through the nodes of ex.nodes (organisation or project ids) nor, when
// ex.direct, across a cooperation of the two ends themselves. Used by paths(k): each kept path
// spawns searches that avoid one more of its organisations, so the next one is different.
// Both ends are unique-index seeks and every predicate is per relationship, so each search is one
// bidirectional StatefulShortestPath, not an enumeration. No row when an end is missing; a row
// with null nodes for an exclusion that leaves no connection.
MATCH (a:Organization {id: $from}), (b:Organization {id: $to})
UNWIND $exclusions AS ex
OPTIONAL MATCH p = SHORTEST 1 (a)((x)-[r:PARTICIPATES_IN|COOPERATES_WITH|MEMBER_OF]-(y)
    WHERE ($includeMemberships OR NOT r:MEMBER_OF) AND NOT y.id IN ex.nodes
      AND NOT (ex.direct AND r:COOPERATES_WITH AND x = a AND y = b)){1,12}(b)
RETURN ex.index AS index,
       [n IN nodes(p) | {{paths/node}}] AS nodes,
       [rel IN relationships(p) | {{paths/relationship}}] AS relationships
