// Icons: the crown and skull by the name tags, and the pictures in the action bar, the upgrade choices
// and the store, each fitted to a square box.
import { PI, num, clamp, circ } from './shapes.js';
import { Pen, LW, begin } from './pen.js';
import { crown, skull } from './marks.js';
import { drawItem, isBuilding, itemReach, unknownThing } from './buildings.js';
import { WEAPONS, VARIANTS } from './weapons.js';
import { drawHat } from './hats.js';
import { drawAccessory, accessoryFrame } from './accessories.js';
import { BODY_R } from './players.js';
import { gold, skins } from './palette.js';

/** A mark ('crown' or 'skull'; a gold disc for anything else) of the given size at (x, y). */
export function icon(ctx, kind, x, y, size) {
  const r = clamp(num(size, 30), 2, 2000) / 2;
  const pen = new Pen(ctx);
  begin(ctx);
  ctx.translate(num(x, 0), num(y, 0));
  if (kind === 'crown') crown(pen, r * 0.92);
  else if (kind === 'skull') skull(pen, r * 0.95);
  else pen.disc(0, 0, r * 0.7, gold.crown, Math.max(2, r * 0.12));
  ctx.restore();
}

/** Prepares a size x size icon box: the origin at its centre, scaled so that reach fills it. */
function iconBox(ctx, size, reach) {
  const sz = clamp(num(size, 64), 4, 4000);
  begin(ctx);
  ctx.translate(sz / 2, sz / 2);
  const k = sz * 0.46 / reach;
  ctx.scale(k, k);
}

/** A faint body under a hat or an accessory, to show where it sits. */
function faintBody(pen) {
  const { ctx } = pen;
  ctx.globalAlpha *= 0.35;
  ctx.beginPath(); circ(ctx, 0, 0, BODY_R); pen.paint(null, skins[0], LW);
  ctx.globalAlpha /= 0.35;
}

/** Item (a row of /game-data.json: {index, scale}) in a box of the given size; buildings face up. */
export function itemIcon(ctx, item, size) {
  const index = num(item && item.index, -1) | 0, s = num(item && item.scale, 45);
  iconBox(ctx, size, s * itemReach(index));
  if (isBuilding(index)) ctx.rotate(-PI / 2);   // food and the fallback stay upright
  drawItem(new Pen(ctx), index, s, 0, { turretDir: -PI / 2 }, -PI / 2);
  ctx.restore();
}

/** Weapon id in its plain colours, pointing up and right. */
export function weaponIcon(ctx, weaponId, size) {
  const id = num(weaponId, -1) | 0;
  const w = WEAPONS[id];
  const pen = new Pen(ctx);
  if (!w) {
    iconBox(ctx, size, 40);
    unknownThing(pen, 40);
    ctx.restore();
    return;
  }
  if (w.grip === 'bow' || w.grip === 'shield') {
    iconBox(ctx, size, 50);
    ctx.rotate(-PI / 4);
    ctx.translate(w.grip === 'shield' ? 0 : 4, 0);
  } else if (w.grip === 'crossbow' || w.grip === 'gun') {
    const gun = w.grip === 'gun', span = gun ? 165 : 100;
    iconBox(ctx, size, span * 0.5);
    ctx.rotate(-PI / 4);
    ctx.translate(gun ? -50 : -20, 0);
  } else {
    const len = w.len + 16;
    iconBox(ctx, size, len * 0.5);
    ctx.rotate(-PI / 4);
    ctx.translate(-len * 0.5 + 14, 0);
  }
  w.draw(pen, VARIANTS[0], 0);
  ctx.restore();
}

/** Hat id on a faint head, facing up. */
export function hatIcon(ctx, hatId, size) {
  const pen = new Pen(ctx);
  iconBox(ctx, size, 54);
  ctx.rotate(-PI / 2);
  ctx.translate(-6, 0);
  faintBody(pen);
  drawHat(pen, num(hatId, 0) | 0 || -1, 0);
  ctx.restore();
}

/** Accessory id behind a faint body, facing up. */
export function accessoryIcon(ctx, id, size) {
  const aid = num(id, 0) | 0;
  const frame = accessoryFrame(aid);
  const pen = new Pen(ctx);
  iconBox(ctx, size, frame.reach);
  ctx.rotate(-PI / 2);
  ctx.translate(frame.shift, 0);
  drawAccessory(pen, aid || -1, 0);
  faintBody(pen);
  ctx.restore();
}
