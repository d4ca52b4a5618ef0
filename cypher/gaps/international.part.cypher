// The region's organisations o (placed in a district: Brandenburg or Berlin) and their ties abroad:
// `abroad` holds each distinct {p: project, f: partner, country} where o shares a project of any
// level with an organisation f outside Germany; `partners` counts those partners. A partner's
// country is its place's (a place abroad has one and no district), else its own (CORDIS gives
// every participant one); unknown counts as at home. The subquery aggregates, so o stays even
// without a tie abroad.
MATCH (o:Organization) WHERE EXISTS { (o)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(:District) }
CALL (o) {
  MATCH (o)-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(f:Organization)
  WITH p, f, coalesce([(f)-[:LOCATED_IN]->(fp:Place) WHERE fp.country IS NOT NULL | fp.country][0], f.country) AS country
  WHERE country <> 'DE'
  RETURN collect(DISTINCT {p: p, f: f, country: country}) AS abroad, count(DISTINCT f) AS partners
}
