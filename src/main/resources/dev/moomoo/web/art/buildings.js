// Buildings (the placeable items 3..22), each drawn at scale s around the origin, facing +x, and the
// item dispatch that food, the held item and the icons share.
import { PI, TAU, rng, num, clamp, circ, ell, rrect, roundPoly, poly, star, rockPts, scalePts, octagon, pointedLeafAt, cachedPath,
  radial, mix, sparkle } from './shapes.js';
import { Pen, LW, LW2, begin, shadow } from './pen.js';
import { FOOD } from './food.js';
import { alpha, bone, building, gold, leaf, light, outline, seam, steel, stone, unknown, white, wood } from './palette.js';


/** Faceted metal spikes around the centre: each spike has a lit and a shaded half. */
function spikeRing(pen, key, n, ro, ri, lit, shaded, rot) {
  const { ctx } = pen;
  const half = TAU / n / 2;
  const litHalves = cachedPath(key + 'l', (p) => {
    for (let i = 0; i < n; i++) {
      const a = rot + i / n * TAU;
      p.moveTo(Math.cos(a - half) * ri, Math.sin(a - half) * ri);
      p.lineTo(Math.cos(a) * ro, Math.sin(a) * ro);
      p.lineTo(Math.cos(a) * ri * 0.8, Math.sin(a) * ri * 0.8);
      p.closePath();
    }
  });
  const shadedHalves = cachedPath(key + 'd', (p) => {
    for (let i = 0; i < n; i++) {
      const a = rot + i / n * TAU;
      p.moveTo(Math.cos(a) * ri * 0.8, Math.sin(a) * ri * 0.8);
      p.lineTo(Math.cos(a) * ro, Math.sin(a) * ro);
      p.lineTo(Math.cos(a + half) * ri, Math.sin(a + half) * ri);
      p.closePath();
    }
  });
  const rim = cachedPath(key + 's', (p) => star(p, 0, 0, n, ro, ri, rot));
  ctx.lineWidth = LW;
  ctx.strokeStyle = outline;
  ctx.stroke(rim);
  pen.fill(litHalves, lit);
  pen.fill(shadedHalves, shaded);
}

/** A round of end grain: rings and a soft light. */
function woodDisc(pen, r, base = wood.plank) {
  const { ctx } = pen;
  pen.disc(0, 0, r, base, LW);
  ctx.beginPath();
  circ(ctx, 0, 0, r * 0.66);
  circ(ctx, 0, 0, r * 0.33);
  pen.stroke(null, alpha(wood.grain, 0.35), 3);
  ctx.fillStyle = radial(ctx, 'wdsh' + Math.round(r), -r * 0.3, -r * 0.3, 0, 0, 0, r,
    [0, alpha(wood.glow, 0.25), 0.7, alpha(wood.glow, 0), 1, alpha(wood.grain, 0.18)]);
  ctx.beginPath(); circ(ctx, 0, 0, r); ctx.fill();
}

/** n dots of radius r on a circle of radius d, the first turned by offset of a step: rivets and studs. */
function dots(ctx, n, d, r, offset, colour) {
  ctx.fillStyle = colour;
  ctx.beginPath();
  for (let i = 0; i < n; i++) { const a = (i + offset) / n * TAU; circ(ctx, Math.cos(a) * d, Math.sin(a) * d, r); }
  ctx.fill();
}

/** An octagonal rim of radius r lit from the upper left: spawn pad, blocker, teleporter. */
function octagonRim(pen, key, r, lit, shaded) {
  const ring = cachedPath(key + r, (p) => roundPoly(p, octagon(r), 0.5));
  pen.paint(ring, radial(pen.ctx, key + 'g' + r, -r * 0.3, -r * 0.3, 0, 0, 0, r, [0, lit, 1, shaded]), LW);
}

