// Distinct partners in the tie graph (the same count as the Organization.degree field).
CALL gds.degree.mutate($graph, {mutateProperty: 'degree'}) YIELD nodePropertiesWritten
RETURN nodePropertiesWritten
