// Which of the proposed ids are in use already (organisations or projects): a new record takes the first free one.
UNWIND $ids AS id
OPTIONAL MATCH (o:Organization {id: id})
OPTIONAL MATCH (p:Project {id: id})
WITH id WHERE o IS NOT NULL OR p IS NOT NULL
RETURN collect(id) AS taken
