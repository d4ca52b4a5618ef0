import { describe, expect, it } from 'vitest';
import { dictionaries, valueLabel } from '../../client/src/i18n.ts';

describe('the dictionary', () => {
  it('has every key in German and in English, none of them empty', () => {
    const de = Object.keys(dictionaries.de).sort();
    expect(de.length).toBeGreaterThan(0);
    expect(Object.keys(dictionaries.en).sort()).toEqual(de);
    for (const lang of ['de', 'en'] as const) {
      for (const key of de) expect(dictionaries[lang][key as keyof typeof dictionaries.de].trim(), `${lang}.${key}`).not.toBe('');
    }
  });

  it('speaks German by default in its key texts', () => {
    expect(dictionaries.de.copyGraphql).toBe('Als GraphQL kopieren');
    expect(dictionaries.en.copyGraphql).toBe('Copy as GraphQL');
  });

  it('labels closed-set values and passes unknown ones through', () => {
    expect(valueLabel('de', 'society', 'max_planck')).toBe('Max-Planck-Gesellschaft');
    expect(valueLabel('en', 'kind', 'chamber')).toBe('Chamber');
    expect(valueLabel('en', 'kind', 'guild')).toBe('guild');
  });
});
