// Animals, top-down and facing +x in their own frame: the cow-like ones (cow, pig, bull, bully,
// MOOSTAFA, the boar and the sheep) and the wolf-like ones (wolf, MOOFIE) are one drawing each with a
// row of colours and sizes; the duck, the treasure chest, the yeti and the crabs are their own.
import { PI, TAU, rng, num, clamp, circ, ell, rrect, roundPoly, star, blob, cachedPath, radial, lighten, darken,
  sparkle } from './shapes.js';
import { Pen, LW, LW2, begin, shadow } from './pen.js';
import { alpha, animal, boar, bone, bull, bully, chest, cow, crab, cream, duck, gold, light, moofie, moostafa, outline, pig,
  shade, sheep, steel, unknown, white, wolf, wood, yeti } from './palette.js';

/** A curved horn from (x, y) sweeping outwards (side -1/1) and forwards, with an optional tip. */
export function horn(pen, x, y, side, len, width, colour, tip) {
  const { ctx } = pen;
  ctx.beginPath();
  ctx.moveTo(x - width * 0.5, y);
  ctx.quadraticCurveTo(x - width * 0.2, y + side * len * 0.8, x + len * 0.55, y + side * len * 0.95);
  ctx.quadraticCurveTo(x + width * 0.5, y + side * len * 0.45, x + width * 0.5, y);
  ctx.closePath();
  pen.paint(null, colour, LW2);
  if (tip) {
    ctx.beginPath();
    ctx.arc(x + len * 0.5, y + side * len * 0.9, width * 0.28, 0, TAU);
    ctx.fillStyle = tip;
    ctx.fill();
  }
}

/** A pair of horns at (x, -y) and (x, y). */
export function horns(pen, x, y, len, width, colour, tip) {
  horn(pen, x, -y, -1, len, width, colour, tip);
  horn(pen, x, y, 1, len, width, colour, tip);
}

/** Two eyes at (x, -dy) and (x, dy), each with a glint. */
export function eyes(ctx, x, dy, r, colour, glint) {
  for (let s = -1; s <= 1; s += 2) {
    ctx.beginPath(); circ(ctx, x, dy * s, r);
    ctx.fillStyle = colour || animal.eye;
    ctx.fill();
    ctx.beginPath(); circ(ctx, x + r * 0.3, dy * s - r * 0.3, r * 0.38);
    ctx.fillStyle = glint || light(0.85);
    ctx.fill();
  }
}

/** Body shading by an ellipse gradient (a lit spine, darker flanks). */
function bodyFill(ctx, key, rx, ry, cx, colour) {
  const k = key + Math.round(rx) + ':' + Math.round(ry) + colour;
  return radial(ctx, k, cx - rx * 0.15, 0, 0, cx, 0, Math.max(rx, ry), [0, lighten(colour, 0.18), 0.55, colour, 1, darken(colour, 0.14)]);
}

function tailLine(pen, x, len, wag, colour, lw, tuft) {
  const { ctx } = pen;
  ctx.beginPath();
  ctx.moveTo(x, 0);
  const ex = x - len, ey = Math.sin(wag) * len * 0.5;
  ctx.quadraticCurveTo(x - len * 0.6, -ey * 0.3, ex, ey);
  pen.stroke(null, outline, lw + 5);
  pen.stroke(null, colour, lw);
  if (tuft) pen.disc(ex, ey, lw * 1.3, tuft, LW2);
}

/** Four feet peeking out under the body, shuffling a little. */
function feet(pen, cx, rx, ry, r, colour, t) {
  const { ctx } = pen;
  const ph = num(t, 0) * 0.008;
  ctx.beginPath();
  for (let i = 0; i < 4; i++) {
    const sx = i < 2 ? 1 : -1, sy = i % 2 ? 1 : -1;
    const step = Math.sin(ph + (sx * sy > 0 ? 0 : PI)) * r * 0.05;
    ell(ctx, cx + sx * rx * 0.55 + step, sy * ry * 0.9, r * 0.14, r * 0.1, 0);
  }
  pen.paint(null, colour, LW2);
}

