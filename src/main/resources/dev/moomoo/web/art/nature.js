// Trees, bushes (cacti in the desert), rocks and gold: shaded shapes whose variant (of 24) comes from
// the object's id, so the same object always looks the same.
import { TAU, rng, num, clamp, circ, ell, blob, rockPts, scalePts, roundPoly, cachedPath, radial, sparkle } from './shapes.js';
import { Pen, LW, begin, shadow } from './pen.js';
import { alpha, berry, cactus, gold, leaf, stone } from './palette.js';

const VARIANTS = 24;   // shape variants per object kind and size (seed % VARIANTS)

const variantOf = (seed) => ((num(seed, 0) | 0) % VARIANTS + VARIANTS) % VARIANTS;

export function tree(ctx, x, y, scale, seed) {
  const r = Math.round(clamp(num(scale, 150), 10, 600)), v = variantOf(seed);
  const key = 'tree' + r + ':' + v;
  const lobes = 7 + (v % 3);
  const rot = v * 0.37;
  const outer = cachedPath(key + 'o', (p) => blob(p, 0, 0, r, lobes, 0.16, rng(v * 7 + 1), rot));
  const mid = cachedPath(key + 'm', (p) => blob(p, -r * 0.05, -r * 0.06, r * 0.7, lobes - 1, 0.2, rng(v * 7 + 2), rot + 0.5));
  const top = cachedPath(key + 't', (p) => blob(p, -r * 0.12, -r * 0.14, r * 0.38, 5, 0.22, rng(v * 7 + 3), rot + 1));
  const pen = new Pen(ctx);
  begin(ctx);
  ctx.translate(num(x, 0), num(y, 0));
  shadow(ctx, outer, r * 0.06, r * 0.09, 0.16);
  // the outer fringe is a little see-through (players walk below the canopy)
  ctx.globalAlpha *= 0.93;
  pen.paint(outer, leaf.base, LW);
  // leafy curls on the outer ring
  const curls = cachedPath(key + 'c', (p) => {
    const cr = rng(v * 19 + 4);
    for (let i = 0; i < lobes * 2; i++) {
      const a = rot + (i + 0.5) / (lobes * 2) * TAU + (cr() - 0.5) * 0.2, d = r * (0.78 + cr() * 0.1);
      p.moveTo(Math.cos(a - 0.12) * d, Math.sin(a - 0.12) * d);
      p.quadraticCurveTo(Math.cos(a) * (d + r * 0.06), Math.sin(a) * (d + r * 0.06), Math.cos(a + 0.12) * d, Math.sin(a + 0.12) * d);
    }
  });
  pen.stroke(curls, alpha(leaf.shadow, 0.35), 4);
  ctx.globalAlpha /= 0.93;
  // inner layers, each with a soft shadow under it
  shadow(ctx, mid, r * 0.03, r * 0.05, 0.13);
  pen.fill(mid, leaf.mid);
  shadow(ctx, top, r * 0.025, r * 0.04, 0.1);
  pen.fill(top, radial(ctx, 'treeT' + r, -r * 0.25, -r * 0.28, 0, -r * 0.12, -r * 0.14, r * 0.4, [0, leaf.top, 1, leaf.topShade]));
  // leaf highlights
  const lr = rng(v * 13 + 5);
  ctx.fillStyle = alpha(leaf.glint, 0.35);
  ctx.beginPath();
  for (let i = 0; i < 5; i++) {
    const a = lr() * TAU, d = r * (0.25 + lr() * 0.5);
    ell(ctx, Math.cos(a) * d, Math.sin(a) * d, r * 0.07, r * 0.035, a + 1.2);
  }
  ctx.fill();
  ctx.restore();
}

