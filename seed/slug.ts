// Stable ids from German names: "Frankfurt (Oder)" -> "frankfurt-oder", "Lübben" -> "luebben".
const transliteration: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[äöüß]/g, (ch) => transliteration[ch] ?? ch)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
