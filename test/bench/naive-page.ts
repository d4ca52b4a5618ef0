// The baseline of the benchmark: what a first attempt with Cytoscape looks like. It fetches the
// same `network { graph }`, creates elements with the default styles plus labels, runs fcose
// (quality "draft") at load on the canvas renderer, and marks itself interactive after the layout
// has stopped and the first frame is drawn.
import express, { type Router } from 'express';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// The UMD builds, in load order: fcose needs cose-base, which needs layout-base (as globals).
const scripts = {
  'cytoscape.js': require.resolve('cytoscape/dist/cytoscape.min.js'),
  'layout-base.js': require.resolve('layout-base/layout-base.js'),
  'cose-base.js': require.resolve('cose-base/cose-base.js'),
  'cytoscape-fcose.js': require.resolve('cytoscape-fcose/cytoscape-fcose.js'),
};

const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>naive Cytoscape</title>
<style>html, body { margin: 0; height: 100%; } #cy { width: 100%; height: 100%; }</style></head>
<body><div id="cy"></div>
${Object.keys(scripts)
  .map((s) => `<script src="/naive/${s}"></script>`)
  .join('\n')}
<script>
cytoscape.use(cytoscapeFcose);
(async () => {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ network { graph } }' }),
  });
  const graph = (await res.json()).data.network.graph;
  const elements = [
    ...graph.nodes.map((n) => ({ data: { id: n.key, label: n.attributes.name || n.attributes.title || n.key } })),
    ...graph.edges.map((e) => ({ data: { id: e.key, source: e.source, target: e.target } })),
  ];
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    style: [{ selector: 'node', style: { label: 'data(label)' } }],
  });
  const layout = cy.layout({ name: 'fcose', quality: 'draft', animate: false, randomize: true });
  layout.one('layoutstop', () => {
    const layoutMs = performance.now();
    cy.one('render', () => {
      window.__naive = { cy, layoutMs, interactiveMs: performance.now() };
      document.body.dataset.ready = 'true';
    });
  });
  layout.run();
})();
</script>
</body>
</html>`;

export function naiveRouter(): Router {
  const router = express.Router();
  router.get('/', (_req, res) => {
    res.type('html').send(page);
  });
  for (const [name, file] of Object.entries(scripts)) router.get(`/${name}`, (_req, res) => res.sendFile(file));
  return router;
}
