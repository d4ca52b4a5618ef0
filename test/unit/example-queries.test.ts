// The example operations of docs/queries: each says what it answers, names its operation (the
// GraphiQL tab's title), and is listed in the README; the file format is read as documented.
import { parse, type OperationDefinitionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExampleFileError, examplesFrom, operationNameFor, parseExample } from '../../client/src/graphiql/examples.ts';
import { projectRoot } from '../../server/config.ts';
import { docsExamples } from '../setup/example-queries.ts';

const examples = docsExamples();
const operationName = (query: string): string | undefined =>
  parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')[0]?.name?.value;

describe('the files of docs/queries', () => {
  it('each opens with a comment saying what it answers and holds one named operation', () => {
    for (const e of examples) {
      expect(e.description.length, e.name).toBeGreaterThan(20);
      const operations = parse(e.query).definitions.filter((d) => d.kind === 'OperationDefinition');
      expect(operations.length, e.name).toBe(1);
      expect(operationName(e.query), e.name).toMatch(/^[A-Z]\w+$/);
    }
  });

  it('have distinct operation names, so every GraphiQL tab has its own title', () => {
    const names = examples.map((e) => operationName(e.query));
    expect(new Set(names).size).toBe(names.length);
  });

  it('are each listed in the README, and the README lists no other', () => {
    const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| `(\d\d-[\w-]+)\.graphql` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(examples.map((e) => e.name));
  });
});

describe('the example file format', () => {
  const source = '# Who is there?\n# Two lines.\n# variables: {"id": "fhg-ipk"}\nquery Who($id: ID!) { organization(id: $id) { name } }\n';

  it('takes the variables from the "# variables:" line and leaves that line out of the query', () => {
    const e = parseExample('who', source);
    expect(e.variables).toEqual({ id: 'fhg-ipk' });
    expect(e.query).toBe('# Who is there?\n# Two lines.\nquery Who($id: ID!) { organization(id: $id) { name } }\n');
    expect(e.description).toBe('Who is there? Two lines.');
  });

  it('has no variables without that line', () => {
    expect(parseExample('figures', '# Figures.\n{ clusterStats { companies } }').variables).toEqual({});
  });

  it('refuses a variables line that is not a JSON object, naming the file', () => {
    expect(() => parseExample('bad', '# variables: {id: 1}\n{ x }')).toThrow(ExampleFileError);
    expect(() => parseExample('bad', '# variables: {id: 1}\n{ x }')).toThrow(/docs\/queries\/bad\.graphql/);
    expect(() => parseExample('list', '# variables: [1]\n{ x }')).toThrow(/must hold a JSON object, got \[1\]/);
  });

  it('orders examples by file name, whatever the folder', () => {
    const names = examplesFrom({ '/a/docs/queries/02-b.graphql': '# B\n{ b }', '../x/01-a.graphql': '# A\n{ a }' }).map((e) => e.name);
    expect(names).toEqual(['01-a', '02-b']);
  });
});

describe('the operation name the query IDE sends', () => {
  const doc = 'query FirmsOfADistrict($d: ID!) { districts(where: { id: { eq: $d } }) { id } }';

  it("drops a name the document does not define (the previous tab's, just after a switch)", () => {
    expect(operationNameFor(doc, 'ClusterFigures')).toBeNull();
  });

  it('keeps a name the document defines, and none stays none', () => {
    expect(operationNameFor(doc, 'FirmsOfADistrict')).toBe('FirmsOfADistrict');
    expect(operationNameFor(doc, null)).toBeNull();
  });

  it('leaves a document that does not parse to the server, with its name', () => {
    expect(operationNameFor('query Broken {', 'Broken')).toBe('Broken');
  });
});
