// Hats, drawn over the head (radius 35) in the player's frame, +x = facing.
import { PI, TAU, num, rng, circ, ell, rrect, roundPoly, poly, star, blob, pointedLeaf, cachedPath, radial, linear,
  darken } from './shapes.js';
import { LW, LW2, crownLight, lightCircle } from './pen.js';
import { horn, horns, eyes } from './animals.js';
import { millBlades, turretGun } from './buildings.js';
import { alpha, animal, berry, bone, cow, cream, food, gold, hat, leaf, light, outline, pig, seam, shade, signal,
  steel, stone, unknown, white, wood } from './palette.js';

/** A shaded dome: colour, outline, then the soft crown light. */
function dome(pen, x, y, r, colour, lw = LW) {
  const { ctx } = pen;
  ctx.beginPath(); circ(ctx, x, y, r);
  pen.paint(null, colour, lw);
  if (x || y) ctx.translate(x, y);
  lightCircle(ctx, r);
  if (x || y) ctx.translate(-x, -y);
}

/** A cap's brim reaching forwards to x = reach. */
function brim(pen, colour, reach, half) {
  const { ctx } = pen;
  ctx.beginPath();
  ctx.moveTo(14, -half);
  ctx.quadraticCurveTo(reach, -half * 0.95, reach, 0);
  ctx.quadraticCurveTo(reach, half * 0.95, 14, half);
  ctx.closePath();
  pen.paint(null, colour, LW);
}

/** A six-panel cap with its brim and button. */
function cap(pen, colour, brimColour) {
  const { ctx } = pen;
  brim(pen, brimColour || darken(colour, 0.15), 52, 26);
  dome(pen, -3, 0, 31, colour);
  ctx.beginPath();
  for (let i = 0; i < 6; i++) { const a = i / 6 * TAU; ctx.moveTo(-3, 0); ctx.lineTo(-3 + Math.cos(a) * 29, Math.sin(a) * 29); }
  pen.stroke(null, shade(0.12), 2.5);
  pen.disc(-3, 0, 4.5, darken(colour, 0.1), 3);
}

/** A wide brimmed hat: brim radius rb, crown radius rc (none when 0), an optional band. */
function brimHat(pen, rb, rc, colour, crownColour, band) {
  const { ctx } = pen;
  ctx.beginPath(); circ(ctx, 0, 0, rb);
  pen.paint(null, colour, LW);
  ctx.beginPath(); circ(ctx, 0, 0, rb - 5);
  pen.stroke(null, shade(0.1), 3);
  ctx.beginPath(); circ(ctx, 2, 3, rc + 2);
  ctx.fillStyle = shade(0.16); ctx.fill();
  if (band) { ctx.beginPath(); circ(ctx, 0, 0, rc + 3); pen.paint(null, band, 0); }
  if (rc > 1) dome(pen, 0, 0, rc, crownColour || colour);
}

/** Round ears at (x, -y) and (x, y), with an optional inner colour. */
function animalEars(pen, x, y, r, colour, inner) {
  const { ctx } = pen;
  for (let s = -1; s <= 1; s += 2) {
    ctx.beginPath(); circ(ctx, x, s * y, r);
    pen.paint(null, colour, LW);
    if (inner) { ctx.beginPath(); circ(ctx, x + r * 0.1, s * y, r * 0.55); ctx.fillStyle = inner; ctx.fill(); }
  }
}

function snoutNose(pen, x, rx, ry, colour, nostrils) {
  const { ctx } = pen;
  ctx.beginPath(); ell(ctx, x, 0, rx, ry, 0);
  pen.paint(null, colour, LW2);
  ctx.beginPath(); ell(ctx, x + rx * 0.25, -ry * 0.4, rx * 0.22, ry * 0.16, 0); ell(ctx, x + rx * 0.25, ry * 0.4, rx * 0.22, ry * 0.16, 0);
  ctx.fillStyle = nostrils; ctx.fill();
}

const hatEyes = (pen, x, y, r) => eyes(pen.ctx, x, y, r || 4.2);

/** Cow spots inside a circle of radius clipR. */
function spots(pen, clipR, colour) {
  const { ctx } = pen;
  ctx.save();
  ctx.beginPath(); circ(ctx, 0, 0, clipR); ctx.clip();
  ctx.fillStyle = colour;
  ctx.beginPath();
  blob(ctx, -12, -16, 11, 6, 0.2, rng(1), 0);
  blob(ctx, -18, 14, 9, 5, 0.2, rng(2), 0);
  blob(ctx, 10, 18, 7, 5, 0.2, rng(3), 0);
  blob(ctx, 6, -24, 6, 5, 0.2, rng(4), 0);
  ctx.fill();
  ctx.restore();
}

/** A question mark of size s at (x, y). */
export function questionMark(pen, x, y, s, colour) {
  const { ctx } = pen;
  ctx.beginPath();
  ctx.arc(x - s * 0.2, y, s * 0.5, PI * 0.9, PI * 2.3);
  ctx.quadraticCurveTo(x + s * 0.2, y + s * 0.35, x + s * 0.45, y + s * 0.3);
  pen.stroke(null, outline, s * 0.42); pen.stroke(null, colour, s * 0.24);
  pen.disc(x + s * 0.9, y + s * 0.25, s * 0.16, colour, 3);
}

function bolt(p, x, y, s) {
  poly(p, [[x + s, y - s * 0.15], [x + s * 0.1, y - s * 0.55], [x + s * 0.05, y - s * 0.15], [x - s, y + s * 0.1],
    [x - s * 0.05, y + s * 0.55], [x, y + s * 0.15]]);
}

/** A pair of round lenses at (x, -y) and (x, y): a frame of radius r and glass of radius glassR. */
function goggles(pen, x, y, r, glassR, frame, glass) {
  for (let s = -1; s <= 1; s += 2) {
    pen.disc(x, s * y, r, frame, LW2);
    pen.disc(x + 1, s * y, glassR, glass, 0);
  }
}

