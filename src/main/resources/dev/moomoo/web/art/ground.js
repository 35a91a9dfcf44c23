// The ground: grass, snow and desert bands from repeating tiles (tufts, flowers, drifts, ripples and
// the faint grid baked in), soft wavy borders between them, the moving river, and the dark outside of
// the map.
import { PI, rng, num, circ, ell, blob, factoryContext } from './shapes.js';
import { begin } from './pen.js';
import { alpha, ground, leaf, light, shade, warmLight, water } from './palette.js';

const TILE = 1024;
const GRID = 128;   // grid spacing (divides TILE, so the grid is baked into the tiles)

/** Draws fn at (x, y) and at its wrapped copies, so that the tile repeats seamlessly. */
function wrapped(x, y, reach, fn) {
  for (let dx = -TILE; dx <= TILE; dx += TILE) {
    for (let dy = -TILE; dy <= TILE; dy += TILE) {
      const px = x + dx, py = y + dy;
      if (px > -reach && px < TILE + reach && py > -reach && py < TILE + reach) fn(px, py);
    }
  }
}

function grassTile(g, r) {
  // soft light and dark patches
  for (let i = 0; i < 40; i++) {
    const px = r() * TILE, py = r() * TILE, pr = 50 + r() * 70, light = r() < 0.5, pseed = i;
    wrapped(px, py, pr * 1.2, (x, y) => {
      g.beginPath(); blob(g, x, y, pr, 7, 0.25, rng(pseed), pseed);
      g.fillStyle = light ? alpha(ground.sunPatch, 0.016) : alpha(ground.shadePatch, 0.02);
      g.fill();
    });
  }
  // grass tufts
  for (let i = 0; i < 360; i++) {
    const tx = r() * TILE, ty = r() * TILE, ts = 7 + r() * 6, dark = r() < 0.7;
    wrapped(tx, ty, 20, (x, y) => {
      g.beginPath();
      g.moveTo(x - ts * 0.7, y - ts); g.quadraticCurveTo(x - ts * 0.3, y - ts * 0.2, x, y);
      g.moveTo(x + ts * 0.1, y - ts * 1.25); g.lineTo(x, y);
      g.moveTo(x + ts * 0.8, y - ts * 0.9); g.quadraticCurveTo(x + ts * 0.3, y - ts * 0.2, x, y);
      g.strokeStyle = dark ? alpha(leaf.shadow, 0.32) : alpha(ground.tuft, 0.22);
      g.lineWidth = 2.6;
      g.stroke();
    });
  }
  // tiny flowers
  for (let i = 0; i < 26; i++) {
    const fx = r() * TILE, fy = r() * TILE, yellow = r() < 0.5;
    wrapped(fx, fy, 10, (x, y) => {
      g.fillStyle = yellow ? alpha(ground.flower, 0.75) : light(0.7);
      for (let k = 0; k < 4; k++) {
        g.beginPath(); circ(g, x + Math.cos(k * PI / 2) * 3.2, y + Math.sin(k * PI / 2) * 3.2, 2.6); g.fill();
      }
      g.fillStyle = alpha(ground.flowerHeart, 0.8);
      g.beginPath(); circ(g, x, y, 2); g.fill();
    });
  }
}

function snowTile(g, r) {
  for (let i = 0; i < 44; i++) {
    const sx = r() * TILE, sy = r() * TILE, sw = 50 + r() * 90, sh = 14 + r() * 20;
    wrapped(sx, sy, sw, (x, y) => {
      g.beginPath(); ell(g, x, y, sw, sh, 0);
      g.fillStyle = alpha(ground.drift, 0.05);
      g.fill();
      g.beginPath(); g.ellipse(x, y - 2, sw * 0.8, sh * 0.6, 0, PI * 1.1, PI * 1.9);
      g.strokeStyle = light(0.6); g.lineWidth = 3; g.stroke();
    });
  }
  for (let i = 0; i < 240; i++) {
    const dx = r() * TILE, dy = r() * TILE, dr = 1.5 + r() * 2.5;
    wrapped(dx, dy, 6, (x, y) => {
      g.beginPath(); circ(g, x, y, dr);
      g.fillStyle = alpha(ground.snowShadow, 0.35);
      g.fill();
    });
  }
}

function sandTile(g, r) {
  // ripples and grains
  for (let i = 0; i < 100; i++) {
    const rx = r() * TILE, ry = r() * TILE, rw = 30 + r() * 40;
    wrapped(rx, ry, rw + 10, (x, y) => {
      g.beginPath();
      g.moveTo(x - rw, y);
      g.bezierCurveTo(x - rw * 0.4, y - 10, x + rw * 0.2, y + 8, x + rw, y - 2);
      g.strokeStyle = alpha(ground.sandShadow, 0.16); g.lineWidth = 3.5; g.stroke();
      g.beginPath();
      g.moveTo(x - rw * 0.8, y - 5);
      g.bezierCurveTo(x - rw * 0.3, y - 14, x + rw * 0.2, y + 3, x + rw * 0.8, y - 7);
      g.strokeStyle = alpha(warmLight, 0.22); g.lineWidth = 2.5; g.stroke();
    });
  }
  for (let i = 0; i < 440; i++) {
    const gx = r() * TILE, gy = r() * TILE, gr = 1.2 + r() * 2.2, dark = r() < 0.6;
    wrapped(gx, gy, 6, (x, y) => {
      g.beginPath(); circ(g, x, y, gr);
      g.fillStyle = dark ? alpha(ground.sandShadow, 0.28) : alpha(warmLight, 0.4);
      g.fill();
    });
  }
}

