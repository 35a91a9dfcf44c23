// Two marks drawn by the name tags and on a cape: a skull and a crown, in a box of radius r.
import { circ, ell, rrect } from './shapes.js';
import { animal, bone, gold, light, signal } from './palette.js';

/** A skull facing -y (up). */
export function skull(pen, r, colour) {
  const { ctx } = pen;
  ctx.beginPath();
  ctx.moveTo(-r * 0.8, r * 0.05);
  ctx.bezierCurveTo(-r * 0.95, -r * 0.95, r * 0.95, -r * 0.95, r * 0.8, r * 0.05);
  ctx.quadraticCurveTo(r * 0.75, r * 0.35, r * 0.45, r * 0.45);
  ctx.lineTo(r * 0.45, r * 0.75);
  ctx.quadraticCurveTo(0, r * 0.9, -r * 0.45, r * 0.75);
  ctx.lineTo(-r * 0.45, r * 0.45);
  ctx.quadraticCurveTo(-r * 0.75, r * 0.35, -r * 0.8, r * 0.05);
  ctx.closePath();
  pen.paint(null, colour || bone.skull, Math.max(2, r * 0.12));
  ctx.fillStyle = animal.eye;
  ctx.beginPath();
  ell(ctx, -r * 0.33, -r * 0.08, r * 0.22, r * 0.25, 0);
  ell(ctx, r * 0.33, -r * 0.08, r * 0.22, r * 0.25, 0);
  ctx.moveTo(0, r * 0.2); ctx.lineTo(-r * 0.1, r * 0.38); ctx.lineTo(r * 0.1, r * 0.38); ctx.closePath();
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(-r * 0.15, r * 0.55); ctx.lineTo(-r * 0.15, r * 0.78);
  ctx.moveTo(r * 0.15, r * 0.55); ctx.lineTo(r * 0.15, r * 0.78);
  pen.stroke(null, animal.eye, Math.max(1.5, r * 0.07));
}

/** A crown with three gems. */
export function crown(pen, r) {
  const { ctx } = pen;
  ctx.beginPath();
  ctx.moveTo(-r * 0.9, r * 0.55);
  ctx.lineTo(-r, -r * 0.45);
  ctx.lineTo(-r * 0.45, -r * 0.05);
  ctx.lineTo(0, -r * 0.75);
  ctx.lineTo(r * 0.45, -r * 0.05);
  ctx.lineTo(r, -r * 0.45);
  ctx.lineTo(r * 0.9, r * 0.55);
  ctx.closePath();
  pen.paint(null, gold.crown, Math.max(2, r * 0.12));
  ctx.beginPath(); rrect(ctx, -r * 0.9, r * 0.3, r * 1.8, r * 0.28, r * 0.06);
  pen.paint(null, gold.amber, Math.max(1.5, r * 0.08));
  ctx.beginPath(); ctx.moveTo(-r * 0.75, r * 0.15); ctx.lineTo(-r * 0.82, -r * 0.2);
  pen.stroke(null, light(0.55), Math.max(1.5, r * 0.08));
  const gems = [[-r * 0.55, r * 0.44, signal.red], [0, r * 0.44, signal.blue], [r * 0.55, r * 0.44, signal.red]];
  for (const [x, y, colour] of gems) { ctx.beginPath(); circ(ctx, x, y, r * 0.09); ctx.fillStyle = colour; ctx.fill(); }
  ctx.fillStyle = gold.pearl;
  ctx.beginPath(); circ(ctx, -r, -r * 0.45, r * 0.11); circ(ctx, 0, -r * 0.75, r * 0.11); circ(ctx, r, -r * 0.45, r * 0.11); ctx.fill();
}
