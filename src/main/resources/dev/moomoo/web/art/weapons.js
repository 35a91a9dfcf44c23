// Weapons, each drawn in its own frame (the grip at the origin, pointing +x) in its variant's colours,
// and the shots in flight.
import { num, circ, ell, rrect, poly, pointedLeaf, cachedPath, linear } from './shapes.js';
import { Pen, LW, LW2, begin } from './pen.js';
import { alpha, gold, leaf, light, outline, shot, signal, steel, variant, warmLight, weapon, wood } from './palette.js';

// The variants by number (plain, gold, diamond, ruby, emerald) with the three things the plain variant shows in
// colours of their own and the others in their metal: the katana's trim, the bat's grip wrap and the
// stick's leaf.
export const VARIANTS = [
  { ...variant.plain, trim: gold.brass, wrap: weapon.batWrap, leaf: leaf.ripe },
  ...[variant.gold, variant.diamond, variant.ruby, variant.emerald].map((v) => ({ ...v, trim: v.metal, wrap: v.metalDark, leaf: v.metalLight })),
];

function handle(pen, x0, x1, w, pal) {
  const { ctx } = pen;
  ctx.beginPath(); rrect(ctx, x0, -w / 2, x1 - x0, w, w / 2);
  pen.paint(null, pal.wood, LW2);
  ctx.beginPath(); ctx.moveTo(x0 + w / 2, -w * 0.18); ctx.lineTo(x1 - w / 2, -w * 0.18);
  pen.stroke(null, light(0.22), w * 0.25);
}

function gripWrap(pen, x0, x1, w, colour) {
  const { ctx } = pen;
  ctx.beginPath();
  for (let x = x0; x <= x1; x += 6) { ctx.moveTo(x, -w / 2); ctx.lineTo(x + 4, w / 2); }
  pen.stroke(null, colour, 2.5);
}

// The two hammers: the handle (from, to, width), the head [x, y, w, h, corner] and its outline width,
// the light strip on it, the dark bands and their outline width, and rivets.
const HAMMERS = {
  tool: { handle: [-12, 62, 10], head: [48, -22, 24, 44, 6], headLw: LW2, shine: [52, -18, 7, 36, 3],
    bands: [[44, -8, 4, 16, 2]], bandLw: 3, rivets: [] },
  great: { handle: [-16, 72, 12], head: [54, -32, 36, 64, 8], headLw: LW, shine: [60, -27, 8, 54, 3],
    bands: [[54, -32, 36, 10, 4], [54, 22, 36, 10, 4]], bandLw: 3.5, rivets: [[80, -12], [80, 12], [80, 0]] },
};

function hammer(pen, pal, h) {
  const { ctx } = pen;
  handle(pen, ...h.handle, pal);
  ctx.beginPath(); rrect(ctx, ...h.head);
  pen.paint(null, pal.metal, h.headLw);
  ctx.beginPath(); rrect(ctx, ...h.shine);
  ctx.fillStyle = pal.metalLight; ctx.fill();
  ctx.beginPath();
  for (const band of h.bands) rrect(ctx, ...band);
  pen.paint(null, pal.metalDark, h.bandLw);
  if (h.rivets.length) {
    ctx.fillStyle = outline;
    ctx.beginPath();
    for (const [x, y] of h.rivets) circ(ctx, x, y, 2.5);
    ctx.fill();
  }
}

/** An axe blade through six points: from the haft up a corner, curving out to the tip and back. */
function axeBlade(pen, [a, b, c, d, e, f], colour) {
  const { ctx } = pen;
  ctx.beginPath();
  ctx.moveTo(...a); ctx.lineTo(...b);
  ctx.quadraticCurveTo(...c, ...d);
  ctx.quadraticCurveTo(...e, ...f);
  ctx.closePath();
  pen.paint(null, colour, LW2);
}

