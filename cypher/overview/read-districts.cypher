// The stored overview: one row per district (null counts: never computed).
MATCH (d:District)
RETURN d.id AS id, d.name AS name, d.overviewOrganizations AS organizations, d.overviewCompanies AS companies,
       d.overviewResearch AS research, d.overviewSynthetic AS synthetic, d.overviewProjects AS projects,
       d.overviewResearchLinked AS researchLinked, d.overviewInternalTies AS internalTies,
       toString(d.overviewComputedAt) AS computedAt
ORDER BY id
