import { describe, expect, it } from 'vitest';
import { communityLabel } from '../../server/graphql/gaps/communities.ts';
import { partnerClause } from '../../server/graphql/gaps/why.ts';
import type { TransferPartner } from '../../server/graphql/partners/index.ts';

const share = (key: string, label: string, count: number) => ({ key, label, count });

describe('communityLabel', () => {
  it('names a community by its dominant competences and its two main districts', () => {
    expect(
      communityLabel(
        [share('zerspanung', 'Zerspanung', 9), share('stahlbau', 'Stahl- und Metallbau', 4)],
        [share('cottbus', 'Cottbus', 5), share('spree-neisse', 'Spree-Neiße', 3), share('oberhavel', 'Oberhavel', 1)],
      ),
    ).toBe('Zerspanung, Stahl- und Metallbau · Cottbus, Spree-Neiße');
    expect(communityLabel([], [])).toBe('ohne Kompetenzangaben');
  });
});

describe('partnerClause', () => {
  const name = (id: string, nameEn: string) => ({ id, nameDe: nameEn, nameEn });
  const component = { value: 0, weight: 0, contribution: 0 };
  const partner = {
    organization: { id: 'fhg-ipk', name: 'Fraunhofer IPK long', shortName: 'Fraunhofer IPK' },
    breakdown: {
      competence: {
        ...component,
        coverage: [
          {
            need: name('fuegetechnik', 'Joining and welding'),
            match: 'exact',
            via: name('fuegetechnik', 'Joining and welding'),
            weight: 1,
          },
          { need: name('giessereitechnik', 'giessereitechnik'), match: 'related', via: name('werkstoffe', 'werkstoffe'), weight: 0.5 },
          { need: name('robotik', 'Robotics'), match: 'none', via: null, weight: 0 },
        ],
      },
      geography: { ...component, distanceKm: 103.7, scaleKm: 150 },
      warmIntroductions: {
        ...component,
        count: 2,
        introducers: [
          { name: 'BTU Cottbus', shortName: 'BTU' },
          { name: 'TH Wildau', shortName: null },
        ],
      },
      trackRecord: { ...component, similarFirms: 1 },
    },
  } as unknown as TransferPartner;

  it('says what the partner offers, what it covers through a related field, how far, who introduces, with names for ids', () => {
    const names = new Map([
      ['giessereitechnik', 'Foundry technology'],
      ['werkstoffe', 'New materials'],
    ]);
    expect(partnerClause(partner, names)).toBe(
      'Fraunhofer IPK offers Joining and welding, covers Foundry technology through New materials, 104 km away, ' +
        'BTU and TH Wildau could introduce them, works with 1 similar firm',
    );
  });
});
