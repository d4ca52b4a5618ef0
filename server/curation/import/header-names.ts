// How a header or an enum value is compared: case, umlauts, accents, spaces and punctuation do not
// count, so "Straße", "STRASSE", "strasse " and "Stra-ße" are one name. Umlauts are tried both
// ways ("Längengrad" is "laengengrad" and "langengrad"), because exports lose the dots either way.

/** The comparison keys of a name: with umlauts written out (ae) and with them dropped (a). */
export function nameKeys(name: string): [string, string] {
  return [normalise(name, true), normalise(name, false)];
}

/** The first comparison key: umlauts written out. */
export function nameKey(name: string): string {
  return normalise(name, true);
}

function normalise(name: string, spellOut: boolean): string {
  // Most names are plain ASCII: no umlauts to write out and nothing to decompose.
  if (/^[\x20-\x7e]*$/.test(name)) return name.toLowerCase().replace(/[^a-z0-9]/g, '');
  let s = name.toLowerCase().replace(/ß/g, 'ss');
  if (spellOut) s = s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]/g, '');
}

/** A lookup from every accepted spelling of some names to their value; first one wins. */
export class NameLookup<T> {
  readonly #byKey = new Map<string, T>();

  add(name: string, value: T): void {
    for (const key of nameKeys(name)) if (key !== '' && !this.#byKey.has(key)) this.#byKey.set(key, value);
  }

  get(name: string): T | undefined {
    for (const key of nameKeys(name)) {
      const hit = this.#byKey.get(key);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
}
