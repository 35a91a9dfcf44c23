// Accessories (capes, tails, wings and things on the back), drawn behind the body in the player's
// frame, +x = facing. The capes are one shape in rows of colours, lengths and patterns; the feathered
// wings one drawing in rows of colours.
import { PI, TAU, num, rng, circ, ell, rrect, roundPoly, blob, pointedLeaf, rockPts, scalePts, cachedPath } from './shapes.js';
import { LW, LW2, lightCircle } from './pen.js';
import { apple } from './food.js';
import { skull } from './marks.js';
import { accessory, alpha, bone, cow, cream, food, gold, ground, hat, leaf, light, outline, shade, steel, stone,
  unknown, white, wood } from './palette.js';

/** A cape hanging from the shoulders to x = -len, its hem (zigzag or round) waving with t. Leaves the path set. */
function capePath(ctx, len, flare, t, zig) {
  const w = Math.sin(num(t, 0) * 0.005) * 4;
  ctx.beginPath();
  ctx.moveTo(12, -31);
  ctx.quadraticCurveTo(-16, -40 - flare * 0.6, -len + 6, -34 - flare + w * 0.5);
  const n = zig ? 6 : 3;
  for (let i = 0; i < n; i++) {
    const y0 = -34 - flare + (i) / n * (68 + flare * 2), y1 = -34 - flare + (i + 1) / n * (68 + flare * 2);
    const wave = Math.sin(num(t, 0) * 0.006 + i * 1.7) * 4;
    if (zig) {
      ctx.lineTo(-len - 12 + wave, (y0 + y1) / 2);
      ctx.lineTo(-len + 4 + wave * 0.5, y1);
    } else {
      ctx.quadraticCurveTo(-len - 12 + wave, (y0 + y1) / 2, -len + 2 + wave * 0.3, y1);
    }
  }
  ctx.quadraticCurveTo(-16, 40 + flare * 0.6, 12, 31);
  ctx.closePath();
}

function capeFolds(pen, len) {
  const { ctx } = pen;
  ctx.beginPath();
  ctx.moveTo(-24, -14); ctx.lineTo(-len + 6, -20);
  ctx.moveTo(-24, 14); ctx.lineTo(-len + 6, 20);
  pen.stroke(null, shade(0.12), 5);
}

/** A cape row: its cloth, then its pattern clipped to it (outlined again after), then what lies over it. */
function cape(pen, c, t) {
  const { ctx } = pen;
  capePath(ctx, c.len, c.flare, t, c.zig);
  pen.paint(null, c.cloth, LW);
  if (c.pattern) {
    ctx.save();
    capePath(ctx, c.len, c.flare, t, c.zig);
    ctx.clip();
    c.pattern(pen, c.len);
    ctx.restore();
    capePath(ctx, c.len, c.flare, t, c.zig);
    pen.stroke(null, outline, LW);
  }
  if (c.over) c.over(pen);
}

function leaves(pen) {
  const { ctx } = pen;
  ctx.fillStyle = leaf.cape;
  for (let i = 0; i < 7; i++) {
    ctx.save(); ctx.translate(-20 - (i % 3) * 14, -28 + i * 9); ctx.rotate(PI + (i % 2 ? 0.4 : -0.4));
    ctx.beginPath(); pointedLeaf(ctx, 26, 9); ctx.fill();
    ctx.restore();
  }
}

function stones(pen) {
  const { ctx } = pen;
  const r = rng(10);
  ctx.beginPath();
  for (let i = 0; i < 9; i++) {
    const x = -20 - (i % 3) * 15 - r() * 4, y = -26 + Math.floor(i / 3) * 24 + (i % 3) * 4 + r() * 4;
    roundPoly(ctx, scalePts(rockPts(r, 5, 9, 0.2, r()), 1, x, y), 0.7);
  }
  pen.paint(null, stone.pale, 2.5, alpha(stone.crack, 0.7));
}

function chips(pen, len) {
  const { ctx } = pen;
  const r = rng(3);
  ctx.fillStyle = food.chip;
  ctx.beginPath();
  for (let i = 0; i < 9; i++) roundPoly(ctx, scalePts(rockPts(r, 5, 5, 0.3, r()), 1, -14 - r() * 44, -32 + r() * 64), 0.7);
  ctx.fill();
  capeFolds(pen, len);
}

function cowSpots(pen, len) {
  const { ctx } = pen;
  ctx.fillStyle = cow.print;
  ctx.beginPath();
  blob(ctx, -30, -18, 12, 6, 0.2, rng(1), 0);
  blob(ctx, -48, 12, 11, 6, 0.2, rng(2), 1);
  blob(ctx, -22, 24, 8, 5, 0.2, rng(3), 2);
  ctx.fill();
  capeFolds(pen, len);
}