/**
 * A cow-like animal of radius r; o holds its colours and proportions: body, head, spots, headMark, ear,
 * earShape ('point' or round), earIn, snout, horn, hornTip, hornLen (times r), brow, eye, eyeGlint, ring
 * (a nose ring), tail, tuft, foot, long (body length), headS (head size), back(pen, rx, ry) (drawn on the
 * back).
 */
function cowLike(pen, r, t, o) {
  const { ctx } = pen;
  const bx = -r * 0.14, brx = r * 0.82 * (o.long || 1), bry = r * 0.64;
  const breathe = 1 + Math.sin(t * 0.004) * 0.012;
  if (o.tail) tailLine(pen, bx - brx * 0.9, r * 0.38, Math.sin(t * 0.006) * 0.9, o.tail, 5, o.tuft);
  feet(pen, bx, brx, bry, r, o.foot || darken(o.head || o.body, 0.25), t);
  // body
  const body = cachedPath('ab' + Math.round(brx) + ':' + Math.round(bry), (p) => ell(p, 0, 0, brx, bry, 0));
  ctx.save();
  ctx.translate(bx, 0);
  ctx.scale(1, breathe);
  pen.paint(body, bodyFill(ctx, 'cow', brx, bry, 0, o.body), LW);
  if (o.spots) {
    ctx.save();
    ctx.clip(body);
    ctx.fillStyle = o.spots;
    ctx.beginPath();
    blob(ctx, -brx * 0.35, -bry * 0.45, bry * 0.38, 6, 0.2, rng(3), 0);
    blob(ctx, brx * 0.3, bry * 0.5, bry * 0.34, 6, 0.2, rng(4), 1);
    blob(ctx, -brx * 0.75, bry * 0.35, bry * 0.3, 5, 0.2, rng(5), 2);
    blob(ctx, brx * 0.5, -bry * 0.7, bry * 0.25, 5, 0.2, rng(6), 2);
    ctx.fill();
    ctx.restore();
    pen.stroke(body, outline, LW);
  }
  if (o.back) o.back(pen, brx, bry);
  ctx.restore();
  const hx = r * 0.6, hr = r * 0.38 * (o.headS || 1);
  // ears (under the head)
  for (let s = -1; s <= 1; s += 2) {
    ctx.save();
    ctx.translate(hx - hr * 0.3, s * hr * 1.0);
    ctx.rotate(s * 0.6 + Math.sin(t * 0.003 + s) * 0.08);
    ctx.beginPath();
    if (o.earShape === 'point') {
      ctx.moveTo(-hr * 0.35, -s * hr * 0.1); ctx.lineTo(-hr * 0.05, s * hr * 0.55); ctx.lineTo(hr * 0.3, -s * hr * 0.05); ctx.closePath();
    } else {
      ell(ctx, 0, s * hr * 0.12, hr * 0.26, hr * 0.42, 0);
    }
    pen.paint(null, o.ear || o.body, LW2);
    if (o.earIn) {
      ctx.beginPath(); ell(ctx, 0, s * hr * 0.15, hr * 0.12, hr * 0.24, 0);
      ctx.fillStyle = o.earIn; ctx.fill();
    }
    ctx.restore();
  }
  if (o.horn) horns(pen, hx - hr * 0.1, hr * 0.6, o.hornLen * r, r * 0.13, o.horn, o.hornTip);
  // head
  ctx.beginPath(); ell(ctx, hx, 0, hr * 1.05, hr, 0);
  pen.paint(null, bodyFill(ctx, 'head', hr * 1.05, hr, hx, o.head || o.body), LW);
  if (o.headMark) {
    ctx.beginPath(); ell(ctx, hx - hr * 0.45, -hr * 0.45, hr * 0.3, hr * 0.22, 0.6);
    ctx.fillStyle = o.headMark; ctx.fill();
  }
  if (o.brow) {
    ctx.beginPath();
    ctx.moveTo(hx + hr * 0.08, -hr * 0.72); ctx.lineTo(hx + hr * 0.32, -hr * 0.2);
    ctx.moveTo(hx + hr * 0.08, hr * 0.72); ctx.lineTo(hx + hr * 0.32, hr * 0.2);
    pen.stroke(null, o.brow, 5);
  }
  eyes(ctx, hx + hr * 0.4, hr * 0.42, r * 0.06, o.eye, o.eyeGlint);
  if (o.snout) {
    ctx.beginPath(); ell(ctx, hx + hr * 0.92, 0, hr * 0.38, hr * 0.6, 0);
    pen.paint(null, o.snout, LW2);
    ctx.beginPath();
    ell(ctx, hx + hr * 1.02, -hr * 0.24, hr * 0.09, hr * 0.13, 0);
    ell(ctx, hx + hr * 1.02, hr * 0.24, hr * 0.09, hr * 0.13, 0);
    ctx.fillStyle = darken(o.snout, 0.45);
    ctx.fill();
  }
  if (o.ring) {
    ctx.beginPath(); ctx.arc(hx + hr * 1.3, 0, hr * 0.28, -1.2, 1.2);
    pen.stroke(null, outline, 8); pen.stroke(null, o.ring, 4);
  }
}

