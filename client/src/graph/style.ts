// The stylesheet is data: appearance follows from element data and classes set from the store.
// Okabe–Ito colours (colour-blind safe), and a shape per kind so colour is never the only cue.
import type cytoscape from 'cytoscape';
import { groupColors, restColor } from '../gaps/index.ts';
import type { Category } from '../state.ts';

export const palette: Record<Category, { color: string; shape: cytoscape.Css.NodeShape }> = {
  company: { color: '#56B4E9', shape: 'ellipse' },
  university: { color: '#E69F00', shape: 'round-rectangle' },
  leibniz: { color: '#009E73', shape: 'diamond' },
  fraunhofer: { color: '#D55E00', shape: 'hexagon' },
  max_planck: { color: '#CC79A7', shape: 'octagon' },
  other_institute: { color: '#F0E442', shape: 'round-triangle' },
  actor: { color: '#222222', shape: 'star' },
  project: { color: '#9a9a9a', shape: 'round-rectangle' },
};

export const edgeColors = { participation: '#b9c0c8', cooperation: '#0072B2', membership: '#7a5c99' } as const;

// Sizes and labels as function mappers, not 'data(…)': Cytoscape re-applies a data mapper on every
// restyle of an element (a class change), but skips a function mapper whose value is unchanged.
const size = (key: 'sizeEmployees' | 'sizeDegree') => (n: cytoscape.NodeSingular) => Number(n.data(key));
const label = (n: cytoscape.NodeSingular) => String(n.data('label') ?? '');
// Every element whose classes change is matched against every rule: one rule with a function
// mapper costs less than a rule per category or lens group (bench:explorer, issue #14).
const look = (n: cytoscape.NodeSingular) => palette[n.data('category') as Category] ?? palette.actor;
const lensColor = (n: cytoscape.NodeSingular) => {
  for (const c of n.classes() as unknown as string[]) if (c.startsWith('lens-')) return groupColors[c.slice(5)] ?? restColor;
  return restColor;
};

export function stylesheet(): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: size('sizeEmployees'),
        height: size('sizeEmployees'),
        'border-width': 0,
        label: '',
        'font-size': 11,
        'min-zoomed-font-size': 9,
        'text-valign': 'bottom',
        'text-margin-y': 2,
        color: '#1b1f24',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'z-index': 10,
      },
    },
    {
      selector: 'node[category]',
      style: { 'background-color': (n: cytoscape.NodeSingular) => look(n).color, shape: (n: cytoscape.NodeSingular) => look(n).shape },
    },
    { selector: 'node.by-degree', style: { width: size('sizeDegree'), height: size('sizeDegree') } },
    { selector: 'node.labelled, node.selected, node.path, node.search-hit', style: { label } },
    {
      selector: 'node.selected',
      style: { 'border-width': 4, 'border-color': '#000000', 'z-index': 20, 'font-size': 14, 'font-weight': 'bold' },
    },
    {
      selector: 'edge',
      style: { width: 1, 'line-color': edgeColors.participation, 'curve-style': 'haystack', opacity: 0.8, 'z-index': 10 },
    },
    { selector: 'edge[kind = "cooperation"]', style: { width: 1.6, 'line-color': edgeColors.cooperation } },
    {
      selector: 'edge[kind = "membership"]',
      style: { width: 1, 'line-color': edgeColors.membership, 'curve-style': 'straight', 'line-style': 'dashed' },
    },
    // The gap lens recolours by class; shapes stay, so the kind is still readable.
    { selector: 'node.lens-rest', style: { 'background-color': restColor, opacity: 0.6 } },
    // A thin dark outline makes even the smallest firm of a lens class stand out from the grey rest.
    { selector: 'node.lens', style: { 'background-color': lensColor, 'border-width': 1, 'border-color': '#1b1f24', 'z-index': 15 } },
    { selector: 'edge.lens-edge', style: { opacity: 0.2 } },
    { selector: 'node.gap-focus', style: { 'border-width': 3, 'border-color': '#000000', label, 'z-index': 25 } },
    // A faded label fades with its node: emptying it would change the element's bounds (and its
    // edges') and the drawing order of every element, all recomputed in the next frame.
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'edge.faded', style: { opacity: 0.05 } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#D55E00', 'z-index': 30 } },
    { selector: 'edge.path', style: { width: 5, 'line-color': '#D55E00', opacity: 1, 'z-index': 30 } },
    {
      selector: 'node.overview',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        shape: 'ellipse',
        'background-color': 'mapData(share, 0, 0.4, #f3d9c9, #0072B2)',
        'border-width': 1,
        'border-color': '#33414e',
        label: 'data(label)',
        'font-size': 30,
        'min-zoomed-font-size': 0,
        'text-valign': 'bottom',
        'z-index': 20,
      },
    },
    // Berlin holds research but no cluster companies: no share to colour.
    { selector: 'node.overview[companies = 0]', style: { 'background-color': '#c8ccd0' } },
    {
      selector: 'edge.overview',
      style: {
        width: 'data(width)',
        'line-color': '#6b7580',
        'curve-style': 'straight',
        // A few hundred overview edges at most: a function costs nothing here.
        opacity: (e: cytoscape.EdgeSingular) => 0.08 + 0.67 * Number(e.data('strength') ?? 1),
        'z-index': 15,
      },
    },
    {
      selector: 'node.district-shape',
      style: {
        shape: 'polygon',
        'shape-polygon-points': 'data(points)',
        width: 'data(width)',
        height: 'data(height)',
        'background-color': '#eef1f4',
        'background-opacity': 1,
        'border-width': 1.5,
        'border-color': '#8c96a0',
        label: 'data(label)',
        'font-size': 28,
        color: '#6b7580',
        'text-valign': 'center',
        'text-outline-width': 0,
        'z-index-compare': 'manual',
        // Smaller districts above larger ones: Cottbus lies inside Spree-Neiße's outline.
        'z-index': (n: cytoscape.NodeSingular) => Number(n.data('z')),
        events: 'no',
      },
    },
  ];
}