function snowflakes(pen) {
  const { ctx } = pen;
  ctx.beginPath();
  for (const [x, y] of [[-34, -16], [-46, 14], [-24, 20]]) {
    for (let k = 0; k < 3; k++) {
      const a = k / 3 * PI;
      ctx.moveTo(x + Math.cos(a) * 7, y + Math.sin(a) * 7);
      ctx.lineTo(x - Math.cos(a) * 7, y - Math.sin(a) * 7);
    }
  }
  pen.stroke(null, accessory.snowflake, 2.5);
}

function furCollar(pen) {
  pen.ctx.beginPath(); pen.ctx.arc(0, 0, 38, PI * 0.55, PI * 1.45);
  pen.stroke(null, outline, 16); pen.stroke(null, accessory.furCollar, 10);
}

function skullMark(pen) {
  const { ctx } = pen;
  ctx.save(); ctx.translate(-42, 0); ctx.rotate(PI / 2);
  skull(pen, 26, bone.skullShade);
  ctx.restore();
}

function speedLines(pen) {
  const { ctx } = pen;
  ctx.beginPath();
  for (let i = -2; i <= 2; i++) { ctx.moveTo(-20 - Math.abs(i) * 4, i * 11); ctx.lineTo(-76, i * 13); }
  pen.stroke(null, light(0.7), 4);
}

function scales(pen) {
  const { ctx } = pen;
  ctx.beginPath();
  for (let row = 0; row < 4; row++) {
    for (let k = -3; k <= 3; k++) {
      ctx.moveTo(-18 - row * 12 + 5, k * 11 + (row % 2) * 5);
      ctx.arc(-18 - row * 12, k * 11 + (row % 2) * 5, 5, 0, PI);
    }
  }
  pen.stroke(null, alpha(accessory.dragonScale, 0.45), 2.5);
}

function spine(pen) {
  const { ctx } = pen;
  ctx.beginPath();
  for (let i = 0; i < 3; i++) { const x = -26 - i * 14; ctx.moveTo(x + 6, -5); ctx.lineTo(x - 6, 0); ctx.lineTo(x + 6, 5); ctx.closePath(); }
  pen.paint(null, gold.spine, 3);
}

function superEmblem(pen, len) {
  const { ctx } = pen;
  capeFolds(pen, len);
  ctx.beginPath(); roundPoly(ctx, [[-22, 0], [-40, -16], [-58, 0], [-40, 16]], 0.3);
  pen.paint(null, gold.emblem, LW2);
  ctx.beginPath(); ctx.moveTo(-30, -5); ctx.lineTo(-44, 4); pen.stroke(null, accessory.superCape, 4);
}

function trollFace(pen) {
  const { ctx } = pen;
  ctx.save(); ctx.translate(-40, 0); ctx.rotate(PI / 2);
  ctx.beginPath(); ctx.arc(0, -4, 16, 0.15 * PI, 0.85 * PI); ctx.closePath();
  pen.paint(null, cream, 3.5);
  ctx.beginPath(); ctx.moveTo(-12, 6); ctx.lineTo(12, 6); ctx.moveTo(-6, 5); ctx.lineTo(-6, 12); ctx.moveTo(4, 5); ctx.lineTo(4, 12);
  pen.stroke(null, alpha(accessory.trollTeeth, 0.6), 2);
  ctx.beginPath(); ell(ctx, -9, -12, 6, 4, -0.3); ell(ctx, 9, -12, 6, 4, 0.3); pen.paint(null, white, 3);
  ctx.beginPath(); circ(ctx, -7, -11, 2); circ(ctx, 11, -11, 2); ctx.fillStyle = outline; ctx.fill();
  ctx.beginPath(); ctx.moveTo(-16, -20); ctx.lineTo(-4, -16); ctx.moveTo(16, -20); ctx.lineTo(4, -16); pen.stroke(null, outline, 3);
  ctx.restore();
}

