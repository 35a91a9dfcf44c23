// Shapes and sums the drawings share: a seeded random generator, paths (they work on a
// CanvasRenderingContext2D or a Path2D), cached paths and gradients, and colour mixing.
//
// Paths and gradients are built once and cached by key (shape, size, seed variant); gradients live in
// the user space of the object being drawn (its origin is the object's centre), so one cached gradient
// serves every object of that size.
import { black, white } from './palette.js';

export const PI = Math.PI;
export const TAU = PI * 2;

/** A deterministic random generator (0..1) from an integer seed. */
export function rng(seed) {
  let s = ((seed | 0) * 2654435761 + 0x9e3779b9) >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let v = Math.imul(s ^ (s >>> 15), s | 1);
    v ^= v + Math.imul(v ^ (v >>> 7), v | 61);
    return ((v ^ (v >>> 14)) >>> 0) / 4294967296;
  };
}

/** v when it is a finite number, else d. */
export const num = (v, d) => (typeof v === 'number' && isFinite(v) ? v : d);
export const clamp = (v, a, b) => (v < a ? a : v > b ? b : v);

// ---- paths ----

export function circ(p, x, y, r) { p.moveTo(x + r, y); p.arc(x, y, r, 0, TAU); }

export function ell(p, x, y, rx, ry, rot = 0) {
  p.moveTo(x + rx * Math.cos(rot), y + rx * Math.sin(rot));
  p.ellipse(x, y, rx, ry, rot, 0, TAU);
}

export function rrect(p, x, y, w, h, r) {
  r = Math.min(r, w / 2, h / 2);
  p.moveTo(x + r, y);
  p.lineTo(x + w - r, y); p.quadraticCurveTo(x + w, y, x + w, y + r);
  p.lineTo(x + w, y + h - r); p.quadraticCurveTo(x + w, y + h, x + w - r, y + h);
  p.lineTo(x + r, y + h); p.quadraticCurveTo(x, y + h, x, y + h - r);
  p.lineTo(x, y + r); p.quadraticCurveTo(x, y, x + r, y);
  p.closePath();
}

/** A closed polygon through pts [[x, y], ...] with corners rounded by quadratic curves. */
export function roundPoly(p, pts, k = 0.5) {
  const n = pts.length;
  const at = (i, j, f) => [pts[i][0] + (pts[j][0] - pts[i][0]) * f, pts[i][1] + (pts[j][1] - pts[i][1]) * f];
  const s = at(n - 1, 0, 1 - k / 2);
  p.moveTo(s[0], s[1]);
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const a = at(i, j, k / 2), b = at(i, j, 1 - k / 2);
    p.quadraticCurveTo(pts[i][0], pts[i][1], a[0], a[1]);
    p.lineTo(b[0], b[1]);
  }
  p.closePath();
}

export function poly(p, pts) {
  p.moveTo(pts[0][0], pts[0][1]);
  for (let i = 1; i < pts.length; i++) p.lineTo(pts[i][0], pts[i][1]);
  p.closePath();
}

/** A star of n points between radii ro and ri. */
export function star(p, x, y, n, ro, ri, rot = 0) {
  for (let i = 0; i < n * 2; i++) {
    const a = rot + i / (n * 2) * TAU, r = i % 2 ? ri : ro;
    if (i === 0) p.moveTo(x + Math.cos(a) * r, y + Math.sin(a) * r);
    else p.lineTo(x + Math.cos(a) * r, y + Math.sin(a) * r);
  }
  p.closePath();
}

/** A scalloped (cloud-like) outline of n lobes reaching about radius r; rand jitters it (or null). */
export function blob(p, x, y, r, n, depth, rand, rot = 0) {
  const ang = [], rad = [];
  for (let i = 0; i < n; i++) {
    ang.push(rot + (i + (rand ? (rand() - 0.5) * 0.4 : 0)) / n * TAU);
    rad.push(r * (rand ? 0.88 + rand() * 0.12 : 1));
  }
  ang.push(ang[0] + TAU); rad.push(rad[0]);
  // notch k lies between lobe k and lobe k + 1
  const na = [], nr = [];
  for (let i = 0; i < n; i++) { na.push((ang[i] + ang[i + 1]) / 2); nr.push(Math.min(rad[i], rad[i + 1]) * (1 - depth)); }
  let a0 = na[n - 1] - TAU, r0 = nr[n - 1];
  p.moveTo(x + Math.cos(a0) * r0, y + Math.sin(a0) * r0);
  for (let i = 0; i < n; i++) {
    const tip = ang[i], a1 = na[i], r1 = nr[i], rr = rad[i] * 1.13;
    const c1 = a0 + (tip - a0) * 0.18, c2 = a1 - (a1 - tip) * 0.18;
    p.bezierCurveTo(x + Math.cos(c1) * rr, y + Math.sin(c1) * rr, x + Math.cos(c2) * rr, y + Math.sin(c2) * rr,
      x + Math.cos(a1) * r1, y + Math.sin(a1) * r1);
    a0 = a1; r0 = r1;
  }
  p.closePath();
}