// The animal heads that differ only in colours and sizes: the ears (x, y, radius) with their inner
// colour, the head, the muzzle (half-width, half-height) and the nose.
const MUZZLED_HEADS = {
  37: { ears: [-8, 28, 11], ear: hat.bearEar, earIn: hat.bearEarIn, head: hat.bear,   // Bear Head
    muzzle: [12, 16], muzzleColour: hat.bearMuzzle, nose: hat.bearNose },
  44: { ears: [-10, 27, 9], ear: hat.polarEar, earIn: hat.polarEarIn, head: hat.polar,   // Polar Head
    muzzle: [11, 14], muzzleColour: white, nose: animal.nose },
};

function muzzledHead(pen, h) {
  const { ctx } = pen;
  animalEars(pen, ...h.ears, h.ear, h.earIn);
  dome(pen, 0, 0, 36, h.head);
  ctx.beginPath(); ell(ctx, 24, 0, ...h.muzzle, 0); pen.paint(null, h.muzzleColour, LW2);
  ctx.beginPath(); ell(ctx, 31, 0, 5, 8, 0); pen.paint(null, h.nose, 0);
  hatEyes(pen, 14, 14);
}

function shame(pen) {   // a dunce cap
  const { ctx } = pen;
  ctx.beginPath(); circ(ctx, 0, 0, 31);
  pen.paint(null, cream, LW);
  ctx.save();
  ctx.beginPath(); circ(ctx, 0, 0, 30); ctx.clip();
  ctx.beginPath();
  for (let i = 0; i < 3; i++) {
    const a = i / 3 * TAU;
    ctx.moveTo(0, 0);
    ctx.quadraticCurveTo(Math.cos(a + 0.8) * 20, Math.sin(a + 0.8) * 20, Math.cos(a + 1.6) * 34, Math.sin(a + 1.6) * 34);
  }
  pen.stroke(null, hat.dunceStripe, 7);
  ctx.restore();
  lightCircle(ctx, 31);
  pen.disc(0, 0, 7, hat.dunceStripe, LW2);
}

function mooCap(pen) {
  const { ctx } = pen;
  brim(pen, hat.mooBrim, 52, 26);
  dome(pen, -3, 0, 31, cream);
  ctx.save(); ctx.translate(-3, 0); spots(pen, 29, cow.print); ctx.restore();
  ctx.beginPath(); circ(ctx, -3, 0, 31); pen.stroke(null, outline, LW);
  pen.disc(-3, 0, 4.5, cow.print, 3);
}

function appleCap(pen) {
  const { ctx } = pen;
  cap(pen, hat.apple, leaf.fresh);
  ctx.beginPath(); ctx.moveTo(-3, 0); ctx.quadraticCurveTo(-8, -6, -14, -6);
  pen.stroke(null, outline, 8); pen.stroke(null, food.stem, 4);
  ctx.save(); ctx.translate(-12, -6); ctx.rotate(-2.4);
  ctx.beginPath(); pointedLeaf(ctx, 20, 9); pen.paint(null, leaf.fresh, 3);
  ctx.restore();
}

function mooHead(pen) {
  const { ctx } = pen;
  horns(pen, -6, 28, 20, 7, bone.horn);
  animalEars(pen, -14, 34, 10, hat.mooEar, hat.mooEarIn);
  dome(pen, 0, 0, 36, cream);
  spots(pen, 34, cow.print);
  ctx.beginPath(); circ(ctx, 0, 0, 36); pen.stroke(null, outline, LW);
  hatEyes(pen, 16, 14);
  snoutNose(pen, 32, 11, 18, cow.snout, hat.mooNostril);
}

function pigHead(pen) {
  const { ctx } = pen;
  for (let s = -1; s <= 1; s += 2) {
    ctx.beginPath(); ctx.moveTo(-10, s * 22); ctx.lineTo(8, s * 40); ctx.lineTo(10, s * 18); ctx.closePath();
    pen.paint(null, pig.ear, LW);
  }
  dome(pen, 0, 0, 36, pig.head);
  hatEyes(pen, 15, 14);
  snoutNose(pen, 30, 12, 17, pig.snout, hat.pigNostril);
}

function fluffHead(pen) {   // a sheep
  const { ctx } = pen;
  ctx.beginPath(); blob(ctx, -4, 0, 40, 11, 0.12, null, 0);
  pen.paint(null, cream, LW);
  ctx.fillStyle = crownLight(ctx, 40); ctx.beginPath(); circ(ctx, -4, 0, 38); ctx.fill();
  ctx.beginPath(); blob(ctx, -8, 0, 22, 7, 0.16, null, 0.4);
  pen.stroke(null, alpha(hat.fleeceLine, 0.35), 3);
  for (let s = -1; s <= 1; s += 2) {
    ctx.beginPath(); ell(ctx, 18, s * 22, 6, 11, s * 0.6); pen.paint(null, hat.sheepEar, LW2);
  }
  ctx.beginPath(); ell(ctx, 26, 0, 14, 17, 0);
  pen.paint(null, hat.sheepFace, LW2);
  eyes(ctx, 30, 7, 3.2, white, shade(0));
}

function pandouHead(pen) {
  const { ctx } = pen;
  animalEars(pen, -10, 28, 11, hat.pandaDark);
  dome(pen, 0, 0, 36, hat.panda);
  for (let s = -1; s <= 1; s += 2) {
    ctx.beginPath(); ell(ctx, 17, s * 13, 10, 7, s * 0.5);
    ctx.fillStyle = hat.pandaDark; ctx.fill();
  }
  eyes(ctx, 19, 13, 3.4, white, shade(0));
  ctx.beginPath(); ell(ctx, 32, 0, 5, 8, 0); pen.paint(null, hat.pandaDark, 0);
}

