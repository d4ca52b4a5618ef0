// Organisations without any project or cooperation tie (memberships do not count), of the kinds
// asked for ($kinds null: all), counted by kind, district, size class and competence, with the
// first $limit: the biggest employers first, then by name. Counts are grouped before anything is
// collected, so memory stays small at 100,000 organisations.
CALL () {
  MATCH (o:Organization)-[:HAS_COMPETENCE]->(k:Competence)
  WHERE ($kinds IS NULL OR o.kind IN $kinds)
    AND NOT EXISTS { (o)-[:COOPERATES_WITH]-() }
    AND NOT EXISTS { (o)-[:PARTICIPATES_IN]->()<-[:PARTICIPATES_IN]-() }
  WITH k, count(*) AS n ORDER BY n DESC, k.id
  RETURN collect({key: k.id, label: k.nameDe, count: n}) AS byCompetence
}
CALL () {
  MATCH (o:Organization)
  WHERE ($kinds IS NULL OR o.kind IN $kinds)
    AND NOT EXISTS { (o)-[:COOPERATES_WITH]-() }
    AND NOT EXISTS { (o)-[:PARTICIPATES_IN]->()<-[:PARTICIPATES_IN]-() }
  OPTIONAL MATCH (o)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(d:District)
  WITH o, d ORDER BY coalesce(o.employees, 0) DESC, o.name, o.id
  WITH o.kind AS kind, d, o.sizeClass AS size, count(*) AS n, collect(o)[..toInteger($limit)] AS first
  RETURN collect({kind: kind, d: d, size: size, n: n, first: first}) AS groups
}
RETURN reduce(s = 0, g IN groups | s + g.n) AS total,
  COLLECT {
    UNWIND groups AS g WITH g.kind AS kind, sum(g.n) AS n
    RETURN {key: kind, label: kind, count: n} AS c ORDER BY n DESC, kind
  } AS byKind,
  COLLECT {
    UNWIND groups AS g WITH g.d AS d, sum(g.n) AS n WHERE d IS NOT NULL
    RETURN {key: d.id, label: d.name, count: n} AS c ORDER BY n DESC, d.id
  } AS byDistrict,
  COLLECT {
    UNWIND groups AS g WITH g.size AS size, sum(g.n) AS n WHERE size IS NOT NULL
    RETURN {key: size, label: size, count: n} AS c
    ORDER BY CASE size WHEN 'micro' THEN 0 WHEN 'small' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END
  } AS bySizeClass,
  byCompetence,
  COLLECT {
    UNWIND groups AS g UNWIND g.first AS o
    WITH o ORDER BY coalesce(o.employees, 0) DESC, o.name, o.id LIMIT toInteger($limit)
    OPTIONAL MATCH (o)-[:LOCATED_IN]->(p:Place)-[:IN_DISTRICT]->(d:District)
    RETURN {{gaps/organization}} AS org
  } AS organizations
