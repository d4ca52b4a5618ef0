// The export's pieces without a database: XML text, the download URL's parameters, and each
// writer's output for a two-node graph, read back by the graphology ecosystem's parsers.
import { strFromU8, unzipSync } from 'fflate';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { exportQueryString, parseExportQuery } from '../../server/graphql/exports/arguments.ts';
import type { ExportEdge, ExportNode } from '../../server/graphql/exports/elements.ts';
import { type ExportFormat, formatInfo } from '../../server/graphql/exports/formats.ts';
import { xmlText } from '../../server/graphql/exports/xml.ts';

const nodes: ExportNode[] = [
  {
    key: 'co-1',
    attributes: {
      nodeType: 'organization',
      kind: 'company',
      name: 'Müller & Söhne <GmbH> "Stahl"\u0001',
      employees: 12,
      lat: 52.5,
      lon: 13.4,
      x: 1.5,
      y: -2,
      synthetic: true,
      competences: ['leichtbau', 'schweissen'],
      degree: 1,
      betweenness: null,
    },
  },
  {
    key: 'pr-1',
    attributes: { nodeType: 'project', kind: 'project', title: '=SUM(A1)', level: 'regional', startYear: 2020, endYear: 2022, degree: 1 },
  },
];
const edges: ExportEdge[] = [
  { key: 'co-1>pr-1', source: 'co-1', target: 'pr-1', attributes: { kind: 'participation', role: 'lead', startYear: 2020, endYear: 2022 } },
];

function write(format: ExportFormat, lang: 'de' | 'en' = 'en'): Buffer {
  const chunks: Buffer[] = [];
  const encoder = formatInfo[format].encoder(
    (c) => chunks.push(Buffer.from(c)),
    { name: 'Test', filter: 'kinds=company', exportedAt: new Date('2026-12-01T00:00:00Z') },
    lang,
  );
  for (const n of nodes) encoder.node(n);
  for (const e of edges) encoder.edge(e);
  encoder.end();
  return Buffer.concat(chunks);
}

describe('the export writers', () => {
  it('escape markup and drop the characters XML 1.0 forbids', () => {
    expect(xmlText('a & b < c > "d" \'e\'')).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;');
    expect(xmlText('x\u0000\u0008\u000b\uffffy\ud800z')).toBe('xyz');
    expect(xmlText('tab\there\nline')).toBe('tab&#9;here&#10;line');
    expect(xmlText('emoji 🔩 stays')).toBe('emoji 🔩 stays');
  });

  it('write GEXF that graphology-gexf reads with typed attributes and lists joined', () => {
    const g = parseGexf(Graph, write('gexf').toString('utf8'));
    expect([g.order, g.size]).toEqual([2, 1]);
    expect(g.getNodeAttributes('co-1')).toMatchObject({
      label: 'Müller & Söhne <GmbH> "Stahl"',
      employees: 12,
      synthetic: true,
      competences: 'leichtbau;schweissen',
      x: 1.5,
      y: -2,
    });
    expect(g.getNodeAttributes('co-1')).not.toHaveProperty('betweenness');
    expect(g.getEdgeAttributes('co-1', 'pr-1')).toMatchObject({ kind: 'participation', role: 'lead', startYear: 2020 });
  });

  it('write GraphML that graphology-graphml reads with typed attributes', () => {
    const g = parseGraphml(Graph, write('graphml').toString('utf8'));
    expect([g.order, g.size]).toEqual([2, 1]);
    expect(g.getNodeAttributes('co-1')).toMatchObject({ name: 'Müller & Söhne <GmbH> "Stahl"', employees: 12, lat: 52.5, synthetic: true });
    expect(g.getNodeAttributes('pr-1')).toMatchObject({ title: '=SUM(A1)', startYear: 2020 });
  });

  it('write graphology JSON that Graph.from imports, lists as arrays', () => {
    const g = Graph.from(JSON.parse(write('graphology').toString('utf8')));
    expect(g.getNodeAttribute('co-1', 'competences')).toEqual(['leichtbau', 'schweissen']);
    expect(g.getEdgeAttributes('co-1>pr-1')).toEqual(edges[0]!.attributes);
    expect(g.getAttribute('filter')).toBe('kinds=company');
  });

  it('zip formula-safe CSV tables with BOM, CRLF and the dialect of the language', () => {
    const files = unzipSync(new Uint8Array(write('csv', 'de')));
    const nodesCsv = Buffer.from(files['nodes.csv']!).toString('utf8');
    expect(nodesCsv.startsWith('\uFEFF"id";"nodeType";"kind";"name"')).toBe(true);
    const lines = nodesCsv.split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('"52,5";"13,4"');
    expect(lines[2]).toContain(`"'=SUM(A1)"`);
    expect(strFromU8(files['edges.csv']!).split('\r\n')[1]).toBe('"co-1>pr-1";"co-1";"pr-1";"participation";"lead";"";"";"2020";"2022";""');
  });

  it('read the filter from a download URL, lists comma-separated or repeated', () => {
    const r = parseExportQuery(
      new URLSearchParams(
        'kinds=company,university&districts=cottbus&districts=barnim&minEmployees=10&synthetic=false&minParticipants=2&lang=de',
      ),
    );
    expect(r.filter).toMatchObject({
      kinds: ['company', 'university'],
      districts: ['cottbus', 'barnim'],
      minEmployees: 10,
      synthetic: false,
      minParticipants: 2,
    });
    expect(r).toMatchObject({ lang: 'de', filtered: true });
    expect(r.params).toMatchObject({ kinds: ['company', 'university'], includeProjects: true, includeMemberships: false, yearTo: null });
    expect(parseExportQuery(new URLSearchParams('lang=de')).params.minParticipants).toBe(1);
    expect(parseExportQuery(new URLSearchParams('lang=de')).filtered).toBe(false);
  });

  it('refuse a bad parameter with a BAD_USER_INPUT error naming it', () => {
    const error = (q: string) => {
      try {
        parseExportQuery(new URLSearchParams(q));
      } catch (err) {
        return err;
      }
      return null;
    };
    for (const [q, argument] of [
      ['levels=galactic', 'levels'],
      ['maxEmployees=1.5', 'maxEmployees'],
      ['yearFrom=1&yearFrom=2', 'yearFrom'],
      ['kinds=', 'kinds'],
      ['x=1', 'x'],
    ]) {
      const err = error(q!);
      expect(err, q).toBeInstanceOf(GraphQLError);
      expect((err as GraphQLError).extensions, q).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('write a filter back as the query string it came from, leaving out the defaults', () => {
    expect(
      exportQueryString(
        { kinds: ['company'], districts: ['a', 'b'], includeProjects: true, includeMemberships: false, yearTo: 2020 },
        null,
      ),
    ).toBe('kinds=company&districts=a%2Cb&yearTo=2020');
    expect(exportQueryString({ includeProjects: false }, 'de')).toBe('includeProjects=false&lang=de');
  });
});
