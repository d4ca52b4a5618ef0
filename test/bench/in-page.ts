// Measurements that run inside the page (handed to page.evaluate, so each function is
// self-contained: no imports, no closures over Node values). Times are performance.now() values,
// which count from the navigation start.
import type { Page } from 'playwright-core';

interface Cy {
  on(event: string, f: () => void): void;
  off(event: string, f: () => void): void;
  one(event: string, f: () => void): void;
  panBy(p: { x: number; y: number }): void;
  zoom(): number;
  zoom(o: { level: number; renderedPosition: { x: number; y: number } }): void;
  width(): number;
  height(): number;
  batch(f: () => void): void;
  nodes(selector?: string): {
    length: number;
    style(name: string, value: string): void;
    removeStyle(name: string): void;
    map<T>(f: (n: { id(): string }) => T): T[];
  };
  edges(selector?: string): { length: number };
}

/** Installed before the app's scripts: records when #graph turns ready and when the next frame is drawn. */
export const markOursReady = `document.addEventListener('DOMContentLoaded', () => {
  const graph = document.getElementById('graph');
  if (!graph) return;
  new MutationObserver((_, observer) => {
    if (graph.dataset.ready !== 'true') return;
    observer.disconnect();
    const readyMs = performance.now();
    window.__cluster.cy.one('render', () => { window.__bench = { readyMs, interactiveMs: performance.now() }; });
  }).observe(graph, { attributes: true, attributeFilter: ['data-ready'] });
});`;

/** Renders per second while the viewport pans and zooms every animation frame. */
export function panZoomFps(page: Page, ms: number, hook: '__cluster' | '__naive'): Promise<{ fps: number; rafFps: number }> {
  return page.evaluate(
    ({ ms, hook }) =>
      new Promise<{ fps: number; rafFps: number }>((resolve) => {
        const cy = (window as unknown as Record<string, { cy: Cy }>)[hook]?.cy as Cy;
        let renders = 0;
        let frames = 0;
        const count = () => renders++;
        cy.on('render', count);
        const centre = { x: cy.width() / 2, y: cy.height() / 2 };
        const base = cy.zoom();
        const t0 = performance.now();
        const step = (now: number) => {
          const t = (now - t0) / 1000;
          frames++;
          cy.panBy({ x: 6 * Math.cos(t * 3), y: 6 * Math.sin(t * 3) });
          cy.zoom({ level: base * (1 + 0.3 * Math.sin(t * 2)), renderedPosition: centre });
          if (now - t0 < ms) requestAnimationFrame(step);
          else {
            cy.off('render', count);
            const seconds = (performance.now() - t0) / 1000;
            resolve({ fps: renders / seconds, rafFps: frames / seconds });
          }
        };
        requestAnimationFrame(step);
      }),
    { ms, hook },
  );
}

/** requestAnimationFrame callbacks per second on whatever page is open (an empty one, as the ceiling). */
export function rafFps(page: Page, ms: number): Promise<number> {
  return page.evaluate(
    (ms) =>
      new Promise<number>((resolve) => {
        let frames = 0;
        const t0 = performance.now();
        const step = (now: number) => {
          frames++;
          if (now - t0 < ms) requestAnimationFrame(step);
          else resolve(frames / ((performance.now() - t0) / 1000));
        };
        requestAnimationFrame(step);
      }),
    ms,
  );
}

export type Interaction =
  | { name: 'select'; id: string }
  | { name: 'filter'; competence: string }
  | { name: 'lens'; id: string }
  | { name: 'expand'; id: string };

/**
 * Dispatches the interaction to the app's store and measures until the frame after Cytoscape
 * has drawn the result (an expansion first waits for its fetched elements), and the synchronous
 * part alone (the store's listeners: appearance, panels, URL). Undoes it after.
 */
export function interactionMs(page: Page, interaction: Interaction): Promise<{ ms: number; syncMs: number }> {
  return page.evaluate(
    (i) =>
      new Promise<{ ms: number; syncMs: number }>((resolve, reject) => {
        type Action = Record<string, unknown> & { type: string };
        const { cy, store } = (window as unknown as { __cluster: { cy: Cy; store: { dispatch(a: Action): void } } }).__cluster;
        const memberships = () => cy.edges('[kind = "membership"]').length;
        const before = memberships();
        const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
        const rendered = () =>
          new Promise<void>((r, fail) => {
            const timer = setTimeout(() => fail(new Error(`${i.name}: no frame drawn within 30 s`)), 30_000);
            cy.one('render', () => {
              clearTimeout(timer);
              r();
            });
          });
        const until = async (ok: () => boolean) => {
          const t = performance.now();
          while (!ok()) {
            if (performance.now() - t > 120_000) throw new Error(`${i.name} did not finish within 120 s`);
            await frame();
          }
        };
        const [action, undo]: [Action, Action] =
          i.name === 'select'
            ? [
                { type: 'select', id: i.id },
                { type: 'select', id: null },
              ]
            : i.name === 'filter'
              ? [{ type: 'addToList', filter: 'competences', value: i.competence }, { type: 'resetFilters' }]
              : i.name === 'lens'
                ? [{ type: 'focus', id: i.id, hops: 1 }, { type: 'clearFocus' }]
                : [
                    { type: 'toggleExpanded', id: i.id },
                    { type: 'toggleExpanded', id: i.id },
                  ];
        const run = async () => {
          const drawn = rendered();
          const t0 = performance.now();
          store.dispatch(action);
          const syncMs = performance.now() - t0;
          if (i.name === 'expand') {
            await until(() => memberships() > before);
            await rendered();
          } else await drawn;
          await frame();
          const ms = performance.now() - t0;
          store.dispatch(undo);
          if (i.name === 'expand') await until(() => memberships() === before);
          if (i.name !== 'filter') store.dispatch({ type: 'select', id: null });
          await frame();
          await frame();
          return { ms, syncMs };
        };
        run().then(resolve, reject);
      }),
    interaction,
  );
}

/**
 * A full redraw: one style change on every node, until the frame after it is drawn. A null
 * colour removes the override again (so the app's own styles come back after measuring).
 */
export function fullRedrawMs(page: Page, hook: '__cluster' | '__naive', colour: string | null): Promise<number> {
  return page.evaluate(
    ({ hook, colour }) =>
      new Promise<number>((resolve) => {
        const cy = (window as unknown as Record<string, { cy: Cy }>)[hook]?.cy as Cy;
        const t0 = performance.now();
        cy.one('render', () => requestAnimationFrame(() => resolve(performance.now() - t0)));
        cy.batch(() => (colour ? cy.nodes().style('background-color', colour) : cy.nodes().removeStyle('background-color')));
      }),
    { hook, colour },
  );
}
