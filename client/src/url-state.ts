// The full view state lives in the URL: reloading or sharing a link restores it. Only values
// that differ from the defaults are written, so a plain link stays plain.
import {
  categories,
  gapLenses,
  initialState,
  partnerKinds,
  type Category,
  type GapLensName,
  type LayoutName,
  type PartnerKind,
  type Range,
  type State,
} from './state.ts';

const layouts: readonly LayoutName[] = ['districts', 'force', 'concentric', 'geo'];
const listParams = { ind: 'industries', comp: 'competences', dist: 'districts', pl: 'places', lvl: 'levels', af: 'actionFields' } as const;
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const list = (raw: string | null): string[] => (raw ? raw.split(',').filter((v) => idPattern.test(v)) : []);

function range(raw: string | null): Range {
  const m = raw ? /^(\d*)-(\d*)$/.exec(raw) : null;
  if (!m) return [null, null];
  return [m[1] ? Number(m[1]) : null, m[2] ? Number(m[2]) : null];
}

const rangeText = (r: Range): string | null => (r[0] === null && r[1] === null ? null : `${r[0] ?? ''}-${r[1] ?? ''}`);
const id = (raw: string | null): string | null => (raw && idPattern.test(raw) ? raw : null);

export function encodeState(s: State): string {
  const p = new URLSearchParams();
  const set = (key: string, value: string | null) => {
    if (value) p.set(key, value);
  };
  if (s.lang !== initialState.lang) set('lang', s.lang);
  set('sel', s.selected);
  if (s.focus) set('focus', `${s.focus.id}:${s.focus.hops}`);
  set('hide', s.filters.hidden.join(','));
  for (const [param, key] of Object.entries(listParams)) set(param, s.filters[key].join(','));
  set('emp', rangeText(s.filters.employees));
  set('years', rangeText(s.filters.years));
  if (s.mode !== initialState.mode) set('mode', s.mode);
  if (s.layout !== initialState.layout) set('layout', s.layout);
  if (s.sizeBy !== initialState.sizeBy) set('size', s.sizeBy);
  set('exp', s.expanded.join(','));
  if (s.path) set('path', `${s.path.from},${s.path.to}`);
  if (s.revealed) set('rel', '1');
  if (s.partners) {
    const tp = s.partners;
    set('tp', '1');
    set('tpo', tp.org);
    set('tpc', tp.competences.join(','));
    set('tpn', tp.near);
    set('tpr', tp.radiusKm === null ? null : String(tp.radiusKm));
    if (tp.kinds.join(',') !== partnerKinds.join(',')) set('tpk', tp.kinds.join(',') || '-');
    set('tps', tp.chosen);
  }
  if (s.gaps) {
    set('gap', s.gaps.lens);
    set('gapt', s.gaps.target);
    set('gaps', s.gaps.sort);
    set('gapr', s.gaps.row);
  }
  const text = p.toString();
  return text ? `?${text}` : '';
}

export function decodeState(search: string): State {
  const p = new URLSearchParams(search);
  const focusMatch = /^(.+):([12])$/.exec(p.get('focus') ?? '');
  const focusId = focusMatch ? id(focusMatch[1] ?? null) : null;
  const layout = p.get('layout') as LayoutName | null;
  const pathIds = list(p.get('path'));
  const filters = { ...initialState.filters };
  for (const [param, key] of Object.entries(listParams)) filters[key] = list(p.get(param));
  return {
    ...initialState,
    lang: p.get('lang') === 'en' ? 'en' : 'de',
    selected: id(p.get('sel')),
    focus: focusId ? { id: focusId, hops: focusMatch?.[2] === '2' ? 2 : 1 } : null,
    filters: {
      ...filters,
      hidden: list(p.get('hide')).filter((c): c is Category => (categories as readonly string[]).includes(c)),
      employees: range(p.get('emp')),
      years: range(p.get('years')),
    },
    mode: p.get('mode') === 'hide' ? 'hide' : 'fade',
    layout: layout && layouts.includes(layout) ? layout : 'force',
    sizeBy: p.get('size') === 'degree' ? 'degree' : 'employees',
    expanded: list(p.get('exp')),
    path: pathIds.length === 2 ? { from: pathIds[0] as string, to: pathIds[1] as string } : null,
    revealed: p.get('rel') === '1',
    partners: p.get('tp') === '1' ? decodePartners(p) : null,
    gaps: decodeGaps(p),
  };
}

function decodePartners(p: URLSearchParams): NonNullable<State['partners']> {
  const radius = Number(p.get('tpr'));
  const kinds = p.get('tpk');
  return {
    org: id(p.get('tpo')),
    competences: list(p.get('tpc')),
    near: id(p.get('tpn')),
    radiusKm: Number.isInteger(radius) && radius > 0 && radius <= 1000 ? radius : null,
    kinds: kinds === null ? partnerKinds : list(kinds).filter((k): k is PartnerKind => (partnerKinds as readonly string[]).includes(k)),
    chosen: id(p.get('tps')),
  };
}

function decodeGaps(p: URLSearchParams): State['gaps'] {
  const lens = p.get('gap');
  if (!lens || !(gapLenses as readonly string[]).includes(lens)) return null;
  const sort = p.get('gaps');
  return {
    lens: lens as GapLensName,
    target: id(p.get('gapt')),
    sort: sort && /^[A-Za-z]{1,40}:(asc|desc)$/.test(sort) ? sort : null,
    row: id(p.get('gapr')),
  };
}

/** Discrete changes make a history entry (back/forward work); the language does not. */
export function historyMode(previous: State, next: State): 'push' | 'replace' {
  return previous.lang !== next.lang && encodeState({ ...previous, lang: next.lang }) === encodeState(next) ? 'replace' : 'push';
}
