// Douglas–Peucker on a polyline: which vertices to keep so that no dropped vertex lies farther
// than `tolerance` from the simplified line. Returns indices (ascending, both ends included) so
// the caller can simplify in a metric space and still copy the original coordinates.
export type Point = readonly [x: number, y: number];

export function simplifyIndices(points: readonly Point[], tolerance: number): number[] {
  const last = points.length - 1;
  if (last < 1) return points.map((_, i) => i);
  const keep = new Set<number>([0, last]);
  // An explicit stack instead of recursion: a 3,000-vertex border must not depend on stack depth.
  const stack: [number, number][] = [[0, last]];
  for (let span = stack.pop(); span; span = stack.pop()) {
    const [from, to] = span;
    let farthest = -1;
    let maxDistance = tolerance;
    for (let i = from + 1; i < to; i++) {
      const d = distanceToSegment(at(points, i), at(points, from), at(points, to));
      if (d > maxDistance) {
        maxDistance = d;
        farthest = i;
      }
    }
    if (farthest < 0) continue;
    keep.add(farthest);
    stack.push([from, farthest], [farthest, to]);
  }
  return [...keep].sort((a, b) => a - b);
}

function at(points: readonly Point[], i: number): Point {
  const p = points[i];
  if (!p) throw new RangeError(`no point at index ${i}`);
  return p;
}

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  // Measure to the segment, not the infinite line: a border that doubles back (a river bend
  // around a town) would otherwise lose its far end.
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
