// Each gap lens as data: which gapLens classes colour the graph, what a row click focuses, which
// introductions it suggests, and the colours and names of its classes.
import { dictionaries, translate, type Key, type Lang } from '../i18n.ts';
import type { GapLensName } from '../state.ts';
import type { GapLensKind, IntroductionGap } from './api.ts';
import type { RowFocus } from './report-table.ts';

export interface LensDefinition {
  /** The gapLens classes that colour the graph. */
  lens: GapLensKind;
  introductions: IntroductionGap | null;
  rowFocus: RowFocus['kind'];
  /** The lens needs a target: the report's first row of interest when none is chosen. */
  needsTarget: boolean;
  /** Lens classes a chosen target focuses on; null: all of them. */
  focusGroups: (target: string) => string[] | null;
}

export const lensDefinitions: Record<GapLensName, LensDefinition> = {
  isolated: { lens: 'ISOLATED', introductions: 'ISOLATED', rowFocus: 'organization', needsTarget: false, focusGroups: () => null },
  reach: { lens: 'RESEARCH_REACH', introductions: 'NO_RESEARCH_TIE', rowFocus: 'district', needsTarget: false, focusGroups: () => null },
  whitespots: { lens: 'WHITE_SPOT', introductions: 'WHITE_SPOT', rowFocus: 'target', needsTarget: true, focusGroups: () => null },
  research: {
    lens: 'RESEARCH_WITHOUT_INDUSTRY',
    introductions: 'RESEARCH_WITHOUT_INDUSTRY',
    rowFocus: 'organization',
    needsTarget: false,
    focusGroups: () => null,
  },
  districts: {
    lens: 'DISTRICTS',
    introductions: 'CUT_OFF_DISTRICT',
    rowFocus: 'target',
    needsTarget: false,
    focusGroups: () => ['district'],
  },
  brokers: { lens: 'BROKERS', introductions: 'BROKER', rowFocus: 'target', needsTarget: false, focusGroups: () => ['broker', 'cut_off'] },
  communities: {
    lens: 'COMMUNITIES',
    introductions: 'UNBRIDGED_COMMUNITIES',
    rowFocus: 'target',
    needsTarget: false,
    focusGroups: (t) => [`c${t}`],
  },
  international: { lens: 'INTERNATIONAL', introductions: null, rowFocus: 'organization', needsTarget: false, focusGroups: () => null },
  kpis: { lens: 'RESEARCH_REACH', introductions: null, rowFocus: 'year', needsTarget: false, focusGroups: () => null },
};

const communityColors = ['#4E79A7', '#F28E2B', '#E15759', '#76B7B2', '#59A14F', '#EDC948', '#B07AA1', '#FF9DA7', '#9C755F', '#BAB0AC'];

/** Colours of the lens classes: Okabe–Ito for the gap classes, Tableau 10 for the ten largest communities. */
export const groupColors: Readonly<Record<string, string>> = {
  isolated: '#D55E00',
  none: '#D55E00',
  unlinked: '#D55E00',
  without_industry: '#D55E00',
  cut_off: '#D55E00',
  within_two: '#E69F00',
  articulation: '#E69F00',
  direct: '#009E73',
  linked: '#009E73',
  with_industry: '#56B4E9',
  research: '#0072B2',
  broker: '#0072B2',
  district: '#CC79A7',
  ...Object.fromEntries(communityColors.map((c, i) => [`c${i + 1}`, c])),
  community: '#7F3C8D',
  with_abroad: '#009E73',
  without_abroad: '#D55E00',
  abroad: '#56B4E9',
};
export const restColor = '#dfe3e8';

/** The graph class of a lens group: communities beyond the ten coloured ones share one colour. */
export const lensClass = (key: string): string => (key in groupColors ? key : /^c\d+$/.test(key) ? 'community' : 'rest');

export function groupLabel(lang: Lang, key: string): string {
  const m = /^c(\d+)$/.exec(key);
  if (m) return `${translate(lang, 'gapGroup_community')} ${m[1]}`;
  return dictionaryEntry(lang, `gapGroup_${key}`) ?? key;
}

/** A dictionary entry for a key built from data (a group or level name), or null. */
export function dictionaryEntry(lang: Lang, key: string): string | null {
  return key in dictionaries[lang] ? dictionaries[lang][key as Key] : null;
}