function drawPig(pen, r, t) {
  const { ctx } = pen;
  const bx = -r * 0.12, brx = r * 0.8;
  // curly tail
  ctx.beginPath();
  const tx = bx - brx * 0.95;
  ctx.moveTo(tx + 8, 0);
  for (let k = 0; k <= 14; k++) {
    const a = k / 14 * TAU * 1.3 + t * 0.004, rr = 4 + k * 0.9;
    ctx.lineTo(tx - 10 + Math.cos(a) * rr - k * 1.2, Math.sin(a) * rr);
  }
  pen.stroke(null, outline, 9); pen.stroke(null, pig.tail, 4);
  cowLike(pen, r, t, { body: pig.body, head: pig.head, ear: pig.ear, earShape: 'point', snout: pig.snout, headS: 1.02 });
}

/**
 * A wolf-like animal of radius r; o holds its colours: body, back (a darker stripe), head, ear, muzzle,
 * tip (of the tail), eye, eyeGlint, and optional mane, scar and brow.
 */
function wolfLike(pen, r, t, o) {
  const { ctx } = pen;
  const brx = r * 0.72, bry = r * 0.52, bx = -r * 0.16;
  const wag = Math.sin(t * 0.01) * 0.6;
  feet(pen, bx, brx, bry, r, darken(o.body, 0.2), t);
  // bushy tail
  ctx.save();
  ctx.translate(bx - brx * 0.85, 0);
  ctx.rotate(wag * 0.5);
  const tail = cachedPath('wt' + Math.round(r), (p) => {
    p.moveTo(0, -r * 0.12);
    p.quadraticCurveTo(-r * 0.35, -r * 0.24, -r * 0.62, 0);
    p.quadraticCurveTo(-r * 0.35, r * 0.24, 0, r * 0.12);
    p.closePath();
  });
  pen.paint(tail, o.body, LW);
  ctx.beginPath(); ell(ctx, -r * 0.5, 0, r * 0.1, r * 0.08, 0);
  ctx.fillStyle = o.tip; ctx.fill();
  ctx.restore();
  // body
  const body = cachedPath('wb' + Math.round(r), (p) => ell(p, 0, 0, brx, bry, 0));
  ctx.save();
  ctx.translate(bx, 0);
  ctx.scale(1, 1 + Math.sin(t * 0.005) * 0.015);
  pen.paint(body, bodyFill(ctx, 'wolf', brx, bry, 0, o.body), LW);
  ctx.beginPath(); ell(ctx, -brx * 0.1, 0, brx * 0.7, bry * 0.3, 0);
  ctx.fillStyle = o.back; ctx.fill();
  if (o.mane) {
    const mane = cachedPath('wm' + Math.round(r), (p) => star(p, 0, 0, 14, bry * 1.25, bry * 0.95, 0));
    ctx.translate(brx * 0.55, 0);
    pen.paint(mane, o.mane, LW);
    ctx.translate(-brx * 0.55, 0);
  }
  ctx.restore();
  const hx = r * 0.55, hr = r * 0.32;
  // ears
  for (let s = -1; s <= 1; s += 2) {
    ctx.beginPath();
    ctx.moveTo(hx - hr * 0.75, s * hr * 0.2);
    ctx.lineTo(hx - hr * 1.05, s * hr * 1.3);
    ctx.lineTo(hx - hr * 0.05, s * hr * 0.8);
    ctx.closePath();
    pen.paint(null, o.ear, LW2);
  }
  // head with a pointed snout
  const head = cachedPath('wh' + Math.round(r), (p) => {
    p.moveTo(hx - hr, 0);
    p.bezierCurveTo(hx - hr, -hr * 1.1, hx + hr * 0.4, -hr * 1.0, hx + hr * 0.7, -hr * 0.45);
    p.quadraticCurveTo(hx + hr * 1.5, -hr * 0.25, hx + hr * 1.6, 0);
    p.quadraticCurveTo(hx + hr * 1.5, hr * 0.25, hx + hr * 0.7, hr * 0.45);
    p.bezierCurveTo(hx + hr * 0.4, hr * 1.0, hx - hr, hr * 1.1, hx - hr, 0);
    p.closePath();
  });
  pen.paint(head, bodyFill(ctx, 'wolfh', hr * 1.3, hr, hx, o.head), LW);
  ctx.beginPath(); ell(ctx, hx + hr * 0.95, 0, hr * 0.5, hr * 0.3, 0);
  ctx.fillStyle = o.muzzle; ctx.fill();
  pen.disc(hx + hr * 1.52, 0, hr * 0.16, animal.nose, 0);
  if (o.scar) {
    ctx.beginPath();
    ctx.moveTo(hx - hr * 0.3, -hr * 0.75); ctx.lineTo(hx + hr * 0.35, -hr * 0.1);
    ctx.moveTo(hx - hr * 0.1, -hr * 0.62); ctx.lineTo(hx - hr * 0.25, -hr * 0.38);
    pen.stroke(null, o.scar, 3.5);
  }
  eyes(ctx, hx + hr * 0.35, hr * 0.42, r * 0.05, o.eye, o.eyeGlint);
  if (o.brow) {
    ctx.beginPath();
    ctx.moveTo(hx + hr * 0.05, -hr * 0.72); ctx.lineTo(hx + hr * 0.3, -hr * 0.22);
    ctx.moveTo(hx + hr * 0.05, hr * 0.72); ctx.lineTo(hx + hr * 0.3, hr * 0.22);
    pen.stroke(null, o.brow, 4.5);
  }
}

