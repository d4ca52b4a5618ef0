// District lens: the organisations of the districts cut off from research (no university or
// institute there, none tied to one: gaps/districts.cypher), the research organisations, and
// those of the district $target.
MATCH (d:District)
WHERE NOT EXISTS { (d)<-[:IN_DISTRICT]-(:Place)<-[:LOCATED_IN]-(r:Organization) WHERE r:University OR r:ResearchInstitute }
  AND NOT EXISTS {
    MATCH (d)<-[:IN_DISTRICT]-(:Place)<-[:LOCATED_IN]-(o:Organization)
    WHERE EXISTS { (o)-[:COOPERATES_WITH]-(r:Organization) WHERE r:University OR r:ResearchInstitute }
       OR EXISTS { (o)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(r:Organization) WHERE r:University OR r:ResearchInstitute }
  }
MATCH (d)<-[:IN_DISTRICT]-(:Place)<-[:LOCATED_IN]-(o:Organization)
RETURN 'cut_off' AS key, collect(o.id) AS ids
UNION ALL
MATCH (r:Organization) WHERE r:University OR r:ResearchInstitute
RETURN 'research' AS key, collect(r.id) AS ids
UNION ALL
MATCH (:District {id: $target})<-[:IN_DISTRICT]-(:Place)<-[:LOCATED_IN]-(o:Organization)
RETURN 'district' AS key, collect(o.id) AS ids
