// Players: the body in its skin colour, the weapon in hand with its variant's colours (or an item held
// up), the hands, the hat and the accessory.
import { PI, num, clamp, circ } from './shapes.js';
import { Pen, LW, begin, domeShade } from './pen.js';
import { WEAPONS, VARIANTS } from './weapons.js';
import { drawItem, itemReach } from './buildings.js';
import { drawHat } from './hats.js';
import { drawAccessory } from './accessories.js';
import { shade, skins } from './palette.js';

export const BODY_R = 35;
const HAND_R = 11;

function hand(pen, x, y, skin) {
  pen.ctx.beginPath(); circ(pen.ctx, x, y, HAND_R);
  pen.paint(null, skin, LW);
}

/** The melee swing angle for progress s (0..1): a quick sweep across the front, then a slower return. */
function swingAngle(s) {
  if (!(s > 0) || s >= 1) return 0;
  let e = s < 0.3 ? s / 0.3 : 1 - (s - 0.3) / 0.7;
  e = e * e * (3 - 2 * e);
  return -1.35 * e;
}

/** Weapon id in its variant's colours with the hands that hold it (frame: the player's, +x = facing). */
function weaponAndHands(pen, id, variant, swing, skin) {
  const { ctx } = pen;
  const w = WEAPONS[id];
  const pal = VARIANTS[variant] || VARIANTS[0];
  const kick = swing > 0 && swing < 1 ? Math.sin(swing * PI) : 0;
  const drawAt = (x, y) => { ctx.save(); ctx.translate(x, y); w.draw(pen, pal, kick); ctx.restore(); };
  if (!w) {   // unknown weapon: empty hands
    ctx.rotate(swingAngle(swing));
    hand(pen, 26, -29, skin); hand(pen, 26, 29, skin);
    return;
  }
  switch (w.grip) {
    case 'bow':
      ctx.translate(-kick * 5, 0);
      drawAt(50, 0);
      hand(pen, 33 - kick * 10, 10, skin); hand(pen, 58, 0, skin);
      break;
    case 'crossbow':
      ctx.translate(-kick * 8, 0);
      drawAt(26, 0);
      hand(pen, 30, 18, skin); hand(pen, 52, -12, skin);
      break;
    case 'gun':
      ctx.translate(-kick * 14, 0);
      drawAt(14, 10);
      hand(pen, 18, 22, skin); hand(pen, 60, 6, skin);
      break;
    case 'shield':
      ctx.translate(kick * 10, 0);
      hand(pen, 30, -22, skin); hand(pen, 30, 22, skin);
      drawAt(44, 0);
      break;
    case 'pair': {
      const a = swingAngle(swing) * 0.7;
      ctx.save(); ctx.rotate(a); ctx.translate(26, 24); ctx.rotate(-0.25); w.draw(pen, pal); ctx.restore();
      ctx.save(); ctx.rotate(-a * 0.6); ctx.translate(26, -24); ctx.rotate(0.25); ctx.scale(1, -1); w.draw(pen, pal); ctx.restore();
      ctx.save(); ctx.rotate(a); hand(pen, 26, 24, skin); ctx.restore();
      ctx.save(); ctx.rotate(-a * 0.6); hand(pen, 26, -24, skin); ctx.restore();
      break;
    }
    default: {   // melee, in one hand or two
      ctx.rotate(swingAngle(swing));
      const gx = 25, gy = 29, ang = -0.12;
      ctx.save(); ctx.translate(gx, gy); ctx.rotate(ang); w.draw(pen, pal); ctx.restore();
      if (w.twoHand) hand(pen, gx + Math.cos(ang) * w.twoHand, gy + Math.sin(ang) * w.twoHand, skin);
      else hand(pen, 25, -29, skin);
      hand(pen, gx, gy, skin);
    }
  }
}

/** The item held up in front of the hands (instead of the weapon), shrunk to the hands' size. */
function heldItem(pen, item, skin, t) {
  const { ctx } = pen;
  const index = num(item.index, -1) | 0, s = num(item.scale, 45);
  const k = (index <= 2 ? 19 : 25) / (s * itemReach(index));
  hand(pen, 36, -24, skin); hand(pen, 36, 24, skin);
  ctx.save();
  ctx.translate(index <= 2 ? 50 : 58, 0);
  ctx.scale(k, k);
  ctx.lineWidth = LW;
  drawItem(pen, index, s, t, {}, 0);
  ctx.restore();
}

/**
 * A player p {x, y, dir, skin, weapon, variant, item, hat, accessory, swing} at time t: item is the held
 * item's row of /game-data.json ({index, scale}), or null while the weapon is in hand; swing is the
 * progress (0..1) of the weapon's swing.
 */
export function player(ctx, p, t) {
  if (!p) return;
  t = num(t, 0);
  const dir = num(p.dir, 0);
  const skin = skins[p.skin | 0] || skins[0];
  const swing = clamp(num(p.swing, 0), 0, 1);
  const pen = new Pen(ctx);
  begin(ctx);
  ctx.translate(num(p.x, 0), num(p.y, 0));
  // ground shadow
  ctx.beginPath(); circ(ctx, 3, 6, BODY_R + 2);
  ctx.fillStyle = shade(0.13); ctx.fill();
  ctx.rotate(dir);
  if (p.accessory) drawAccessory(pen, p.accessory | 0, t);
  ctx.save();
  if (p.item) heldItem(pen, p.item, skin, t);
  else weaponAndHands(pen, num(p.weapon, 0) | 0, num(p.variant, 0) | 0, swing, skin);
  ctx.restore();
  // the body, lit from the upper left whatever the facing
  ctx.rotate(-dir);
  ctx.beginPath(); circ(ctx, 0, 0, BODY_R);
  pen.paint(null, skin, LW);
  domeShade(ctx, BODY_R);
  ctx.beginPath(); circ(ctx, 0, 0, BODY_R - 2); ctx.fill();
  ctx.rotate(dir);
  if (p.hat) drawHat(pen, p.hat | 0, t);
  ctx.restore();
}
