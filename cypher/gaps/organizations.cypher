// Organisations by id, as the gap reports show them, in the order of $ids.
UNWIND range(0, size($ids) - 1) AS i
MATCH (o:Organization {id: $ids[i]})
OPTIONAL MATCH (o)-[:LOCATED_IN]->(p:Place)-[:IN_DISTRICT]->(d:District)
RETURN {id: o.id, name: o.name, shortName: o.shortName, kind: o.kind, employees: o.employees,
        sizeClass: o.sizeClass, synthetic: o.synthetic, place: p.name, district: d.id, districtName: d.name,
        competences: COLLECT { MATCH (o)-[:HAS_COMPETENCE]->(k:Competence) RETURN k.id ORDER BY k.id }} AS organization
ORDER BY i
