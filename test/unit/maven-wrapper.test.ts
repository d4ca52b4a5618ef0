import { accessSync, constants, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { launcherDir, mavenWrapper } from '../../server/neo4j/resolve.ts';

describe('the Maven Wrapper that builds the Neo4j launcher', () => {
  it('runs mvnw beside the pom on Linux and macOS, and mvnw.cmd through a shell on Windows', () => {
    expect(mavenWrapper('linux')).toEqual({ command: path.join(launcherDir, 'mvnw'), shell: false });
    expect(mavenWrapper('darwin')).toEqual({ command: path.join(launcherDir, 'mvnw'), shell: false });
    expect(mavenWrapper('win32')).toEqual({ command: 'mvnw.cmd', shell: true });
  });

  it('is executable, so a fresh clone needs no chmod', () => {
    expect(() => accessSync(path.join(launcherDir, 'mvnw'), constants.X_OK)).not.toThrow();
  });

  it('fetches its Maven from Maven Central', () => {
    const properties = readFileSync(path.join(launcherDir, '.mvn', 'wrapper', 'maven-wrapper.properties'), 'utf8');
    expect(properties).toMatch(
      /^distributionUrl=https:\/\/repo\.maven\.apache\.org\/maven2\/org\/apache\/maven\/apache-maven\/3\.9\.\d+\/apache-maven-3\.9\.\d+-bin\.zip$/m,
    );
  });
});