/** A berry bush, or a cactus in the desert. */
export function bush(ctx, x, y, scale, seed, desert) {
  if (desert) { drawCactus(ctx, x, y, scale, seed); return; }
  const r = Math.round(clamp(num(scale, 85), 8, 400)), v = variantOf(seed);
  const key = 'bush' + r + ':' + v;
  const body = cachedPath(key + 'b', (p) => blob(p, 0, 0, r * 0.86, 9 + (v % 3), 0.14, rng(v * 5 + 1), v));
  const inner = cachedPath(key + 'i', (p) => blob(p, -r * 0.06, -r * 0.08, r * 0.56, 7, 0.18, rng(v * 5 + 2), v + 0.4));
  const pen = new Pen(ctx);
  begin(ctx);
  ctx.translate(num(x, 0), num(y, 0));
  shadow(ctx, body, r * 0.06, r * 0.09, 0.16);
  pen.paint(body, leaf.bush, LW);
  shadow(ctx, inner, r * 0.02, r * 0.04, 0.12);
  pen.fill(inner, radial(ctx, 'bushI' + r, -r * 0.25, -r * 0.3, 0, -r * 0.06, -r * 0.08, r * 0.58, [0, leaf.young, 1, leaf.ripe]));
  // berries (one path for all of them)
  const br = rng(v * 11 + 3), n = 5 + (v % 3), rr = r * 0.095, pts = [];
  for (let i = 0; i < n; i++) {
    const a = (i + br() * 0.6) / n * TAU, d = r * (0.32 + br() * 0.3);
    pts.push([Math.cos(a) * d, Math.sin(a) * d]);
  }
  const berries = cachedPath(key + 'r', (p) => { for (const [bx, by] of pts) circ(p, bx, by, rr); });
  const shine = cachedPath(key + 's', (p) => { for (const [bx, by] of pts) circ(p, bx - rr * 0.35, by - rr * 0.35, rr * 0.32); });
  pen.paint(berries, berry.red, 3.5);
  pen.fill(shine, alpha(berry.shine, 0.8));
  ctx.restore();
}

function drawCactus(ctx, x, y, scale, seed) {
  const r = Math.round(clamp(num(scale, 85), 8, 400)), v = variantOf(seed);
  const key = 'cac' + r + ':' + v;
  const vr = rng(v * 17 + 9);
  const arms = [];
  const na = 1 + (v % 2);
  for (let k = 0; k < na; k++) arms.push([vr() * TAU / na + k * TAU / na, r * (0.3 + vr() * 0.06)]);
  const body = cachedPath(key + 'b', (p) => blob(p, 0, 0, r * 0.62, 10, 0.06, null, v));
  const armPaths = arms.map(([a, ar], i) =>
    cachedPath(key + 'a' + i, (p) => blob(p, Math.cos(a) * r * 0.62, Math.sin(a) * r * 0.62, ar, 8, 0.07, null, a)));
  const pen = new Pen(ctx);
  begin(ctx);
  ctx.translate(num(x, 0), num(y, 0));
  ctx.fillStyle = alpha(cactus.shadow, 0.18);
  ctx.save(); ctx.translate(r * 0.06, r * 0.1); ctx.fill(body);
  for (const ap of armPaths) ctx.fill(ap);
  ctx.restore();
  armPaths.forEach((ap, i) => {
    const [a, ar] = arms[i], ax = Math.cos(a) * r * 0.62, ay = Math.sin(a) * r * 0.62;
    pen.paint(ap, cactus.arm, LW);
    ctx.beginPath();
    for (let j = 0; j < 8; j++) {
      const aa = a + j / 8 * TAU;
      ctx.moveTo(ax + Math.cos(aa) * ar * 0.25, ay + Math.sin(aa) * ar * 0.25);
      ctx.lineTo(ax + Math.cos(aa) * ar * 0.82, ay + Math.sin(aa) * ar * 0.82);
    }
    pen.stroke(null, alpha(leaf.shadow, 0.35), 3);
  });
  pen.paint(body, radial(ctx, 'cacB' + r, -r * 0.15, -r * 0.2, r * 0.05, 0, 0, r * 0.64,
    [0, cactus.light, 0.7, cactus.mid, 1, cactus.dark]), LW);
  // ribs
  ctx.beginPath();
  for (let j = 0; j < 10; j++) {
    const a = v + (j + 0.5) / 10 * TAU;
    ctx.moveTo(Math.cos(a) * r * 0.14, Math.sin(a) * r * 0.14);
    ctx.lineTo(Math.cos(a) * r * 0.52, Math.sin(a) * r * 0.52);
  }
  pen.stroke(null, alpha(leaf.shadow, 0.35), 3.5);
  // spines on the lobe tips
  ctx.beginPath();
  for (let j = 0; j < 10; j++) {
    const b = v + j / 10 * TAU, sx = Math.cos(b) * r * 0.6, sy = Math.sin(b) * r * 0.6;
    ctx.moveTo(sx, sy); ctx.lineTo(sx + Math.cos(b - 0.5) * r * 0.12, sy + Math.sin(b - 0.5) * r * 0.12);
    ctx.moveTo(sx, sy); ctx.lineTo(sx + Math.cos(b + 0.5) * r * 0.12, sy + Math.sin(b + 0.5) * r * 0.12);
  }
  pen.stroke(null, cactus.spine, 2.5);
  // a flower on top
  const fr = r * 0.1;
  ctx.beginPath();
  for (let j = 0; j < 5; j++) {
    const fa = j / 5 * TAU + v;
    circ(ctx, Math.cos(fa) * fr * 0.9, Math.sin(fa) * fr * 0.9, fr * 0.7);
  }
  pen.paint(null, cactus.flower, 3);
  pen.disc(0, 0, fr * 0.5, cactus.heart, 0);
  ctx.restore();
}

