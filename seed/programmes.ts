// Real German and EU funding programmes that fund projects like the cluster's, with the years
// they ran, who leads and how many partners they typically have. The projects are invented.
import type { ProjectLevel } from './dataset.ts';

export interface Programme {
  name: string;
  level: ProjectLevel;
  from: number; // first and last start year used
  to: number;
  weight: number;
  size: readonly [min: number, max: number, tail: number]; // participants; smaller tail = heavier
  research: readonly [chance: number, min: number, max: number]; // research partners, when allowed
  needsResearch: boolean; // no project without a research partner (transfer, joint research)
  researchOnly: boolean; // research organisations only
  leadBy: { research: number; actor: number }; // chance that a research org / an intermediary leads
  years: readonly [min: number, max: number];
  fields: Readonly<Record<string, number>>; // action field weights
}

const base = {
  size: [2, 6, 1.4],
  research: [0.5, 1, 1],
  needsResearch: false,
  researchOnly: false,
  leadBy: { research: 0.1, actor: 0 },
  years: [2, 3],
  fields: { innovation: 8, kooperation: 2 },
} as const;

const horizon = {
  ...base,
  level: 'international',
  weight: 4,
  size: [4, 15, 1.0],
  research: [1, 1, 4],
  needsResearch: true,
  leadBy: { research: 0.5, actor: 0 },
  years: [3, 4],
  fields: { innovation: 6, internationales: 4 },
} as const;

const interreg = {
  ...base,
  level: 'international',
  weight: 4,
  size: [2, 6, 1.5],
  research: [0.6, 1, 2],
  leadBy: { research: 0.3, actor: 0.1 },
  fields: { internationales: 6, kooperation: 3, fachkraefte: 1 },
} as const;

const esf = {
  ...base,
  level: 'regional',
  size: [2, 6, 1.5],
  research: [0.25, 1, 1],
  leadBy: { research: 0.05, actor: 0.45 },
  years: [1, 3],
  fields: { fachkraefte: 8, kooperation: 2 },
} as const;

export const programmes: readonly Programme[] = [
  { ...base, name: 'ZIM', level: 'national', from: 2012, to: 2025, weight: 22, research: [0.55, 1, 1] },
  {
    ...base,
    name: 'ProFIT Brandenburg',
    level: 'regional',
    from: 2012,
    to: 2025,
    weight: 24,
    size: [2, 6, 1.5],
    research: [0.6, 1, 2],
    leadBy: { research: 0.2, actor: 0 },
    years: [1, 3],
  },
  {
    ...base,
    name: 'BIG-Transfer',
    level: 'regional',
    from: 2013,
    to: 2023,
    weight: 14,
    size: [2, 2, 1],
    research: [1, 1, 1],
    needsResearch: true,
    leadBy: { research: 0, actor: 0 },
    years: [1, 1],
    fields: { innovation: 1 },
  },
  {
    ...base,
    name: 'KMU-innovativ',
    level: 'national',
    from: 2012,
    to: 2025,
    weight: 8,
    size: [2, 6, 1.6],
    research: [0.85, 1, 2],
    leadBy: { research: 0, actor: 0 },
  },
  {
    ...base,
    name: 'IGF (Industrielle Gemeinschaftsforschung)',
    level: 'national',
    from: 2012,
    to: 2025,
    weight: 6,
    size: [3, 10, 1.3],
    research: [1, 1, 2],
    needsResearch: true,
    leadBy: { research: 1, actor: 0 },
  },
  { ...base, name: 'WIPANO', level: 'national', from: 2016, to: 2025, weight: 4, size: [2, 4, 2.0], years: [1, 2] },
  { ...horizon, name: 'Horizon 2020', from: 2014, to: 2020 },
  { ...horizon, name: 'Horizon Europe', from: 2021, to: 2025, weight: 5 },
  {
    ...base,
    name: 'Eurostars',
    level: 'international',
    from: 2012,
    to: 2025,
    weight: 2,
    size: [2, 4, 2.0],
    fields: { innovation: 5, internationales: 5 },
  },
  { ...interreg, name: 'Interreg V A Brandenburg–Polen', from: 2015, to: 2020 },
  { ...interreg, name: 'Interreg VI A Brandenburg–Polen', from: 2022, to: 2025 },
  { ...esf, name: 'ESF Brandenburg', from: 2012, to: 2021, weight: 6 },
  { ...esf, name: 'ESF Plus Brandenburg', from: 2022, to: 2025, weight: 4 },
  {
    ...esf,
    name: 'Erasmus+',
    level: 'international',
    from: 2014,
    to: 2025,
    weight: 2,
    size: [2, 5, 1.8],
    research: [0.4, 1, 1],
    leadBy: { research: 0.2, actor: 0.3 },
    fields: { fachkraefte: 6, internationales: 4 },
  },
];

// Research-only funding: joint research of institutes and universities without firms.
export const researchProgrammes: readonly Programme[] = [
  {
    ...base,
    name: 'DFG-Schwerpunktprogramm',
    level: 'national',
    from: 2012,
    to: 2025,
    weight: 3,
    size: [2, 5, 1.5],
    research: [1, 2, 5],
    needsResearch: true,
    researchOnly: true,
    leadBy: { research: 1, actor: 0 },
    years: [3, 3],
    fields: { innovation: 1 },
  },
  {
    ...base,
    name: 'Leibniz-Wettbewerb',
    level: 'national',
    from: 2012,
    to: 2025,
    weight: 1,
    size: [2, 4, 1.5],
    research: [1, 2, 4],
    needsResearch: true,
    researchOnly: true,
    leadBy: { research: 1, actor: 0 },
    years: [3, 3],
    fields: { innovation: 1 },
  },
];