function handAxe(pen, pal) {
  const { ctx } = pen;
  handle(pen, -12, 66, 10, pal);
  axeBlade(pen, [[42, -4], [44, -18], [50, -36], [70, -38], [66, -18], [66, -4]], pal.metal);
  ctx.beginPath(); ctx.moveTo(53, -30); ctx.quadraticCurveTo(62, -34, 68, -34);
  pen.stroke(null, pal.metalLight, 4);
  ctx.beginPath(); rrect(ctx, 40, -6, 28, 12, 4);
  pen.paint(null, pal.metalDark, 3);
}

function greatAxe(pen, pal) {   // a double blade
  const { ctx } = pen;
  handle(pen, -16, 82, 11, pal);
  for (let s = -1; s <= 1; s += 2) {
    ctx.beginPath();
    ctx.moveTo(50, s * 5);
    ctx.quadraticCurveTo(46, s * 30, 40, s * 44);
    ctx.quadraticCurveTo(62, s * 34, 84, s * 44);
    ctx.quadraticCurveTo(78, s * 30, 76, s * 5);
    ctx.closePath();
    pen.paint(null, pal.metal, LW2);
    ctx.beginPath(); ctx.moveTo(44, s * 40); ctx.quadraticCurveTo(62, s * 31, 80, s * 40);
    pen.stroke(null, pal.metalLight, 4);
  }
  ctx.beginPath(); rrect(ctx, 46, -9, 34, 18, 5);
  pen.paint(null, pal.metalDark, LW2);
  pen.disc(63, 0, 4, pal.metalLight, 0);
}

// The straight blades: the blade's outline, its light edge (a line and its width), an optional dark
// fuller, the grip and the guard ([x, y, w, h, corner] and outline width), an optional pommel (x, radius).
const BLADES = {
  sword: { blade: [[10, -8], [88, -8], [104, 0], [88, 8], [10, 8]], edge: [[12, -3.5], [88, -3.5], [99, 0]], edgeW: 3.5,
    fuller: [[16, 2], [80, 2]], grip: [-12, -5, 24, 10, 4], gripLw: LW2, guard: [6, -17, 8, 34, 3], guardLw: LW2, pommel: [-13, 5.5] },
  dagger: { blade: [[8, -6], [34, -5], [48, 0], [34, 5], [8, 6]], edge: [[10, -2], [44, 0]], edgeW: 2.5,
    grip: [-8, -4, 14, 8, 3], gripLw: 3, guard: [4, -11, 6, 22, 3], guardLw: 3 },
};

function polyline(ctx, pts) {
  ctx.beginPath();
  ctx.moveTo(...pts[0]);
  for (let i = 1; i < pts.length; i++) ctx.lineTo(...pts[i]);
}

function straightBlade(pen, pal, b) {
  const { ctx } = pen;
  ctx.beginPath(); poly(ctx, b.blade);
  pen.paint(null, pal.metal, LW2);
  polyline(ctx, b.edge);
  pen.stroke(null, pal.metalLight, b.edgeW);
  if (b.fuller) {
    polyline(ctx, b.fuller);
    pen.stroke(null, pal.metalDark, 2.5);
  }
  ctx.beginPath(); rrect(ctx, ...b.grip);
  pen.paint(null, pal.grip, b.gripLw);
  ctx.beginPath(); rrect(ctx, ...b.guard);
  pen.paint(null, pal.metalDark, b.guardLw);
  if (b.pommel) pen.disc(b.pommel[0], 0, b.pommel[1], pal.metalDark, 3);
}

