import { describe, expect, it } from 'vitest';
import data from '../../client/src/geo/districts.json' with { type: 'json' };
import { districtShapes, placeOnMap, project, type DistrictShape, type XY } from '../../client/src/geo/projection.ts';
import { simplifyIndices } from '../../client/scripts/simplify.ts';
import { districts } from '../../seed/geography.ts';

const shapes = districtShapes();
const shape = (id: string): DistrictShape => {
  const found = shapes.find((s) => s.id === id);
  if (!found) throw new Error(`no shape ${id}`);
  return found;
};
const inBox = (p: XY, s: DistrictShape) => Math.abs(p.x - s.position.x) <= s.width / 2 && Math.abs(p.y - s.position.y) <= s.height / 2;
const sortedEntries = (m: Map<string, XY>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1));

describe('districts.json', () => {
  it('has a feature with non-empty rings for each of the 19 districts of the seed', () => {
    expect(data.features.map((f) => f.id).sort()).toEqual(districts.map((d) => d.id).sort());
    for (const feature of data.features) {
      expect(feature.rings.length, feature.id).toBeGreaterThan(0);
      for (const ring of feature.rings) expect(ring.length, feature.id).toBeGreaterThanOrEqual(4);
    }
  });

  it('names its source and licence', () => {
    expect(data.source).toContain('VG250');
    expect(data.licence).toContain('GeoBasis-DE / BKG');
  });

  it('keeps the enclave Cottbus and the hole in Spree-Neiße on the same vertices', () => {
    const vertices = (id: string) =>
      new Set(
        data.features
          .find((f) => f.id === id)
          ?.rings.flat()
          .map((p) => p.join(',')),
      );
    const spreeNeisse = vertices('spree-neisse');
    expect([...vertices('cottbus')].filter((p) => !spreeNeisse.has(p))).toEqual([]);
  });
});

describe('districtShapes', () => {
  it('gives every district polygon points in [-1, 1], at least three vertices as x y pairs', () => {
    expect(shapes).toHaveLength(19);
    for (const s of shapes) {
      expect(s.points.length % 2, s.id).toBe(0);
      expect(s.points.length, s.id).toBeGreaterThanOrEqual(6);
      expect(
        s.points.filter((v) => v < -1 || v > 1),
        s.id,
      ).toEqual([]);
      expect(s.width, s.id).toBeGreaterThan(0);
      expect(s.height, s.id).toBeGreaterThan(0);
    }
  });

  it('puts the projected city centres of Cottbus and Berlin inside their own outlines', () => {
    expect(inBox(project(51.76, 14.334), shape('cottbus'))).toBe(true);
    expect(inBox(project(52.52, 13.405), shape('berlin'))).toBe(true);
  });

  it('makes Brandenburg between 2,000 and 3,000 layout units wide', () => {
    const west = Math.min(...shapes.map((s) => s.position.x - s.width / 2));
    const east = Math.max(...shapes.map((s) => s.position.x + s.width / 2));
    expect(east - west).toBeGreaterThan(2000);
    expect(east - west).toBeLessThan(3000);
  });
});

describe('project', () => {
  it('puts Potsdam west of Frankfurt (Oder) and north of Cottbus, with north up', () => {
    const potsdam = project(52.3906, 13.0645);
    expect(potsdam.x).toBeLessThan(project(52.3471, 14.5506).x);
    expect(potsdam.y).toBeLessThan(project(51.7563, 14.3329).y);
  });
});

describe('placeOnMap', () => {
  const tenAtOnePoint = Array.from({ length: 10 }, (_, i) => ({ id: `org-${i}`, lat: 52.52, lon: 13.405 }));

  it('spreads ten nodes at one coordinate to ten distinct positions within 60 units', () => {
    const positions = placeOnMap(tenAtOnePoint);
    const centre = project(52.52, 13.405);
    const points = [...positions.values()];
    expect(new Set(points.map((p) => `${p.x},${p.y}`)).size).toBe(10);
    expect(points.filter((p) => Math.hypot(p.x - centre.x, p.y - centre.y) > 60)).toEqual([]);
    const gaps = points.map((p, i) => Math.min(...points.filter((_, j) => j !== i).map((q) => Math.hypot(p.x - q.x, p.y - q.y))));
    expect(Math.min(...gaps)).toBeGreaterThan(5);
  });

  it('places the same nodes at the same positions whatever the input order', () => {
    const nodes = [...tenAtOnePoint, { id: 'cottbus-1', lat: 51.76, lon: 14.334 }];
    const reversed = placeOnMap([...nodes].reverse());
    expect(sortedEntries(reversed)).toEqual(sortedEntries(placeOnMap(nodes)));
    expect([...reversed.keys()]).toEqual([...placeOnMap(nodes).keys()]);
  });

  it('leaves a node alone at its coordinate on the projected point', () => {
    expect(placeOnMap([{ id: 'only', lat: 51.76, lon: 14.334 }]).get('only')).toEqual(project(51.76, 14.334));
  });

  it('refuses a node id given twice', () => {
    expect(() => placeOnMap([tenAtOnePoint[0]!, { id: 'org-0', lat: 51.76, lon: 14.334 }])).toThrow(RangeError);
  });
});

describe('simplifyIndices', () => {
  it('keeps the corner of an L and drops the vertices on its straight arms', () => {
    const l = [
      [0, 0],
      [1, 0],
      [2, 0],
      [2, 1],
      [2, 2],
    ] as const;
    expect(simplifyIndices(l, 0.1)).toEqual([0, 2, 4]);
  });
});
