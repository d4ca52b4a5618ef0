// When the stored network metrics were computed and what they found. Organisations without the
// latest run's stamp (added since, or never computed) are stale.
CALL () {
  MATCH (o:Organization)
  RETURN max(o.metricsAt) AS latest, count(o) AS organizations
}
MATCH (o:Organization)
WITH latest, organizations, o
RETURN organizations, toString(latest) AS computedAt,
       sum(CASE WHEN latest IS NOT NULL AND o.metricsAt = latest THEN 1 ELSE 0 END) AS current,
       max(CASE WHEN o.metricsAt = latest THEN o.componentId END) AS components,
       max(CASE WHEN o.metricsAt = latest AND o.componentId = 1 THEN o.componentSize END) AS largestComponent,
       max(CASE WHEN o.metricsAt = latest THEN o.communityId END) AS communities,
       sum(CASE WHEN o.metricsAt = latest AND o.articulation THEN 1 ELSE 0 END) AS articulationPoints
