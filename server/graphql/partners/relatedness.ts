// Which competence fields are related, for the transfer-partner recommender: a partner that holds a
// need covers it exactly (weight 1); one that holds a related field covers it halfway (0.5). The
// table is symmetric and deliberately small: a pair is listed only where a firm with the one need
// would plausibly be helped by experts in the other (a welding firm by a lightweight-design chair).
// Gießereitechnik has no research holder in the data; its pairs (materials, forming, tooling) are
// how research partners can still be found for it.

export const EXACT_WEIGHT = 1;
export const RELATED_WEIGHT = 0.5;

const pairs: readonly (readonly [string, string])[] = [
  ['fuegetechnik', 'leichtbau'],
  ['fuegetechnik', 'stahlbau'],
  ['fuegetechnik', 'werkstoffe'],
  ['fuegetechnik', 'photonik'], // laser welding
  ['umformtechnik', 'werkstoffe'],
  ['umformtechnik', 'leichtbau'],
  ['umformtechnik', 'werkzeugbau'],
  ['giessereitechnik', 'werkstoffe'],
  ['giessereitechnik', 'umformtechnik'],
  ['giessereitechnik', 'werkzeugbau'], // moulds and dies
  ['leichtbau', 'werkstoffe'],
  ['leichtbau', 'kunststoffe'],
  ['kunststoffe', 'werkstoffe'],
  ['additive-fertigung', 'werkstoffe'],
  ['additive-fertigung', 'leichtbau'],
  ['zerspanung', 'maschinenbau'],
  ['zerspanung', 'werkzeugbau'],
  ['oberflaechentechnik', 'werkstoffe'],
  ['oberflaechentechnik', 'pruefung'],
  ['pruefung', 'werkstoffe'],
  ['pruefung', 'sensorik'],
  ['maschinenbau', 'automatisierung'],
  ['maschinenbau', 'stahlbau'],
  ['automatisierung', 'robotik'],
  ['automatisierung', 'industrie-40'],
  ['automatisierung', 'leistungselektronik'],
  ['robotik', 'industrie-40'],
  ['industrie-40', 'simulation'],
  ['simulation', 'leichtbau'], // structural optimisation
  ['sensorik', 'mikroelektronik'],
  ['sensorik', 'photonik'],
  ['mikroelektronik', 'leistungselektronik'],
  ['energiespeicher', 'leistungselektronik'],
  ['energiespeicher', 'werkstoffe'],
];

const related = new Map<string, string[]>();
for (const [a, b] of pairs) {
  related.set(a, [...(related.get(a) ?? []), b]);
  related.set(b, [...(related.get(b) ?? []), a]);
}

/** The fields related to a competence, sorted; empty for one without pairs. */
export function relatedFields(competence: string): string[] {
  return [...(related.get(competence) ?? [])].sort();
}

/** Every pair once, for tests and documentation. */
export const relatedPairs: readonly (readonly [string, string])[] = pairs;

export interface NeedField {
  need: string;
  field: string;
  weight: number;
}

/** For each need: the need itself (weight 1) and its related fields (0.5). */
export function needFields(needs: readonly string[]): NeedField[] {
  return needs.flatMap((need) => [
    { need, field: need, weight: EXACT_WEIGHT },
    ...relatedFields(need).map((field) => ({ need, field, weight: RELATED_WEIGHT })),
  ]);
}