function drawDuck(pen, r, t) {
  const { ctx } = pen;
  const brx = r * 0.7, bry = r * 0.55, bx = -r * 0.15;
  // tail tuft
  ctx.beginPath();
  ctx.moveTo(bx - brx * 0.8, -r * 0.15); ctx.lineTo(bx - brx * 1.18, 0); ctx.lineTo(bx - brx * 0.8, r * 0.15); ctx.closePath();
  pen.paint(null, duck.tail, LW2);
  const body = cachedPath('db' + Math.round(r), (p) => ell(p, 0, 0, brx, bry, 0));
  ctx.save(); ctx.translate(bx, 0);
  pen.paint(body, bodyFill(ctx, 'duck', brx, bry, 0, duck.body), LW);
  // wings, flapping a little
  const flap = Math.sin(t * 0.012) * 0.08;
  for (let s = -1; s <= 1; s += 2) {
    ctx.save();
    ctx.translate(-brx * 0.05, s * bry * 0.62);
    ctx.rotate(s * flap);
    ctx.beginPath();
    ctx.moveTo(brx * 0.35, 0);
    ctx.quadraticCurveTo(-brx * 0.1, s * bry * 0.45, -brx * 0.75, s * bry * 0.05);
    ctx.quadraticCurveTo(-brx * 0.2, -s * bry * 0.15, brx * 0.35, 0);
    pen.paint(null, duck.wing, LW2);
    ctx.restore();
  }
  ctx.restore();
  const hx = r * 0.5, hr = r * 0.32;
  pen.disc(hx, 0, hr, bodyFill(ctx, 'duckh', hr, hr, hx, duck.head), LW);
  // bill
  ctx.beginPath();
  ctx.moveTo(hx + hr * 0.7, -hr * 0.45);
  ctx.quadraticCurveTo(hx + hr * 1.7, -hr * 0.55, hx + hr * 1.65, 0);
  ctx.quadraticCurveTo(hx + hr * 1.7, hr * 0.55, hx + hr * 0.7, hr * 0.45);
  ctx.closePath();
  pen.paint(null, duck.bill, LW2);
  ctx.beginPath(); ctx.moveTo(hx + hr * 0.85, 0); ctx.lineTo(hx + hr * 1.5, 0);
  pen.stroke(null, alpha(duck.billLine, 0.45), 2.5);
  eyes(ctx, hx + hr * 0.3, hr * 0.5, r * 0.065);
}

