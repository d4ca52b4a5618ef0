import { describe, expect, it } from 'vitest';
import { checkJava, MissingToolError } from '../../server/neo4j/resolve.ts';

describe('the Java check before Neo4j starts', () => {
  it('accepts the Java 17 of this machine', () => {
    expect([17, 21]).toContain(checkJava());
  });

  it('says what to install, or how to use an existing Neo4j, when Java is missing', () => {
    const noJava = { ...process.env, PATH: '/nonexistent' };
    expect(() => checkJava(noJava)).toThrow(MissingToolError);
    expect(() => checkJava(noJava)).toThrow(/Install a Java 17 JDK.*set NEO4J_URI/s);
  });
});
