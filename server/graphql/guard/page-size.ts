// Every list of the generated entity API has a page size: this many when the query gives no
// limit (or first), at most this many when it does. The Neo4j GraphQL Library applies them
// (@limit on every node type) and the cost model multiplies by them.
export const pageSize = Object.freeze({ default: 100, max: 1000 });

export const limitDirective = `@limit(default: ${pageSize.default}, max: ${pageSize.max})`;