// Each band's tile: its base colour, its seed and what is sprinkled over it.
const TILES = {
  grass: { base: ground.grass, seed: 101, draw: grassTile },
  snow: { base: ground.snow, seed: 202, draw: snowTile },
  sand: { base: ground.sand, seed: 303, draw: sandTile },
};

function makeTile(kind) {
  const tile = TILES[kind];
  const c = document.createElement('canvas');
  c.width = c.height = TILE;
  const g = c.getContext('2d');
  g.fillStyle = tile.base;
  g.fillRect(0, 0, TILE, TILE);
  g.lineCap = 'round';
  g.lineJoin = 'round';
  tile.draw(g, rng(tile.seed));
  // the faint grid: lines on multiples of GRID (the edge lines are split over both tile sides)
  g.fillStyle = shade(0.05);
  for (let k = 0; k <= TILE; k += GRID) {
    g.fillRect(k - 1.5, 0, 3, TILE);
    g.fillRect(0, k - 1.5, TILE, 3);
  }
  return c;
}

const patterns = {};
function pattern(ctx, kind) {
  let p = patterns[kind];
  if (p === undefined) {
    try { p = factoryContext(ctx).createPattern(makeTile(kind), 'repeat'); } catch { p = null; }
    patterns[kind] = p;
  }
  return p;
}

function band(ctx, x0, x1, ya, yb, kind) {
  if (yb <= ya) return;
  ctx.fillStyle = pattern(ctx, kind) || TILES[kind].base;
  ctx.fillRect(x0, ya, x1 - x0, yb - ya);
}

const edgeY = (x, y, amp) => y + Math.sin(x * 0.011) * amp + Math.sin(x * 0.027 + 1.3) * amp * 0.5;

/** The wavy border of a biome at height y (edge waves by x), filled towards yFar, with a line along it. */
function wavyEdge(ctx, x0, x1, y, yFar, amp, fill, line) {
  const step = 40;
  const xs = Math.floor(x0 / step) * step, xe = Math.ceil(x1 / step) * step;
  ctx.beginPath();
  ctx.moveTo(xs, yFar);
  for (let x = xs; x <= xe; x += step) ctx.lineTo(x, edgeY(x, y, amp));
  ctx.lineTo(xe, yFar);
  ctx.closePath();
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.beginPath();
  for (let x = xs; x <= xe; x += step) {
    if (x === xs) ctx.moveTo(x, edgeY(x, y, amp)); else ctx.lineTo(x, edgeY(x, y, amp));
  }
  ctx.strokeStyle = line;
  ctx.lineWidth = 6;
  ctx.stroke();
}

function waveHash(c, r) {
  const h = Math.imul(c * 374761393 + r * 668265263, 1274126177) >>> 0;
  return (h % 1000) / 1000;
}