/** The corners of a rounded irregular polygon (rocks): n corners at radius r * (1 - jitter .. 1). */
export function rockPts(rand, n, r, jitter, rot = 0) {
  const pts = [];
  for (let i = 0; i < n; i++) {
    const a = rot + (i + (rand() - 0.5) * 0.5) / n * TAU;
    const rr = r * (1 - jitter * rand());
    pts.push([Math.cos(a) * rr, Math.sin(a) * rr]);
  }
  return pts;
}

export const scalePts = (pts, f, dx = 0, dy = 0) => pts.map((q) => [q[0] * f + dx, q[1] * f + dy]);

/** The corners of a regular octagon of radius r, with a flat side facing +x. */
export function octagon(r, rot = 0) {
  const pts = [];
  for (let i = 0; i < 8; i++) {
    const a = rot + (i + 0.5) / 8 * TAU;
    pts.push([Math.cos(a) * r, Math.sin(a) * r]);
  }
  return pts;
}

/** A pointed leaf from the origin along angle a. */
export function pointedLeafAt(p, a, len, w) {
  const c = Math.cos(a), s = Math.sin(a);
  const X = (x, y) => x * c - y * s;
  const Y = (x, y) => x * s + y * c;
  p.moveTo(0, 0);
  p.quadraticCurveTo(X(len * 0.45, -w), Y(len * 0.45, -w), X(len, 0), Y(len, 0));
  p.quadraticCurveTo(X(len * 0.45, w), Y(len * 0.45, w), 0, 0);
  p.closePath();
}
export const pointedLeaf = (p, len, w) => pointedLeafAt(p, 0, len, w);

/** A 4-pointed sparkle, filled. */
export function sparkle(ctx, x, y, r, colour) {
  ctx.beginPath();
  ctx.moveTo(x, y - r);
  ctx.quadraticCurveTo(x, y, x + r, y);
  ctx.quadraticCurveTo(x, y, x, y + r);
  ctx.quadraticCurveTo(x, y, x - r, y);
  ctx.quadraticCurveTo(x, y, x, y - r);
  ctx.fillStyle = colour;
  ctx.fill();
}

// ---- caches ----

const paths = new Map();
/** A cached Path2D: build(p) is called once per key. */
export function cachedPath(key, build) {
  let p = paths.get(key);
  if (!p) {
    if (paths.size > 6000) paths.clear();
    p = new Path2D();
    build(p);
    paths.set(key, p);
  }
  return p;
}

// A 2D context used only to create gradients and patterns (they can be used on any canvas).
let factory = null;
export function factoryContext(ctx) {
  if (!factory) {
    try { factory = document.createElement('canvas').getContext('2d'); } catch { factory = null; }
  }
  return factory || ctx;
}

const gradients = new Map();
function cachedGradient(key, make, stops) {
  let g = gradients.get(key);
  if (!g) {
    if (gradients.size > 3000) gradients.clear();
    g = make();
    for (let i = 0; i < stops.length; i += 2) g.addColorStop(stops[i], stops[i + 1]);
    gradients.set(key, g);
  }
  return g;
}
/** A cached radial gradient; stops are [offset, colour, offset, colour, ...]. */
export const radial = (ctx, key, x0, y0, r0, x1, y1, r1, stops) =>
  cachedGradient(key, () => factoryContext(ctx).createRadialGradient(x0, y0, r0, x1, y1, r1), stops);
/** A cached linear gradient. */
export const linear = (ctx, key, x0, y0, x1, y1, stops) =>
  cachedGradient(key, () => factoryContext(ctx).createLinearGradient(x0, y0, x1, y1), stops);

// ---- colour maths (cached) ----

const mixes = new Map();
function channels(c) {
  return [parseInt(c.substr(1, 2), 16), parseInt(c.substr(3, 2), 16), parseInt(c.substr(5, 2), 16)];
}
/** Mixes two #rrggbb colours: f = 0 gives a, 1 gives b. */
export function mix(a, b, f) {
  const key = a + b + f;
  let r = mixes.get(key);
  if (!r) {
    const x = channels(a), y = channels(b);
    r = '#' + [0, 1, 2].map((i) => {
      const v = Math.round(x[i] + (y[i] - x[i]) * f);
      return (v < 16 ? '0' : '') + v.toString(16);
    }).join('');
    if (mixes.size > 2000) mixes.clear();
    mixes.set(key, r);
  }
  return r;
}
export const lighten = (c, f) => mix(c, white, f);
export const darken = (c, f) => mix(c, black, f);
