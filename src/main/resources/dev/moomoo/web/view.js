// The world on the canvas, once a frame: ground and biomes, objects and buildings, animals, players
// with their weapons and hats, shots, damage and resource numbers, the placement preview, the minimap.
// Everything moves smoothly between ticks (interpolated). The art is the art modules'.
import { state, interpolated, advanceShots, now, me } from './game.js';
import * as Art from './art/index.js';
import { ui, white, hurt, alpha, light, shade } from './art/palette.js';

const canvas = document.getElementById('game');
const ctx = canvas.getContext('2d');
const minimapCanvas = document.getElementById('minimap');
const minimap = minimapCanvas.getContext('2d');
const FONT = getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'sans-serif';
const MAP_DEFAULT = 14400;
const VIEW_W = 1920, VIEW_H = 1080; // the world area a screen shows, as the real client's

function resize() {
  const dpr = Math.min(2, devicePixelRatio || 1);
  canvas.width = Math.round(innerWidth * dpr);
  canvas.height = Math.round(innerHeight * dpr);
}
addEventListener('resize', resize);
resize();

const mapSize = () => (state.data ? state.data.mapSize : MAP_DEFAULT);
const mapInfo = () => {
  const size = mapSize();
  return { size, snowTop: 2400, desertTop: size - 2400, riverTop: size / 2 - 362, riverBottom: size / 2 + 362 };
};

/** The held item's row of /game-data.json (index and scale: the art draws it at its size), or null for the weapon. */
const heldItem = (index) => (Number.isInteger(index) && index >= 0 ? (state.data && state.data.items[index]) || { index } : null);

/** World units per screen pixel, so that the view covers at least 1920 x 1080 world units. */
export function worldScale() {
  return Math.max(canvas.width / VIEW_W, canvas.height / VIEW_H);
}

let camera = { x: MAP_DEFAULT / 2, y: MAP_DEFAULT / 2 };   // where the view stays while there is no player

function label(text, x, y, size, colour) {
  ctx.font = 'bold ' + size + 'px ' + FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = size * 0.22;
  ctx.strokeStyle = alpha(ui.textOutline, 0.85);
  ctx.strokeText(text, x, y);
  ctx.fillStyle = colour || white;
  ctx.fillText(text, x, y);
}

function healthBar(x, y, hp, max, colour) {
  const w = 80, h = 13;
  ctx.fillStyle = alpha(ui.textOutline, 0.85);
  roundRect(x - w / 2 - 3, y - 3, w + 6, h + 6, 6);
  ctx.fillStyle = colour;
  roundRect(x - w / 2, y, w * Math.max(0, Math.min(1, hp / (max || 100))), h, 4);
}

function roundRect(x, y, w, h, r) {
  ctx.beginPath();
  ctx.roundRect(x, y, Math.max(0, w), h, Math.min(r, w / 2, h / 2));
  ctx.fill();
}

const visibleIn = (view, x, y, r) => x + r > view.x0 && x - r < view.x1 && y + r > view.y0 && y - r < view.y1;

function drawObject(o, t, pass) {
  const wiggle = Math.max(0, 1 - (t - o.wiggleAt) / 200) * 10;
  const x = o.x + Math.cos(o.wiggleDir) * wiggle, y = o.y + Math.sin(o.wiggleDir) * wiggle;
  if (o.item !== null && o.item !== undefined) { // buildings under the players (who cannot overlap them), trees over them
    if (pass === 'under') Art.building(ctx, o.item, x, y, o.dir, o.scale, t, { turretDir: o.turretDir });
    return;
  }
  if (pass === 'under') {
    if (o.type === 1) Art.bush(ctx, x, y, o.scale, o.sid, o.y >= mapInfo().desertTop);
    else if (o.type === 2) Art.rock(ctx, x, y, o.scale, o.sid);
    else if (o.type === 3) Art.gold(ctx, x, y, o.scale, o.sid);
  } else if (pass === 'over' && o.type === 0) {
    Art.tree(ctx, x, y, o.scale, o.sid);
  }
}