// The capes: cloth colour, length, how far the hem flares out, a zigzag hem or a round one, the
// pattern on the cloth (pattern(pen, len)) and what lies over the cape.
const CAPES = {
  9: { cloth: leaf.bush, len: 60, flare: 8, zig: true, pattern: leaves },   // Tree Cape
  10: { cloth: stone.mid, len: 56, flare: 6, pattern: stones },              // Stone Cape
  3: { cloth: wood.light, len: 56, flare: 6, pattern: chips },                // Cookie Cape
  8: { cloth: cream, len: 58, flare: 6, pattern: cowSpots },             // Cow Cape
  6: { cloth: accessory.winterCape, len: 58, flare: 8, pattern: snowflakes, over: furCollar },   // Winter Cape
  4: { cloth: accessory.skullCape, len: 60, flare: 6, pattern: skullMark },            // Skull Cape
  5: { cloth: accessory.dashCape, len: 66, flare: 4, pattern: speedLines },           // Dash Cape
  2: { cloth: accessory.dragonCape, len: 62, flare: 10, zig: true, pattern: scales, over: spine },   // Dragon Cape
  1: { cloth: accessory.superCape, len: 62, flare: 8, pattern: superEmblem },          // Super Cape
  7: { cloth: accessory.trollCape, len: 62, flare: 8, pattern: trollFace },            // Troll Cape
};
const UNKNOWN_CAPE = { cloth: unknown, len: 54, flare: 6 };

/** A feathered wing on side s (-1 left, 1 right): a row of long feathers, the arm, the coverts. */
function featherWing(pen, s, t, w) {
  const { ctx } = pen;
  const flap = Math.sin(num(t, 0) * 0.004) * 0.06;
  ctx.save();
  ctx.translate(-8, s * 16);
  ctx.rotate(-s * (0.15 + flap));
  const n = 5;
  // long flight feathers along the trailing edge, from the tip back to the root
  for (let i = 0; i < n; i++) {
    const f = i / (n - 1);
    ctx.save();
    ctx.translate(-16 - f * 14, s * (86 - f * 56));
    ctx.rotate(PI + s * (0.45 - f * 0.35));
    ctx.beginPath(); ell(ctx, 16, 0, 24 - f * 4, 8.5, 0);
    pen.paint(null, i % 2 ? w.feathers : w.arm, LW2, w.line);
    ctx.restore();
  }
  // the wing's arm
  ctx.beginPath();
  ctx.moveTo(8, s * 4);
  ctx.bezierCurveTo(14, s * 46, 2, s * 80, -18, s * 100);
  ctx.quadraticCurveTo(-30, s * 84, -28, s * 60);
  ctx.quadraticCurveTo(-32, s * 30, -24, s * 6);
  ctx.closePath();
  pen.paint(null, w.arm, LW, w.line);
  // coverts: a scalloped row of small feathers
  ctx.beginPath();
  for (let i = 0; i < 4; i++) {
    const g = i / 3;
    circ(ctx, -10 + g * 4, s * (22 + g * 52), 10 - g * 2);
  }
  pen.paint(null, w.coverts, LW2, w.line);
  ctx.beginPath(); ctx.moveTo(6, s * 8); ctx.bezierCurveTo(10, s * 44, 0, s * 76, -16, s * 94);
  pen.stroke(null, light(0.3), 3);
  ctx.restore();
}

/** A bat wing on side s: a membrane between three bones. */
function batWing(pen, s, t, w) {
  const { ctx } = pen;
  const flap = Math.sin(num(t, 0) * 0.006) * 0.1;
  ctx.save();
  ctx.translate(-4, s * 24);
  ctx.rotate(s * (0.2 + flap));
  ctx.beginPath();
  ctx.moveTo(0, 0);
  ctx.lineTo(-20, s * 62);
  ctx.quadraticCurveTo(-30, s * 46, -42, s * 50);
  ctx.quadraticCurveTo(-44, s * 32, -58, s * 30);
  ctx.quadraticCurveTo(-52, s * 14, -60, s * 6);
  ctx.quadraticCurveTo(-30, s * 2, 0, 0);
  pen.paint(null, w.membrane, LW);
  ctx.beginPath();
  ctx.moveTo(0, 0); ctx.lineTo(-20, s * 62);
  ctx.moveTo(-4, s * 6); ctx.lineTo(-42, s * 50);
  ctx.moveTo(-4, s * 4); ctx.lineTo(-58, s * 30);
  pen.stroke(null, w.bone, 3.5);
  ctx.restore();
}

// The wings: feathered ones with the colours of the long feathers, of the arm (and the other long
// feathers), of the coverts, and their outline; bat wings with the membrane's and the bones' colours.
const WINGS = {
  13: { draw: featherWing, feathers: accessory.angelFeather, arm: white, coverts: accessory.angelCovert,   // Angel Wings
    line: alpha(accessory.angelLine, 0.6) },
  19: { draw: featherWing, feathers: accessory.shadowFeather, arm: accessory.shadowArm, coverts: accessory.shadowCovert,   // Shadow Wings
    line: alpha(accessory.shadowLine, 0.45) },
  18: { draw: batWing, membrane: accessory.bloodWing, bone: accessory.bloodBone },   // Blood Wings
};

