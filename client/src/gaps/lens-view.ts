// What the gap lens shows, derived from the store: the target (chosen, or the report's first row
// of interest), the questions it needs answered, and the graph's classes and focus. Pure.
import { answerFor } from '../fetched.ts';
import { evidenceHighlight } from '../partners/index.ts';
import type { GapView, State } from '../state.ts';
import type { Introduction, LensGroup } from './api.ts';
import { lensClass, lensDefinitions } from './lenses.ts';

/** What the graph shows under the lens: a class per organisation, and what to fit into view. */
export interface LensView {
  classes: ReadonlyMap<string, string>;
  /** Ids to fit into view and mark, or a district whose nodes to fit; with a key that changes when the focus does. */
  focus: { key: string; ids: readonly string[] | null; district: string | null } | null;
  /** An introduction picked: its pair and the evidence path between them. */
  path: { nodeIds: string[]; edgeKeys: string[] } | null;
}

/** An introduction as a row id in the URL: both ends, which never contain "..". */
export const introductionId = (i: Introduction): string => `${i.from.id}..${i.to.id}`;

/** The lens target when none is chosen: the first white spot, else the first field without a research link. */
export function gapTarget(s: State): string | null {
  const g = s.gaps;
  if (!g) return null;
  const data = answerFor(s.fetched.gapReport, g.lens);
  if (g.target || !lensDefinitions[g.lens].needsTarget || !data?.whitespots) return g.target;
  const rows = data.whitespots;
  return (rows.find((r) => r.whiteSpot) ?? rows.find((r) => r.demandWithoutResearchLink) ?? rows[0])?.competence.id ?? null;
}

/** The keys of the lens's questions: its classes and its introductions; null while the target is unknown. */
export function gapKeys(g: GapView, target: string | null): { lens: string | null; introductions: string | null } {
  const def = lensDefinitions[g.lens];
  if (def.needsTarget && target === null) return { lens: null, introductions: null };
  return { lens: `${def.lens}|${target ?? ''}`, introductions: def.introductions ? `${def.introductions}|${target ?? ''}` : null };
}

// The classes of thousands of organisations are built once per answer, not once per refresh.
let classesFor: { groups: LensGroup[]; classes: ReadonlyMap<string, string> } | null = null;
function classesOf(groups: LensGroup[]): ReadonlyMap<string, string> {
  if (classesFor?.groups !== groups) {
    const classes = new Map<string, string>();
    for (const group of groups) for (const id of group.ids) classes.set(id, lensClass(group.key));
    classesFor = { groups, classes };
  }
  return classesFor.classes;
}

/** The lens on the graph, once its classes are there; null while the lens is off or loading. */
export function lensView(s: State): LensView | null {
  const g = s.gaps;
  if (!g) return null;
  const target = gapTarget(s);
  const keys = gapKeys(g, target);
  const groups = answerFor(s.fetched.gapLens, keys.lens);
  if (!groups) return null;
  const intros = answerFor(s.fetched.gapIntroductions, keys.introductions);
  const intro = g.row?.includes('..') ? (intros?.find((i) => introductionId(i) === g.row) ?? null) : null;
  const evidence = intro?.partner ? evidenceHighlight(intro.partner) : null;
  const path = intro && evidence ? { nodeIds: [intro.from.id, ...evidence.nodeIds], edgeKeys: evidence.edgeKeys } : null;
  const def = lensDefinitions[g.lens];
  let focus: LensView['focus'] = null;
  if (g.row) {
    if (intro) focus = { key: `i:${g.row}`, ids: [intro.from.id, intro.to.id, ...(path?.nodeIds ?? [])], district: null };
    else if (def.rowFocus === 'organization') focus = { key: `o:${g.row}`, ids: [g.row], district: null };
    else if (def.rowFocus === 'district') focus = { key: `d:${g.row}`, ids: null, district: g.row };
    else if (def.rowFocus === 'year') focus = { key: `y:${g.row}`, ids: null, district: null };
    else if (target) {
      const wanted = def.focusGroups(target);
      const ids = groups.filter((x) => wanted === null || wanted.includes(x.key)).flatMap((x) => x.ids);
      focus = { key: `t:${g.lens}:${target}`, ids, district: null };
    }
  }
  return { classes: classesOf(groups), focus, path };
}
