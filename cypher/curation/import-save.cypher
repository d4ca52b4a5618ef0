// An import's record: what, by whom, from which file, and its outcome.
MERGE (i:Import {id: $id})
SET i += $props, i.at = coalesce(i.at, datetime())
