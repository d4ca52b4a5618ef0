// Yearly figures from project dates, for $fromYear … $toYear (null: the projects' first and last
// year). smes: companies of class micro, small or medium founded by then; smesWithResearchTie: those
// with a research tie active that year (a shared project running that year, or a cooperation begun
// by then); newTies: organisation pairs whose first tie (project start or cooperation) falls in the
// year; activeProjects: projects running that year, by level.
CALL () {
  MATCH (p:Project)
  RETURN min(p.start.year) AS first, max(p.end.year) AS last
}
WITH coalesce($fromYear, first) AS fromYear, coalesce($toYear, last) AS toYear
CALL () {
  MATCH (c:Company) WHERE c.sizeClass IN ['micro', 'small', 'medium']
  WITH coalesce(c.founded, 0) AS year, count(*) AS n
  RETURN collect({year: year, n: n}) AS founded
}
CALL (fromYear, toYear) {
  CALL (fromYear, toYear) {
    MATCH (c:Company)-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(r:Organization)
    WHERE c.sizeClass IN ['micro', 'small', 'medium'] AND (r:University OR r:ResearchInstitute)
      AND p.end.year >= fromYear AND p.start.year <= toYear
    UNWIND range(p.start.year, p.end.year) AS year
    RETURN c, year
    UNION
    MATCH (c:Company)-[k:COOPERATES_WITH]-(r:Organization)
    WHERE c.sizeClass IN ['micro', 'small', 'medium'] AND (r:University OR r:ResearchInstitute) AND k.since <= toYear
    UNWIND range(k.since, toYear) AS year
    RETURN c, year
  }
  WITH year, count(DISTINCT c) AS n WHERE fromYear <= year <= toYear
  RETURN collect({year: year, n: n}) AS researchTied
}
CALL (fromYear, toYear) {
  CALL () {
    MATCH (a)-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(b) WHERE a.id < b.id
    RETURN a, b, p.start.year AS year
    UNION
    MATCH (x:Organization)-[k:COOPERATES_WITH]->(y:Organization)
    RETURN CASE WHEN x.id < y.id THEN x ELSE y END AS a, CASE WHEN x.id < y.id THEN y ELSE x END AS b, k.since AS year
  }
  WITH a, b, min(year) AS year WHERE fromYear <= year <= toYear
  WITH year, count(*) AS n
  RETURN collect({year: year, n: n}) AS newTies
}
CALL (fromYear, toYear) {
  MATCH (p:Project) WHERE p.end.year >= fromYear AND p.start.year <= toYear
  UNWIND range(CASE WHEN p.start.year > fromYear THEN p.start.year ELSE fromYear END,
               CASE WHEN p.end.year < toYear THEN p.end.year ELSE toYear END) AS year
  WITH year, p.level AS level, count(*) AS n
  RETURN collect({year: year, level: level, n: n}) AS active
}
UNWIND range(fromYear, toYear) AS year
WITH year, reduce(s = 0, f IN founded | s + CASE WHEN f.year <= year THEN f.n ELSE 0 END) AS smes,
     coalesce([x IN researchTied WHERE x.year = year][0].n, 0) AS smesWithResearchTie,
     coalesce([x IN newTies WHERE x.year = year][0].n, 0) AS newTies,
     [x IN active WHERE x.year = year] AS active
RETURN year, smes, smesWithResearchTie,
       CASE WHEN smes = 0 THEN 0.0 ELSE toFloat(smesWithResearchTie) / smes END AS smeResearchShare,
       newTies,
       reduce(s = 0, x IN active | s + x.n) AS activeProjects,
       [level IN ['regional', 'national', 'international'] |
         {key: level, label: level, count: coalesce([x IN active WHERE x.level = level][0].n, 0)}] AS activeProjectsByLevel
ORDER BY year