function monkeyHead(pen) {
  const { ctx } = pen;
  animalEars(pen, 0, 36, 11, hat.monkeyEar, hat.monkeyEarIn);
  dome(pen, 0, 0, 35, hat.monkey);
  ctx.beginPath();
  ctx.moveTo(30, 0);
  ctx.bezierCurveTo(34, -22, 8, -30, 6, -10);
  ctx.bezierCurveTo(-2, -12, -2, 12, 6, 10);
  ctx.bezierCurveTo(8, 30, 34, 22, 30, 0);
  pen.paint(null, hat.monkeyFace, LW2);
  hatEyes(pen, 14, 9, 3.8);
  ctx.beginPath(); circ(ctx, 28, -4, 2); circ(ctx, 28, 4, 2); ctx.fillStyle = hat.monkeyNostril; ctx.fill();
}

function fezHat(pen) {
  const { ctx } = pen;
  ctx.beginPath(); circ(ctx, 2, 0, 24); pen.paint(null, hat.fez, LW);
  dome(pen, -1, 0, 19, hat.fezTop, 0);
  ctx.beginPath(); circ(ctx, -1, 0, 19); pen.stroke(null, alpha(hat.fezLine, 0.4), 3);
  ctx.beginPath(); ctx.moveTo(-1, 0); ctx.quadraticCurveTo(-14, 10, -22, 22);
  pen.stroke(null, outline, 7); pen.stroke(null, hat.tassel, 3);
  pen.disc(-1, 0, 3.5, hat.tassel, 0);
  ctx.beginPath(); ell(ctx, -24, 25, 5, 8, -0.7); pen.paint(null, hat.tasselEnd, LW2);
}

function enigmaHat(pen) {
  brimHat(pen, 40, 25, hat.enigmaBrim, hat.enigmaCrown, hat.enigmaBand);
  questionMark(pen, -2, -4, 18, hat.enigmaMark);
}

function blitzHat(pen) {
  cap(pen, hat.blitz, hat.yellow);
  pen.ctx.beginPath(); bolt(pen.ctx, -3, 0, 22);
  pen.paint(null, gold.warm, LW2);
}

function bobHat(pen) {   // a royal top hat
  const { ctx } = pen;
  brimHat(pen, 40, 25, hat.royalBrim, hat.royalCrown, hat.royalBand);
  ctx.beginPath(); rrect(ctx, 21, -7, 8, 14, 2); pen.paint(null, gold.trim, 3);
  ctx.beginPath(); star(ctx, 0, 0, 5, 11, 5, -PI / 2 + 0.2); pen.paint(null, gold.trim, 3);
  pen.disc(0, 0, 2.5, hat.royalGem, 0);
}

function pumpkin(pen) {
  const { ctx } = pen;
  const p = cachedPath('pumpkin', (q) => blob(q, 0, 0, 40, 8, 0.1, null, PI / 8));
  pen.paint(p, radial(ctx, 'pumpg', -8, -8, 0, 0, 0, 40, [0, hat.pumpkin, 1, hat.pumpkinDark]), LW);
  ctx.beginPath();
  for (let i = 0; i < 8; i++) {
    const a = (i + 0.5) / 8 * TAU;
    ctx.moveTo(Math.cos(a) * 8, Math.sin(a) * 8);
    ctx.quadraticCurveTo(Math.cos(a + 0.2) * 24, Math.sin(a + 0.2) * 24, Math.cos(a) * 36, Math.sin(a) * 36);
  }
  pen.stroke(null, alpha(hat.pumpkinRib, 0.45), 3.5);
  // a carved grin at the front
  ctx.beginPath();
  ctx.moveTo(26, -20); ctx.lineTo(36, -12); ctx.lineTo(24, -8); ctx.closePath();
  ctx.moveTo(26, 20); ctx.lineTo(36, 12); ctx.lineTo(24, 8); ctx.closePath();
  ctx.moveTo(33, -6); ctx.lineTo(38, -3); ctx.lineTo(34, 0); ctx.lineTo(38, 3); ctx.lineTo(33, 6); ctx.closePath();
  pen.paint(null, hat.pumpkinGlow, 3, hat.pumpkinCut);
  ctx.beginPath(); rrect(ctx, -6, -5, 14, 10, 4); pen.paint(null, hat.pumpkinStem, LW2);
}

function bummleHat(pen) {   // a bee
  const { ctx } = pen;
  for (let s = -1; s <= 1; s += 2) {
    ctx.beginPath(); ell(ctx, -14, s * 30, 10, 16, s * 0.5);
    ctx.fillStyle = alpha(hat.beeWing, 0.75); ctx.fill();
    pen.stroke(null, outline, 3);
    ctx.beginPath(); ctx.moveTo(22, s * 8); ctx.quadraticCurveTo(36, s * 10, 42, s * 20);
    pen.stroke(null, outline, 4);
    pen.disc(42, s * 20, 4.5, hat.beeBlack, 3);
  }
  ctx.beginPath(); circ(ctx, 0, 0, 31); pen.paint(null, hat.bee, LW);
  ctx.save(); ctx.beginPath(); circ(ctx, 0, 0, 30); ctx.clip();
  ctx.fillStyle = hat.beeBlack;
  ctx.fillRect(-18, -40, 10, 80); ctx.fillRect(2, -40, 10, 80);
  ctx.restore();
  lightCircle(ctx, 31);
}

function strawHat(pen) {
  const { ctx } = pen;
  ctx.beginPath(); circ(ctx, 0, 0, 50); pen.paint(null, hat.straw, LW);
  ctx.beginPath(); circ(ctx, 0, 0, 42); circ(ctx, 0, 0, 34);
  pen.stroke(null, alpha(hat.strawLine, 0.35), 2.5);
  ctx.beginPath();
  for (let i = 0; i < 24; i++) { const a = i / 24 * TAU; ctx.moveTo(Math.cos(a) * 29, Math.sin(a) * 29); ctx.lineTo(Math.cos(a) * 48, Math.sin(a) * 48); }
  pen.stroke(null, alpha(hat.strawLine, 0.18), 2);
  ctx.beginPath(); circ(ctx, 0, 0, 28); pen.paint(null, hat.strawBand, 0);
  dome(pen, 0, 0, 24, hat.strawCrown, LW2);
}

