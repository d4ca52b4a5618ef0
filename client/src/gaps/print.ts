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

/**
 * Builds the page with DOM calls (text only through textContent) in a document of its own, then
 * opens it as a same-origin blob: page and prints once that page has fired `load`: no guessed
 * delay, and a page that loads slowly is not printed half-drawn.
 */
export function openPrintable(
  lang: Lang,
  title: string,
  source: HTMLElement,
  /** Parts printed in place of what the panel shows, by selector: the whole table for its page. */
  replace: Record<string, HTMLElement> = {},
): Window | null {
  const d = document.implementation.createHTMLDocument(title);
  d.documentElement.lang = lang;
  d.head.prepend(Object.assign(d.createElement('meta'), { httpEquiv: 'content-type', content: 'text/html; charset=utf-8' }));
  d.head.append(Object.assign(d.createElement('style'), { textContent: printCss }));
  const clone = d.importNode(source, true) as HTMLElement;
  clone.removeAttribute('id');
  clone.hidden = false;
  for (const [selector, part] of Object.entries(replace)) clone.querySelector(selector)?.replaceWith(d.importNode(part, true));
  clone.querySelectorAll('.no-print, #gap-csv, #gap-print, #gap-title').forEach((e) => e.remove());
  clone.querySelectorAll('details').forEach((e) => e.setAttribute('open', ''));
  // Controls become their text: a printed page has nothing to click.
  clone.querySelectorAll('button').forEach((b) => b.replaceWith(d.createTextNode(b.textContent ?? '')));
  const stamp = new Date().toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB');
  d.body.append(
    Object.assign(d.createElement('h1'), { textContent: title }),
    Object.assign(d.createElement('p'), {
      className: 'stamp',
      textContent: `Cluster Explorer · Cluster Metall Brandenburg · ${stamp} · ${location.href}`,
    }),
    ...Array.from(clone.childNodes),
  );
  // Serialising escapes every text node, so nothing from the database turns into markup.
  const url = URL.createObjectURL(new Blob([`<!doctype html>${d.documentElement.outerHTML}`], { type: 'text/html;charset=utf-8' }));
  const w = window.open(url, '_blank');
  if (!w) {
    URL.revokeObjectURL(url);
    return null;
  }
  // The blob: page has our origin, so it keeps the Window that window.open returned and this
  // listener; a load of the empty page the window starts with is not ours to print.
  const printOnLoad = () => {
    if (w.location.href !== url) return;
    w.removeEventListener('load', printOnLoad);
    URL.revokeObjectURL(url);
    w.document.body.dataset.ready = 'true';
    w.print();
  };
  w.addEventListener('load', printOnLoad);
  return w;
}