function river(ctx, x0, x1, top, bottom, t) {
  const h = bottom - top, w = x1 - x0;
  ctx.fillStyle = water.river;
  ctx.fillRect(x0, top, w, h);
  // lighter shallows by the banks, a deeper channel in the middle
  ctx.fillStyle = alpha(water.shallows, 0.35);
  ctx.fillRect(x0, top, w, h * 0.16); ctx.fillRect(x0, bottom - h * 0.16, w, h * 0.16);
  ctx.fillRect(x0, top, w, h * 0.07); ctx.fillRect(x0, bottom - h * 0.07, w, h * 0.07);
  ctx.fillStyle = alpha(water.deep, 0.12);
  ctx.fillRect(x0, top + h * 0.3, w, h * 0.4);

  const step = 40, xs = Math.floor(x0 / step) * step, xe = Math.ceil(x1 / step) * step;
  // shore foam along both banks, breathing gently
  const ph = t * 0.0015;
  ctx.beginPath();
  for (let x = xs; x <= xe; x += step) {
    const wave = Math.sin(x * 0.012 + ph) * 5 + Math.sin(x * 0.031 - ph * 1.3) * 3;
    if (x === xs) ctx.moveTo(x, top + 14 + wave); else ctx.lineTo(x, top + 14 + wave);
  }
  for (let x = xs; x <= xe; x += step) {
    const wave = Math.sin(x * 0.012 - ph + 2) * 5 + Math.sin(x * 0.029 + ph * 1.2) * 3;
    if (x === xs) ctx.moveTo(x, bottom - 14 + wave); else ctx.lineTo(x, bottom - 14 + wave);
  }
  ctx.strokeStyle = light(0.45);
  ctx.lineWidth = 7;
  ctx.stroke();

  // drifting wave crests
  const cw = 280, rows = Math.max(1, Math.floor((bottom - top - 120) / 150));
  const drift = (t * 0.025) % cw;
  const c0 = Math.floor((x0 - drift) / cw) - 1, c1 = Math.ceil((x1 - drift) / cw) + 1;
  ctx.beginPath();
  for (let row = 0; row < rows; row++) {
    const ry = top + 75 + (row + 0.5) * ((bottom - top - 150) / rows);
    for (let c = c0; c <= c1; c++) {
      const hsh = waveHash(c, row);
      const cx = c * cw + drift + hsh * 150 + (row % 2) * 120;
      const cy = ry + (hsh - 0.5) * 70 + Math.sin(t * 0.002 + hsh * 6.28) * 5;
      const s = 16 + hsh * 10;
      ctx.moveTo(cx - s, cy);
      ctx.quadraticCurveTo(cx - s / 2, cy - 8, cx, cy);
      ctx.quadraticCurveTo(cx + s / 2, cy - 8, cx + s, cy);
    }
  }
  ctx.strokeStyle = light(0.38);
  ctx.lineWidth = 4.5;
  ctx.stroke();

  // bank edges
  ctx.fillStyle = alpha(water.bank, 0.22);
  ctx.fillRect(x0, top - 3, x1 - x0, 6);
  ctx.fillRect(x0, bottom - 3, x1 - x0, 6);
}

/** The ground under view {x0, y0, x1, y1} of map {size, snowTop, desertTop, riverTop, riverBottom} at time t. */
export function drawGround(ctx, view = {}, map = {}, t) {
  const S = num(map.size, 14400);
  const snowTop = num(map.snowTop, 2400), desertTop = num(map.desertTop, 12000);
  const riverTop = num(map.riverTop, 6838), riverBottom = num(map.riverBottom, 7562);
  const x0 = num(view.x0, 0), y0 = num(view.y0, 0), x1 = num(view.x1, x0 + 2500), y1 = num(view.y1, y0 + 1400);
  t = num(t, 0);
  begin(ctx);
  // bands, extended past the map edge (darkened below)
  band(ctx, x0, x1, y0, Math.min(y1, snowTop), 'snow');
  band(ctx, x0, x1, Math.max(y0, snowTop), Math.min(y1, riverTop), 'grass');
  band(ctx, x0, x1, Math.max(y0, riverBottom), Math.min(y1, desertTop), 'grass');
  band(ctx, x0, x1, Math.max(y0, desertTop), y1, 'sand');
  // soft biome borders
  if (y0 < snowTop + 40 && y1 > snowTop - 40) {
    wavyEdge(ctx, x0, x1, snowTop, snowTop - 40, 9, ground.snow, alpha(ground.snowEdge, 0.28));
  }
  if (y0 < desertTop + 40 && y1 > desertTop - 40) {
    wavyEdge(ctx, x0, x1, desertTop, desertTop + 40, 9, ground.sand, alpha(ground.sandShadow, 0.3));
  }
  if (y0 < riverBottom && y1 > riverTop) {
    river(ctx, x0, x1, riverTop, riverBottom, t);
    // the river has no tile: its grid lines are drawn here
    ctx.beginPath();
    const ry0 = Math.max(y0, riverTop), ry1 = Math.min(y1, riverBottom);
    for (let gx = Math.ceil(x0 / GRID) * GRID; gx <= x1; gx += GRID) { ctx.moveTo(gx, ry0); ctx.lineTo(gx, ry1); }
    for (let gy = Math.ceil(ry0 / GRID) * GRID; gy <= ry1; gy += GRID) { ctx.moveTo(x0, gy); ctx.lineTo(x1, gy); }
    ctx.strokeStyle = shade(0.04);
    ctx.lineWidth = 3;
    ctx.stroke();
  }

  // outside the map
  ctx.fillStyle = alpha(ground.outside, 0.42);
  if (x0 < 0) ctx.fillRect(x0, y0, -x0, y1 - y0);
  if (x1 > S) ctx.fillRect(S, y0, x1 - S, y1 - y0);
  const ix0 = Math.max(x0, 0), ix1 = Math.min(x1, S);
  if (ix1 > ix0) {
    if (y0 < 0) ctx.fillRect(ix0, y0, ix1 - ix0, -y0);
    if (y1 > S) ctx.fillRect(ix0, S, ix1 - ix0, y1 - S);
  }
  if (x0 < 0 || y0 < 0 || x1 > S || y1 > S) {
    ctx.strokeStyle = alpha(ground.outside, 0.5);
    ctx.lineWidth = 8;
    ctx.strokeRect(0, 0, S, S);
  }
  ctx.restore();
}