function wings(pen, w, t) {
  w.draw(pen, -1, t, w);
  w.draw(pen, 1, t, w);
}

function snowball(pen) {
  const { ctx } = pen;
  pen.disc(-44, 0, 28, accessory.snowball, LW);
  ctx.save(); ctx.translate(-44, 0);
  lightCircle(ctx, 28);
  ctx.fillStyle = alpha(ground.snowShadow, 0.45);
  ctx.beginPath(); circ(ctx, -8, 8, 4); circ(ctx, 10, -6, 3); circ(ctx, -2, -14, 2.5); circ(ctx, 12, 12, 2.5); ctx.fill();
  ctx.restore();
}

/** The devil's spade at the end of its tail. */
function spade(pen) {
  const { ctx } = pen;
  ctx.rotate(PI - 0.6);
  ctx.beginPath(); ctx.moveTo(14, 0); ctx.lineTo(-4, -11); ctx.lineTo(0, 0); ctx.lineTo(-4, 11); ctx.closePath();
  pen.paint(null, accessory.devil, LW2);
}

// The tails: how fast and how far they swing, where they leave the body, their curves (control points
// and end of each, before the swing), their width and colour, and what hangs at the end.
const TAILS = {
  11: { speed: 0.006, swing: 8, from: [-26, 0], curves: [[-60, 4, -70, 30, -52, 38], [-38, 44, -34, 26, -44, 24]],   // Monkey Tail
    width: 9, colour: hat.monkey },
  20: { speed: 0.007, swing: 10, from: [-28, 0], curves: [[-50, -10, -60, 20, -76, 6]],   // Devils Tail
    width: 6, colour: accessory.devil, tip: spade },
};

function tail(pen, k, t) {
  const { ctx } = pen;
  const w = Math.sin(num(t, 0) * k.speed) * k.swing;
  ctx.beginPath();
  ctx.moveTo(...k.from);
  for (const [x1, y1, x2, y2, x, y] of k.curves) ctx.bezierCurveTo(x1, y1 + w, x2, y2 + w, x, y + w);
  pen.stroke(null, outline, k.width + 6); pen.stroke(null, k.colour, k.width);
  if (k.tip) {
    const [, , , , x, y] = k.curves[k.curves.length - 1];
    ctx.save(); ctx.translate(x, y + w);
    k.tip(pen);
    ctx.restore();
  }
}

function appleBasket(pen) {
  const { ctx } = pen;
  ctx.beginPath(); rrect(ctx, -66, -26, 40, 52, 10);
  pen.paint(null, wood.board, LW);
  ctx.save(); ctx.beginPath(); rrect(ctx, -66, -26, 40, 52, 10); ctx.clip();
  ctx.beginPath();
  for (let y = -22; y < 26; y += 8) { ctx.moveTo(-66, y); ctx.lineTo(-26, y + 4); }
  for (let x = -62; x < -26; x += 9) { ctx.moveTo(x, -26); ctx.lineTo(x, 26); }
  pen.stroke(null, alpha(wood.grain, 0.45), 2.5);
  ctx.restore();
  for (const [x, y] of [[-52, -12], [-40, 6], [-54, 12]]) {
    ctx.save(); ctx.translate(x, y);
    apple(pen, 11);
    ctx.restore();
  }
}

function thorns(pen) {   // a thorny vine around the back
  const { ctx } = pen;
  const n = 9;
  ctx.beginPath();
  for (let i = 0; i <= n; i++) {
    const a = PI * 0.5 + i / n * PI, r = 44;
    const x = Math.cos(a) * r, y = Math.sin(a) * r;
    ctx.moveTo(x, y);
    ctx.lineTo(Math.cos(a) * (r + 16), Math.sin(a) * (r + 16) + (i % 2 ? 5 : -5));
    ctx.lineTo(Math.cos(a + 0.08) * r, Math.sin(a + 0.08) * r);
  }
  pen.paint(null, accessory.thorn, 3);
  ctx.beginPath(); ctx.arc(0, 0, 44, PI * 0.45, PI * 1.55);
  pen.stroke(null, outline, 14); pen.stroke(null, accessory.vine, 8);
  ctx.beginPath(); ctx.arc(0, 0, 44, PI * 0.6, PI * 1.1); pen.stroke(null, accessory.vineLight, 3);
}

