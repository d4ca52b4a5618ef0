// The baseline of the load benchmark: the typical mix's six questions answered by a minimal express
// app straight over the neo4j-driver, with no Apollo and no GraphQL Library. Where the app runs a
// named statement (cypher/…), the baseline runs the same one; for the entity queries the library
// generates (a page of companies) it runs hand-written Cypher that
// returns the same rows. transferPartners calls the app's own pipeline (five named statements and
// the scoring in TypeScript): copying its 150 lines of domain logic would measure nothing more.
// Answers have GraphQL's shape ({ data: { <field>: … } }) and carry only the fields the typical
// query selects, so both sides send the same bytes; the bench checks that they are equal.
import express, { type Express } from 'express';
import { Kind, parse, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../../../server/cypher.ts';
import { toPlain, type Database, type Row } from '../../../server/db.ts';
import { transferPartners } from '../../../server/graphql/partners/index.ts';
import { luceneQuery } from '../../../server/graphql/search/arguments.ts';
import { assembleGraph, CooperationRow, MembershipRow, OrganizationRow, ProjectRow } from '../../../server/graphql/network/index.ts';
import type { Field, Question } from './mix.ts';

// The README's page of companies in a district, sorted by name; count and page in one statement.
const companiesPage = `
MATCH (c:Company)-[:LOCATED_IN]->(:Place)-[:IN_DISTRICT]->(:District {id: $district})
WITH c ORDER BY c.name
WITH collect(c) AS companies
RETURN size(companies) AS count, [c IN companies[0..toInteger($first)] | c { .id, .name, .employees }] AS nodes`;

// The library's cursors: base64 of "arrayconnection:<offset>".
const cursor = (offset: number): string => Buffer.from(`arrayconnection:${offset}`).toString('base64');

type Shape = { [field: string]: Shape | null }; // null: a leaf, sent as it is

function shapeOf(set: SelectionSetNode): Shape {
  const shape: Shape = {};
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) shape[s.alias?.value ?? s.name.value] = s.selectionSet ? shapeOf(s.selectionSet) : null;
    else if (s.kind === Kind.INLINE_FRAGMENT) Object.assign(shape, shapeOf(s.selectionSet));
  }
  return shape;
}

/** The selected fields of a value, null where missing: what GraphQL would send. */
function pick(value: unknown, shape: Shape | null): unknown {
  if (shape === null || value === null || value === undefined) return value ?? null;
  if (Array.isArray(value)) return value.map((v) => pick(v, shape));
  const from = value as Record<string, unknown>;
  return Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, pick(from[k], s)]));
}

/** The selection under the query's one top-level field; read once at start, never per request. */
function topShape(query: string): Shape {
  const op = parse(query).definitions[0] as OperationDefinitionNode;
  const top = op.selectionSet.selections[0];
  if (top?.kind !== Kind.FIELD || !top.selectionSet) throw new Error(`no selection in ${query.slice(0, 60)}`);
  return shapeOf(top.selectionSet);
}

class BadRequest extends Error {}
class NotFound extends Error {}

type Body = Record<string, unknown>;
const str = (b: Body, k: string): string => {
  const v = b[k];
  if (typeof v !== 'string' || v === '') throw new BadRequest(`${k} must be a non-empty string`);
  return v;
};

