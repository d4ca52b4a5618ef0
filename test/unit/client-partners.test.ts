import { describe, expect, it } from 'vitest';
import { evidenceHighlight, explain } from '../../client/src/partners/explain.ts';
import type { Recommendation } from '../../client/src/partners/types.ts';

const leichtbau = { id: 'leichtbau', nameDe: 'Leichtbau', nameEn: 'Lightweight construction' };
const fuege = { id: 'fuegetechnik', nameDe: 'Füge- und Schweißtechnik', nameEn: 'Joining and welding' };
const org = (id: string, name: string) => ({ id, name, nodeType: 'organization' as const });

const rec: Recommendation = {
  rank: 1,
  score: 0.77,
  coldStart: false,
  organization: {
    id: 'hs-tu-berlin',
    name: 'Technische Universität Berlin',
    shortName: 'TU Berlin',
    kind: 'university',
    society: null,
    place: 'Berlin',
    district: { id: 'berlin', name: 'Berlin' },
  },
  breakdown: {
    competence: {
      value: 1,
      contribution: 0.45,
      coverage: [
        { need: leichtbau, match: 'exact', via: leichtbau },
        { need: fuege, match: 'related', via: leichtbau },
      ],
    },
    proximity: { value: 0.75, contribution: 0.15, distance: 2 },
    warmIntroductions: { value: 0.33, contribution: 0.03, count: 1, introducers: [{ id: 'co-7', name: 'Firma Y' }] },
    trackRecord: { value: 1, contribution: 0.15, similarFirms: 6 },
    geography: { value: 0.4, contribution: 0.04, distanceKm: 85.4 },
  },
  evidence: [
    {
      kind: 'introduction',
      path: {
        length: 3,
        nodeIds: ['co-1', 'pr-9', 'co-7', 'hs-tu-berlin'],
        edgeKeys: ['co-1>pr-9', 'co-7>pr-9', 'co-7~hs-tu-berlin'],
        steps: [
          {
            from: org('co-1', 'Meine Firma'),
            to: { id: 'pr-9', name: 'Projekt X', nodeType: 'project' as const },
            relation: 'participation',
            role: 'partner',
            year: 2021,
            since: null,
          },
          {
            from: { id: 'pr-9', name: 'Projekt X', nodeType: 'project' as const },
            to: org('co-7', 'Firma Y'),
            relation: 'participation',
            role: 'lead',
            year: 2021,
            since: null,
          },
          {
            from: org('co-7', 'Firma Y'),
            to: org('hs-tu-berlin', 'Technische Universität Berlin'),
            relation: 'cooperation',
            role: null,
            year: null,
            since: 2019,
          },
        ],
      },
    },
  ],
};

describe('a transfer-partner row explains itself', () => {
  it('in German: needs covered, the route through a project and a firm, introducers, track record and distance', () => {
    expect(explain('de', rec)).toBe(
      'deckt Leichtbau und Füge- und Schweißtechnik (verwandt über Leichtbau) ab · 2 Schritte: über Projekt „Projekt X“ (2021) mit Firma Y · Vorstellung durch Firma Y · Erfahrung mit 6 ähnlichen Firmen · 85 km',
    );
  });

  it('in English with the same facts', () => {
    expect(explain('en', rec)).toBe(
      'covers Lightweight construction and Joining and welding (related through Lightweight construction) · 2 steps: via project „Projekt X“ (2021) with Firma Y · introduction by Firma Y · worked with 6 similar firms · 85 km',
    );
  });

  it('says so when there is no connection yet', () => {
    expect(explain('de', { ...rec, evidence: [] })).toContain('noch keine Verbindung');
  });

  it('highlights every node and edge of the evidence plus the partner', () => {
    expect(evidenceHighlight(rec)).toEqual({
      nodeIds: ['hs-tu-berlin', 'co-1', 'pr-9', 'co-7'],
      edgeKeys: ['co-1>pr-9', 'co-7>pr-9', 'co-7~hs-tu-berlin'],
    });
  });
});
