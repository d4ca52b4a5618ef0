// Matching of imported organisations looks names up by their normalised key
// (server/curation/matching/normalise.ts): one index seek per row instead of a scan.
CREATE INDEX organization_name_key IF NOT EXISTS FOR (n:Organization) ON (n.nameKey)
