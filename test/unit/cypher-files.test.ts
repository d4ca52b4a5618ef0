import { describe, expect, it } from 'vitest';
import { cypher, cypherNames, UnknownCypherError } from '../../server/cypher.ts';

describe('named Cypher files', () => {
  it('loads a statement by its file name', () => {
    expect(cypher('search/names')).toContain('db.index.fulltext.queryNodes');
  });

  it('throws for an unknown name and lists the known ones', () => {
    expect(() => cypher('no/such')).toThrow(UnknownCypherError);
    expect(() => cypher('no/such')).toThrow(/Known: .*search\/names/);
  });

  it('orders the schema statements by file name, constraints before indexes', () => {
    const names = cypherNames('schema');
    expect(names[0]).toBe('schema/10-organization-id');
    const kinds = names.map((n) => (/^\s*CREATE CONSTRAINT/m.test(cypher(n)) ? 'constraint' : 'index'));
    const lastConstraint = kinds.lastIndexOf('constraint');
    expect(kinds.indexOf('index'), `a constraint after an index: ${names[lastConstraint]}`).toBeGreaterThan(lastConstraint);
  });

  it('never splices values into statements: every load statement reads $rows', () => {
    const load = cypherNames('load').filter((n) => !n.startsWith('load/wipe'));
    expect(load.length).toBeGreaterThan(0);
    for (const name of load) {
      expect(cypher(name), name).toContain('$rows');
    }
  });
});