function winterCap(pen) {   // a striped beanie with a bobble
  const { ctx } = pen;
  ctx.beginPath(); circ(ctx, 0, 0, 33); pen.paint(null, hat.beanie, LW);
  ctx.beginPath(); circ(ctx, 0, 0, 26); circ(ctx, 0, 0, 14);
  pen.stroke(null, cream, 6);
  ctx.beginPath(); circ(ctx, 0, 0, 30); pen.stroke(null, shade(0.12), 4);
  lightCircle(ctx, 33);
  ctx.beginPath(); blob(ctx, 0, 0, 10, 7, 0.2, null, 0); pen.paint(null, white, LW2);
}

function cowboyHat(pen) {   // the brim rolled up at the sides, a creased crown
  const { ctx } = pen;
  ctx.beginPath(); ell(ctx, 2, 0, 46, 42, 0); pen.paint(null, hat.leather, LW);
  for (let s = -1; s <= 1; s += 2) {
    ctx.beginPath(); ctx.ellipse(2, 0, 40, 36, 0, s > 0 ? 0.35 : PI + 0.35, s > 0 ? PI - 0.35 : TAU - 0.35);
    pen.stroke(null, hat.leatherRoll, 8);
  }
  ctx.beginPath(); ell(ctx, 2, 0, 46, 42, 0); pen.stroke(null, outline, LW);
  ctx.beginPath(); ell(ctx, 0, 0, 29, 22, 0); pen.paint(null, hat.leatherInside, 0);
  ctx.beginPath(); ell(ctx, -1, 0, 26, 19, 0); pen.paint(null, hat.leatherCrown, LW2);
  ctx.fillStyle = crownLight(ctx, 26); ctx.beginPath(); ell(ctx, -1, 0, 26, 19, 0); ctx.fill();
  ctx.beginPath(); ctx.moveTo(-18, 0); ctx.quadraticCurveTo(0, -3, 16, 0);
  ctx.moveTo(14, -10); ctx.quadraticCurveTo(18, -5, 20, -2); ctx.moveTo(14, 10); ctx.quadraticCurveTo(18, 5, 20, 2);
  pen.stroke(null, alpha(hat.leatherCrease, 0.55), 3.5);
}

function rangerHat(pen) {   // a campaign hat with four dents
  const { ctx } = pen;
  brimHat(pen, 46, 0, hat.ranger, null, null);
  const c = cachedPath('rangerc', (q) => blob(q, 0, 0, 25, 4, 0.22, null, PI / 4));
  ctx.beginPath(); circ(ctx, 0, 0, 27); pen.paint(null, hat.rangerBand, 0);
  pen.paint(c, hat.rangerCrown, LW2);
  ctx.beginPath();
  for (let i = 0; i < 4; i++) { const a = i / 4 * TAU; ctx.moveTo(Math.cos(a) * 4, Math.sin(a) * 4); ctx.lineTo(Math.cos(a) * 16, Math.sin(a) * 16); }
  pen.stroke(null, alpha(hat.rangerDent, 0.45), 3);
  ctx.beginPath(); circ(ctx, 0, 0, 40); pen.stroke(null, light(0.12), 3);
}

function explorerHat(pen) {   // a pith helmet
  const { ctx } = pen;
  ctx.beginPath(); ell(ctx, 3, 0, 44, 38, 0); pen.paint(null, hat.pith, LW);
  ctx.beginPath(); ell(ctx, 0, 0, 30, 27, 0); pen.paint(null, hat.pithInside, 0);
  ctx.beginPath(); ell(ctx, -1, 0, 28, 25, 0); pen.paint(null, hat.pithCrown, LW2);
  ctx.fillStyle = crownLight(ctx, 28); ctx.beginPath(); ell(ctx, -1, 0, 28, 25, 0); ctx.fill();
  ctx.beginPath();
  for (let i = 0; i < 6; i++) { const a = i / 6 * TAU; ctx.moveTo(-1, 0); ctx.lineTo(-1 + Math.cos(a) * 27, Math.sin(a) * 24); }
  pen.stroke(null, alpha(hat.pithSeam, 0.3), 2.5);
  pen.disc(-1, 0, 5, hat.pithButton, 3);
}

function flipperHat(pen) {   // swim cap, goggles and a snorkel
  const { ctx } = pen;
  dome(pen, 0, 0, 34, hat.swimCap);
  ctx.beginPath(); ctx.moveTo(-8, -33); ctx.quadraticCurveTo(4, 0, -8, 33); pen.stroke(null, light(0.35), 4);
  ctx.beginPath(); ctx.arc(0, 0, 33, -1.1, 1.1); pen.stroke(null, outline, 9); pen.stroke(null, hat.goggleFrame, 5);
  goggles(pen, 27, 13, 9, 6, hat.goggleFrame, hat.goggleGlass);
  ctx.fillStyle = white;
  for (let s = -1; s <= 1; s += 2) { ctx.beginPath(); circ(ctx, 30, s * 13 - 2, 2); ctx.fill(); }
  ctx.beginPath(); ctx.moveTo(20, 28); ctx.quadraticCurveTo(-4, 44, -22, 30);
  pen.stroke(null, outline, 11); pen.stroke(null, hat.snorkel, 6);
  pen.disc(-22, 30, 5, hat.snorkelEnd, 3);
}

function marksmanCap(pen) {   // a cap with a scope lens and a target mark
  const { ctx } = pen;
  cap(pen, hat.marksman, hat.marksmanBrim);
  ctx.beginPath(); circ(ctx, -3, 0, 13); ctx.moveTo(-20, 0); ctx.lineTo(14, 0); ctx.moveTo(-3, -17); ctx.lineTo(-3, 17);
  pen.stroke(null, hat.target, 3.5);
  ctx.beginPath(); rrect(ctx, 12, 12, 26, 10, 4); pen.paint(null, hat.scope, LW2);
  pen.disc(38, 17, 6, hat.scopeGlass, 3);
}

