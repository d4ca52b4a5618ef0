// The detail panel's "Herkunft": each public source record an organisation or project was imported
// from, with the source, the record id, the file's date and a link to the source's page.
import { h } from '../dom.ts';
import type { Key, Lang } from '../i18n.ts';

export interface ProvenanceRecord {
  source: string;
  recordId: string;
  url?: string | null;
  fileDate?: string | null;
}

/** Only web pages become links: a url from an imported file must never run script (javascript:). */
function webPage(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** YYYY-MM-DD as the user's language writes a date; anything else as it came. */
function day(lang: Lang, date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

const sourceKeys: Readonly<Record<string, Key>> = { cordis: 'provenanceSource_cordis', foerderkatalog: 'provenanceSource_foerderkatalog' };

/** The list of records, or null when there are none (the cluster's own data). */
export function provenanceList(lang: Lang, t: (key: Key) => string, records: readonly ProvenanceRecord[]): HTMLElement | null {
  if (records.length === 0) return null;
  return h(
    'ul',
    { className: 'provenance', id: 'details-provenance' },
    ...records.map((r) => {
      const key = sourceKeys[r.source];
      const page = webPage(r.url);
      return h(
        'li',
        { 'data-source': r.source },
        h('strong', {}, key ? t(key) : r.source),
        ` · ${t('provenanceRecord')} ${r.recordId}`,
        r.fileDate ? ` · ${t('provenanceAsOf')} ${day(lang, r.fileDate)}` : '',
        page ? ' · ' : '',
        page ? h('a', { href: page, target: '_blank', rel: 'noopener noreferrer' }, t('provenanceOpen')) : null,
      );
    }),
  );
}