function woodWall(pen, s) {
  const { ctx } = pen;
  const outer = cachedPath('ww' + s, (p) => roundPoly(p, octagon(s), 0.4));
  const inner = cachedPath('wwi' + s, (p) => roundPoly(p, octagon(s * 0.74), 0.4));
  shadow(ctx, outer, 4, 6, 0.16);
  pen.paint(outer, wood.dark, LW);
  pen.fill(inner, radial(ctx, 'wwg' + s, -s * 0.3, -s * 0.3, 0, 0, 0, s, [0, wood.pale, 1, wood.plank]));
  ctx.save();
  ctx.clip(inner);
  ctx.beginPath();
  for (let i = -2; i <= 2; i++) { ctx.moveTo(-s, i * s * 0.3); ctx.lineTo(s, i * s * 0.3); }
  pen.stroke(null, alpha(wood.grain, 0.45), 3.5);
  ctx.beginPath();
  ctx.moveTo(-s * 0.5, -s * 0.12); ctx.lineTo(-s * 0.1, -s * 0.12);
  ctx.moveTo(s * 0.1, s * 0.18); ctx.lineTo(s * 0.45, s * 0.18);
  pen.stroke(null, alpha(wood.grain, 0.25), 2.5);
  ctx.restore();
  pen.stroke(inner, alpha(wood.grain, 0.55), 3.5);
  dots(ctx, 4, s * 0.56, 3.2, 0.5, stone.dark);
}

function stoneWall(pen, s) {
  const { ctx } = pen;
  const outer = cachedPath('sw' + s, (p) => roundPoly(p, octagon(s), 0.4));
  shadow(ctx, outer, 4, 6, 0.16);
  pen.paint(outer, radial(ctx, 'swg' + s, -s * 0.3, -s * 0.3, 0, 0, 0, s, [0, stone.light, 1, stone.dark]), LW);
  const cob = cachedPath('swc' + s, (p) => {
    const r = rng(44);
    roundPoly(p, rockPts(r, 6, s * 0.3, 0.15, 0.3), 0.7);
    for (let i = 0; i < 6; i++) {
      const a = i / 6 * TAU + 0.25;
      roundPoly(p, scalePts(rockPts(r, 5, s * 0.25, 0.2, a), 1, Math.cos(a) * s * 0.6, Math.sin(a) * s * 0.6), 0.7);
    }
  });
  pen.paint(cob, stone.pale, 3.5, alpha(stone.crack, 0.75));
  ctx.save();
  ctx.translate(-2, -2.5);
  ctx.fillStyle = light(0.18);
  ctx.scale(0.85, 0.85);
  ctx.fill(cob);
  ctx.restore();
}

function castleWall(pen, s) {
  const { ctx } = pen;
  const n = 8;
  const outer = cachedPath('cw' + s, (p) => {
    const step = TAU / n;
    for (let i = 0; i < n; i++) {
      const a = i * step;
      const pts = [[a, s * 0.84], [a + step * 0.08, s], [a + step * 0.52, s], [a + step * 0.6, s * 0.84]];
      pts.forEach(([pa, pr], k) => {
        const x = Math.cos(pa) * pr, y = Math.sin(pa) * pr;
        if (i === 0 && k === 0) p.moveTo(x, y); else p.lineTo(x, y);
      });
    }
    p.closePath();
  });
  shadow(ctx, outer, 4, 6, 0.18);
  pen.paint(outer, radial(ctx, 'cwg' + s, -s * 0.3, -s * 0.3, 0, 0, 0, s, [0, stone.castle, 1, stone.castleDark]), LW);
  pen.disc(0, 0, s * 0.68, radial(ctx, 'cwi' + s, -s * 0.2, -s * 0.25, 0, 0, 0, s * 0.7, [0, stone.light, 1, stone.mid]), 3.5);
  ctx.beginPath();
  circ(ctx, 0, 0, s * 0.36);
  for (let i = 0; i < 8; i++) {
    const a = i / 8 * TAU + (i % 2) * 0.2;
    ctx.moveTo(Math.cos(a) * s * 0.36, Math.sin(a) * s * 0.36);
    ctx.lineTo(Math.cos(a) * s * 0.66, Math.sin(a) * s * 0.66);
  }
  for (let i = 0; i < 4; i++) {
    const b = i / 4 * TAU + 0.6;
    ctx.moveTo(0, 0); ctx.lineTo(Math.cos(b) * s * 0.36, Math.sin(b) * s * 0.36);
  }
  pen.stroke(null, alpha(stone.crack, 0.45), 3);
  // merlon tops lit
  ctx.save();
  ctx.clip(outer);
  ctx.beginPath(); circ(ctx, 0, 0, s * 0.93);
  pen.stroke(null, light(0.12), 4);
  ctx.restore();
}