function drawChest(pen, r, t) {
  const { ctx } = pen;
  const w = r * 1.2, h = r * 0.85;
  const box = cachedPath('chest' + Math.round(r), (p) => rrect(p, -w, -h, w * 2, h * 2, r * 0.14));
  shadow(ctx, box, 5, 8, 0.2);
  pen.paint(box, radial(ctx, 'chestg' + Math.round(r), -w * 0.3, -h * 0.4, 0, 0, 0, w * 1.2, [0, chest.wood, 1, chest.woodDark]), LW);
  ctx.save(); ctx.clip(box);
  ctx.beginPath();
  for (let i = -2; i <= 2; i++) { ctx.moveTo(-w, i * h * 0.36); ctx.lineTo(w, i * h * 0.36 + 2); }
  pen.stroke(null, alpha(wood.grain, 0.35), 3);
  ctx.restore();
  // gold bands and the lock
  ctx.beginPath();
  rrect(ctx, -w * 0.62, -h, w * 0.2, h * 2, 3);
  rrect(ctx, w * 0.42, -h, w * 0.2, h * 2, 3);
  pen.paint(null, gold.deep, LW2);
  ctx.beginPath();
  rrect(ctx, -w * 0.18, -h * 0.34, w * 0.36, h * 0.68, 6);
  pen.paint(null, gold.soft, LW2);
  ctx.beginPath(); ctx.arc(0, -h * 0.02, w * 0.06, PI, TAU); ctx.lineTo(w * 0.025, h * 0.16); ctx.lineTo(-w * 0.025, h * 0.16); ctx.closePath();
  ctx.fillStyle = chest.keyhole; ctx.fill();
  const tw = (num(t, 0) * 0.002) % TAU;
  sparkle(ctx, w * 0.78, -h * 0.7, 10 + Math.sin(tw) * 4, alpha(gold.glint, 0.9));
  sparkle(ctx, -w * 0.8, h * 0.62, 8 + Math.cos(tw) * 3, alpha(gold.glint, 0.8));
}

function bullyScars(pen, rx, ry) {
  const { ctx } = pen;
  ctx.beginPath();
  ctx.moveTo(rx * 0.2, -ry * 0.25); ctx.lineTo(-rx * 0.3, -ry * 0.15);
  ctx.moveTo(rx * 0.1, ry * 0.2); ctx.lineTo(-rx * 0.4, ry * 0.32);
  pen.stroke(null, alpha(bully.scar, 0.35), 4);
}

