// A project's participants, for the audit record of its deletion.
MATCH (p:Project {id: $id})
RETURN COLLECT { MATCH (o:Organization)-[r:PARTICIPATES_IN]->(p) RETURN {organization: o.id, role: r.role} } AS participants