function katana(pen, pal) {   // long, thin and slightly curved
  const { ctx } = pen;
  ctx.beginPath();
  ctx.moveTo(14, -5);
  ctx.quadraticCurveTo(70, -8, 116, 2);
  ctx.quadraticCurveTo(110, 6, 100, 6);
  ctx.quadraticCurveTo(60, 3, 14, 5);
  ctx.closePath();
  pen.paint(null, pal.metalLight, LW2);
  ctx.beginPath(); ctx.moveTo(16, 1.5); ctx.quadraticCurveTo(60, 0, 104, 4);
  pen.stroke(null, pal.metalDark, 2);
  ctx.beginPath(); rrect(ctx, -18, -5, 30, 10, 4);
  pen.paint(null, weapon.katanaGrip, LW2);
  ctx.beginPath();
  for (let x = -14; x < 10; x += 6) { ctx.moveTo(x, -4); ctx.lineTo(x + 3, 0); ctx.lineTo(x, 4); }
  pen.stroke(null, pal.trim, 2);
  ctx.beginPath(); ell(ctx, 12, 0, 4.5, 12, 0);
  pen.paint(null, pal.trim, 3.5);
}

function polearm(pen, pal) {
  const { ctx } = pen;
  handle(pen, -22, 120, 10, pal);
  // spear point
  ctx.beginPath();
  ctx.moveTo(110, -7); ctx.quadraticCurveTo(130, -9, 148, 0); ctx.quadraticCurveTo(130, 9, 110, 7); ctx.closePath();
  pen.paint(null, pal.metal, LW2);
  axeBlade(pen, [[96, -4], [98, -16], [108, -32], [126, -30], [118, -16], [118, -4]], pal.metal);
  ctx.beginPath(); ctx.moveTo(106, -25); ctx.quadraticCurveTo(114, -28, 122, -28);
  ctx.moveTo(118, -3); ctx.quadraticCurveTo(132, -4, 142, 0);
  pen.stroke(null, pal.metalLight, 3);
  ctx.beginPath(); rrect(ctx, 92, -7, 10, 14, 3);
  rrect(ctx, 106, -7, 8, 14, 3);
  pen.paint(null, pal.metalDark, 3);
}

function bat(pen, pal) {
  const { ctx } = pen;
  ctx.beginPath();
  ctx.moveTo(-12, -5);
  ctx.quadraticCurveTo(40, -7, 80, -11);
  ctx.quadraticCurveTo(100, -12, 100, 0);
  ctx.quadraticCurveTo(100, 12, 80, 11);
  ctx.quadraticCurveTo(40, 7, -12, 5);
  ctx.closePath();
  pen.paint(null, pal.woodLight, LW2);
  ctx.beginPath(); ctx.moveTo(20, -3); ctx.quadraticCurveTo(60, -5, 90, -6);
  pen.stroke(null, light(0.3), 3.5);
  ctx.beginPath(); rrect(ctx, -12, -6, 26, 12, 5);
  pen.paint(null, pal.wrap, 3);
  gripWrap(pen, -8, 10, 10, light(0.25));
  pen.disc(-14, 0, 6, pal.wood, 3);
}

function stick(pen, pal) {
  const { ctx } = pen;
  ctx.beginPath();
  ctx.moveTo(-12, 0); ctx.quadraticCurveTo(20, 4, 36, -2); ctx.quadraticCurveTo(52, -6, 70, 0);
  pen.stroke(null, outline, 14); pen.stroke(null, pal.wood, 8);
  ctx.beginPath(); ctx.moveTo(40, -3); ctx.quadraticCurveTo(48, -14, 58, -18);
  pen.stroke(null, outline, 10); pen.stroke(null, pal.wood, 5);
  ctx.save(); ctx.translate(57, -18); ctx.rotate(-0.5);
  ctx.beginPath(); pointedLeaf(ctx, 18, 8);
  pen.paint(null, pal.leaf, 3);
  ctx.restore();
  ctx.beginPath(); circ(ctx, 20, 2, 2.2); circ(ctx, 54, -2, 2);
  ctx.fillStyle = alpha(weapon.knot, 0.55); ctx.fill();
}

