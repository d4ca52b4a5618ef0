// Stores each district's part of the overview on the district (analysis/overview.ts).
UNWIND $rows AS row
MATCH (d:District {id: row.id})
SET d.overviewOrganizations = row.organizations,
    d.overviewCompanies = row.companies,
    d.overviewResearch = row.research,
    d.overviewSynthetic = row.synthetic,
    d.overviewProjects = row.projects,
    d.overviewResearchLinked = row.researchLinked,
    d.overviewInternalTies = row.internalTies,
    d.overviewComputedAt = datetime($at)