export function buildBaseline(db: Database, mix: readonly Question[]): Express {
  const driver: Driver = db.driver;
  const read = async (statement: string, params: Body = {}): Promise<Row[]> => {
    const session = driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(statement, params));
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    } finally {
      await session.close();
    }
  };
  const shapes = new Map(mix.map((q) => [q.field, topShape(q.query)]));
  const shape = (field: Field): Shape => shapes.get(field) as Shape;

  const answers: Record<Field, (b: Body) => Promise<unknown>> = {
    clusterStats: async () => pick((await read(cypher('figures/cluster-stats')))[0], shape('clusterStats')),
    search: async (b) => {
      const text = str(b, 'text');
      if (text.length > 200) throw new BadRequest('text is longer than 200 characters');
      return pick(await read(cypher('search/names'), { query: luceneQuery(text), limit: 12 }), shape('search'));
    },
    neighbourhood: async (b) => {
      const id = str(b, 'id');
      const hops = 1;
      const includeMemberships = true;
      const limit = 500;
      const [reach] = await read(cypher('paths/neighbourhood/reach'), { id, hops, includeMemberships, limit });
      if (!reach) throw new NotFound(id);
      const reached = [...(reach.organizations as { id: string; hop: number }[]), ...(reach.projects as { id: string; hop: number }[])];
      const ids = (reach.organizations as { id: string }[]).map((o) => o.id);
      const [organizations, projects, cooperations, memberships] = await Promise.all([
        read(cypher('paths/neighbourhood/organizations'), { ids }).then((rows) => rows.map((r) => OrganizationRow.parse(r))),
        read(cypher('paths/neighbourhood/projects'), { projectIds: (reach.projects as { id: string }[]).map((p) => p.id), ids }).then(
          (rows) => rows.map((r) => ProjectRow.parse(r)),
        ),
        read(cypher('network/cooperations'), { ids, yearTo: null }).then((rows) => rows.map((r) => CooperationRow.parse(r))),
        read(cypher('network/memberships'), { ids }).then((rows) => rows.map((r) => MembershipRow.parse(r))),
      ]);
      const { graph } = assembleGraph(
        { organizations, projects, cooperations, memberships },
        { name: 'Cluster Metall Brandenburg', center: id, hops, includeMemberships, limit, truncated: reach.truncated },
      );
      const hopOf = new Map(reached.map((n) => [n.id, n.hop]));
      for (const n of graph.nodes) n.attributes.hop = hopOf.get(n.key) ?? null;
      return { graph };
    },
    organizationDetails: async (b) => {
      // The app answers it from the same named statement.
      const [row] = await read(cypher('details/organization'), { id: str(b, 'id') });
      if (!row) return null;
      const org = row.organization as Row;
      // The library's DateTime: an ISO instant with milliseconds.
      if (typeof org.metricsAt === 'string') org.metricsAt = new Date(org.metricsAt).toISOString();
      return pick(org, shape('organizationDetails'));
    },
    companiesConnection: async (b) => {
      const first = 10;
      const [row] = await read(companiesPage, { district: str(b, 'district'), first });
      const count = Number(row?.count ?? 0);
      const nodes = (row?.nodes ?? []) as Row[];
      return {
        aggregate: { count: { nodes: count } },
        edges: nodes.map((node) => ({ node })),
        pageInfo: { hasNextPage: count > first, endCursor: nodes.length ? cursor(nodes.length - 1) : null },
      };
    },
    transferPartners: async (b) => {
      const answer = await transferPartners(db, {
        organizationId: b.org as string | null,
        competences: b.competences as string[] | null,
        kinds: b.kinds as string[] | null,
        near: null,
        maxDistanceKm: b.max as number | null,
        limit: 15,
      });
      return pick(answer, shape('transferPartners'));
    },
  };

  const failed = new Set<string>();
  const app = express();
  app.disable('x-powered-by');
  app.post('/plain/:field', express.json({ limit: '1mb' }), async (req, res) => {
    const field = req.params.field as Field;
    const answer = Object.hasOwn(answers, field) ? answers[field] : undefined;
    if (!answer) {
      res.status(404).json({ errors: [{ message: `no route ${field}` }] });
      return;
    }
    try {
      res.json({ data: { [field]: await answer((req.body ?? {}) as Body) } });
    } catch (err) {
      if (err instanceof BadRequest) res.status(400).json({ errors: [{ message: err.message }] });
      else if (err instanceof NotFound) res.status(404).json({ errors: [{ message: `no organisation ${err.message}` }] });
      else {
        // Once per route: the bench's log shows why, the client sees what the app would show.
        if (!failed.has(field)) console.error(`baseline ${field}:`, err);
        failed.add(field);
        res.status(500).json({ errors: [{ message: 'Unexpected error.' }] });
      }
    }
  });
  return app;
}
