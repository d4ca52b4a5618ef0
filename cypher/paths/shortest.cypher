// The shortest connection between two organisations: through projects (organisation → project →
// organisation), cooperations and, when $includeMemberships, memberships, in either direction.
// Both ends are seeks on the unique id index, and the only predicate is per relationship, so
// Neo4j runs one bidirectional search (StatefulShortestPath) instead of enumerating paths.
// A quantifier bound must be a literal: 12 is the API's maximum; the caller's maxHops is applied
// to the one path found (if the shortest is longer, none is within maxHops).
// No row when an end is missing; one row with a null path when they are not connected.
MATCH (a:Organization {id: $from}), (b:Organization {id: $to})
OPTIONAL MATCH p = SHORTEST 1 (a)(()-[r:PARTICIPATES_IN|COOPERATES_WITH|MEMBER_OF]-() WHERE $includeMemberships OR NOT r:MEMBER_OF){1,12}(b)
RETURN [n IN nodes(p) | {{paths/node}}] AS nodes,
       [rel IN relationships(p) | {{paths/relationship}}] AS relationships
