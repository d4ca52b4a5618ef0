import { describe, expect, it } from 'vitest';
import { luceneQuery } from '../../server/graphql/search.ts';

describe('the search box query', () => {
  it('requires every word and lets the last one be a prefix', () => {
    expect(luceneQuery('Fraunhofer IPK')).toBe('+Fraunhofer +(IPK OR IPK*)');
  });

  it('escapes every Lucene operator so user input cannot change the query', () => {
    expect(luceneQuery('a:b (c) "d"')).toBe('+a\\:b +\\(c\\) +(\\"d\\" OR \\"d\\"*)');
    expect(luceneQuery('Füge- und')).toBe('+Füge\\- +(und OR und*)');
  });
});