function huntingBow(pen, pal, pull) {   // origin = its grip; limbs along y
  const { ctx } = pen;
  const sx = -16 - pull * 10;
  ctx.beginPath(); ctx.moveTo(-14, -44); ctx.lineTo(sx, 0); ctx.lineTo(-14, 44);
  pen.stroke(null, weapon.string, 2.5);
  // arrow
  ctx.beginPath(); ctx.moveTo(sx, 0); ctx.lineTo(24, 0);
  pen.stroke(null, outline, 7); pen.stroke(null, weapon.shaft, 3);
  ctx.beginPath(); ctx.moveTo(32, 0); ctx.lineTo(22, -6); ctx.lineTo(22, 6); ctx.closePath();
  pen.paint(null, steel.blade, 3);
  ctx.beginPath(); ctx.moveTo(sx + 2, 0); ctx.lineTo(sx + 8, -5); ctx.lineTo(sx + 14, -5); ctx.lineTo(sx + 8, 0);
  ctx.lineTo(sx + 14, 5); ctx.lineTo(sx + 8, 5); ctx.closePath();
  pen.paint(null, weapon.fletching, 2.5);
  // the bow
  ctx.beginPath();
  ctx.moveTo(-14, -44); ctx.quadraticCurveTo(10, -30, 6, 0); ctx.quadraticCurveTo(10, 30, -14, 44);
  pen.stroke(null, outline, 12); pen.stroke(null, pal.wood, 6);
  ctx.beginPath(); ctx.moveTo(-11, -40); ctx.quadraticCurveTo(7, -28, 5, -8);
  pen.stroke(null, pal.woodLight, 2.5);
  ctx.beginPath(); rrect(ctx, 1, -8, 10, 16, 4);
  pen.paint(null, pal.grip, 3);
}

function shield(pen, pal) {   // origin = its centre
  const { ctx } = pen;
  const r = 34;
  const sh = cachedPath('shield', (p) => ell(p, 0, 0, r * 0.55, r, 0));
  pen.paint(sh, pal.wood, LW);
  ctx.save(); ctx.clip(sh);
  ctx.beginPath();
  ctx.moveTo(-r, -r * 0.34); ctx.lineTo(r, -r * 0.34);
  ctx.moveTo(-r, r * 0.34); ctx.lineTo(r, r * 0.34);
  pen.stroke(null, alpha(wood.grain, 0.45), 3);
  ctx.fillStyle = light(0.15);
  ctx.fillRect(-r * 0.1, -r, r * 0.2, r * 2);
  ctx.restore();
  ctx.beginPath(); ell(ctx, 0, 0, r * 0.55, r, 0);
  pen.stroke(null, pal.metal, 5);
  pen.stroke(sh, outline, 2);
  pen.disc(2, 0, 9, pal.metal, LW2);
  pen.disc(0, -2, 3.5, pal.metalLight, 0);
}

function crossbow(pen, pal, repeater) {
  const { ctx } = pen;
  // stock
  ctx.beginPath();
  ctx.moveTo(-26, -7); ctx.lineTo(52, -6); ctx.lineTo(52, 6); ctx.lineTo(-26, 7); ctx.quadraticCurveTo(-32, 0, -26, -7);
  pen.paint(null, pal.wood, LW2);
  ctx.beginPath(); ctx.moveTo(-22, -2.5); ctx.lineTo(48, -2.5);
  pen.stroke(null, light(0.22), 2.5);
  // string and bolt
  ctx.beginPath(); ctx.moveTo(36, -42); ctx.lineTo(12, 0); ctx.lineTo(36, 42);
  pen.stroke(null, weapon.string, 2.5);
  ctx.beginPath(); ctx.moveTo(12, 0); ctx.lineTo(62, 0);
  pen.stroke(null, outline, 7); pen.stroke(null, weapon.boltShaft, 3);
  ctx.beginPath(); ctx.moveTo(70, 0); ctx.lineTo(60, -6); ctx.lineTo(60, 6); ctx.closePath();
  pen.paint(null, pal.metal, 3);
  // limbs
  ctx.beginPath(); ctx.moveTo(36, -42); ctx.quadraticCurveTo(54, -22, 50, 0); ctx.quadraticCurveTo(54, 22, 36, 42);
  pen.stroke(null, outline, 11); pen.stroke(null, pal.metalDark, 5);
  ctx.beginPath(); rrect(ctx, 44, -9, 12, 18, 3);
  pen.paint(null, pal.metal, 3);
  if (repeater) {
    ctx.beginPath(); rrect(ctx, 4, -13, 26, 26, 4);
    pen.paint(null, pal.metal, LW2);
    ctx.beginPath(); ctx.moveTo(8, -6); ctx.lineTo(26, -6); ctx.moveTo(8, 0); ctx.lineTo(26, 0); ctx.moveTo(8, 6); ctx.lineTo(26, 6);
    pen.stroke(null, pal.metalDark, 2.5);
    ctx.beginPath(); ctx.moveTo(18, 13); ctx.lineTo(12, 26);
    pen.stroke(null, outline, 8); pen.stroke(null, pal.metalLight, 4);
    pen.disc(12, 26, 4, pal.metalDark, 3);
  }
}

