// Small SVG charts beside the gap reports: bars (one or more series per item), a heatmap with one
// colour scale per column, and lines over years. Plain SVG elements, so the printable page and
// the CSV-free screenshot show exactly what the panel shows; text only through textContent.
import { formatNumber, translate, type Lang } from '../i18n.ts';
import type { BarsChart, Chart, HeatmapChart, LinesChart } from './report-table.ts';

const NS = 'http://www.w3.org/2000/svg';
const seriesColors = ['#0072B2', '#D55E00', '#009E73', '#E69F00', '#CC79A7'];

function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: (SVGElement | string)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

const title = (text: string) => s('title', {}, text);

function legend(labels: string[], y: number): SVGGElement {
  return s(
    'g',
    { class: 'legend' },
    ...labels.map((label, i) =>
      s(
        'g',
        { transform: `translate(${i * 150},${y})` },
        s('rect', { width: 10, height: 10, fill: seriesColors[i % seriesColors.length] as string }),
        s('text', { x: 14, y: 9, 'font-size': 11 }, label),
      ),
    ),
  );
}

function bars(lang: Lang, c: BarsChart, onPick?: (key: string) => void): SVGSVGElement {
  const items = c.items.slice(0, 20);
  const max = Math.max(1, ...items.flatMap((i) => i.values));
  const labelW = 190;
  const barW = 200;
  const rowH = 8 + 7 * c.series.length;
  const height = items.length * rowH + (c.series.length > 1 ? 22 : 6);
  const svg = s('svg', { viewBox: `0 0 ${labelW + barW + 50} ${height}`, width: '100%', role: 'img', class: 'chart bars' });
  items.forEach((item, row) => {
    const y = row * rowH + 2;
    const g = s(
      'g',
      { class: item.alert ? 'alert' : '', 'data-key': item.key },
      s(
        'text',
        { x: labelW - 6, y: y + rowH / 2 + 2, 'text-anchor': 'end', 'font-size': 10, fill: item.alert ? '#B34700' : '#1b1f24' },
        item.label.length > 28 ? `${item.label.slice(0, 27)}…` : item.label,
      ),
      ...item.values.flatMap((v, i) => {
        const w = (v / max) * barW;
        const by = y + 3 + i * 7;
        return [
          s(
            'rect',
            { x: labelW, y: by, width: Math.max(w, v > 0 ? 1 : 0), height: 6, fill: seriesColors[i % seriesColors.length] as string },
            title(`${item.label}: ${translate(lang, c.series[i] ?? 'none')} ${formatNumber(lang, v)}`),
          ),
          s('text', { x: labelW + w + 3, y: by + 6, 'font-size': 9, fill: '#57606a' }, formatNumber(lang, v)),
        ];
      }),
    );
    if (onPick) {
      g.addEventListener('click', () => onPick(item.key));
      g.setAttribute('style', 'cursor:pointer');
    }
    svg.append(g);
  });
  if (c.series.length > 1)
    svg.append(
      legend(
        c.series.map((k) => translate(lang, k)),
        height - 14,
      ),
    );
  return svg;
}

function heatmap(lang: Lang, c: HeatmapChart, onPick?: (key: string) => void): SVGSVGElement {
  const labelW = 170;
  const cellW = 46;
  const cellH = 16;
  const head = 84;
  const maxes = c.columns.map((_, i) => Math.max(1, ...c.rows.map((r) => r.values[i] ?? 0)));
  const svg = s('svg', {
    viewBox: `0 0 ${labelW + cellW * c.columns.length + 50} ${head + cellH * c.rows.length + 4}`,
    width: '100%',
    role: 'img',
    class: 'chart heatmap',
  });
  c.columns.forEach((k, i) =>
    svg.append(
      s(
        'text',
        {
          x: labelW + i * cellW + cellW / 2,
          y: head - 4,
          'font-size': 10,
          transform: `rotate(-50 ${labelW + i * cellW + cellW / 2} ${head - 4})`,
        },
        translate(lang, k),
      ),
    ),
  );
  c.rows.forEach((r, row) => {
    const y = head + row * cellH;
    const g = s(
      'g',
      { 'data-key': r.key },
      s(
        'text',
        {
          x: labelW - 6,
          y: y + 12,
          'text-anchor': 'end',
          'font-size': 11,
          'font-weight': r.alert ? 700 : 400,
          fill: r.alert ? '#B34700' : '#1b1f24',
        },
        r.label.length > 26 ? `${r.label.slice(0, 25)}…` : r.label,
      ),
    );
    r.values.forEach((v, i) => {
      // Zero is the finding (no research, no tie): it gets the warning colour, not the palest blue.
      const share = v / (maxes[i] ?? 1);
      const fill =
        v === 0 ? '#fbe3d6' : `rgb(${Math.round(230 - share * 200)},${Math.round(238 - share * 130)},${Math.round(247 - share * 70)})`;
      g.append(
        s(
          'rect',
          { x: labelW + i * cellW, y, width: cellW - 2, height: cellH - 2, fill },
          title(`${r.label} · ${translate(lang, c.columns[i] ?? 'none')}: ${formatNumber(lang, v)}`),
        ),
        s(
          'text',
          {
            x: labelW + i * cellW + cellW / 2 - 1,
            y: y + 11,
            'text-anchor': 'middle',
            'font-size': 9,
            fill: share > 0.6 ? '#fff' : '#1b1f24',
          },
          formatNumber(lang, v),
        ),
      );
    });
    if (onPick) {
      g.addEventListener('click', () => onPick(r.key));
      g.setAttribute('style', 'cursor:pointer');
    }
    svg.append(g);
  });
  return svg;
}

