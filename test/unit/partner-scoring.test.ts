import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parseRequest, resolveQuery } from '../../server/graphql/partners/arguments.ts';
import type { PartnerContext } from '../../server/graphql/partners/rows.ts';
import { evidence } from '../../server/graphql/partners/evidence.ts';
import { rings } from '../../server/graphql/partners/transfer-partners.ts';
import { needFields, relatedFields, relatedPairs } from '../../server/graphql/partners/relatedness.ts';
import { coverage, rank, score, type Signals } from '../../server/graphql/partners/scoring.ts';
import { competences } from '../../seed/vocabulary.ts';

const signals = (over: Partial<Signals>): Signals => ({
  id: 'x',
  held: [],
  meters: null,
  direct: null,
  introducers: [],
  similarFirms: 0,
  ...over,
});

describe('the relatedness table', () => {
  it('pairs known, distinct competences once each and reads both ways', () => {
    const known = new Set(competences.map((c) => c.id));
    const seen = new Set<string>();
    expect(relatedPairs.length).toBeGreaterThan(0);
    for (const [a, b] of relatedPairs) {
      expect([known.has(a), known.has(b), a !== b], `${a} | ${b}`).toEqual([true, true, true]);
      const key = [a, b].sort().join('|');
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      expect(relatedFields(a)).toContain(b);
      expect(relatedFields(b)).toContain(a);
    }
  });

  it('relates the white spot Gießereitechnik to materials, forming and tooling', () => {
    expect(relatedFields('giessereitechnik')).toEqual(['umformtechnik', 'werkstoffe', 'werkzeugbau']);
    expect(needFields(['giessereitechnik'])).toEqual([
      { need: 'giessereitechnik', field: 'giessereitechnik', weight: 1 },
      { need: 'giessereitechnik', field: 'umformtechnik', weight: 0.5 },
      { need: 'giessereitechnik', field: 'werkstoffe', weight: 0.5 },
      { need: 'giessereitechnik', field: 'werkzeugbau', weight: 0.5 },
    ]);
  });
});

