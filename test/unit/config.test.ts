import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../server/config.ts';

describe('config', () => {
  it('starts a local Neo4j on 7687 with data in .data/neo4j when NEO4J_URI is not set', () => {
    const c = readConfig({});
    expect(c.port).toBe(4000);
    expect(c.database).toBe('neo4j');
    expect(c.neo4j.kind).toBe('local');
    if (c.neo4j.kind === 'local') {
      expect(c.neo4j.boltPort).toBe(7687);
      expect(c.neo4j.dataDir).toMatch(/\.data\/neo4j$/);
    }
  });

  it('uses an external Neo4j with its credentials and database when NEO4J_URI is set', () => {
    const c = readConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'u',
      NEO4J_PASSWORD: 'p',
      NEO4J_DATABASE: 'cluster',
    });
    expect(c.neo4j).toEqual({ kind: 'external', uri: 'neo4j+s://abc.databases.neo4j.io', user: 'u', password: 'p' });
    expect(c.database).toBe('cluster');
  });

  it('rejects a port that is not a number, naming the variable and the value', () => {
    expect(() => readConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: 'abc' })).toThrow('PORT "abc" is not a port number');
  });

  it('rejects a NEO4J_URI with a scheme the driver does not speak', () => {
    expect(() => readConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI .* scheme http:/);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(readConfig({}))).toBe(true);
  });
});