// The three spike rings: how many points, how far they reach and where their base lies (times the
// scale), how far the ring is turned, their lit and shaded faces, and the hub in the middle.
const SPIKES = {
  6: { points: 10, reach: 1, base: 0.62, turn: 0, lit: steel.light, shaded: steel.mid, hub: (pen, s) => woodDisc(pen, s * 0.6) },
  7: { points: 12, reach: 1.05, base: 0.58, turn: 0.1, lit: steel.bright, shaded: steel.dark, hub: greaterSpikesHub },
  8: { points: 12, reach: 1.03, base: 0.6, turn: 0, lit: building.poisonSpike, shaded: building.poisonSpikeShade, hub: poisonHub },
};

function spikes(pen, s, index) {
  const k = SPIKES[index];
  spikeRing(pen, 'spikes' + index + ':' + s, k.points, s * k.reach, s * k.base, k.lit, k.shaded, k.turn);
  k.hub(pen, s);
}

function greaterSpikesHub(pen, s) {
  const { ctx } = pen;
  woodDisc(pen, s * 0.58, wood.deep);
  ctx.beginPath(); circ(ctx, 0, 0, s * 0.44);
  pen.stroke(null, steel.ring, 6);
  dots(ctx, 6, s * 0.44, 3, 0, steel.light);
}

function poisonHub(pen, s) {
  const { ctx } = pen;
  pen.disc(0, 0, s * 0.6, radial(ctx, 'psg' + s, -s * 0.2, -s * 0.2, 0, 0, 0, s * 0.6, [0, building.poison, 1, building.poisonDark]), LW);
  ctx.fillStyle = building.poisonBubble;
  ctx.beginPath();
  circ(ctx, -s * 0.18, -s * 0.12, s * 0.13);
  circ(ctx, s * 0.2, s * 0.05, s * 0.09);
  circ(ctx, -s * 0.02, s * 0.25, s * 0.07);
  circ(ctx, s * 0.12, -s * 0.28, s * 0.05);
  ctx.fill();
  ctx.fillStyle = light(0.6);
  ctx.beginPath();
  circ(ctx, -s * 0.22, -s * 0.16, s * 0.04);
  circ(ctx, s * 0.18, s * 0.02, s * 0.03);
  ctx.fill();
}

function spinningSpikes(pen, s, t) {
  const { ctx } = pen;
  ctx.rotate((t * 0.003) % TAU);
  const n = 8, ro = s * 1.02, ri = s * 0.55;
  const blades = cachedPath('ssp' + s, (p) => {
    for (let i = 0; i < n; i++) {
      const a = i / n * TAU;
      p.moveTo(Math.cos(a) * ri, Math.sin(a) * ri);
      p.quadraticCurveTo(Math.cos(a + 0.2) * ro * 0.95, Math.sin(a + 0.2) * ro * 0.95, Math.cos(a + 0.42) * ro, Math.sin(a + 0.42) * ro);
      p.quadraticCurveTo(Math.cos(a + 0.5) * ri * 1.1, Math.sin(a + 0.5) * ri * 1.1, Math.cos(a + 0.8) * ri, Math.sin(a + 0.8) * ri);
      p.closePath();
    }
  });
  ctx.beginPath(); circ(ctx, 0, 0, s * 0.8);
  pen.stroke(null, alpha(steel.light, 0.25), 6);
  pen.paint(blades, steel.blade, LW);
  pen.disc(0, 0, s * 0.6, radial(ctx, 'ssg' + s, -s * 0.2, -s * 0.2, 0, 0, 0, s * 0.6, [0, steel.light, 1, steel.dark]), LW);
  pen.disc(0, 0, s * 0.22, steel.deep, 3.5);
  dots(ctx, 4, s * 0.4, 3.4, 0, steel.white);
}

