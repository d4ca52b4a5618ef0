// A minimal page until the explorer lands: the cluster's figures, in German or English.
type Lang = 'de' | 'en';

const dict = {
  de: {
    subtitle: 'Das Kooperationsnetz des Clusters Metall Brandenburg',
    figures: 'Der Cluster in Zahlen',
    syntheticNote: 'Unternehmen, Projekte und Kooperationen sind synthetische Demodaten; Hochschulen, Institute, Kammern und Verbände sind real.',
    api: 'GraphQL-API für Forschende',
    loading: 'Lade Kennzahlen …',
    failed: 'Die Kennzahlen konnten nicht geladen werden.',
    companies: 'Unternehmen', employees: 'Beschäftigte', universities: 'Hochschulen', institutes: 'Forschungsinstitute',
    otherActors: 'Kammern, Verbände, Agenturen', projects: 'Projekte', cooperations: 'Kooperationen',
  },
  en: {
    subtitle: 'The cooperation network of the Cluster Metall Brandenburg',
    figures: 'The cluster in figures',
    syntheticNote: 'Companies, projects and cooperations are synthetic demo data; universities, institutes, chambers and associations are real.',
    api: 'GraphQL API for researchers',
    loading: 'Loading figures …',
    failed: 'The figures could not be loaded.',
    companies: 'Companies', employees: 'Employees', universities: 'Universities', institutes: 'Research institutes',
    otherActors: 'Chambers, associations, agencies', projects: 'Projects', cooperations: 'Cooperations',
  },
} as const;

type Key = keyof (typeof dict)['de'];
const statKeys = ['companies', 'employees', 'universities', 'institutes', 'otherActors', 'projects', 'cooperations'] as const;

let lang: Lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'de';
let stats: Record<string, number> | null = null;

const t = (key: Key) => dict[lang][key];
const byId = (id: string) => document.getElementById(id) as HTMLElement;

function render(): void {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as Key);
  byId('lang').textContent = lang === 'de' ? 'EN' : 'DE';
  const list = byId('stats');
  list.replaceChildren();
  if (!stats) return;
  const fmt = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB');
  for (const key of statKeys) {
    const dt = document.createElement('dt');
    dt.textContent = t(key);
    const dd = document.createElement('dd');
    dd.textContent = fmt.format(stats[key] ?? 0);
    list.append(dt, dd);
  }
}

async function load(): Promise<void> {
  byId('status').textContent = t('loading');
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ clusterStats { ${statKeys.join(' ')} } }` }),
    });
    const body = (await res.json()) as { data?: { clusterStats: Record<string, number> } };
    stats = body.data?.clusterStats ?? null;
    byId('status').textContent = stats ? '' : t('failed');
  } catch {
    byId('status').textContent = t('failed');
  }
  render();
}

byId('lang').addEventListener('click', () => {
  lang = lang === 'de' ? 'en' : 'de';
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
  render();
});

render();
void load();