function bushGear(pen) {
  const { ctx } = pen;
  ctx.beginPath(); blob(ctx, 0, 0, 42, 10, 0.15, rng(10), 0);
  pen.paint(null, radial(ctx, 'bushgear', -8, -8, 0, 0, 0, 42, [0, leaf.gear, 1, leaf.bush]), LW);
  ctx.beginPath(); blob(ctx, -4, -3, 26, 7, 0.2, rng(11), 0.5);
  ctx.fillStyle = leaf.topShade; ctx.fill();
  ctx.fillStyle = alpha(leaf.glint, 0.35);
  ctx.beginPath(); ell(ctx, -10, -10, 6, 3, 0.6); ell(ctx, 8, 12, 5, 2.5, -0.5); ell(ctx, 14, -14, 4, 2, 1.2); ctx.fill();
  ctx.beginPath(); circ(ctx, 16, 4, 4); circ(ctx, -16, 16, 4); pen.paint(null, berry.red, 2.5);
}

function halo(pen, t) {
  const { ctx } = pen;
  const bob = Math.sin(num(t, 0) * 0.003) * 1.5;
  ctx.beginPath(); ell(ctx, -2, 0, 29 + bob, 27 + bob, 0);
  pen.stroke(null, alpha(gold.haloGlow, 0.3), 18);
  pen.stroke(null, outline, 11);
  pen.stroke(null, gold.halo, 6);
  ctx.beginPath(); ctx.ellipse(-2, 0, 29 + bob, 27 + bob, 0, PI * 1.05, PI * 1.5);
  pen.stroke(null, gold.haloShine, 2.5);
}

function soldierHelmet(pen) {
  const { ctx } = pen;
  ctx.beginPath(); circ(ctx, 0, 0, 37); pen.paint(null, hat.soldier, LW);
  dome(pen, -1, 0, 31, hat.soldierDome, LW2);
  ctx.save(); ctx.beginPath(); circ(ctx, -1, 0, 30); ctx.clip();
  ctx.beginPath();
  for (let i = -3; i <= 3; i++) { ctx.moveTo(i * 10 - 30, -30); ctx.lineTo(i * 10 + 30, 30); ctx.moveTo(i * 10 - 30, 30); ctx.lineTo(i * 10 + 30, -30); }
  pen.stroke(null, alpha(hat.soldierMesh, 0.3), 2);
  ctx.restore();
  ctx.beginPath(); ctx.arc(0, 0, 34, 1.0, 2.2); pen.stroke(null, hat.strap, 3);
}

function antiVenomGear(pen) {   // a gas mask
  const { ctx } = pen;
  ctx.beginPath(); ctx.arc(0, 0, 34, 0.9, TAU - 0.9, false); pen.stroke(null, outline, 9); pen.stroke(null, hat.maskStrap, 5);
  ctx.beginPath(); ell(ctx, 20, 0, 20, 30, 0); pen.paint(null, hat.gasMask, LW);
  goggles(pen, 22, 14, 9, 6, hat.gasLensFrame, hat.gasLens);
  pen.disc(38, 0, 11, hat.filter, LW2);
  ctx.beginPath(); circ(ctx, 38, 0, 6); ctx.moveTo(32, 0); ctx.lineTo(44, 0); ctx.moveTo(38, -6); ctx.lineTo(38, 6);
  pen.stroke(null, hat.maskStrap, 2.5);
}

function medicGear(pen) {
  cap(pen, cream, hat.medicBrim);
  pen.ctx.beginPath();
  poly(pen.ctx, [[-8, -16], [2, -16], [2, -5], [13, -5], [13, 5], [2, 5], [2, 16], [-8, 16], [-8, 5], [-19, 5], [-19, -5], [-8, -5]]);
  pen.paint(null, signal.red, LW2);
}

function minersHelmet(pen) {   // with its lamp
  const { ctx } = pen;
  ctx.fillStyle = linear(ctx, 'lampcone', 40, 0, 120, 0, [0, alpha(hat.lamp, 0.35), 1, alpha(hat.lamp, 0)]);
  ctx.beginPath(); ctx.moveTo(40, -8); ctx.lineTo(120, -40); ctx.lineTo(120, 40); ctx.lineTo(40, 8); ctx.fill();
  ctx.beginPath(); ell(ctx, 2, 0, 38, 36, 0); pen.paint(null, gold.amber, LW);
  dome(pen, -2, 0, 29, hat.yellow, LW2);
  ctx.beginPath(); ctx.moveTo(-30, 0); ctx.lineTo(28, 0); pen.stroke(null, hat.minerStripe, 6);
  ctx.beginPath(); rrect(ctx, 24, -9, 16, 18, 4); pen.paint(null, steel.lamp, LW2);
  pen.disc(40, 0, 7, hat.lampGlass, 3);
}

function musketeerHat(pen) {   // with a big plume
  const { ctx } = pen;
  brimHat(pen, 45, 25, hat.musketeer, hat.musketeerCrown, gold.brass);
  ctx.beginPath();
  ctx.moveTo(10, -24);
  ctx.bezierCurveTo(-4, -48, -44, -44, -58, -20);
  ctx.bezierCurveTo(-40, -30, -12, -30, 10, -24);
  pen.paint(null, cream, LW2);
  ctx.beginPath(); ctx.moveTo(8, -25); ctx.bezierCurveTo(-8, -38, -36, -38, -54, -22);
  pen.stroke(null, hat.plumeLine, 3);
}

function bullHelmet(pen) {
  const { ctx } = pen;
  horns(pen, 2, 26, 34, 10, bone.ivory, hat.hornTip);
  dome(pen, 0, 0, 33, steel.helmet);
  ctx.beginPath(); ctx.moveTo(-30, 0); ctx.lineTo(33, 0); pen.stroke(null, steel.ring, 7);
  ctx.fillStyle = steel.deep;
  ctx.beginPath(); for (let i = 0; i < 7; i++) { const a = -1.4 + i * 0.47; circ(ctx, Math.cos(a) * 27, Math.sin(a) * 27, 2.5); } ctx.fill();
  ctx.beginPath(); rrect(ctx, 26, -5, 14, 10, 3); pen.paint(null, steel.dim, LW2);
}