// Rock and gold share a shape: a rounded slab with a lit top face; they differ in colours and in what
// lies on top (cracks and specks, or nuggets and sparkles).
const ORES = {
  rock: { seed: 3, body: stone.rock, face: [stone.face, stone.pale], faceShadow: 0.12 },
  gold: { seed: 7, body: gold.ore, face: [gold.bright, gold.trim], faceShadow: 0.16 },
};

function ore(ctx, x, y, scale, seed, kind) {
  const o = ORES[kind];
  const r = Math.round(clamp(num(scale, 85), 8, 400)), v = variantOf(seed);
  const key = kind + r + ':' + v;
  const rand = rng(v * 31 + o.seed);
  const n = 7 + (v % 3);
  const pts = rockPts(rand, n, r * 0.92, 0.22, v * 0.7);
  const top = scalePts(pts, 0.6, -r * 0.1, -r * 0.13);
  const body = cachedPath(key + 'b', (p) => roundPoly(p, pts, 0.5));
  const face = cachedPath(key + 'f', (p) => roundPoly(p, top, 0.6));
  const pen = new Pen(ctx);
  begin(ctx);
  ctx.translate(num(x, 0), num(y, 0));
  shadow(ctx, body, r * 0.06, r * 0.09, 0.17);
  pen.paint(body, o.body, LW);
  shadow(ctx, face, r * 0.05, r * 0.06, o.faceShadow);
  pen.fill(face, radial(ctx, kind + 'F' + r, -r * 0.3, -r * 0.35, 0, -r * 0.1, -r * 0.13, r * 0.6, [0, o.face[0], 1, o.face[1]]));
  const cr = rng(v * 3 + 11);
  if (kind === 'gold') nuggets(pen, r, v, cr); else cracks(pen, r, cr);
  ctx.restore();
}

function nuggets(pen, r, v, cr) {
  const { ctx } = pen;
  ctx.beginPath();
  for (let i = 0; i < 3; i++) {
    const a = (i / 3 + cr() * 0.2) * TAU + v, d = r * (0.5 + cr() * 0.2);
    const pts = rockPts(cr, 5, r * (0.1 + cr() * 0.05), 0.3, a);
    roundPoly(ctx, scalePts(pts, 1, Math.cos(a) * d, Math.sin(a) * d), 0.6);
  }
  pen.paint(null, gold.nugget, 3.5, gold.nuggetEdge);
  sparkle(ctx, -r * 0.22, -r * 0.3, r * 0.16, alpha(gold.glint, 0.95));
  sparkle(ctx, r * 0.3, r * 0.12, r * 0.1, alpha(gold.glint, 0.8));
}

function cracks(pen, r, cr) {
  const { ctx } = pen;
  ctx.beginPath();
  for (let c = 0; c < 2; c++) {
    const ca = cr() * TAU, cd = r * (0.45 + cr() * 0.25);
    const sx = Math.cos(ca) * cd, sy = Math.sin(ca) * cd;
    ctx.moveTo(sx, sy);
    const mx = sx * 0.75 + (cr() - 0.5) * r * 0.15, my = sy * 0.75 + (cr() - 0.5) * r * 0.15;
    ctx.lineTo(mx, my);
    ctx.lineTo(sx * 0.55 + (cr() - 0.5) * r * 0.2, sy * 0.55 + (cr() - 0.5) * r * 0.2);
  }
  pen.stroke(null, alpha(stone.crack, 0.5), 3.5);
  ctx.beginPath();
  for (let c = 0; c < 6; c++) {
    const pa = cr() * TAU, pd = r * cr() * 0.7;
    circ(ctx, Math.cos(pa) * pd, Math.sin(pa) * pd, r * (0.018 + cr() * 0.02));
  }
  ctx.fillStyle = alpha(stone.speck, 0.35);
  ctx.fill();
}

export const rock = (ctx, x, y, scale, seed) => ore(ctx, x, y, scale, seed, 'rock');
export const goldOre = (ctx, x, y, scale, seed) => ore(ctx, x, y, scale, seed, 'gold');