/** The axis top: the next of 1, 2, 2.5, 5 × 10^k above the data. */
function niceCeiling(max: number): number {
  const p = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 2.5, 5, 10].find((m) => m * p >= max) ?? 10) * p;
}

function lines(lang: Lang, c: LinesChart): SVGSVGElement {
  const w = 420;
  const h = 150;
  const pad = { l: 40, r: 8, t: 8, b: 20 };
  const legendH = c.series.length > 1 ? 16 * Math.ceil(c.series.length / 2) : 0;
  const svg = s('svg', { viewBox: `0 0 ${w} ${h + legendH}`, width: '100%', role: 'img', class: 'chart lines' });
  if (c.xs.length === 0) return svg;
  const minX = c.xs[0] as number;
  const maxX = c.xs.at(-1) as number;
  const maxY = niceCeiling(Math.max(c.share ? 0.01 : 1, ...c.series.flatMap((x) => x.values)));
  const px = (x: number) => pad.l + ((x - minX) / Math.max(1, maxX - minX)) * (w - pad.l - pad.r);
  const py = (y: number) => h - pad.b - (y / maxY) * (h - pad.t - pad.b);
  const fmt = (y: number) => (c.share ? `${formatNumber(lang, Math.round(y * 1000) / 10)} %` : formatNumber(lang, Math.round(y)));
  for (const tick of [0, 0.5, 1]) {
    svg.append(
      s('line', { x1: pad.l, x2: w - pad.r, y1: py(tick * maxY), y2: py(tick * maxY), stroke: '#d6dbe1' }),
      s('text', { x: pad.l - 4, y: py(tick * maxY) + 3, 'text-anchor': 'end', 'font-size': 9, fill: '#57606a' }, fmt(tick * maxY)),
    );
  }
  const step = Math.max(1, Math.ceil(c.xs.length / 8));
  c.xs.forEach((x, i) => {
    // The last year always, unless it would sit on top of the tick before it.
    const tick = i % step === 0 ? c.xs.length - 1 - i >= step / 2 || i === c.xs.length - 1 : i === c.xs.length - 1;
    if (tick) svg.append(s('text', { x: px(x), y: h - 6, 'text-anchor': 'middle', 'font-size': 9, fill: '#57606a' }, String(x)));
  });
  c.series.forEach((series, i) => {
    const color = seriesColors[i % seriesColors.length] as string;
    svg.append(
      s(
        'polyline',
        {
          fill: 'none',
          stroke: color,
          'stroke-width': 2,
          points: series.values.map((v, j) => `${px(c.xs[j] as number)},${py(v)}`).join(' '),
        },
        title(series.label),
      ),
    );
    series.values.forEach((v, j) =>
      svg.append(
        s('circle', { cx: px(c.xs[j] as number), cy: py(v), r: 2.2, fill: color }, title(`${c.xs[j]}: ${series.label} ${fmt(v)}`)),
      ),
    );
  });
  if (c.series.length > 1) {
    c.series.forEach((series, i) =>
      svg.append(
        s(
          'g',
          { transform: `translate(${pad.l + (i % 2) * 190},${h + 2 + Math.floor(i / 2) * 16})` },
          s('rect', { width: 10, height: 10, fill: seriesColors[i % seriesColors.length] as string }),
          s('text', { x: 14, y: 9, 'font-size': 10 }, series.label),
        ),
      ),
    );
  }
  return svg;
}

export function renderChart(lang: Lang, chart: Chart, onPick?: (key: string) => void): SVGSVGElement {
  switch (chart.kind) {
    case 'bars':
      return bars(lang, chart, onPick);
    case 'heatmap':
      return heatmap(lang, chart, onPick);
    case 'lines':
      return lines(lang, chart);
  }
}