function drawPlayer(p, t) {
  const at = interpolated(p, t);
  const swing = p.swingAt ? Math.max(0, 1 - (t - p.swingAt) / 300) : 0;
  Art.player(ctx, { x: at.x, y: at.y, dir: at.dir, skin: p.skin, weapon: p.weapon, variant: p.variant, item: heldItem(p.item),
    hat: p.hat, accessory: p.accessory, swing: swing > 0 ? 1 - swing : 0 }, t);
  if (t - p.hurtAt < 160) {
    ctx.fillStyle = alpha(hurt, 0.35);
    ctx.beginPath(); ctx.arc(at.x, at.y, 37, 0, Math.PI * 2); ctx.fill();
  }
  const mate = state.tribe && p.team === state.tribe;
  const name = (p.team ? '[' + p.team + '] ' : '') + p.name;
  label(name, at.x, at.y - 62, 26, white);
  if (p.leader || p.icon === 1) {
    const w = ctx.measureText(name).width;
    let x = at.x + w / 2 + 20;
    if (p.leader) { Art.icon(ctx, 'crown', x, at.y - 64, 30); x += 34; }
    if (p.icon === 1) Art.icon(ctx, 'skull', x, at.y - 64, 30);
  }
  healthBar(at.x, at.y + 52, p.hp, p.maxHp, p.sid === state.mySid || mate ? ui.good : ui.bad);
  if (p.chat && t - p.chatAt < 4000) {
    ctx.font = '24px ' + FONT;
    const w = ctx.measureText(p.chat).width + 24;
    ctx.fillStyle = shade(0.35);
    roundRect(at.x - w / 2, at.y - 128, w, 38, 10);
    ctx.fillStyle = white; ctx.textAlign = 'center'; ctx.textBaseline = 'middle';
    ctx.fillText(p.chat, at.x, at.y - 109);
  }
}

function drawAnimal(a, t) {
  const at = interpolated(a, t);
  const kind = state.animalKinds && state.animalKinds.get(a.type);
  const scale = kind ? kind.scale : 70;
  const hurt = Math.max(0, 1 - (t - a.hurtAt) / 200);
  const strike = a.swingAt ? Math.max(0, 1 - (t - a.swingAt) / 600) : 0;
  Art.animal(ctx, a.type, at.x, at.y, at.dir + Math.sin(strike * Math.PI) * 0.8 * Math.PI * (strike > 0 ? 1 : 0), scale, t, hurt);
  label(a.name, at.x, at.y - scale - 22, kind && kind.boss ? 30 : 24, kind && kind.dangerous ? ui.dangerous : white);
  if (a.hp > 0) healthBar(at.x, at.y + scale + 10, a.hp, a.maxHp, ui.bad);
}

// A building in hand is shown where it would stand: 35 + its scale + its offset ahead along the aim.
function drawPreview(t, near) {
  const p = me();
  if (!p || !state.alive || !state.data || p.item < 0) return;
  const item = state.data.items[p.item];
  if (!item || item.isFood) return;
  const at = interpolated(p, t);
  const d = 35 + item.scale + item.offset;
  const x = at.x + Math.cos(state.aim) * d, y = at.y + Math.sin(state.aim) * d;
  let blocked = false;
  for (const o of near) { // the objects on screen: a building in hand stands within reach of the player
    const soft = o.item === null && (o.type === 0 || o.type === 1) ? 0.36 : 1;
    if (Math.hypot(o.x - x, o.y - y) < item.scale + o.scale * soft) { blocked = true; break; }
  }
  const m = mapInfo();
  if (item.index !== 18 && Math.abs(y - m.size / 2) <= 362) blocked = true;
  ctx.globalAlpha = 0.55;
  Art.building(ctx, item.index, x, y, state.aim, item.scale, t, { ghost: true, invalid: blocked, turretDir: state.aim });
  ctx.globalAlpha = 1;
}

