import { describe, expect, it } from 'vitest';
import { ProjectProfile } from '../../server/curation/profiles.ts';

describe('a profile read from the graph', () => {
  const project = (updatedAt: string | null) =>
    ProjectProfile.parse({
      id: 'p',
      version: 1,
      title: 'T',
      acronym: null,
      level: 'regional',
      programme: null,
      start: '2024-01-01',
      end: null,
      actionField: null,
      competences: [],
      fundingEur: null,
      website: null,
      source: null,
      synthetic: false,
      updatedAt,
    });

  it('spells its change time as the write does, whatever zeros Neo4j leaves out', () => {
    expect(project('2026-12-02T06:50:30.96Z').updatedAt).toBe('2026-12-02T06:50:30.960Z');
    expect(project('2026-12-02T06:50:30Z').updatedAt).toBe('2026-12-02T06:50:30.000Z');
    expect(project(null).updatedAt).toBeNull();
  });
});