function blockades(pen) {   // a little barricade of planks strapped to the back
  const { ctx } = pen;
  const planks = [[-44, 0, PI / 2, wood.dark, 86], [-40, 0, PI / 2 - 0.7, wood.plank, 80], [-40, 0, PI / 2 + 0.7, wood.light, 80]];
  for (const [x, y, turn, colour, length] of planks) {
    const l = length / 2;
    ctx.save(); ctx.translate(x, y); ctx.rotate(turn);
    ctx.beginPath(); rrect(ctx, -l, -8, l * 2, 16, 3);
    pen.paint(null, colour, LW2);
    ctx.beginPath(); ctx.moveTo(-l + 6, -1); ctx.lineTo(l - 10, -1); pen.stroke(null, alpha(wood.grain, 0.35), 2);
    ctx.fillStyle = steel.deep; ctx.beginPath(); circ(ctx, -l + 7, 0, 2.5); circ(ctx, l - 7, 0, 2.5); ctx.fill();
    ctx.restore();
  }
}

function sawblade(pen, t) {
  const { ctx } = pen;
  ctx.save(); ctx.translate(-36, 0); ctx.rotate((num(t, 0) * 0.01) % TAU);
  const saw = cachedPath('sawblade', (q) => {
    const n = 16;
    for (let i = 0; i < n; i++) {
      const a = i / n * TAU, a2 = (i + 0.7) / n * TAU;
      if (i === 0) q.moveTo(Math.cos(a) * 34, Math.sin(a) * 34); else q.lineTo(Math.cos(a) * 34, Math.sin(a) * 34);
      q.lineTo(Math.cos(a2) * 42, Math.sin(a2) * 42);
    }
    q.closePath();
  });
  pen.paint(saw, steel.light, LW);
  lightCircle(ctx, 34);
  ctx.beginPath(); circ(ctx, 0, 0, 24); pen.stroke(null, alpha(steel.groove, 0.3), 3);
  pen.disc(0, 0, 9, steel.ring, LW2);
  ctx.restore();
}

function corruptWings(pen, t) {   // two crossed shards with a flickering glitch
  const { ctx } = pen;
  const glitch = Math.floor(num(t, 0) / 140) % 6;
  const shard = cachedPath('corruptx', (q) => {
    q.moveTo(-70, 0); q.lineTo(-30, -13); q.lineTo(-8, -6); q.lineTo(0, -16); q.lineTo(10, -6); q.lineTo(34, -13);
    q.lineTo(74, 0); q.lineTo(34, 13); q.lineTo(10, 6); q.lineTo(0, 16); q.lineTo(-8, 6); q.lineTo(-30, 13); q.closePath();
  });
  ctx.save();
  ctx.translate(-32, 0);
  for (let k = 0; k < 2; k++) {
    ctx.save();
    ctx.rotate(k ? PI / 4 + 0.1 : -PI / 4 - 0.1);
    if (glitch === k) {
      ctx.translate(4, -3); ctx.fillStyle = alpha(accessory.glitchGreen, 0.6); ctx.fill(shard);
      ctx.translate(-8, 6); ctx.fillStyle = alpha(accessory.glitchPink, 0.55); ctx.fill(shard);
      ctx.translate(4, -3);
    }
    pen.paint(shard, k ? accessory.shardDark : accessory.shard, LW);
    ctx.beginPath(); ctx.moveTo(-62, 0); ctx.lineTo(-30, -6); ctx.lineTo(30, 6); ctx.lineTo(66, 0);
    pen.stroke(null, k ? accessory.shardPurple : accessory.shardGreen, 3);
    ctx.restore();
  }
  pen.disc(0, 0, 10, accessory.shardCore, LW2);
  ctx.beginPath(); circ(ctx, 0, 0, 4.5); ctx.fillStyle = glitch % 2 ? accessory.shardGreen : accessory.shardViolet; ctx.fill();
  ctx.restore();
}

const OTHERS = { 12: snowball, 17: appleBasket, 14: thorns, 15: blockades, 16: sawblade, 21: corruptWings };

/** Accessory id on the back at the origin (nothing for 0, a plain cape for an id no table knows). */
export function drawAccessory(pen, id, t) {
  if (CAPES[id]) cape(pen, CAPES[id], t);
  else if (WINGS[id]) wings(pen, WINGS[id], t);
  else if (TAILS[id]) tail(pen, TAILS[id], t);
  else if (OTHERS[id]) OTHERS[id](pen, t);
  else if (id) cape(pen, UNKNOWN_CAPE, t);
}

/** How far an accessory reaches behind the body, and how far its icon is moved to fit its box. */
export function accessoryFrame(id) {
  if (WINGS[id]) return { reach: 100, shift: 4 };
  if (id === 21) return { reach: 80, shift: 30 };
  return { reach: 62, shift: 20 };
}
