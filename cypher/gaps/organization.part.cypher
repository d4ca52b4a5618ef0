// How the gap reports show an organisation o, placed at p in district d (either may be null).
{id: o.id, name: o.name, shortName: o.shortName, kind: o.kind, employees: o.employees,
 sizeClass: o.sizeClass, synthetic: o.synthetic, place: p.name, district: d.id, districtName: d.name,
 competences: COLLECT { MATCH (o)-[:HAS_COMPETENCE]->(k:Competence) RETURN k.id ORDER BY k.id }}