function empHelmet(pen, t) {
  const { ctx } = pen;
  dome(pen, 0, 0, 34, hat.emp);
  ctx.beginPath(); ctx.arc(0, 0, 30, -0.9, 0.9); pen.stroke(null, outline, 12); pen.stroke(null, hat.empVisor, 7);
  ctx.beginPath(); circ(ctx, -4, 0, 16); pen.stroke(null, alpha(hat.empRing, 0.35), 3);
  const zap = Math.floor(num(t, 0) / 120) % 2;
  ctx.beginPath(); ctx.moveTo(-6, 0); ctx.lineTo(-12, -8 - zap * 3); ctx.lineTo(-8, -14); ctx.lineTo(-16, -24 - zap * 2);
  pen.stroke(null, outline, 6); pen.stroke(null, hat.spark, 3);
  pen.disc(-6, 0, 6, hat.empCore, LW2);
}

function boosterHat(pen, t) {   // a propeller beanie
  const { ctx } = pen;
  ctx.beginPath(); circ(ctx, 0, 0, 32); pen.paint(null, white, LW);
  const quarters = [hat.propRed, hat.yellow, hat.propBlue, hat.propGreen];
  quarters.forEach((colour, i) => {
    ctx.beginPath(); ctx.moveTo(0, 0); ctx.arc(0, 0, 30, i * PI / 2, (i + 1) * PI / 2); ctx.closePath();
    ctx.fillStyle = colour; ctx.fill();
  });
  lightCircle(ctx, 32);
  ctx.save(); ctx.rotate((num(t, 0) * 0.02) % TAU);
  for (let s = -1; s <= 1; s += 2) { ctx.beginPath(); ell(ctx, s * 20, 0, 18, 6, 0); pen.paint(null, hat.propeller, LW2); }
  ctx.restore();
  pen.disc(0, 0, 5, hat.propRed, 3);
}

function barbarianArmor(pen) {   // fur and an iron cap with short horns
  const { ctx } = pen;
  ctx.beginPath(); blob(ctx, 0, 0, 40, 14, 0.12, rng(26), 0); pen.paint(null, hat.fur, LW);
  ctx.beginPath(); blob(ctx, 0, 0, 33, 12, 0.14, rng(27), 0.2); pen.stroke(null, alpha(hat.furLine, 0.45), 3);
  for (let s = -1; s <= 1; s += 2) {
    ctx.beginPath(); ctx.moveTo(-4, s * 20); ctx.quadraticCurveTo(4, s * 40, 22, s * 38); ctx.quadraticCurveTo(10, s * 30, 8, s * 18); ctx.closePath();
    pen.paint(null, bone.horn, LW2);
  }
  dome(pen, 0, 0, 24, steel.mid, LW2);
  ctx.beginPath(); ctx.moveTo(-22, 0); ctx.lineTo(34, 0); pen.stroke(null, outline, 10); pen.stroke(null, hat.ironBand, 6);
  ctx.fillStyle = steel.darker;
  ctx.beginPath(); circ(ctx, -10, -12, 2.5); circ(ctx, -10, 12, 2.5); circ(ctx, 10, -12, 2.5); circ(ctx, 10, 12, 2.5); ctx.fill();
}

function plagueMask(pen) {   // a long beak
  const { ctx } = pen;
  dome(pen, -2, 0, 34, hat.plague);
  ctx.beginPath(); ctx.moveTo(14, -16); ctx.quadraticCurveTo(48, -10, 70, 4); ctx.quadraticCurveTo(48, 14, 14, 16); ctx.closePath();
  pen.paint(null, bone.horn, LW);
  ctx.beginPath(); ctx.moveTo(22, 0); ctx.quadraticCurveTo(46, 2, 64, 4); pen.stroke(null, alpha(seam, 0.5), 2.5);
  goggles(pen, 16, 18, 8, 5, steel.mid, hat.plagueLens);
}

function bullMask(pen) {
  const { ctx } = pen;
  horns(pen, 6, 26, 30, 9, bone.pale);
  dome(pen, 0, 0, 35, hat.bullMask);
  ctx.beginPath(); ctx.moveTo(2, -24); ctx.lineTo(22, -10); ctx.moveTo(2, 24); ctx.lineTo(22, 10); pen.stroke(null, hat.bullBrow, 5);
  eyes(ctx, 18, 12, 4, gold.warm, white);
  snoutNose(pen, 30, 12, 18, hat.bullMuzzle, hat.bullNostril);
  ctx.beginPath(); ctx.arc(42, 0, 8, -1.3, 1.3); pen.stroke(null, outline, 8); pen.stroke(null, gold.trim, 4);
}

function windmillHat(pen, t) {
  const { ctx } = pen;
  cap(pen, hat.windmillCap, hat.windmillBrim);
  ctx.save(); ctx.translate(-3, 0);
  millBlades(pen, 22, 4, 32, (num(t, 0) * 0.004) % TAU, hat.windmillSail, alpha(seam, 0.5));
  pen.disc(0, 0, 5, wood.dark, 3);
  ctx.restore();
}

function spikeGear(pen) {
  const { ctx } = pen;
  const sp = cachedPath('spikegear', (q) => star(q, 0, 0, 10, 44, 28, 0));
  pen.paint(sp, steel.blade, LW);
  dome(pen, 0, 0, 30, steel.darker);
  ctx.beginPath(); star(ctx, 0, 0, 4, 12, 5, PI / 4); pen.paint(null, steel.light, LW2);
}

