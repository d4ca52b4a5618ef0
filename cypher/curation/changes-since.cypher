// What changed since a date, counted by record kind and action (the yearly KPIs' change figures).
MATCH (c:Change) WHERE c.at >= datetime($since)
RETURN c.entity AS entity, c.action AS action, count(*) AS count
ORDER BY entity, action
