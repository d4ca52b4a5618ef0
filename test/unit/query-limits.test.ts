// The limits are tuned to let people's queries through and stop machines: every README example,
// every example operation of docs/queries and the explorer's detail queries pass; the shapes that
// took the service down do not.
import { parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgQuery, projectQuery } from '../../client/src/detail-queries.ts';
import { networkQuery } from '../../client/src/export.ts';
import * as clientDocuments from '../../client/src/gql/graphql.ts';
import { emptyFilters, initialState } from '../../client/src/state.ts';
import { defaultApiLimits, projectRoot } from '../../server/config.ts';
import { Database } from '../../server/db.ts';
import { armor, parseOptions, shapeLimits } from '../../server/graphql/guard/armor.ts';
import { costEstimator, type PageViolation } from '../../server/graphql/guard/cost.ts';
import { pageSize } from '../../server/graphql/guard/page-size.ts';
import { buildSchema, entityTypeNames } from '../../server/graphql/schema.ts';
import { docsExamples } from '../setup/example-queries.ts';

let schema: GraphQLSchema;
// Building the schema never connects: a database nobody listens on will do.
const db = Database.connect('bolt://127.0.0.1:1', 'neo4j', 'unused', 'neo4j');
beforeAll(async () => {
  schema = await buildSchema(db);
});
afterAll(() => db.close());

function check(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query, parseOptions);
  const shapeErrors = validate(schema, document, [...specifiedRules, ...armor().validationRules]).map((e) => e.message);
  const violations: PageViolation[] = [];
  const cost = getComplexity({ schema, query: document, variables, estimators: [costEstimator(entityTypeNames, violations)] });
  return { shapeErrors, cost, violations };
}

function readmeExamples(): string[] {
  const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

describe('what passes', () => {
  it('passes every GraphQL example of the README within the shape limits and the cost maximum', () => {
    const examples = readmeExamples();
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      const r = check(example);
      expect(r.shapeErrors, example).toEqual([]);
      expect(r.violations, example).toEqual([]);
      expect(r.cost, example).toBeLessThanOrEqual(defaultApiLimits.maxCost);
    }
  });

  it('passes every example operation of docs/queries, with its variables, within the shape limits and the cost maximum', () => {
    const examples = docsExamples();
    expect(examples.length).toBeGreaterThan(0);
    for (const { name, query, variables } of examples) {
      const r = check(query, variables);
      expect(r.shapeErrors, name).toEqual([]);
      expect(r.violations, name).toEqual([]);
      expect(r.cost, name).toBeLessThanOrEqual(defaultApiLimits.maxCost);
    }
  });

  it("passes the explorer's detail queries, the deepest it sends", () => {
    for (const q of [orgQuery, projectQuery]) {
      const r = check(q, { id: 'co-0001' });
      expect(r.shapeErrors).toEqual([]);
      expect(r.cost).toBeLessThanOrEqual(defaultApiLimits.maxCost / 4);
    }
  });

  it('passes every query the explorer sends, fragments and all, within the shape limits', () => {
    const documents = Object.entries(clientDocuments).filter(([name]) => name.endsWith('Document'));
    expect(documents.length).toBeGreaterThan(10);
    const refused = documents.flatMap(([name, document]) =>
      validate(schema, parse(String(document), parseOptions), [...specifiedRules, ...armor().validationRules]).map(
        (e) => `${name}: ${e.message}`,
      ),
    );
    expect(refused).toEqual([]);
  });

  it("accepts the explorer's copied view query, enums written bare", () => {
    const filters = {
      ...emptyFilters,
      hidden: ['leibniz', 'project'] as const,
      competences: ['leichtbau'],
      levels: ['regional' as const],
      years: [2015, 2020] as [number, number],
    };
    const r = check(networkQuery({ ...initialState, filters: { ...filters, hidden: [...filters.hidden] } }));
    expect(r.shapeErrors).toEqual([]);
  });

  it('lets a researcher page through every organisation with its projects, 100 at a time', () => {
    expect(check('{ organizations(limit: 100, offset: 2500) { id name projects { id title } } }').cost).toBeLessThanOrEqual(
      defaultApiLimits.maxCost,
    );
  });
});

describe('what it costs', () => {
  it('multiplies an entity list by its page size: the limit given, else the default', () => {
    expect(check('{ organizations(limit: 10) { id } }').cost).toBe(10);
    expect(check('{ organizations { id } }').cost).toBe(pageSize.default);
    expect(check('{ organizations(limit: 10) { id projects(limit: 5) { id } } }').cost).toBe(10 * (1 + 5));
  });

  it('counts a lookup by id as one node: ids are unique', () => {
    expect(check('{ projects(where: { id: { eq: "pr-1" } }) { id competences { id } } }').cost).toBe(1 * (1 + 100));
    expect(check('{ projects(where: { id: { eq: "pr-1" }, level: { eq: regional } }) { id } }').cost).toBe(100);
  });

  it('multiplies a connection by first', () => {
    expect(check('{ companiesConnection(first: 20) { edges { node { id } } } }').cost).toBe(20 * 2);
  });

  it("counts a connection's aggregate once, as a scan of the largest page, not once per item", () => {
    const aggregate = check('{ companiesConnection(where: { employees: { gt: 10 } }) { aggregate { count { nodes } } } }').cost;
    expect(aggregate).toBe(pageSize.max + 1 + pageSize.default * 1);
    expect(check('{ companiesConnection(first: 10) { totalCount edges { node { id } } } }').cost).toBe(pageSize.max + 10 * 2);
  });

  it('charges the custom fields by what they can touch', () => {
    expect(check('{ network { nodeCount } }').cost).toBe(5_000);
    expect(check('{ neighbourhood(id: "x", hops: 2, limit: 100) { nodeCount } }').cost).toBe(200);
    expect(check('{ search(text: "Guss", limit: 10) { id } }').cost).toBe(20);
  });

  it('collects out-of-range page arguments, literal or variable', () => {
    expect(check('{ organizations(limit: -1) { id } }').violations[0]?.argument).toBe('limit');
    expect(check('query ($n: Int) { organizations(offset: $n) { id } }', { n: -3 }).violations[0]?.argument).toBe('offset');
    expect(check(`{ organizations(limit: ${pageSize.max + 1}) { id } }`).violations[0]?.message).toMatch(/at most 1000 per page/);
  });
});

describe('what is stopped', () => {
  it('costs four nested cooperation lists beyond any maximum, one organisation or not', () => {
    expect(
      check(
        '{ organizations(limit: 1) { cooperationPartners { cooperationPartners { cooperationPartners { cooperationPartners { id } } } } } }',
      ).cost,
    ).toBeGreaterThan(1_000_000);
  });

  it('stops a document deeper than the depth limit before it is costed', () => {
    let q = 'id';
    for (let i = 0; i <= shapeLimits.depth; i++) q = `projects { participants { ${q} } }`;
    expect(check(`{ organizations { ${q} } }`).shapeErrors.join(' ')).toMatch(/depth limit/);
  });

  it('stops more aliases than the alias limit', () => {
    const q = `{ ${Array.from({ length: shapeLimits.aliases + 1 }, (_, i) => `a${i}: clusterStats { companies }`).join(' ')} }`;
    expect(check(q).shapeErrors.join(' ')).toMatch(/aliases/i);
  });

  it('stops a document with more tokens than the token limit while parsing', () => {
    expect(() => parse(`{ clusterStats { ${'companies '.repeat(shapeLimits.tokens)} } }`, parseOptions)).toThrow(/tokens/);
  });
});
