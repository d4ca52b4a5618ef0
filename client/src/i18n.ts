// Every label, tooltip and message of the UI, German first (i18n-de.ts); English (i18n-en.ts) must
// have the same keys (the type below makes a missing translation a compile error, and a unit test
// checks values). Names from the data and numbers are put in the language here too.
import { de } from './i18n-de.ts';
import { en } from './i18n-en.ts';

export type Lang = 'de' | 'en';

export type Key = keyof typeof de;

export const dictionaries: Record<Lang, Record<Key, string>> = { de, en };

export function translate(lang: Lang, key: Key): string {
  return dictionaries[lang][key];
}

/** Names of competences, industries and action fields come from the data in both languages. */
export function localName(lang: Lang, item: { nameDe: string; nameEn: string }): string {
  return lang === 'de' ? item.nameDe : item.nameEn;
}

/** A label for a value from a closed set (kind, society, university kind), or the value itself. */
export function valueLabel(lang: Lang, prefix: 'kind' | 'society' | 'uni' | 'size', value: string): string {
  const key = `${prefix}_${value}`;
  return key in dictionaries[lang] ? dictionaries[lang][key as Key] : value;
}

// One formatter per language: making one costs more than formatting (a gap report formats
// thousands of figures; 7 ms of opening the gap lens went into making formatters).
const numberFormats: Record<Lang, Intl.NumberFormat> = { de: new Intl.NumberFormat('de-DE'), en: new Intl.NumberFormat('en-GB') };

export function formatNumber(lang: Lang, n: number): string {
  return numberFormats[lang].format(n);
}
