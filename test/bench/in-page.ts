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
  | { name: 'expand'; id: string }
  | { name: 'collapse'; id: string }
  | { name: 'filter'; competence: string }
  | { name: 'legend'; category: string }
  | { name: 'timeStep'; year: number }
  | { name: 'focusOn'; id: string }
  | { name: 'focusOff'; id: string }
  | { name: 'gapsOpen' }
  | { name: 'gapsClose' }
  | { name: 'path'; from: string; to: string };

export type InteractionName = Interaction['name'];

/**
 * Dispatches the interaction to the app's store and measures until the frame after the first
 * frame Cytoscape draws with the result in place (an expansion or a path first waits for its
 * answer), and the synchronous part alone (the store's listeners: appearance, panels, URL). What
 * an interaction needs first (an expansion to collapse, a lens to close) is set up before the
 * clock starts, and everything is undone after.
 */
export function interactionMs(page: Page, interaction: Interaction): Promise<{ ms: number; syncMs: number }> {
  return page.evaluate(
    (i) =>
      new Promise<{ ms: number; syncMs: number }>((resolve, reject) => {
        type Action = Record<string, unknown> & { type: string };
        type Store = { dispatch(a: Action): void; get(): { fetched: { path: { status: string } | null } } };
        const { cy, store } = (window as unknown as { __cluster: { cy: Cy; store: Store } }).__cluster;
        const memberships = () => cy.edges('[kind = "membership"]').length;
        const lensOn = () => cy.nodes('.lens-rest').length > 0;
        const before = memberships();
        const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
        const until = async (ok: () => boolean) => {
          const t = performance.now();
          while (!ok()) {
            if (performance.now() - t > 120_000) throw new Error(`${i.name} did not get ready within 120 s`);
            await frame();
          }
        };
        // The first frame Cytoscape draws once the result is there (checked when each frame is drawn).
        const drawnWhen = (done: () => boolean) =>
          new Promise<void>((r, fail) => {
            const timer = setTimeout(() => fail(new Error(`${i.name}: not drawn within 60 s`)), 60_000);
            const check = () => {
              if (!done()) return;
              cy.off('render', check);
              clearTimeout(timer);
              r();
            };
            cy.on('render', check);
          });
        interface Plan {
          setup?: Action[];
          ready?: () => boolean;
          act: Action;
          done?: () => boolean;
          undo: Action[];
          undone?: () => boolean;
        }
        const plan = (): Plan => {
          switch (i.name) {
            case 'select':
              return { act: { type: 'select', id: i.id }, undo: [{ type: 'select', id: null }] };
            case 'expand':
              return {
                act: { type: 'toggleExpanded', id: i.id },
                done: () => memberships() > before,
                undo: [{ type: 'toggleExpanded', id: i.id }],
                undone: () => memberships() === before,
              };
            case 'collapse':
              return {
                setup: [{ type: 'toggleExpanded', id: i.id }],
                ready: () => memberships() > before,
                act: { type: 'toggleExpanded', id: i.id },
                done: () => memberships() === before,
                undo: [],
              };
            case 'filter':
              return { act: { type: 'addToList', filter: 'competences', value: i.competence }, undo: [{ type: 'resetFilters' }] };
            case 'legend':
              return { act: { type: 'toggleCategory', category: i.category }, undo: [{ type: 'toggleCategory', category: i.category }] };
            case 'timeStep':
              return {
                setup: [{ type: 'setRange', filter: 'years', range: [null, i.year] }],
                act: { type: 'setRange', filter: 'years', range: [null, i.year - 1] },
                undo: [{ type: 'resetFilters' }],
              };
            case 'focusOn':
              return {
                act: { type: 'focus', id: i.id, hops: 1 },
                undo: [{ type: 'clearFocus' }, { type: 'select', id: null }],
              };
            case 'focusOff':
              return {
                setup: [{ type: 'focus', id: i.id, hops: 1 }],
                act: { type: 'clearFocus' },
                undo: [{ type: 'select', id: null }],
              };
            case 'gapsOpen':
              return { act: { type: 'openGaps' }, done: lensOn, undo: [{ type: 'closeGaps' }], undone: () => !lensOn() };
            case 'gapsClose':
              return { setup: [{ type: 'openGaps' }], ready: lensOn, act: { type: 'closeGaps' }, done: () => !lensOn(), undo: [] };
            case 'path':
              return {
                setup: [{ type: 'pickPathEnd', id: i.from }],
                act: { type: 'pickPathEnd', id: i.to },
                done: () => ['done', 'failed'].includes(store.get().fetched.path?.status ?? ''),
                undo: [{ type: 'clearPath' }],
              };
          }
        };
        const run = async () => {
          const p = plan();
          for (const a of p.setup ?? []) store.dispatch(a);
          await until(p.ready ?? (() => true));
          await frame();
          await frame();
          const drawn = drawnWhen(p.done ?? (() => true));
          const t0 = performance.now();
          store.dispatch(p.act);
          const syncMs = performance.now() - t0;
          await drawn;
          await frame();
          const ms = performance.now() - t0;
          // The timed part, for traces (trace.ts keeps only what happens inside it).
          performance.measure('bench:interaction', { start: t0, end: t0 + ms });
          for (const a of p.undo) store.dispatch(a);
          await until(p.undone ?? (() => true));
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