/** n mill blades of length len turned by rot: canvas sails (with stripes) on wooden arms, or curved metal blades. */
export function millBlades(pen, s, n, len, rot, sail, stripe, metal) {
  const { ctx } = pen;
  ctx.save();
  ctx.rotate(rot);
  for (let i = 0; i < n; i++) {
    ctx.save();
    ctx.rotate(i / n * TAU);
    if (metal) {
      const blade = cachedPath('pmb' + s + ':' + len, (p) => {
        p.moveTo(s * 0.12, -s * 0.08);
        p.quadraticCurveTo(len * 0.6, -s * 0.42, len, -s * 0.22);
        p.quadraticCurveTo(len * 1.04, 0, len * 0.92, s * 0.12);
        p.quadraticCurveTo(len * 0.5, s * 0.1, s * 0.12, s * 0.08);
        p.closePath();
      });
      pen.paint(blade, sail, LW);
      ctx.beginPath(); ctx.moveTo(s * 0.2, 0); ctx.quadraticCurveTo(len * 0.6, -s * 0.12, len * 0.9, -s * 0.05);
      pen.stroke(null, light(0.35), 3);
      ctx.beginPath(); ctx.moveTo(len * 0.82, -s * 0.28); ctx.lineTo(len * 0.95, s * 0.1);
      pen.stroke(null, stripe, 5);
    } else {
      ctx.beginPath(); rrect(ctx, 0, -s * 0.07, len, s * 0.14, s * 0.05);
      pen.paint(null, wood.dark, LW2);
      ctx.beginPath(); rrect(ctx, len * 0.28, -s * 0.42, len * 0.72, s * 0.36, s * 0.06);
      pen.paint(null, sail, LW2);
      ctx.beginPath();
      ctx.moveTo(len * 0.52, -s * 0.42); ctx.lineTo(len * 0.52, -s * 0.06);
      ctx.moveTo(len * 0.76, -s * 0.42); ctx.lineTo(len * 0.76, -s * 0.06);
      pen.stroke(null, stripe, 2.5);
    }
    ctx.restore();
  }
  ctx.restore();
}

// The three mills: the octagonal base (radius and corner rounding times the scale, its shadow, its
// fill: a flat colour or a light-to-dark pair), what is drawn on the base, the blades (how many, their
// length times the scale, turns per ms, sail and stripe colours, metal or canvas) and the hub's discs
// (radius times the scale, colour, outline width).
const MILLS = {
  10: { base: 0.62, round: 0.5, shade: 0.16, fill: wood.plank, detail: millRing,
    blades: { n: 4, len: 1.3, speed: 0.0016, sail: bone.ivory, stripe: alpha(seam, 0.5) },
    hubs: [[0.2, wood.dark, LW2]] },
  11: { base: 0.64, round: 0.5, shade: 0.16, fill: [stone.light, stone.dark],
    blades: { n: 4, len: 1.35, speed: 0.0026, sail: building.sail, stripe: light(0.7) },
    hubs: [[0.2, stone.dark, LW2], [0.08, steel.white, 0]] },
  12: { base: 0.66, round: 0.3, shade: 0.18, fill: [steel.mid, steel.darker], detail: millStuds,
    blades: { n: 3, len: 1.35, speed: 0.0038, sail: steel.light, stripe: building.bladeStripe, metal: true },
    hubs: [[0.24, gold.deep, LW2], [0.1, gold.cap, 0]] },
};

function mill(pen, s, t, index) {
  const { ctx } = pen;
  const m = MILLS[index];
  const r = s * m.base;
  const base = cachedPath('mill' + index + ':' + s, (p) => roundPoly(p, octagon(r), m.round));
  shadow(ctx, base, 4, 6, m.shade);
  pen.paint(base, typeof m.fill === 'string' ? m.fill
    : radial(ctx, 'millg' + index + ':' + s, -s * 0.2, -s * 0.2, 0, 0, 0, r, [0, m.fill[0], 1, m.fill[1]]), LW);
  if (m.detail) m.detail(pen, s);
  const b = m.blades;
  millBlades(pen, s, b.n, s * b.len, t * b.speed, b.sail, b.stripe, b.metal);
  for (const [hr, colour, lw] of m.hubs) pen.disc(0, 0, s * hr, colour, lw);
}

function millRing(pen, s) {
  pen.ctx.beginPath(); circ(pen.ctx, 0, 0, s * 0.42);
  pen.stroke(null, alpha(wood.grain, 0.35), 3);
}

