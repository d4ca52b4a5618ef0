// Geographic layout: latitude/longitude to Cytoscape layout units, district outlines as polygon
// nodes, and organisations on the map. Pure, no DOM, so it is unit-tested without a browser.
import districts from './districts.json' with { type: 'json' };

export interface XY {
  x: number;
  y: number;
}

export interface DistrictShape {
  id: string;
  name: string;
  /** Centre of the bounding box, in layout units. */
  position: XY;
  width: number;
  height: number;
  /** Cytoscape `shape-polygon-points`: x1 y1 x2 y2 …, each in [-1, 1] of the bounding box. */
  points: number[];
}

export interface GeoNode {
  id: string;
  lat: number;
  lon: number;
}

// Equirectangular around the middle of Berlin-Brandenburg: within 300 km the distortion stays
// under 2 %, far less than anyone reads off a network map, and it is cheap and invertible.
const CENTRE_LAT = 52.4;
const CENTRE_LON = 13.4;
const KM_PER_DEG_LAT = 110.57;
const KM_PER_DEG_LON = 111.32 * Math.cos((CENTRE_LAT * Math.PI) / 180);
// 10 units per km makes Brandenburg ~2,400 units wide, the span the force layout gives our
// 3,000 nodes, so node sizes of 10–40 px look the same in both layouts.
const UNITS_PER_KM = 10;

export function project(lat: number, lon: number): XY {
  return {
    x: (lon - CENTRE_LON) * KM_PER_DEG_LON * UNITS_PER_KM,
    // North up: screen y grows downwards, latitude grows upwards.
    y: (CENTRE_LAT - lat) * KM_PER_DEG_LAT * UNITS_PER_KM,
  };
}

type Ring = XY[];

function projectRing(ring: readonly (readonly number[])[]): Ring {
  // Rings are stored closed as in GeoJSON; a polygon node needs each vertex once.
  return ring.slice(0, -1).map(([lon = NaN, lat = NaN]) => project(lat, lon));
}

function area(ring: Ring): number {
  let twice = 0;
  ring.forEach((a, i) => {
    const b = ring[(i + 1) % ring.length] ?? a;
    twice += a.x * b.y - b.x * a.y;
  });
  return Math.abs(twice) / 2;
}

// Cytoscape draws a polygon node with exactly one ring, so each district shows its largest
// ring only. What that leaves out today: a small second part of Brandenburg an der Havel, and
// the hole Cottbus cuts in Spree-Neiße, so Spree-Neiße's outline covers Cottbus. Draw the
// kreisfreie Städte above the Landkreise (a higher z-index) to keep them visible.
function largestRing(rings: readonly (readonly (readonly number[])[])[]): Ring {
  let best: Ring = [];
  for (const ring of rings) {
    const projected = projectRing(ring);
    if (area(projected) > area(best)) best = projected;
  }
  return best;
}

const clampUnit = (v: number) => Math.max(-1, Math.min(1, Math.round(v * 1e4) / 1e4));

function shapeOf(id: string, name: string, ring: Ring): DistrictShape {
  const xs = ring.map((p) => p.x);
  const ys = ring.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = maxX - minX;
  const height = maxY - minY;
  const position = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  // Clamp: (max - centre) / half-width can come out as 1.0000000000000002 in floating point.
  const points = ring.flatMap((p) => [clampUnit((p.x - position.x) / (width / 2 || 1)), clampUnit((p.y - position.y) / (height / 2 || 1))]);
  return { id, name, position, width, height, points };
}

export function districtShapes(): DistrictShape[] {
  return districts.features.map((f) => shapeOf(f.id, f.name, largestRing(f.rings)));
}

// Many institutions share one city-centre coordinate (71 at Berlin's). Nodes at the same point
// are laid out on a sunflower (Vogel) spiral around it: the first stays on the true point and
// the median gap to the nearest neighbour is ~12 units (the spiral's is 1.67 steps).
const SPACING = 12;
const SPIRAL_STEP = SPACING / 1.67;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

// Code-unit order, not localeCompare: the layout must not change with the browser's locale.
const byId = (a: GeoNode, b: GeoNode) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function placeOnMap(nodes: readonly GeoNode[]): Map<string, XY> {
  // Sorting first makes groups, spiral slots and even the Map's order independent of input order.
  const groups = new Map<string, GeoNode[]>();
  for (const node of [...nodes].sort(byId)) {
    const key = `${node.lat},${node.lon}`;
    const group = groups.get(key);
    if (group) group.push(node);
    else groups.set(key, [node]);
  }
  const positions = new Map<string, XY>();
  for (const group of groups.values()) {
    group.forEach((node, i) => {
      if (positions.has(node.id)) throw new RangeError(`placeOnMap: node id "${node.id}" appears twice`);
      const centre = project(node.lat, node.lon);
      const r = SPIRAL_STEP * Math.sqrt(i);
      positions.set(node.id, { x: centre.x + r * Math.cos(i * GOLDEN_ANGLE), y: centre.y + r * Math.sin(i * GOLDEN_ANGLE) });
    });
  }
  return positions;
}