function moostafaArmour(pen, rx, ry) {
  const { ctx } = pen;
  const plate = cachedPath('mstp' + Math.round(rx), (p) =>
    roundPoly(p, [[rx * 0.35, -ry * 0.6], [rx * 0.35, ry * 0.6], [-rx * 0.6, ry * 0.55], [-rx * 0.6, -ry * 0.55]], 0.5));
  pen.paint(plate, radial(ctx, 'mstg' + Math.round(rx), -rx * 0.2, -ry * 0.2, 0, 0, 0, rx, [0, steel.bright, 1, steel.deep]), LW);
  ctx.beginPath();
  for (let i = 0; i < 3; i++) star(ctx, -rx * 0.42 + i * rx * 0.34, 0, 4, ry * 0.22, ry * 0.08, PI / 4);
  pen.paint(null, steel.white, LW2);
  ctx.fillStyle = moostafa.rivet;
  ctx.beginPath();
  for (let i = 0; i < 4; i++) { circ(ctx, -rx * 0.5 + i * rx * 0.3, -ry * 0.45, 3); circ(ctx, -rx * 0.5 + i * rx * 0.3, ry * 0.45, 3); }
  ctx.fill();
}

/** A ridge of bristles along a boar's spine. */
function boarBristles(pen, rx, ry) {
  const { ctx } = pen;
  ctx.beginPath();
  for (let i = 0; i < 7; i++) {
    const x = -rx * 0.7 + i * rx * 0.22;
    ctx.moveTo(x - rx * 0.08, -ry * 0.12); ctx.lineTo(x + rx * 0.06, 0); ctx.lineTo(x - rx * 0.08, ry * 0.12);
  }
  pen.stroke(null, boar.bristle, 4);
}

/** Tufts of wool over a sheep's back. */
function woolTufts(pen, rx, ry) {
  const { ctx } = pen;
  ctx.beginPath();
  for (let i = 0; i < 9; i++) {
    const a = i / 9 * TAU;
    circ(ctx, Math.cos(a) * rx * 0.62, Math.sin(a) * ry * 0.62, ry * 0.3);
  }
  circ(ctx, 0, 0, ry * 0.38);
  pen.paint(null, sheep.wool, LW2, sheep.woolShade);
}

/** Two short tusks curling out of a boar's snout. */
function tusks(pen, r) {
  const { ctx } = pen;
  for (let s = -1; s <= 1; s += 2) {
    ctx.beginPath();
    ctx.moveTo(r * 0.86, s * r * 0.14);
    ctx.quadraticCurveTo(r * 1.02, s * r * 0.3, r * 0.96, s * r * 0.4);
    pen.stroke(null, outline, 9);
    pen.stroke(null, boar.tusk, 5);
  }
}

/** The yeti: a shaggy white ape of the snow, arms forward, a blue face and two stubby horns. */
function drawYeti(pen, r, t) {
  const { ctx } = pen;
  const sway = Math.sin(t * 0.004) * r * 0.04;
  // arms reaching forwards on either side
  for (let s = -1; s <= 1; s += 2) {
    ctx.beginPath(); ell(ctx, r * 0.35 + (s > 0 ? sway : -sway), s * r * 0.62, r * 0.36, r * 0.2, s * 0.35);
    pen.paint(null, yeti.fur, LW);
    ctx.beginPath();
    for (let k = -1; k <= 1; k++) circ(ctx, r * 0.68 + (s > 0 ? sway : -sway), s * r * 0.7 + k * r * 0.08, r * 0.045);
    ctx.fillStyle = yeti.claw; ctx.fill();
  }
  // shaggy body
  const body = cachedPath('yb' + Math.round(r), (p) => blob(p, -r * 0.1, 0, r * 0.78, 14, 0.12, rng(11), 0));
  pen.paint(body, radial(ctx, 'yeti' + Math.round(r), -r * 0.2, 0, 0, -r * 0.1, 0, r * 0.8,
    [0, yeti.fur, 0.7, yeti.fur, 1, yeti.furShade]), LW);
  // head with its face and horns
  const hx = r * 0.38, hr = r * 0.36;
  horns(pen, hx - hr * 0.3, hr * 0.7, r * 0.18, r * 0.09, yeti.horn);
  ctx.beginPath(); blob(ctx, hx, 0, hr, 10, 0.1, rng(12), 0);
  pen.paint(null, yeti.fur, LW);
  ctx.beginPath(); ell(ctx, hx + hr * 0.35, 0, hr * 0.55, hr * 0.62, 0);
  pen.paint(null, yeti.face, LW2);
  eyes(ctx, hx + hr * 0.55, hr * 0.28, r * 0.05, yeti.eye);
}