describe('scoring', () => {
  it('covers a need exactly, else through the first related field held, else not', () => {
    expect(coverage(['leichtbau', 'fuegetechnik', 'mikroelektronik'], ['werkstoffe', 'stahlbau', 'leichtbau'])).toEqual([
      { need: 'leichtbau', match: 'exact', via: 'leichtbau', weight: 1 },
      { need: 'fuegetechnik', match: 'related', via: 'leichtbau', weight: 0.5 },
      { need: 'mikroelektronik', match: 'none', via: null, weight: 0 },
    ]);
  });

  it('adds the weighted components of the hand-made example: 0.45 + 0.15 + 0.0667 + 0.03 + 0.1', () => {
    const s = score(
      ['leichtbau', 'fuegetechnik'],
      signals({
        id: 'ri-a',
        held: ['fuegetechnik', 'leichtbau'],
        meters: 0,
        introducers: [
          { id: 'co-b', distance: 2 },
          { id: 'co-c', distance: 4 },
        ],
        similarFirms: 1,
      }),
      150,
    );
    expect(s.score).toBe(0.7967);
    expect([s.coldStart, s.known]).toEqual([false, false]);
    expect(s.breakdown.proximity).toEqual({ value: 0.75, weight: 0.2, contribution: 0.15, distance: 2 });
    expect(s.breakdown.warmIntroductions).toEqual({
      value: 0.6667,
      weight: 0.1,
      contribution: 0.0667,
      count: 2,
      introducerIds: ['co-b', 'co-c'],
    });
  });

  it('maps proximity 1..4 relationships to 1, 0.75, 0.5, 0.25 and none to 0, taking the shorter of direct and introduced', () => {
    const value = (over: Partial<Signals>) =>
      score(['leichtbau'], signals({ held: ['leichtbau'], ...over }), 150).breakdown.proximity.value;
    expect([1, 2, 3, 4].map((d) => value({ direct: d }))).toEqual([1, 0.75, 0.5, 0.25]);
    expect(value({})).toBe(0);
    expect(value({ direct: 2, introducers: [{ id: 'y', distance: 3 }] })).toBe(0.75);
    expect(score(['leichtbau'], signals({ held: ['leichtbau'], direct: 2 }), 150)).toMatchObject({ known: true, coldStart: false });
  });

  it('saturates introductions at 3 and the track record at 5, names at most 3 introducers', () => {
    const intro = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `i${i}`, distance: 4 }));
    const s = score(['leichtbau'], signals({ held: ['leichtbau'], introducers: intro(7), similarFirms: 9 }), 150).breakdown;
    expect([s.warmIntroductions.value, s.warmIntroductions.count, s.warmIntroductions.introducerIds, s.trackRecord.value]).toEqual([
      1,
      7,
      ['i0', 'i1', 'i2'],
      1,
    ]);
    expect(score(['leichtbau'], signals({ held: ['leichtbau'], similarFirms: 2 }), 150).breakdown.trackRecord.value).toBe(0.4);
  });

  it('falls geography linearly to 0 at the scale, and gives 0 without a reference point', () => {
    const geo = (meters: number | null, scale: number) =>
      score(['leichtbau'], signals({ held: ['leichtbau'], meters }), scale).breakdown.geography;
    expect(geo(30_000, 150)).toMatchObject({ value: 0.8, distanceKm: 30, scaleKm: 150 });
    expect(geo(200_000, 150).value).toBe(0);
    expect(geo(null, 150)).toMatchObject({ value: 0, contribution: 0, distanceKm: null });
  });

  it('ranks by score, equal scores by id', () => {
    const s = (id: string, held: string[]) => score(['leichtbau'], signals({ id, held }), 150);
    expect(rank([s('b', ['leichtbau']), s('c', ['werkstoffe']), s('a', ['leichtbau'])]).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('arguments', () => {
  const context = (over: Partial<PartnerContext> = {}): PartnerContext => ({
    organization: null,
    place: null,
    district: null,
    vocabulary: competences.map(({ id, nameDe, nameEn }) => ({ id, nameDe, nameEn })),
    ...over,
  });
  const codeOf = (f: () => unknown): unknown => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(GraphQLError);
      return (e as GraphQLError).extensions;
    }
    return undefined;
  };

  it('defaults to research only without a location, to all three kinds with one', () => {
    expect(resolveQuery(parseRequest({ competences: ['leichtbau'] }), context()).kinds).toEqual(['university', 'research_institute']);
    const near = resolveQuery(parseRequest({ competences: ['leichtbau'], near: { latitude: 52, longitude: 13 } }), context());
    expect([near.kinds, near.reference, near.limit, near.scaleKm]).toEqual([
      ['company', 'university', 'research_institute'],
      { latitude: 52, longitude: 13, label: null },
      10,
      150,
    ]);
  });

  it('names the argument of every shape error', () => {
    expect(codeOf(() => parseRequest({}))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'competences' });
    expect(codeOf(() => parseRequest({ competences: ['leichtbau'], near: { placeId: 'a', districtId: 'b' } }))).toMatchObject({
      argument: 'near',
    });
    expect(codeOf(() => parseRequest({ competences: ['leichtbau'], near: { latitude: 52 } }))).toMatchObject({ argument: 'near' });
    expect(codeOf(() => parseRequest({ competences: ['leichtbau'], near: { latitude: 52, longitude: 200 } }))).toMatchObject({
      argument: 'near.longitude',
    });
    expect(codeOf(() => parseRequest({ competences: ['bad id!'] }))).toMatchObject({ argument: 'competences' });
    expect(codeOf(() => resolveQuery(parseRequest({ competences: ['gold'] }), context()))).toMatchObject({
      argument: 'competences',
      value: 'gold',
    });
    expect(codeOf(() => resolveQuery(parseRequest({ organizationId: 'x' }), context()))).toMatchObject({ code: 'NOT_FOUND', id: 'x' });
    expect(codeOf(() => resolveQuery(parseRequest({ competences: ['leichtbau'], near: { placeId: 'y' } }), context()))).toMatchObject({
      code: 'NOT_FOUND',
      id: 'y',
    });
  });

  it('searches firms in rings that double outwards and end at maxDistanceKm', () => {
    expect(rings(3)).toEqual([
      { inner: 0, outer: 250 },
      { inner: 250, outer: 500 },
      { inner: 500, outer: 1000 },
      { inner: 1000, outer: 2000 },
      { inner: 2000, outer: 3000 },
    ]);
    expect(rings(null).at(-1)).toEqual({ inner: 512_000, outer: 1_000_000 });
  });
});

describe('evidence', () => {
  const node = (id: string, nodeType: 'organization' | 'project' = 'organization') => ({
    id,
    name: id,
    kind: nodeType === 'project' ? 'project' : 'company',
    nodeType,
    year: nodeType === 'project' ? 2021 : null,
  });
  const coop = (source: string, target: string) => ({ type: 'COOPERATES_WITH' as const, source, target, role: null, since: 2019 });
  const part = (source: string, target: string) => ({
    type: 'PARTICIPATES_IN' as const,
    source,
    target,
    role: 'partner' as const,
    since: null,
  });

  it('joins the two hops of an introduction at the introducer and skips one whose hop is missing', () => {
    const out = evidence(
      ['x', 'y'],
      [
        { via: 'x', step: 1, nodes: [node('x'), node('c')], relationships: [coop('c', 'x')] },
        { via: 'x', step: 0, nodes: [node('s'), node('p', 'project'), node('x')], relationships: [part('s', 'p'), part('x', 'p')] },
        { via: 'y', step: 0, nodes: [node('s'), node('y')], relationships: [coop('s', 'y')] },
      ],
      [],
    );
    expect(out.map((e) => [e.kind, e.path.nodeIds, e.path.edgeKeys])).toEqual([
      ['introduction', ['s', 'p', 'x', 'c'], ['s>p', 'x>p', 'c~x']],
    ]);
  });
});