function grabby(pen, pal) {   // a pole with a grabbing claw
  const { ctx } = pen;
  handle(pen, -12, 92, 9, pal);
  ctx.beginPath(); rrect(ctx, 84, -10, 14, 20, 4);
  pen.paint(null, pal.metalDark, LW2);
  for (let s = -1; s <= 1; s += 1) {   // three prongs
    ctx.beginPath();
    ctx.moveTo(96, s * 6);
    ctx.quadraticCurveTo(112, s * 22, 124, s * 12);
    pen.stroke(null, outline, 10); pen.stroke(null, pal.metal, 5);
  }
  ctx.beginPath(); circ(ctx, 118, 0, 7);
  pen.paint(null, gold.trim, 3);
  ctx.beginPath(); ctx.moveTo(116, -3); ctx.lineTo(116, 3);
  pen.stroke(null, gold.dim, 2);
}

function musket(pen, pal) {
  const { ctx } = pen;
  ctx.beginPath(); rrect(ctx, 20, -4.5, 108, 9, 3);
  pen.paint(null, pal.metalDark, LW2);
  ctx.beginPath(); ctx.moveTo(24, -1.5); ctx.lineTo(124, -1.5);
  pen.stroke(null, pal.metalLight, 2.5);
  ctx.beginPath(); rrect(ctx, 122, -6.5, 9, 13, 2);
  pen.paint(null, pal.metal, 3);
  ctx.beginPath();
  ctx.moveTo(-30, -10); ctx.lineTo(-8, -7); ctx.lineTo(80, -6); ctx.lineTo(80, 6); ctx.lineTo(-8, 7); ctx.lineTo(-30, 11);
  ctx.quadraticCurveTo(-34, 0, -30, -10);
  pen.paint(null, pal.wood, LW2);
  ctx.beginPath(); ctx.moveTo(-26, -4); ctx.lineTo(76, -3);
  pen.stroke(null, light(0.2), 2.5);
  ctx.beginPath(); rrect(ctx, 6, -9, 14, 6, 2); rrect(ctx, 50, -7, 6, 14, 2); rrect(ctx, 72, -7, 6, 14, 2);
  pen.paint(null, pal.metal, 2.5);
}

/**
 * The weapons by id: draw(pen, variant colours, pull), its length from the grip, and how it is held
 * (grip: 'melee' in one hand, or in two with the second hand twoHand along it; 'pair' in both hands;
 * 'bow', 'crossbow', 'gun' and 'shield').
 */
