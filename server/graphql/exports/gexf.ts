// GEXF 1.2 (Gephi; networkx and graphology-gexf read it): attributes declared with their types
// before the nodes, stored layout positions as viz:position so Gephi opens the graph as drawn.
// 1.2draft rather than 1.3, because networkx (3.4) reads only the drafts. Our own writer rather than
// graphology-gexf's: that one serialises a whole in-memory Graph into one string, which is what the
// streamed export avoids (test/bench/export.bench.ts compares the two); its parser checks ours in
// the tests instead. graphology-graphml has no writer at all.
import { type Attribute, type AttributeType, edgeAttributes, nodeAttributes, scalar } from './attributes.ts';
import type { Emit, Encoder, ExportMeta } from './encoder.ts';
import type { ExportEdge, ExportNode } from './elements.ts';
import { xmlText } from './xml.ts';

const gexfType: Record<AttributeType, string> = { string: 'string', int: 'integer', double: 'double', boolean: 'boolean' };

function declarations(cls: 'node' | 'edge', attributes: readonly Attribute[]): string {
  const lines = attributes.map(
    (a) =>
      `      <attribute id="${a.name}" title="${a.name}" type="${gexfType[a.type]}"/><!-- ${xmlText(a.description).replace(/--/g, '–')} -->`,
  );
  return `    <attributes class="${cls}" mode="static">\n${lines.join('\n')}\n    </attributes>\n`;
}

function attvalues(attributes: readonly Attribute[], values: ExportNode['attributes']): string {
  let out = '';
  for (const a of attributes) {
    const v = scalar(values[a.name]);
    if (v !== null) out += `<attvalue for="${a.name}" value="${xmlText(String(v))}"/>`;
  }
  return out ? `<attvalues>${out}</attvalues>` : '';
}

const label = (n: ExportNode): string => String(n.attributes.name ?? n.attributes.title ?? n.key);

export function gexfEncoder(emit: Emit, meta: ExportMeta): Encoder {
  emit(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">\n' +
      `  <meta lastmodifieddate="${meta.exportedAt.toISOString().slice(0, 10)}">\n` +
      '    <creator>Cluster Explorer</creator>\n' +
      `    <description>${xmlText(`${meta.name}${meta.filter ? ` (filter: ${meta.filter})` : ''}. Lists (competences, industries) are one string, separated by ";".`)}</description>\n` +
      '  </meta>\n' +
      '  <graph defaultedgetype="directed" mode="static">\n' +
      declarations('node', nodeAttributes) +
      declarations('edge', edgeAttributes) +
      '    <nodes>\n',
  );
  let inEdges = false;
  const openEdges = () => {
    if (inEdges) return;
    inEdges = true;
    emit('    </nodes>\n    <edges>\n');
  };
  return {
    node(n: ExportNode) {
      const { x, y } = n.attributes;
      const position = typeof x === 'number' && typeof y === 'number' ? `<viz:position x="${x}" y="${y}" z="0"/>` : '';
      emit(
        `      <node id="${xmlText(n.key)}" label="${xmlText(label(n))}">${attvalues(nodeAttributes, n.attributes)}${position}</node>\n`,
      );
    },
    edge(e: ExportEdge) {
      openEdges();
      emit(
        `      <edge id="${xmlText(e.key)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">${attvalues(edgeAttributes, e.attributes)}</edge>\n`,
      );
    },
    end() {
      openEdges();
      emit('    </edges>\n  </graph>\n</gexf>\n');
    },
  };
}