/** A crab (or a crabling, the same at its own size): a round shell, three legs a side, two claws forward, eyes on stalks. */
function drawCrab(pen, r, t) {
  const { ctx } = pen;
  const scuttle = Math.sin(t * 0.02) * 0.15;
  ctx.beginPath();
  for (let s = -1; s <= 1; s += 2) {
    for (let i = 0; i < 3; i++) {
      const a = s * (1.2 + i * 0.38 + (i % 2 ? scuttle : -scuttle));
      const kx = Math.cos(a) * r * 0.85, ky = Math.sin(a) * r * 0.85;
      ctx.moveTo(Math.cos(a) * r * 0.5, Math.sin(a) * r * 0.5);
      ctx.lineTo(kx, ky);
      ctx.lineTo(kx - r * 0.18, ky + s * r * 0.12);
    }
  }
  pen.stroke(null, outline, Math.max(3, r * 0.12));
  pen.stroke(null, crab.leg, Math.max(1.5, r * 0.07));
  // claws
  for (let s = -1; s <= 1; s += 2) {
    ctx.beginPath();
    ctx.moveTo(r * 0.4, s * r * 0.35); ctx.lineTo(r * 0.72, s * r * 0.5);
    pen.stroke(null, outline, Math.max(3, r * 0.14)); pen.stroke(null, crab.leg, Math.max(1.5, r * 0.08));
    ctx.save();
    ctx.translate(r * 0.82, s * r * 0.52);
    ctx.rotate(s * (0.2 + Math.abs(scuttle)));
    ctx.beginPath(); ell(ctx, 0, 0, r * 0.22, r * 0.15, 0);
    pen.paint(null, crab.claw, LW2);
    ctx.beginPath(); ctx.moveTo(r * 0.02, 0); ctx.lineTo(r * 0.24, 0);
    pen.stroke(null, outline, Math.max(1.5, r * 0.04));
    ctx.restore();
  }
  // shell
  const shell = cachedPath('cs' + Math.round(r), (p) => ell(p, 0, 0, r * 0.62, r * 0.72, 0));
  pen.paint(shell, radial(ctx, 'crab' + Math.round(r), -r * 0.1, -r * 0.1, 0, 0, 0, r * 0.72,
    [0, crab.shellSpot, 0.5, crab.shell, 1, crab.shellDark]), LW);
  ctx.beginPath(); circ(ctx, -r * 0.15, -r * 0.25, r * 0.07); circ(ctx, -r * 0.22, r * 0.2, r * 0.06); circ(ctx, r * 0.1, 0, r * 0.05);
  ctx.fillStyle = crab.shellSpot; ctx.fill();
  // eyes on stalks
  for (let s = -1; s <= 1; s += 2) {
    ctx.beginPath(); ctx.moveTo(r * 0.5, s * r * 0.14); ctx.lineTo(r * 0.66, s * r * 0.2);
    pen.stroke(null, crab.eyeStalk, Math.max(1.5, r * 0.05));
  }
  eyes(ctx, r * 0.68, r * 0.2, Math.max(1.5, r * 0.06));
}

