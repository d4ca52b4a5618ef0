// The demo dataset: real districts, places, institutions and intermediaries, plus synthetic
// firms, projects, cooperations and memberships. Deterministic in (companies, seed).
import type { Dataset } from './dataset.ts';
import { actionFields, competences, industries } from './vocabulary.ts';
import { districts, readPlaces } from './geography.ts';
import { readInstitutions } from './institutions.ts';
import { realActors } from './actors.ts';
import { generateCompanies } from './companies.ts';
import { cooperationsFor, generateTies, projectsFor, researchLabs } from './ties.ts';
import { generateMemberships } from './memberships.ts';
import { DEFAULT_COMPANIES, DEFAULT_SEED, MIN_COMPANIES } from './planted.ts';

export interface GenerateOptions {
  companies?: number;
  seed?: number;
}

export function generate(options: GenerateOptions = {}): Dataset {
  const companies = options.companies ?? DEFAULT_COMPANIES;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(companies) || companies < MIN_COMPANIES) {
    throw new RangeError(`companies must be a whole number ≥ ${MIN_COMPANIES} (room for the planted gaps), got ${companies}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);

  const places = readPlaces();
  const real = readInstitutions(places);
  const actors = realActors(places);
  const firms = generateCompanies(companies, seed, places);
  const labs = researchLabs(real.organizations, real.orgCompetences, places);
  const ties = generateTies({
    seed,
    firms,
    labs,
    actors,
    projects: projectsFor(companies),
    cooperations: cooperationsFor(companies),
  });

  return {
    districts: districts.map((d) => ({ ...d })),
    places,
    competences: competences.map((c) => ({ ...c })),
    industries: industries.map((i) => ({ ...i })),
    actionFields: actionFields.map((a) => ({ ...a })),
    organizations: [...real.organizations, ...actors, ...firms.map((f) => f.row)],
    orgCompetences: [
      ...real.orgCompetences,
      ...firms.flatMap((f) => f.competences.map((competenceId) => ({ orgId: f.row.id, competenceId }))),
    ],
    orgIndustries: [...real.orgIndustries, ...firms.flatMap((f) => f.industries.map((industryId) => ({ orgId: f.row.id, industryId })))],
    ...ties,
    memberships: generateMemberships(seed, firms, labs, actors),
  };
}
