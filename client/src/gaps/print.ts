// The printable page of a gap report: the panel's content (title, findings, charts, the whole
// table, introductions) without its controls, in a window of its own with print styles.
import type { Lang } from '../i18n.ts';

const printCss = `
  body { font: 11pt/1.35 system-ui, sans-serif; color: #000; margin: 1.5cm; }
  h1 { font-size: 16pt; margin: 0 0 0.2cm; } h2 { font-size: 13pt; } h3 { font-size: 11pt; margin-top: 0.6cm; }
  .stamp { color: #444; font-size: 9pt; margin-bottom: 0.5cm; }
  table { border-collapse: collapse; width: 100%; font-size: 9pt; }
  th, td { border-bottom: 0.5pt solid #999; padding: 2pt 4pt; text-align: left; vertical-align: top; }
  .num { text-align: right; font-variant-numeric: tabular-nums; }
  tr.alert th, tr.alert td { font-weight: 600; }
  figure { margin: 0.3cm 0; break-inside: avoid; } figcaption { font-weight: 600; font-size: 9pt; }
  svg { max-width: 16cm; }
  ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2cm 0.6cm; font-size: 9pt; }
  .swatch { display: inline-block; width: 9pt; height: 9pt; border: 0.5pt solid #666; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  ol { padding-left: 0.5cm; } .why { font-size: 9pt; color: #333; } .score { float: right; }
  .muted { color: #444; font-size: 9pt; }
  @page { margin: 1.2cm; }
`;

export function openPrintable(lang: Lang, title: string, source: HTMLElement): Window | null {
  const w = window.open('', '_blank');
  if (!w) return null;
  const d = w.document;
  d.documentElement.lang = lang;
  d.title = title;
  d.head.append(Object.assign(d.createElement('style'), { textContent: printCss }));
  const clone = d.importNode(source, true) as HTMLElement;
  clone.removeAttribute('id');
  clone.hidden = false;
  clone.querySelectorAll('.no-print, #gap-csv, #gap-print, #gap-title').forEach((e) => e.remove());
  clone.querySelectorAll('details').forEach((e) => e.setAttribute('open', ''));
  // Controls become their text: a printed page has nothing to click.
  clone.querySelectorAll('button').forEach((b) => b.replaceWith(d.createTextNode(b.textContent ?? '')));
  const stamp = new Date().toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB');
  d.body.append(
    Object.assign(d.createElement('h1'), { textContent: title }),
    Object.assign(d.createElement('p'), { className: 'stamp', textContent: `Cluster Explorer · Cluster Metall Brandenburg · ${stamp} · ${location.href}` }),
    ...Array.from(clone.childNodes),
  );
  d.body.dataset.ready = 'true';
  w.setTimeout(() => w.print(), 300);
  return w;
}
