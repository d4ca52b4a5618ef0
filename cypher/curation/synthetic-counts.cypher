// How much of the graph is invented: the demo-data banner and the removal's report.
CALL () { MATCH (o:Organization) WHERE o.synthetic = true RETURN count(o) AS organizations }
CALL () { MATCH (p:Project) WHERE p.synthetic = true RETURN count(p) AS projects }
CALL () { MATCH ()-[r:COOPERATES_WITH|MEMBER_OF]->() WHERE r.synthetic = true RETURN count(r) AS ties }
RETURN organizations, projects, ties
