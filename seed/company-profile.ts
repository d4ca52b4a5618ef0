// The competence and industry profile of the synthetic firms: a metal cluster, so most firms
// machine, weld, build steel structures or machines; the high-tech fields are rarer.
import type { SizeClass } from './dataset.ts';
import type { Rng } from './random.ts';
import { placeIndustries } from './company-places.ts';

// Weight of each competence as a firm's main one. The foundry competence is not drawn
// here: its holders are chosen separately (see planted.ts, white spot).
const mainWeights: Readonly<Record<string, number>> = {
  zerspanung: 18,
  stahlbau: 18,
  maschinenbau: 14,
  fuegetechnik: 10,
  automatisierung: 7,
  umformtechnik: 6,
  oberflaechentechnik: 6,
  werkzeugbau: 5,
  kunststoffe: 2,
  leichtbau: 2,
  pruefung: 2,
  werkstoffe: 1.5,
  'additive-fertigung': 1.5,
  mikroelektronik: 1.5,
  photonik: 1.5,
  sensorik: 1.5,
  energiespeicher: 1.5,
  leistungselektronik: 1,
  robotik: 1,
  'industrie-40': 1,
  simulation: 1,
};
const mainIds = Object.keys(mainWeights);

// Competences that go together in one firm (a welder also builds steel structures).
const related: Readonly<Record<string, readonly string[]>> = {
  zerspanung: ['maschinenbau', 'werkzeugbau', 'umformtechnik', 'pruefung', 'additive-fertigung'],
  stahlbau: ['fuegetechnik', 'oberflaechentechnik', 'maschinenbau', 'leichtbau', 'umformtechnik'],
  maschinenbau: ['automatisierung', 'zerspanung', 'fuegetechnik', 'robotik', 'simulation'],
  fuegetechnik: ['stahlbau', 'umformtechnik', 'leichtbau', 'pruefung'],
  automatisierung: ['robotik', 'industrie-40', 'sensorik', 'maschinenbau', 'leistungselektronik'],
  umformtechnik: ['werkzeugbau', 'fuegetechnik', 'leichtbau', 'zerspanung'],
  oberflaechentechnik: ['werkstoffe', 'pruefung', 'stahlbau'],
  werkzeugbau: ['zerspanung', 'umformtechnik', 'kunststoffe', 'additive-fertigung'],
  kunststoffe: ['leichtbau', 'werkstoffe', 'werkzeugbau'],
  leichtbau: ['kunststoffe', 'werkstoffe', 'fuegetechnik', 'simulation'],
  pruefung: ['werkstoffe', 'sensorik', 'oberflaechentechnik'],
  werkstoffe: ['pruefung', 'oberflaechentechnik', 'leichtbau'],
  'additive-fertigung': ['zerspanung', 'simulation', 'werkstoffe'],
  mikroelektronik: ['sensorik', 'leistungselektronik', 'automatisierung'],
  photonik: ['sensorik', 'mikroelektronik', 'zerspanung'],
  sensorik: ['mikroelektronik', 'automatisierung', 'pruefung'],
  energiespeicher: ['leistungselektronik', 'automatisierung', 'werkstoffe'],
  leistungselektronik: ['mikroelektronik', 'energiespeicher', 'automatisierung'],
  robotik: ['automatisierung', 'maschinenbau', 'industrie-40'],
  'industrie-40': ['automatisierung', 'simulation', 'robotik'],
  simulation: ['maschinenbau', 'leichtbau', 'industrie-40'],
};

const industryWeights: Readonly<Record<string, number>> = {
  fahrzeugbau: 30,
  energietechnik: 25,
  elektroindustrie: 15,
  schienenverkehr: 15,
  'luft-raumfahrt': 8,
};
const industryIds = Object.keys(industryWeights);

// Competences that point a firm at a particular industry.
const competenceIndustries: Readonly<Record<string, readonly string[]>> = {
  leichtbau: ['luft-raumfahrt', 'fahrzeugbau'],
  kunststoffe: ['fahrzeugbau'],
  leistungselektronik: ['elektroindustrie', 'energietechnik'],
  mikroelektronik: ['elektroindustrie'],
  energiespeicher: ['energietechnik'],
  automatisierung: ['elektroindustrie'],
  stahlbau: ['energietechnik', 'schienenverkehr'],
  fuegetechnik: ['schienenverkehr'],
  giessereitechnik: ['fahrzeugbau', 'energietechnik'],
};

const countWeights: Readonly<Record<SizeClass, readonly number[]>> = {
  micro: [55, 35, 10, 0],
  small: [35, 40, 20, 5],
  medium: [15, 40, 30, 15],
  large: [5, 25, 40, 30],
};

export function drawCompetences(rng: Rng, sizeClass: SizeClass): string[] {
  const count = 1 + rng.weighted([0, 1, 2, 3], (k) => countWeights[sizeClass][k] ?? 0);
  const chosen = [rng.weighted(mainIds, (id) => mainWeights[id] ?? 0)];
  while (chosen.length < count) {
    const base = chosen[chosen.length - 1] ?? 'maschinenbau';
    const next = rng.chance(0.75) ? rng.pick(related[base] ?? mainIds) : rng.weighted(mainIds, (id) => mainWeights[id] ?? 0);
    if (!chosen.includes(next)) chosen.push(next);
  }
  return chosen;
}

export function drawIndustries(rng: Rng, competences: readonly string[], placeId: string): string[] {
  const hinted = [...competences.flatMap((c) => competenceIndustries[c] ?? []), ...(placeIndustries[placeId] ?? [])];
  const weight = (id: string) => (industryWeights[id] ?? 0) * (1 + 2 * hinted.filter((h) => h === id).length);
  const count = rng.weighted([1, 2, 3], (k) => [50, 35, 15][k - 1] ?? 0);
  const chosen: string[] = [];
  while (chosen.length < count) {
    const next = rng.weighted(industryIds, (id) => (chosen.includes(id) ? 0 : weight(id)));
    chosen.push(next);
  }
  return chosen;
}