function millStuds(pen, s) {
  dots(pen.ctx, 8, s * 0.5, 3, 0.5, gold.trim);
}

function mine(pen, s) {   // a stone heap with a timbered shaft
  const { ctx } = pen;
  const pts = rockPts(rng(1313), 9, s, 0.12, 0.2);
  const body = cachedPath('mine' + s, (p) => roundPoly(p, pts, 0.5));
  shadow(ctx, body, 5, 7, 0.17);
  pen.paint(body, radial(ctx, 'mineg' + s, -s * 0.3, -s * 0.35, s * 0.1, 0, 0, s, [0, stone.pale, 1, stone.heap]), LW);
  const h = s * 0.36;
  ctx.beginPath(); rrect(ctx, -h, -h, h * 2, h * 2, 6);
  pen.paint(null, radial(ctx, 'mineh' + s, 0, 0, 0, 0, 0, h * 1.4, [0, stone.pit, 1, stone.shaft]), 0);
  // ladder
  ctx.beginPath();
  ctx.moveTo(-h * 0.35, -h * 0.8); ctx.lineTo(-h * 0.35, h * 0.8);
  ctx.moveTo(h * 0.35, -h * 0.8); ctx.lineTo(h * 0.35, h * 0.8);
  for (let i = -2; i <= 2; i++) { ctx.moveTo(-h * 0.35, i * h * 0.35); ctx.lineTo(h * 0.35, i * h * 0.35); }
  pen.stroke(null, wood.rung, 4);
  // frame beams
  ctx.beginPath();
  rrect(ctx, -h - 8, -h - 8, h * 2 + 16, 14, 4);
  rrect(ctx, -h - 8, h - 6, h * 2 + 16, 14, 4);
  pen.paint(null, wood.plank, LW2);
  ctx.beginPath();
  rrect(ctx, -h - 8, -h + 6, 14, h * 2 - 12, 4);
  rrect(ctx, h - 6, -h + 6, 14, h * 2 - 12, 4);
  pen.paint(null, wood.light, LW2);
  sparkle(ctx, s * 0.55, -s * 0.45, 8, light(0.8));
}

function sapling(pen, s, t) {
  const { ctx } = pen;
  const sway = Math.sin(t * 0.002) * 0.04;
  const big = cachedPath('sapb' + s, (p) => {
    for (let i = 0; i < 6; i++) pointedLeafAt(p, i / 6 * TAU, s * 0.72, s * 0.26);
  });
  const small = cachedPath('saps' + s, (p) => {
    for (let i = 0; i < 5; i++) pointedLeafAt(p, (i + 0.5) / 5 * TAU, s * 0.45, s * 0.18);
  });
  ctx.rotate(sway);
  shadow(ctx, big, 5, 7, 0.15);
  pen.paint(big, radial(ctx, 'sapg' + s, 0, 0, s * 0.1, 0, 0, s * 0.72, [0, leaf.young, 1, leaf.base]), LW);
  ctx.beginPath();
  for (let i = 0; i < 6; i++) {
    const a = i / 6 * TAU;
    ctx.moveTo(Math.cos(a) * s * 0.1, Math.sin(a) * s * 0.1); ctx.lineTo(Math.cos(a) * s * 0.6, Math.sin(a) * s * 0.6);
  }
  pen.stroke(null, alpha(leaf.vein, 0.45), 3);
  ctx.rotate(-sway * 2);
  pen.paint(small, leaf.sprout, 3.5, alpha(leaf.edge, 0.8));
  pen.disc(0, 0, s * 0.09, wood.plank, LW2);
}

