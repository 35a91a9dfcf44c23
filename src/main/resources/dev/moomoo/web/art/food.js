// Food (items 0..2): an apple, a cookie and a wedge of cheese, drawn at scale s around the origin.
import { TAU, rng, ell, blob, pointedLeaf, rockPts, scalePts, roundPoly, circ, cachedPath, radial } from './shapes.js';
import { LW2 } from './pen.js';
import { alpha, food, leaf, light, outline } from './palette.js';

export function apple(pen, s) {
  const { ctx } = pen;
  const body = cachedPath('apple' + s, (p) => {
    p.moveTo(0, -s * 0.62);
    p.bezierCurveTo(s * 0.55, -s * 1.05, s * 1.15, -s * 0.35, s * 0.82, s * 0.4);
    p.bezierCurveTo(s * 0.6, s * 0.95, s * 0.2, s * 0.98, 0, s * 0.8);
    p.bezierCurveTo(-s * 0.2, s * 0.98, -s * 0.6, s * 0.95, -s * 0.82, s * 0.4);
    p.bezierCurveTo(-s * 1.15, -s * 0.35, -s * 0.55, -s * 1.05, 0, -s * 0.62);
    p.closePath();
  });
  pen.paint(body, radial(ctx, 'appleg' + s, -s * 0.35, -s * 0.3, 0, 0, 0, s, [0, food.appleLight, 0.5, food.apple, 1, food.appleDark]), LW2);
  ctx.beginPath(); ctx.moveTo(0, -s * 0.55); ctx.quadraticCurveTo(s * 0.05, -s * 0.9, s * 0.18, -s * 1.05);
  pen.stroke(null, outline, 7); pen.stroke(null, food.stem, 3.5);
  ctx.save(); ctx.translate(s * 0.12, -s * 0.82); ctx.rotate(-0.5);
  ctx.beginPath(); pointedLeaf(ctx, s * 0.55, s * 0.26);
  pen.paint(null, leaf.fresh, 3);
  ctx.restore();
  ctx.beginPath(); ell(ctx, -s * 0.42, -s * 0.2, s * 0.14, s * 0.24, 0.5);
  ctx.fillStyle = light(0.45); ctx.fill();
}

export function cookie(pen, s) {
  const { ctx } = pen;
  const body = cachedPath('cookie' + s, (p) => blob(p, 0, 0, s, 11, 0.05, rng(11), 0));
  pen.paint(body, radial(ctx, 'cookieg' + s, -s * 0.3, -s * 0.3, 0, 0, 0, s, [0, food.cookie, 1, food.cookieDark]), LW2);
  ctx.fillStyle = food.chip;
  const r = rng(7);
  ctx.beginPath();
  for (let i = 0; i < 7; i++) {
    const a = r() * TAU, d = s * (0.15 + r() * 0.55);
    roundPoly(ctx, scalePts(rockPts(r, 5, s * 0.13, 0.3, a), 1, Math.cos(a) * d, Math.sin(a) * d), 0.7);
  }
  ctx.fill();
}

export function cheese(pen, s) {
  const { ctx } = pen;
  const body = cachedPath('cheese' + s, (p) => {
    p.moveTo(-s * 0.9, s * 0.55);
    p.lineTo(-s * 0.7, -s * 0.4);
    p.quadraticCurveTo(s * 0.2, -s * 0.85, s * 0.95, -s * 0.45);
    p.lineTo(s * 0.8, s * 0.6);
    p.closePath();
  });
  pen.paint(body, radial(ctx, 'cheeseg' + s, -s * 0.3, -s * 0.3, 0, 0, 0, s, [0, food.cheese, 1, food.cheeseDark]), LW2);
  ctx.beginPath();
  ctx.moveTo(-s * 0.7, -s * 0.4); ctx.lineTo(-s * 0.58, s * 0.56);
  pen.stroke(null, alpha(food.rind, 0.5), 3);
  ctx.fillStyle = food.cheeseHole;
  ctx.beginPath();
  circ(ctx, -s * 0.1, -s * 0.05, s * 0.17);
  circ(ctx, s * 0.42, s * 0.25, s * 0.12);
  circ(ctx, s * 0.3, -s * 0.35, s * 0.09);
  circ(ctx, -s * 0.35, s * 0.35, s * 0.08);
  ctx.fill();
}

/** The food items by index. */
export const FOOD = { 0: apple, 1: cookie, 2: cheese };