/** The animals by type: (pen, r, t). */
const ANIMALS = {
  0: (pen, r, t) => cowLike(pen, r, t, {   // cow
    body: cream, spots: cow.spot, head: cream, headMark: cow.spot, ear: cow.ear, earIn: cow.earIn,
    snout: cow.snout, horn: bone.horn, hornLen: 0.22, tail: cream, tuft: cow.spot,
  }),
  1: drawPig,
  2: (pen, r, t) => cowLike(pen, r, t, {   // bull
    body: bull.body, head: bull.head, ear: bull.head, earIn: bull.earIn, snout: bull.snout,
    horn: bone.pale, hornTip: bull.hornTip, hornLen: 0.45, brow: bull.dark, tail: bull.head, tuft: bull.dark,
  }),
  3: (pen, r, t) => cowLike(pen, r, t, {   // bully
    body: bully.body, head: bully.head, ear: bully.head, earIn: bully.earIn, snout: bully.snout, long: 1.05,
    horn: bone.ivory, hornTip: bully.hornTip, hornLen: 0.55, brow: bully.dark, eye: bully.eye, eyeGlint: bully.eyeGlint,
    ring: gold.trim, tail: bully.head, tuft: bully.dark, back: bullyScars,
  }),
  4: (pen, r, t) => wolfLike(pen, r, t, {   // wolf
    body: wolf.body, back: alpha(wolf.back, 0.35), head: wolf.head, ear: wolf.ear, muzzle: wolf.muzzle, tip: wolf.tail,
    eye: wolf.eye, eyeGlint: white,
  }),
  5: drawDuck,
  6: (pen, r, t) => cowLike(pen, r, t, {   // MOOSTAFA: an armoured boss bull
    body: moostafa.body, head: moostafa.head, ear: moostafa.head, earIn: moostafa.earIn, snout: moostafa.snout, long: 1.05, headS: 1.08,
    horn: gold.soft, hornTip: moostafa.hornTip, hornLen: 0.62, brow: moostafa.dark, eye: gold.warm, eyeGlint: white,
    ring: gold.soft, tail: moostafa.head, tuft: moostafa.dark, back: moostafaArmour,
  }),
  7: drawChest,
  8: (pen, r, t) => wolfLike(pen, r, t, {   // MOOFIE: a great black wolf
    body: moofie.body, back: alpha(moofie.back, 0.45), head: moofie.head, ear: moofie.ear, muzzle: moofie.muzzle, tip: moofie.tail,
    eye: moofie.eye, eyeGlint: moofie.eyeGlint, mane: moofie.mane, scar: moofie.scar, brow: moofie.brow,
  }),
  9: (pen, r, t) => {   // boar: a dark bristly pig with tusks
    cowLike(pen, r, t, { body: boar.body, head: boar.head, ear: boar.ear, earIn: boar.earIn, earShape: 'point',
      snout: boar.snout, long: 1.05, tail: boar.head, tuft: boar.bristle, back: boarBristles });
    tusks(pen, r);
  },
  10: drawYeti,
  11: drawCrab,   // the Crab King: the crab at the King's scale (280)
  12: (pen, r, t) => cowLike(pen, r, t, {   // sheep: a woolly back, a dark face
    body: sheep.wool, head: sheep.face, ear: sheep.ear, tail: sheep.tail, foot: sheep.face, back: woolTufts, headS: 0.9,
  }),
  13: drawCrab,
  14: drawCrab,   // crabling: the crab at its own (smaller) scale
};

/** Animal type at (x, y) facing dir, radius scale; hurt (0..1) flashes it red. */
export function drawAnimal(ctx, type, x, y, dir, scale, t, hurt) {
  const ty = num(type, -1) | 0;
  const r = clamp(num(scale, 72), 5, 600);
  t = num(t, 0);
  begin(ctx);
  ctx.translate(num(x, 0), num(y, 0));
  const pen = new Pen(ctx, clamp(num(hurt, 0), 0, 1) * 0.6);
  if (ty === 7) {
    drawChest(pen, r, t);
  } else {
    const d = num(dir, 0);
    // ground shadow
    ctx.beginPath(); ell(ctx, r * 0.05, r * 0.08, r * 0.95, r * 0.68, d);
    ctx.fillStyle = shade(0.13); ctx.fill();
    ctx.rotate(d);
    const draw = ANIMALS[ty];
    if (draw) draw(pen, r, t);
    else cowLike(pen, r, t, { body: unknown, head: animal.unknownHead, snout: animal.unknownSnout });
  }
  ctx.restore();
}