function turretGear(pen) {
  const { ctx } = pen;
  ctx.beginPath(); rrect(ctx, -30, -30, 60, 60, 12); pen.paint(null, stone.mid, LW);
  ctx.fillStyle = crownLight(ctx, 40); ctx.beginPath(); rrect(ctx, -30, -30, 60, 60, 12); ctx.fill();
  turretGun(pen, [0, -7, 52, 14, 4], [44, -9, 12, 18, 3], 19, wood.plank, 8);
}

function samuraiArmor(pen) {   // a kabuto with a gold crest
  const { ctx } = pen;
  // neck guard plates at the back
  ctx.beginPath(); ctx.arc(0, 0, 42, PI * 0.6, PI * 1.4); ctx.arc(0, 0, 26, PI * 1.4, PI * 0.6, true); ctx.closePath();
  pen.paint(null, hat.samuraiGuard, LW);
  ctx.beginPath(); ctx.arc(0, 0, 36, PI * 0.62, PI * 1.38); pen.stroke(null, gold.old, 3);
  dome(pen, 0, 0, 31, hat.samurai);
  ctx.beginPath();
  for (let i = 0; i < 10; i++) { const a = i / 10 * TAU; ctx.moveTo(Math.cos(a) * 6, Math.sin(a) * 6); ctx.lineTo(Math.cos(a) * 30, Math.sin(a) * 30); }
  pen.stroke(null, alpha(hat.samuraiLine, 0.35), 2.5);
  pen.disc(0, 0, 6, gold.old, 3);
  ctx.beginPath();
  ctx.moveTo(24, 0); ctx.quadraticCurveTo(34, -30, 16, -44); ctx.quadraticCurveTo(42, -26, 34, 0);
  ctx.quadraticCurveTo(42, 26, 16, 44); ctx.quadraticCurveTo(34, 30, 24, 0);
  pen.paint(null, gold.trim, LW2);
}

function darkKnight(pen) {   // a great helm with a purple plume
  const { ctx } = pen;
  dome(pen, 0, 0, 34, hat.knight);
  ctx.beginPath(); ctx.arc(0, 0, 34, -0.5, 0.5); pen.stroke(null, steel.deep, 6);
  ctx.beginPath(); ctx.moveTo(24, -18); ctx.lineTo(30, -4); ctx.moveTo(24, 18); ctx.lineTo(30, 4);
  pen.stroke(null, hat.knightSlit, 5);
  ctx.beginPath();
  ctx.moveTo(26, 0); ctx.bezierCurveTo(18, -12, -30, -12, -50, 0); ctx.bezierCurveTo(-30, 12, 18, 12, 26, 0);
  pen.paint(null, hat.plume, LW2);
  ctx.beginPath(); ctx.moveTo(20, 0); ctx.quadraticCurveTo(-10, -3, -44, 0); pen.stroke(null, hat.plumeLight, 3);
}

function scavengerGear(pen) {   // a patched hood with goggles
  const { ctx } = pen;
  dome(pen, -2, 0, 35, hat.hood);
  ctx.beginPath(); rrect(ctx, -20, -22, 16, 14, 3); pen.paint(null, hat.patchGreen, 3);
  ctx.beginPath(); rrect(ctx, -12, 10, 14, 13, 3); pen.paint(null, hat.patchRed, 3);
  ctx.beginPath(); ctx.moveTo(-18, -6); ctx.lineTo(-6, -6); ctx.moveTo(-8, 8); ctx.lineTo(2, 8); ctx.setLineDash([3, 3]);
  pen.stroke(null, hat.strap, 2); ctx.setLineDash([]);
  ctx.beginPath(); ctx.arc(0, 0, 33, -1.2, 1.2); pen.stroke(null, hat.hoodBand, 5);
  goggles(pen, 18, 12, 9, 5.5, hat.brassFrame, hat.tealGlass);
}

function tankGear(pen) {
  const { ctx } = pen;
  for (let s = -1; s <= 1; s += 2) {
    ctx.beginPath(); rrect(ctx, -34, s * 30 - 8, 68, 16, 7); pen.paint(null, hat.tankTrack, LW2);
    ctx.beginPath(); for (let x = -28; x <= 28; x += 8) { ctx.moveTo(x, s * 30 - 6); ctx.lineTo(x, s * 30 + 6); }
    pen.stroke(null, hat.trackLine, 2.5);
  }
  ctx.beginPath(); rrect(ctx, -30, -24, 60, 48, 8); pen.paint(null, hat.tank, LW);
  ctx.beginPath(); rrect(ctx, 0, -6, 62, 12, 4); pen.paint(null, hat.tankGun, LW);
  ctx.beginPath(); rrect(ctx, 56, -8, 12, 16, 3); pen.paint(null, hat.tankDark, LW2);
  dome(pen, -2, 0, 18, hat.tankDome, LW);
  pen.disc(-6, 0, 5, hat.tankDark, 3);
}

function thiefGear(pen, t) {   // a dark mask and a knotted bandana
  const { ctx } = pen;
  const flap = Math.sin(num(t, 0) * 0.008) * 6;
  for (let s = -1; s <= 1; s += 2) {
    ctx.beginPath(); ctx.moveTo(-30, s * 4); ctx.quadraticCurveTo(-46, s * 10 + flap, -58, s * 16 + flap); ctx.lineTo(-54, s * 4 + flap); ctx.closePath();
    pen.paint(null, hat.bandana, LW2);
  }
  dome(pen, 0, 0, 34, hat.thiefMask);
  ctx.beginPath(); ctx.arc(0, 0, 32, -1.1, 1.1); pen.stroke(null, outline, 14); pen.stroke(null, hat.thiefBand, 10);
  for (let s = -1; s <= 1; s += 2) { ctx.beginPath(); ell(ctx, 27, s * 11, 4, 6, 0); ctx.fillStyle = cream; ctx.fill(); }
  pen.disc(-32, 0, 6, hat.bandana, LW2);
}

