// An organisation's ties, for the audit record of its deletion or merge: enough to restore them.
MATCH (o:Organization {id: $id})
RETURN {
  participations: COLLECT { MATCH (o)-[r:PARTICIPATES_IN]->(p:Project) RETURN {project: p.id, role: r.role} },
  cooperations: COLLECT { MATCH (o)-[r:COOPERATES_WITH]-(x:Organization) RETURN {partner: x.id, outgoing: startNode(r) = o, kind: r.kind, since: r.since, synthetic: r.synthetic} },
  memberships: COLLECT { MATCH (o)-[r:MEMBER_OF]->(x:Organization) RETURN {memberOf: x.id, since: r.since, synthetic: r.synthetic} },
  members: COLLECT { MATCH (x:Organization)-[r:MEMBER_OF]->(o) RETURN {member: x.id, since: r.since, synthetic: r.synthetic} }
} AS ties
