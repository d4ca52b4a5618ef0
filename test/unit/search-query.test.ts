import { describe, expect, it } from 'vitest';
import { luceneQuery } from '../../server/graphql/search/arguments.ts';

describe('the search box query', () => {
  it('requires every word and lets the last one be a prefix', () => {
    expect(luceneQuery('Fraunhofer IPK')).toBe('+Fraunhofer +(IPK OR IPK*)');
  });

  it('escapes every Lucene operator so user input cannot change the query', () => {
    expect(luceneQuery('a:b (c) "d"')).toBe('+a\\:b +\\(c\\) +(\\"d\\" OR \\"d\\"*)');
    expect(luceneQuery('Füge- und')).toBe('+Füge\\- +(und OR und*)');
  });

  it('reads the operator words AND, OR and NOT as words, so "OR" alone is a search and not a parse error', () => {
    expect(luceneQuery('OR')).toBe('+(or OR or*)');
    expect(luceneQuery('Forschung AND NOT Lehre')).toBe('+Forschung +and +not +(Lehre OR Lehre*)');
    expect(luceneQuery("' OR 1=1 //")).toBe("+' +or +1=1 +(\\/\\/ OR \\/\\/*)");
  });
});