function bloodthirster(pen) {
  const { ctx } = pen;
  for (let s = -1; s <= 1; s += 2) {
    ctx.beginPath(); ctx.moveTo(-14, s * 26); ctx.lineTo(-4, s * 50); ctx.lineTo(4, s * 36); ctx.lineTo(12, s * 46); ctx.lineTo(14, s * 26); ctx.closePath();
    pen.paint(null, hat.bloodWing, LW);
  }
  dome(pen, 0, 0, 33, hat.blood);
  ctx.beginPath(); ctx.moveTo(-28, 0); ctx.lineTo(30, 0); pen.stroke(null, hat.bloodBand, 5);
  ctx.beginPath(); ctx.moveTo(30, -12); ctx.lineTo(40, -8); ctx.lineTo(31, -4); ctx.moveTo(30, 12); ctx.lineTo(40, 8); ctx.lineTo(31, 4);
  pen.paint(null, bone.fang, 3);
  ctx.beginPath(); roundPoly(ctx, [[0, -9], [9, 0], [0, 9], [-9, 0]], 0.3); pen.paint(null, hat.bloodGem, LW2);
  ctx.beginPath(); circ(ctx, -2, -3, 2.5); ctx.fillStyle = hat.bloodShine; ctx.fill();
}

function assassinGear(pen) {   // a pointed hood
  const { ctx } = pen;
  const h = cachedPath('assassin', (q) => {
    q.moveTo(34, 0);
    q.bezierCurveTo(34, -40, -20, -42, -52, 0);
    q.bezierCurveTo(-20, 42, 34, 40, 34, 0);
    q.closePath();
  });
  pen.paint(h, hat.assassin, LW);
  ctx.fillStyle = crownLight(ctx, 38); ctx.fill(h);
  ctx.beginPath(); ctx.moveTo(30, -16); ctx.quadraticCurveTo(4, 0, 30, 16); pen.stroke(null, hat.assassinTrim, 4);
  ctx.beginPath(); ctx.moveTo(-46, 0); ctx.quadraticCurveTo(-10, -6, 20, 0); pen.stroke(null, shade(0.25), 3);
  ctx.beginPath(); ell(ctx, 30, 0, 7, 15, 0); ctx.fillStyle = hat.assassinFace; ctx.fill();
}

function unknownHat(pen) {
  cap(pen, unknown);
  questionMark(pen, -4, -3, 12, white);
}

/** The hats by id: (pen, t). */
function scoutHat(pen) {   // a light campaign hat with a green band and a feather for speed
  const { ctx } = pen;
  brimHat(pen, 44, 27, hat.scoutBrim, hat.scout, hat.scoutBand);
  ctx.beginPath(); ctx.moveTo(-4, -24); ctx.quadraticCurveTo(-26, -34, -44, -20); ctx.quadraticCurveTo(-24, -26, -4, -20); ctx.closePath();
  pen.paint(null, hat.scoutFeather, LW2);
  ctx.beginPath(); ctx.moveTo(-4, -22); ctx.quadraticCurveTo(-24, -30, -42, -21);
  pen.stroke(null, hat.scoutQuill, 2);
}

function frostHelm(pen) {   // a round helm glazed with ice, icicles along its rim
  const { ctx } = pen;
  const icicles = cachedPath('frosthelm', (q) => star(q, 0, 0, 12, 41, 33, 0));
  pen.paint(icicles, hat.frostIce, LW2, hat.frostDark);
  dome(pen, 0, 0, 33, hat.frost);
  ctx.beginPath(); circ(ctx, 0, 0, 26); pen.stroke(null, hat.frostRim, 4);
  ctx.beginPath();
  for (let i = 0; i < 6; i++) { const a = i / 6 * TAU; ctx.moveTo(0, 0); ctx.lineTo(Math.cos(a) * 14, Math.sin(a) * 14); }
  pen.stroke(null, hat.frostIce, 3);
}

function crabShell(pen) {   // a crab's red shell worn as a helmet, spiked along its ridge
  const { ctx } = pen;
  ctx.beginPath(); ell(ctx, -2, 0, 40, 36, 0);
  pen.paint(null, hat.crabShellDark, LW);
  dome(pen, -2, 0, 32, hat.crabShell);
  ctx.beginPath();
  for (let i = -2; i <= 2; i++) { ctx.moveTo(-8 + i * 2, i * 12); ctx.lineTo(12 + i * 2, i * 12); }
  pen.stroke(null, hat.crabRidge, 4);
  for (let i = 0; i < 5; i++) {
    const a = PI * 0.6 + i * PI * 0.2;
    pen.disc(Math.cos(a) * 37, Math.sin(a) * 33, 4, hat.crabSpike, 2);
  }
}

const HATS = {
  45: shame, 51: mooCap, 50: appleCap, 28: mooHead, 29: pigHead, 30: fluffHead, 36: pandouHead,
  37: (pen) => muzzledHead(pen, MUZZLED_HEADS[37]), 38: monkeyHead, 44: (pen) => muzzledHead(pen, MUZZLED_HEADS[44]),
  35: fezHat, 42: enigmaHat, 43: blitzHat, 49: bobHat, 57: pumpkin, 8: bummleHat, 2: strawHat, 15: winterCap,
  5: cowboyHat, 4: rangerHat, 18: explorerHat, 31: flipperHat, 1: marksmanCap, 10: bushGear, 48: halo,
  6: soldierHelmet, 23: antiVenomGear, 13: medicGear, 9: minersHelmet, 32: musketeerHat, 7: bullHelmet,
  22: empHelmet, 12: boosterHat, 26: barbarianArmor, 21: plagueMask, 46: bullMask, 14: windmillHat,
  11: spikeGear, 53: turretGear, 20: samuraiArmor, 58: darkKnight, 27: scavengerGear, 40: tankGear,
  52: thiefGear, 55: bloodthirster, 56: assassinGear, 59: scoutHat, 60: frostHelm, 61: crabShell,
};

/** Hat id on the head at the origin (nothing for 0, a question mark for an id no table knows). */
export function drawHat(pen, id, t) {
  const draw = HATS[id];
  if (draw) draw(pen, t);
  else if (id) unknownHat(pen);
}
