// Every domain of the public schema, in one list: schema.ts merges their type definitions and
// resolvers, the cost limit reads their root fields' costs. A new domain is a folder with an
// index.ts exporting a Domain, added here.
import { accounts } from './accounts/index.ts';
import type { Args, Domain } from './domain.ts';
import { curation } from './curation/index.ts';
import { details } from './details/index.ts';
import { entities } from './entities/index.ts';
import { exportsDomain } from './exports/index.ts';
import { figures } from './figures/index.ts';
import { gaps } from './gaps/index.ts';
import { networkDomain } from './network/index.ts';
import { overview } from './overview/index.ts';
import { partners } from './partners/index.ts';
import { paths } from './paths/index.ts';
import { searchDomain } from './search/index.ts';
import { vocabulary } from './vocabulary.ts';

export const domains: readonly Domain[] = [
  vocabulary,
  entities,
  details,
  figures,
  networkDomain,
  overview,
  searchDomain,
  paths,
  partners,
  gaps,
  exportsDomain,
  curation,
  accounts,
];

/** What each custom root field may touch (guard/cost.ts); two domains may not claim one field. */
export const rootFieldCosts: Readonly<Record<string, (args: Args) => number>> = Object.freeze(
  domains.reduce<Record<string, (args: Args) => number>>((all, d) => {
    for (const [field, cost] of Object.entries(d.costs)) {
      if (field in all) throw new Error(`Root field "${field}" is claimed by two domains (the second is ${d.name}).`);
      all[field] = cost;
    }
    return all;
  }, {}),
);
