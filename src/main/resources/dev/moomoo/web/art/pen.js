// The fill and stroke helpers every drawing uses, on a Pen: the canvas context and the red flash of a
// hurt animal or a building that may not stand there, handed down the drawing calls.
import { circ, radial } from './shapes.js';
import { alpha, hurt, light, outline, shade } from './palette.js';

export const LW = 5.5;   // outline width of world objects (world units)
export const LW2 = 4;    // outline width of small details

/** A canvas context and how strongly (0..1) what is drawn with it flashes red. */
export class Pen {
  constructor(ctx, flash = 0) {
    this.ctx = ctx;
    this.hurt = flash;
  }

  /** Fills a path (a Path2D, or the current path when null) and outlines it lw wide (none when lw is 0). */
  paint(path, fill, lw, stroke) {
    const { ctx } = this;
    ctx.fillStyle = fill;
    if (path) ctx.fill(path); else ctx.fill();
    if (this.hurt > 0) {
      ctx.fillStyle = alpha(hurt, this.hurt.toFixed(3));
      if (path) ctx.fill(path); else ctx.fill();
    }
    if (lw) {
      ctx.lineWidth = lw;
      ctx.strokeStyle = stroke || outline;
      if (path) ctx.stroke(path); else ctx.stroke();
    }
  }

  /** Fills a path without an outline (the flash at half strength). */
  fill(path, fill) {
    const { ctx } = this;
    ctx.fillStyle = fill;
    if (path) ctx.fill(path); else ctx.fill();
    if (this.hurt > 0) {
      ctx.fillStyle = alpha(hurt, (this.hurt * 0.5).toFixed(3));
      if (path) ctx.fill(path); else ctx.fill();
    }
  }

  /** Strokes a path (never flashed). */
  stroke(path, colour, lw) {
    const { ctx } = this;
    ctx.strokeStyle = colour; ctx.lineWidth = lw;
    if (path) ctx.stroke(path); else ctx.stroke();
  }

  /** A filled, outlined circle at (x, y) in the current frame. */
  disc(x, y, r, fill, lw) {
    this.ctx.beginPath(); circ(this.ctx, x, y, r);
    this.paint(null, fill, lw);
  }
}

/** Saves the context's state and sets the round joins every drawing uses; the caller restores it. */
export function begin(ctx) {
  ctx.save();
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
}

/** A soft round shadow of a path, offset by (dx, dy). */
export function shadow(ctx, path, dx, dy, a) {
  ctx.translate(dx, dy);
  ctx.fillStyle = shade(a || 0.14);
  ctx.fill(path);
  ctx.translate(-dx, -dy);
}

/** Sets the fill to a soft dome shading over a circle of radius r (lighter core up-left, darker rim). */
export function domeShade(ctx, r) {
  const k = Math.round(r);
  ctx.fillStyle = radial(ctx, 'dome' + k, -k * 0.3, -k * 0.35, 0, 0, 0, k,
    [0, light(0.22), 0.6, light(0), 1, shade(0.16)]);
}

/** A centred dome light (lit crown, darker rim) that reads the same at every facing, by radius. */
export function crownLight(ctx, r) {
  const k = Math.round(r);
  return radial(ctx, 'crown' + k, 0, 0, 0, 0, 0, k,
    [0, light(0.26), 0.45, light(0.08), 0.8, shade(0), 1, shade(0.16)]);
}

/** Lays the crown light over a circle of radius r at the origin. */
export function lightCircle(ctx, r) {
  ctx.fillStyle = crownLight(ctx, r); ctx.beginPath(); circ(ctx, 0, 0, r); ctx.fill();
}