export const WEAPONS = {
  0: { draw: (pen, pal) => hammer(pen, pal, HAMMERS.tool), len: 72, grip: 'melee' },
  1: { draw: handAxe, len: 70, grip: 'melee' },
  2: { draw: greatAxe, len: 84, grip: 'melee', twoHand: 34 },
  3: { draw: (pen, pal) => straightBlade(pen, pal, BLADES.sword), len: 104, grip: 'melee' },
  4: { draw: katana, len: 116, grip: 'melee' },
  5: { draw: polearm, len: 148, grip: 'melee', twoHand: 48 },
  6: { draw: bat, len: 100, grip: 'melee' },
  7: { draw: (pen, pal) => straightBlade(pen, pal, BLADES.dagger), len: 48, grip: 'pair' },
  8: { draw: stick, len: 70, grip: 'melee' },
  9: { draw: huntingBow, len: 40, grip: 'bow' },
  10: { draw: (pen, pal) => hammer(pen, pal, HAMMERS.great), len: 90, grip: 'melee', twoHand: 30 },
  11: { draw: shield, len: 40, grip: 'shield' },
  12: { draw: (pen, pal) => crossbow(pen, pal, false), len: 70, grip: 'crossbow' },
  13: { draw: (pen, pal) => crossbow(pen, pal, true), len: 70, grip: 'crossbow' },
  14: { draw: grabby, len: 124, grip: 'melee' },
  15: { draw: musket, len: 131, grip: 'gun' },
};

// ---- shots in flight ----

function arrow(pen, a) {
  const { ctx } = pen;
  const h = a.len / 2, thick = a.thick;
  ctx.beginPath(); ctx.moveTo(-h, 0); ctx.lineTo(h - 10, 0);
  pen.stroke(null, outline, thick + 5); pen.stroke(null, a.shaft, thick);
  ctx.beginPath(); ctx.moveTo(h + 6, 0); ctx.lineTo(h - 12, -thick - 5); ctx.lineTo(h - 8, 0); ctx.lineTo(h - 12, thick + 5); ctx.closePath();
  pen.paint(null, a.head, 3.5);
  ctx.beginPath();
  ctx.moveTo(-h + 18, 0); ctx.lineTo(-h + 6, -9); ctx.lineTo(-h - 4, -9); ctx.lineTo(-h + 6, 0);
  ctx.lineTo(-h - 4, 9); ctx.lineTo(-h + 6, 9); ctx.closePath();
  pen.paint(null, a.fletch, 3);
}

function turretShot(pen) {
  const { ctx } = pen;
  pen.disc(0, 0, 10, steel.ring, LW2);
  ctx.beginPath(); circ(ctx, -3, -3, 3.5); ctx.fillStyle = light(0.6); ctx.fill();
}

function bullet(pen) {
  const { ctx } = pen;
  ctx.fillStyle = linear(ctx, 'bullettrail', -110, 0, 0, 0, [0, light(0), 1, alpha(warmLight, 0.6)]);
  ctx.beginPath(); ctx.moveTo(0, -5); ctx.lineTo(-110, -1.5); ctx.lineTo(-110, 1.5); ctx.lineTo(0, 5); ctx.fill();
  ctx.beginPath(); ell(ctx, 0, 0, 9, 6, 0);
  pen.paint(null, steel.deep, 3.5);
  ctx.beginPath(); circ(ctx, 2, -2, 2); ctx.fillStyle = light(0.7); ctx.fill();
}

// The arrows: length, shaft, head and fletching colours, shaft thickness.
const ARROWS = {
  0: { len: 80, shaft: weapon.shaft, head: steel.blade, fletch: shot.feather, thick: 4 },   // arrow
  2: { len: 84, shaft: weapon.boltShaft, head: steel.helmet, fletch: shot.redFeather, thick: 5 },   // crossbow arrow
  3: { len: 70, shaft: shot.darkShaft, head: steel.light, fletch: signal.blue, thick: 4.5 }, // repeater arrow
};

/** Shot index (the projectiles table's) at (x, y) flying along dir. */
export function projectile(ctx, index, x, y, dir) {
  const i = num(index, -1) | 0;
  const pen = new Pen(ctx);
  begin(ctx);
  ctx.translate(num(x, 0), num(y, 0));
  ctx.rotate(num(dir, 0));
  if (ARROWS[i]) arrow(pen, ARROWS[i]);
  else if (i === 1) turretShot(pen);
  else if (i === 5) bullet(pen);
  else pen.disc(0, 0, 7, steel.mid, 3.5);
  ctx.restore();
}