function drawTexts(t) {
  state.texts = state.texts.filter((f) => t - f.born < 1000);
  for (const f of state.texts) {
    const k = (t - f.born) / 1000;
    ctx.globalAlpha = 1 - k * k;
    label(f.text, f.x, f.y - k * 60, 34, f.colour);
  }
  ctx.globalAlpha = 1;
}

function drawMinimap(cam, t) {
  const w = minimapCanvas.width, size = mapSize(), s = w / size, m = mapInfo();
  minimap.clearRect(0, 0, w, w);
  minimap.fillStyle = light(0.35); minimap.fillRect(0, 0, w, m.snowTop * s);
  minimap.fillStyle = alpha(ui.desert, 0.45); minimap.fillRect(0, m.desertTop * s, w, w - m.desertTop * s);
  minimap.fillStyle = alpha(ui.river, 0.6); minimap.fillRect(0, m.riverTop * s, w, (m.riverBottom - m.riverTop) * s);
  minimap.fillStyle = light(0.8);
  for (let i = 0; i + 1 < state.mates.length; i += 2) {
    minimap.beginPath(); minimap.arc(state.mates[i] * s, state.mates[i + 1] * s, 4, 0, Math.PI * 2); minimap.fill();
  }
  state.pings = state.pings.filter((p) => t - p.born < 2200);
  for (const p of state.pings) {
    const k = (t - p.born) / 2200;
    minimap.strokeStyle = light(1 - k); minimap.lineWidth = 2;
    minimap.beginPath(); minimap.arc(p.x * s, p.y * s, 4 + k * 26, 0, Math.PI * 2); minimap.stroke();
  }
  minimap.fillStyle = ui.me; minimap.strokeStyle = ui.meOutline; minimap.lineWidth = 2;
  minimap.beginPath(); minimap.arc(cam.x * s, cam.y * s, 5, 0, Math.PI * 2); minimap.fill(); minimap.stroke();
}

let lastFrame = 0;
function frame() {
  const t = now();
  if (lastFrame) {
    state.frames.push(t - lastFrame);
    if (state.frames.length > 600) state.frames.shift();
  }
  lastFrame = t;
  advanceShots(t);
  const self = me();
  const cam = self ? interpolated(self, t) : camera;
  camera = { x: cam.x, y: cam.y };
  const k = worldScale();
  const halfW = canvas.width / k / 2, halfH = canvas.height / k / 2;
  const view = { x0: cam.x - halfW, y0: cam.y - halfH, x1: cam.x + halfW, y1: cam.y + halfH };
  ctx.setTransform(k, 0, 0, k, canvas.width / 2 - cam.x * k, canvas.height / 2 - cam.y * k);
  Art.ground(ctx, view, mapInfo(), t);
  const objects = [];
  for (const o of state.objects.values()) if (visibleIn(view, o.x, o.y, o.scale + 20)) objects.push(o);
  for (const o of objects) drawObject(o, t, 'under');
  drawPreview(t, objects);
  for (const a of state.animals.values()) if (a.visible) drawAnimal(a, t);
  for (const p of state.players.values()) if (p.visible) drawPlayer(p, t);
  for (const s of state.shots.values()) if (visibleIn(view, s.x, s.y, 60)) Art.projectile(ctx, s.index, s.x, s.y, s.dir);
  for (const o of objects) drawObject(o, t, 'over');
  drawTexts(t);
  drawMinimap(cam, t);
  requestAnimationFrame(frame);
}
requestAnimationFrame(frame);

/** p50, p95 and max of the last frames' intervals (the browser test prints them). */
export const frameStats = () => {
  const f = [...state.frames].sort((a, b) => a - b);
  const at = (q) => f.length ? f[Math.min(f.length - 1, Math.floor(q * f.length))] : 0;
  return { frames: f.length, p50: at(0.5), p95: at(0.95), max: f.length ? f[f.length - 1] : 0 };
};