function pitTrap(pen, s) {
  const { ctx } = pen;
  const ring = cachedPath('pit' + s, (p) => roundPoly(p, rockPts(rng(1515), 10, s, 0.08, 0), 0.6));
  pen.paint(ring, wood.soil, LW);
  pen.disc(0, 0, s * 0.74, radial(ctx, 'pitg' + s, 0, 0, 0, 0, 0, s * 0.74, [0, stone.pit, 0.7, stone.pitMid, 1, stone.pitRim]), 3.5);
  // a lattice of sticks with leaves laid over it
  ctx.beginPath();
  ctx.moveTo(-s * 0.8, -s * 0.3); ctx.lineTo(s * 0.8, -s * 0.22);
  ctx.moveTo(-s * 0.75, s * 0.28); ctx.lineTo(s * 0.78, s * 0.34);
  ctx.moveTo(-s * 0.28, -s * 0.8); ctx.lineTo(-s * 0.2, s * 0.8);
  ctx.moveTo(s * 0.3, -s * 0.78); ctx.lineTo(s * 0.22, s * 0.8);
  pen.stroke(null, outline, 10);
  pen.stroke(null, wood.twig, 5);
  ctx.fillStyle = leaf.base;
  ctx.beginPath();
  ell(ctx, -s * 0.45, -s * 0.28, s * 0.14, s * 0.07, 0.5);
  ell(ctx, s * 0.5, s * 0.3, s * 0.13, s * 0.06, -0.6);
  ell(ctx, s * 0.05, -s * 0.5, s * 0.12, s * 0.06, 1.8);
  ctx.fill();
}

function boostPad(pen, s, t) {   // points along +x
  const { ctx } = pen;
  const h = s * 0.82;
  const pad = cachedPath('bp' + s, (p) => rrect(p, -h, -h, h * 2, h * 2, s * 0.22));
  pen.paint(pad, radial(ctx, 'bpg' + s, -h * 0.3, -h * 0.3, 0, 0, 0, h * 1.4, [0, steel.dark, 1, steel.pad]), LW);
  ctx.beginPath(); rrect(ctx, -h * 0.78, -h * 0.78, h * 1.56, h * 1.56, s * 0.14);
  pen.stroke(null, light(0.12), 3);
  const ph = (num(t, 0) * 0.003) % 1;
  const chevron = cachedPath('bpc' + s, (p) =>
    poly(p, [[-h * 0.22, -h * 0.62], [h * 0.22, 0], [-h * 0.22, h * 0.62], [-h * 0.52, h * 0.62], [-h * 0.08, 0], [-h * 0.52, -h * 0.62]]));
  for (let i = 0; i < 2; i++) {
    const ox = -h * 0.45 + i * h * 0.62;
    const glow = Math.round((0.55 + 0.45 * Math.max(0, Math.sin((ph - i * 0.3) * TAU))) * 20) / 20;
    ctx.translate(ox, 0);
    pen.paint(chevron, mix(gold.dim, gold.warm, glow), LW2);
    ctx.translate(-ox, 0);
  }
}

/**
 * A gun on a turning hub: a barrel [x, y, w, h, corner], a muzzle ring at its end, a hub of radius hubR
 * with a cap of radius capR. The turret and the Turret Gear hat.
 */
export function turretGun(pen, barrel, muzzle, hubR, hubFill, capR) {
  const { ctx } = pen;
  ctx.beginPath(); rrect(ctx, ...barrel);
  pen.paint(null, steel.deep, LW);
  ctx.beginPath(); rrect(ctx, ...muzzle);
  pen.paint(null, steel.darker, LW2);
  pen.disc(0, 0, hubR, hubFill, LW);
  pen.disc(0, 0, capR, steel.dark, LW2);
}

function turret(pen, s, t, extra, dir) {
  const { ctx } = pen;
  const h = s * 0.85;
  const base = cachedPath('tb' + s, (p) => rrect(p, -h, -h, h * 2, h * 2, s * 0.25));
  shadow(ctx, base, 4, 6, 0.17);
  pen.paint(base, radial(ctx, 'tbg' + s, -h * 0.3, -h * 0.3, 0, 0, 0, h * 1.4, [0, stone.light, 1, stone.dark]), LW);
  dots(ctx, 4, h * 1.05, 3.5, 0.5, steel.deep);
  ctx.rotate(extra && typeof extra.turretDir === 'number' ? extra.turretDir - dir : 0);
  turretGun(pen, [0, -s * 0.17, s * 1.12, s * 0.34, 4], [s * 0.9, -s * 0.22, s * 0.26, s * 0.44, 4],
    s * 0.56, radial(ctx, 'tt' + s, -s * 0.2, -s * 0.2, 0, 0, 0, s * 0.56, [0, wood.pale, 1, wood.dark]), s * 0.22);
}

