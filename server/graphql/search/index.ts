// Search: one box for organisations, competences, industries, places and districts.
import { numberArg, type Domain } from '../domain.ts';
import { searchResolvers } from './resolvers.ts';
import { searchTypeDefs } from './type-defs.ts';

export const searchDomain: Domain = {
  name: 'search',
  typeDefs: [searchTypeDefs],
  resolvers: searchResolvers,
  costs: { search: (a) => 10 + numberArg(a.limit, 10) },
};
