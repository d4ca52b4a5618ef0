// International reach: which organisations of the region share projects with partners abroad,
// and where. Counted in total, by kind and by country (partners there, of them demo data, the
// region's organisations reaching them, the projects tying them); listed: the first $limit
// organisations with partners abroad, most partners first, each with its countries and its first
// $projects projects (newest first). Definitions in gaps/international.part.cypher.
{{gaps/international}}
WITH collect({o: o, abroad: abroad, partners: partners}) AS regional
RETURN size(regional) AS regionalOrganizations,
  size([r IN regional WHERE r.partners > 0]) AS withForeignPartners,
  size([r IN regional WHERE r.partners = 0]) AS withoutForeignPartners,
  size(COLLECT { UNWIND regional AS r UNWIND r.abroad AS a RETURN DISTINCT a.f }) AS foreignPartners,
  COLLECT {
    UNWIND regional AS r
    WITH r.o.kind AS kind, count(*) AS n, sum(CASE WHEN r.partners > 0 THEN 1 ELSE 0 END) AS reached
    RETURN {kind: kind, organizations: n, withForeignPartners: reached, withoutForeignPartners: n - reached} AS k
    ORDER BY n DESC, kind
  } AS byKind,
  COLLECT {
    UNWIND regional AS r UNWIND r.abroad AS a
    WITH a.country AS country, count(DISTINCT a.f) AS partners,
      count(DISTINCT CASE WHEN a.f.synthetic THEN a.f END) AS synthetic,
      count(DISTINCT r.o) AS reached, count(DISTINCT a.p) AS projects
    // Countries are few (ISO 3166 has 249); the bound only guards against garbage codes.
    ORDER BY partners DESC, country LIMIT 300
    RETURN {country: country, partners: partners, syntheticPartners: synthetic, regionalOrganizations: reached, projects: projects} AS c
  } AS countries,
  COLLECT {
    UNWIND regional AS r
    WITH r WHERE r.partners > 0
    ORDER BY r.partners DESC, r.o.name, r.o.id LIMIT toInteger($limit)
    WITH r, r.o AS o
    CALL (r) {
      UNWIND r.abroad AS a
      WITH a.country AS key, count(DISTINCT a.f) AS n ORDER BY n DESC, key
      RETURN collect({key: key, label: key, count: n}) AS countries
    }
    CALL (r) {
      UNWIND r.abroad AS a
      WITH DISTINCT a.p AS x ORDER BY x.start DESC, x.id
      RETURN count(x) AS projectCount, collect(x { .id, .title, .level, .synthetic })[..toInteger($projects)] AS projects
    }
    OPTIONAL MATCH (o)-[:LOCATED_IN]->(p:Place)-[:IN_DISTRICT]->(d:District)
    RETURN {
      organization: {{gaps/organization}},
      foreignPartners: r.partners,
      countries: countries,
      projectCount: projectCount,
      projects: projects
    } AS row
  } AS organizations
