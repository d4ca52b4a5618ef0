// The stored overview: one row per district (null counts: never computed), with its towns that
// have organisations, counted as read (a handful per district).
MATCH (d:District)
RETURN d.id AS id, d.name AS name, d.overviewOrganizations AS organizations, d.overviewCompanies AS companies,
       d.overviewResearch AS research, d.overviewSynthetic AS synthetic, d.overviewProjects AS projects,
       d.overviewResearchLinked AS researchLinked, d.overviewInternalTies AS internalTies,
       toString(d.overviewComputedAt) AS computedAt,
       COUNT { (d)<-[:IN_DISTRICT]-(p:Place) WHERE EXISTS { (p)<-[:LOCATED_IN]-(:Organization) } } AS places
ORDER BY id