function platform(pen, s) {
  const { ctx } = pen;
  const h = s * 0.98;
  const deck = cachedPath('pf' + s, (p) => rrect(p, -h, -h, h * 2, h * 2, 8));
  shadow(ctx, deck, 5, 7, 0.18);
  pen.paint(deck, wood.plank, LW);
  ctx.save();
  ctx.clip(deck);
  for (let i = 0; i < 5; i++) {
    const y = -h + i * h * 0.4;
    ctx.fillStyle = i % 2 ? wood.board : wood.light;
    ctx.fillRect(-h, y + 2, h * 2, h * 0.4 - 4);
  }
  ctx.beginPath();
  for (let i = 1; i < 5; i++) { ctx.moveTo(-h, -h + i * h * 0.4); ctx.lineTo(h, -h + i * h * 0.4); }
  pen.stroke(null, alpha(wood.grain, 0.6), 3);
  ctx.restore();
  ctx.fillStyle = steel.deep;
  ctx.beginPath();
  for (let i = 0; i < 5; i++) {
    const y = -h + (i + 0.5) * h * 0.4;
    circ(ctx, -h * 0.78, y, 2.5); circ(ctx, h * 0.78, y, 2.5);
  }
  ctx.fill();
  pen.stroke(deck, outline, LW);
}

function healingPad(pen, s, t) {
  const { ctx } = pen;
  const h = s * 0.82;
  const pad = cachedPath('hp' + s, (p) => rrect(p, -h, -h, h * 2, h * 2, s * 0.3));
  pen.paint(pad, wood.plank, LW);
  ctx.beginPath(); rrect(ctx, -h * 0.74, -h * 0.74, h * 1.48, h * 1.48, s * 0.2);
  pen.paint(null, building.healCloth, 3.5, alpha(wood.grain, 0.6));
  const pulse = (num(t, 0) * 0.0008) % 1;
  ctx.beginPath(); circ(ctx, 0, 0, h * (0.3 + pulse * 0.45));
  pen.stroke(null, alpha(building.healPulse, (0.45 * (1 - pulse)).toFixed(3)), 4);
  const c = h * 0.5, w = h * 0.18;
  const cross = cachedPath('hpc' + s, (p) =>
    poly(p, [[-w, -c], [w, -c], [w, -w], [c, -w], [c, w], [w, w], [w, c], [-w, c], [-w, w], [-c, w], [-c, -w], [-w, -w]]));
  pen.paint(cross, building.healCross, LW2);
  ctx.save(); ctx.translate(-1.5, -1.5); ctx.scale(0.7, 0.7);
  ctx.fillStyle = light(0.3); ctx.fill(cross);
  ctx.restore();
}

function spawnPad(pen, s, t) {
  const { ctx } = pen;
  const r = s * 0.9;
  octagonRim(pen, 'spp', r, stone.light, stone.dark);
  pen.disc(0, 0, r * 0.7, radial(ctx, 'sppi' + s, 0, 0, 0, 0, 0, r * 0.7, [0, building.spawnLight, 0.6, building.spawnMid, 1, building.spawnDark]), 3.5);
  const pulse = (num(t, 0) * 0.001) % 1;
  ctx.beginPath(); circ(ctx, 0, 0, r * (0.2 + pulse * 0.5));
  pen.stroke(null, light((0.7 * (1 - pulse)).toFixed(3)), 3.5);
  ctx.beginPath(); star(ctx, 0, 0, 5, r * 0.36, r * 0.16, -PI / 2);
  pen.paint(null, white, 3, building.spawnStar);
}

function blocker(pen, s) {
  const { ctx } = pen;
  const r = s * 0.88;
  octagonRim(pen, 'blk', r, steel.dark, steel.darker);
  pen.disc(0, 0, r * 0.66, building.signFace, 0);
  ctx.beginPath();
  circ(ctx, 0, 0, r * 0.56);
  pen.stroke(null, building.sign, r * 0.16);
  ctx.beginPath();
  ctx.moveTo(-r * 0.4, -r * 0.4); ctx.lineTo(r * 0.4, r * 0.4);
  pen.stroke(null, building.sign, r * 0.16);
  ctx.beginPath(); circ(ctx, 0, 0, r * 0.66);
  pen.stroke(null, outline, 3);
}

