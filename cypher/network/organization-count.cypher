// How many organisations the filter admits, counted up to $limit: enough to tell whether a
// network is small enough to send whole, without reading a large graph to the end.
{{network/filtered-organizations}}
WITH o LIMIT toInteger($limit)
RETURN count(o) AS organizations
