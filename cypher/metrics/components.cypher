CALL gds.wcc.mutate($graph, {mutateProperty: 'component'}) YIELD componentCount
RETURN componentCount