function teleporter(pen, s, t) {
  const { ctx } = pen;
  const r = s * 0.9;
  octagonRim(pen, 'tp', r, building.portalRim, building.portalRimDark);
  pen.disc(0, 0, r * 0.72, radial(ctx, 'tpi' + s, 0, 0, 0, 0, 0, r * 0.72, [0, building.portalLight, 0.35, building.portal, 1, building.portalDark]), 3.5);
  ctx.save();
  ctx.rotate((num(t, 0) * 0.004) % TAU);
  ctx.beginPath();
  for (let i = 0; i < 3; i++) {
    const a = i / 3 * TAU;
    ctx.moveTo(Math.cos(a) * r * 0.08, Math.sin(a) * r * 0.08);
    for (let k = 1; k <= 8; k++) {
      const f = k / 8, aa = a + f * 2.4, rr = r * (0.08 + f * 0.58);
      ctx.lineTo(Math.cos(aa) * rr, Math.sin(aa) * rr);
    }
  }
  pen.stroke(null, alpha(building.portalSwirl, 0.75), 4);
  ctx.restore();
  pen.disc(0, 0, r * 0.12, white, 0);
}

/** What no table knows: a question mark on a disc. */
export function unknownThing(pen, s) {
  const { ctx } = pen;
  pen.disc(0, 0, s * 0.8, unknown, LW);
  ctx.beginPath();
  ctx.arc(0, -s * 0.12, s * 0.22, PI * 1.1, PI * 2.25);
  ctx.lineTo(0, s * 0.15);
  pen.stroke(null, outline, 6);
  pen.disc(0, s * 0.38, 4, outline, 0);
}

/** The buildings by item index: (pen, s, t, extra, dir). */
const BUILDINGS = {
  3: woodWall, 4: stoneWall, 5: castleWall,
  6: (pen, s) => spikes(pen, s, 6), 7: (pen, s) => spikes(pen, s, 7), 8: (pen, s) => spikes(pen, s, 8), 9: spinningSpikes,
  10: (pen, s, t) => mill(pen, s, t, 10), 11: (pen, s, t) => mill(pen, s, t, 11), 12: (pen, s, t) => mill(pen, s, t, 12),
  13: mine, 14: sapling, 15: pitTrap, 16: boostPad, 17: turret, 18: platform, 19: healingPad, 20: spawnPad,
  21: blocker, 22: teleporter,
};

export const isBuilding = (index) => index in BUILDINGS;

/** Draws item index centred at the current origin, in the frame already turned to dir. */
export function drawItem(pen, index, s, t, extra, dir) {
  const draw = BUILDINGS[index];
  if (draw) draw(pen, s, t, extra, dir);
  else if (FOOD[index]) FOOD[index](pen, s);
  else unknownThing(pen, s);
}

/** How far an item's drawing reaches, relative to its scale (for icons and held items). */
export function itemReach(index) {
  if (index >= 10 && index <= 12) return 1.42;
  if (index === 17) return 1.2;
  if (index === 14) return 0.8;
  return 1.05;
}

/**
 * A placed building (or a ghost of one where it would stand: extra.ghost, extra.invalid flashes it red
 * and rings it), turned to dir; extra.turretDir turns a turret's gun.
 */
export function drawBuilding(ctx, itemIndex, x, y, dir, scale, t, extra = {}) {
  const index = num(itemIndex, -1) | 0;
  const s = Math.round(clamp(num(scale, 45), 4, 500));
  dir = num(dir, 0);
  t = num(t, 0);
  begin(ctx);
  ctx.translate(num(x, 0), num(y, 0));
  if (extra.ghost) ctx.globalAlpha *= 0.5;
  ctx.rotate(dir);
  const pen = new Pen(ctx, extra.invalid ? 0.5 : 0);
  drawItem(pen, index, s, t, extra, dir);
  if (extra.invalid) {
    ctx.beginPath(); circ(ctx, 0, 0, s * 1.02);
    ctx.setLineDash([10, 8]);
    pen.stroke(null, alpha(building.invalid, 0.9), 4);
    ctx.setLineDash([]);
  }
  ctx.restore();
}
