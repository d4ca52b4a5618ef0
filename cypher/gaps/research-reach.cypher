// Companies by their distance to research in the tie graph: a direct tie (a shared project or a
// cooperation with a university or institute), a tie through one partner (two steps), or neither;
// counted in total, by district and by size class, with the first $limit companies that have no
// research organisation within two steps (tied ones first: an introduction reaches further).
// Companies are grouped by district, size class and reach before anything is collected.
MATCH (c:Company)
{{gaps/research-reach}}
OPTIONAL MATCH (c)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(d:District)
WITH c, d, direct, withinTwo, EXISTS { (c)-[:COOPERATES_WITH|PARTICIPATES_IN]-() } AS tied
ORDER BY tied DESC, coalesce(c.employees, 0) DESC, c.name, c.id
WITH d, c.sizeClass AS size, direct, withinTwo, count(*) AS n,
     collect(CASE WHEN withinTwo THEN null ELSE c END)[..toInteger($limit)] AS far
WITH collect({d: d, size: size, direct: direct, withinTwo: withinTwo, n: n, far: far}) AS groups
RETURN reduce(s = 0, g IN groups | s + g.n) AS companies,
  reduce(s = 0, g IN groups | s + CASE WHEN g.direct THEN 0 ELSE g.n END) AS withoutDirectTie,
  reduce(s = 0, g IN groups | s + CASE WHEN g.withinTwo THEN 0 ELSE g.n END) AS withoutTieWithinTwo,
  COLLECT {
    UNWIND groups AS g WITH g.d AS d, sum(g.n) AS n,
      sum(CASE WHEN g.direct THEN 0 ELSE g.n END) AS noDirect, sum(CASE WHEN g.withinTwo THEN 0 ELSE g.n END) AS noTwo
    WHERE d IS NOT NULL
    RETURN {key: d.id, label: d.name, companies: n, withoutDirectTie: noDirect, withoutTieWithinTwo: noTwo} AS g
    ORDER BY noTwo DESC, d.id
  } AS byDistrict,
  COLLECT {
    UNWIND groups AS g WITH g.size AS size, sum(g.n) AS n,
      sum(CASE WHEN g.direct THEN 0 ELSE g.n END) AS noDirect, sum(CASE WHEN g.withinTwo THEN 0 ELSE g.n END) AS noTwo
    WHERE size IS NOT NULL
    RETURN {key: size, label: size, companies: n, withoutDirectTie: noDirect, withoutTieWithinTwo: noTwo} AS g
    ORDER BY CASE size WHEN 'micro' THEN 0 WHEN 'small' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END
  } AS bySizeClass,
  COLLECT {
    UNWIND groups AS g UNWIND g.far AS o
    WITH o, EXISTS { (o)-[:COOPERATES_WITH|PARTICIPATES_IN]-() } AS tied
    ORDER BY tied DESC, coalesce(o.employees, 0) DESC, o.name, o.id LIMIT toInteger($limit)
    OPTIONAL MATCH (o)-[:LOCATED_IN]->(p:Place)-[:IN_DISTRICT]->(d:District)
    RETURN {{gaps/organization}} AS org
  } AS companiesWithoutTieWithinTwo
