/*
 * art.js - the drawing code of the moomoo-server browser client.
 *
 * Everything is drawn with canvas 2D paths and gradients made here (no images). Coordinates are world
 * units; the caller sets the world->screen transform. Every public function saves and restores the
 * context state it changes. Paths and gradients are built once and cached by key (shape, size, seed
 * variant); gradients live in the user space of the object being drawn (its origin is the object's
 * centre), so one cached gradient serves every object of that size.
 *
 * Defines window.Art (see the API list at the bottom of this file).
 */
(function () {
  'use strict';

  var TAU = Math.PI * 2, PI = Math.PI;
  var OUT = '#525252';          // the dark outline colour
  var LW = 5.5;                 // outline width of world objects (world units)
  var LW2 = 4;                  // outline width of small details

  // ---------------------------------------------------------------------------------------------
  // small helpers
  // ---------------------------------------------------------------------------------------------

  /** A deterministic random generator (0..1) from an integer seed. */
  function rng(seed) {
    var s = ((seed | 0) * 2654435761 + 0x9e3779b9) >>> 0;
    return function () {
      s = (s + 0x6d2b79f5) >>> 0;
      var v = Math.imul(s ^ (s >>> 15), s | 1);
      v ^= v + Math.imul(v ^ (v >>> 7), v | 61);
      return ((v ^ (v >>> 14)) >>> 0) / 4294967296;
    };
  }

  function num(v, d) { return typeof v === 'number' && isFinite(v) ? v : d; }
  function clamp(v, a, b) { return v < a ? a : v > b ? b : v; }

  // a 2D context used only to create gradients (they can be used on any canvas)
  var factory = null;
  function fctx(ctx) {
    if (!factory) {
      try { factory = document.createElement('canvas').getContext('2d'); } catch (e) { factory = null; }
    }
    return factory || ctx;
  }

  var pathCache = new Map();
  /** A cached Path2D: build(p) is called once per key. */
  function P(key, build) {
    var p = pathCache.get(key);
    if (!p) {
      if (pathCache.size > 6000) pathCache.clear();
      p = new Path2D();
      build(p);
      pathCache.set(key, p);
    }
    return p;
  }

  var gradCache = new Map();
  function addStops(g, stops) {
    for (var i = 0; i < stops.length; i += 2) g.addColorStop(stops[i], stops[i + 1]);
    return g;
  }
  /** A cached radial gradient. */
  function RG(ctx, key, x0, y0, r0, x1, y1, r1, stops) {
    var g = gradCache.get(key);
    if (!g) {
      if (gradCache.size > 3000) gradCache.clear();
      g = addStops(fctx(ctx).createRadialGradient(x0, y0, r0, x1, y1, r1), stops);
      gradCache.set(key, g);
    }
    return g;
  }
  /** A cached linear gradient. */
  function LG(ctx, key, x0, y0, x1, y1, stops) {
    var g = gradCache.get(key);
    if (!g) {
      if (gradCache.size > 3000) gradCache.clear();
      g = addStops(fctx(ctx).createLinearGradient(x0, y0, x1, y1), stops);
      gradCache.set(key, g);
    }
    return g;
  }

  /** Colour maths (cached): mix two #rrggbb colours, f = 0 gives a, 1 gives b. */
  var mixCache = new Map();
  function hex(c) {
    if (c.length === 4) c = '#' + c[1] + c[1] + c[2] + c[2] + c[3] + c[3];
    return [parseInt(c.substr(1, 2), 16), parseInt(c.substr(3, 2), 16), parseInt(c.substr(5, 2), 16)];
  }
  function mix(a, b, f) {
    var key = a + b + f;
    var r = mixCache.get(key);
    if (!r) {
      var x = hex(a), y = hex(b);
      r = '#' + [0, 1, 2].map(function (i) {
        var v = Math.round(x[i] + (y[i] - x[i]) * f);
        return (v < 16 ? '0' : '') + v.toString(16);
      }).join('');
      if (mixCache.size > 2000) mixCache.clear();
      mixCache.set(key, r);
    }
    return r;
  }
  function lighten(c, f) { return mix(c, '#ffffff', f); }
  function darken(c, f) { return mix(c, '#000000', f); }

  // ---- shapes (work on a CanvasRenderingContext2D or a Path2D) ----

  function circ(p, x, y, r) { p.moveTo(x + r, y); p.arc(x, y, r, 0, TAU); }
  function ell(p, x, y, rx, ry, rot) { p.moveTo(x + rx * Math.cos(rot || 0), y + rx * Math.sin(rot || 0)); p.ellipse(x, y, rx, ry, rot || 0, 0, TAU); }

  function rrect(p, x, y, w, h, r) {
    r = Math.min(r, w / 2, h / 2);
    p.moveTo(x + r, y);
    p.lineTo(x + w - r, y); p.quadraticCurveTo(x + w, y, x + w, y + r);
    p.lineTo(x + w, y + h - r); p.quadraticCurveTo(x + w, y + h, x + w - r, y + h);
    p.lineTo(x + r, y + h); p.quadraticCurveTo(x, y + h, x, y + h - r);
    p.lineTo(x, y + r); p.quadraticCurveTo(x, y, x + r, y);
    p.closePath();
  }

  /** A closed polygon through pts [[x, y], ...] with corners rounded by quadratic curves. */
  function roundPoly(p, pts, k) {
    var n = pts.length;
    k = k === undefined ? 0.5 : k;
    function at(i, j, f) { return [pts[i][0] + (pts[j][0] - pts[i][0]) * f, pts[i][1] + (pts[j][1] - pts[i][1]) * f]; }
    var s = at(n - 1, 0, 1 - k / 2);
    p.moveTo(s[0], s[1]);
    for (var i = 0; i < n; i++) {
      var j = (i + 1) % n;
      var a = at(i, j, k / 2), b = at(i, j, 1 - k / 2);
      p.quadraticCurveTo(pts[i][0], pts[i][1], a[0], a[1]);
      p.lineTo(b[0], b[1]);
    }
    p.closePath();
  }

  function poly(p, pts) {
    p.moveTo(pts[0][0], pts[0][1]);
    for (var i = 1; i < pts.length; i++) p.lineTo(pts[i][0], pts[i][1]);
    p.closePath();
  }

  /** A star of n points between radii ro and ri. */
  function star(p, x, y, n, ro, ri, rot) {
    rot = rot || 0;
    for (var i = 0; i < n * 2; i++) {
      var a = rot + i / (n * 2) * TAU, r = i % 2 ? ri : ro;
      if (i === 0) p.moveTo(x + Math.cos(a) * r, y + Math.sin(a) * r);
      else p.lineTo(x + Math.cos(a) * r, y + Math.sin(a) * r);
    }
    p.closePath();
  }

  /** A scalloped (cloud-like) outline of n lobes reaching about radius r; rand jitters it (or null). */
  function blob(p, x, y, r, n, depth, rand, rot) {
    rot = rot || 0;
    var ang = [], rad = [], i;
    for (i = 0; i < n; i++) {
      ang.push(rot + (i + (rand ? (rand() - 0.5) * 0.4 : 0)) / n * TAU);
      rad.push(r * (rand ? 0.88 + rand() * 0.12 : 1));
    }
    ang.push(ang[0] + TAU); rad.push(rad[0]);
    // notch k lies between lobe k and lobe k + 1
    var na = [], nr = [];
    for (i = 0; i < n; i++) { na.push((ang[i] + ang[i + 1]) / 2); nr.push(Math.min(rad[i], rad[i + 1]) * (1 - depth)); }
    var a0 = na[n - 1] - TAU, r0 = nr[n - 1];
    p.moveTo(x + Math.cos(a0) * r0, y + Math.sin(a0) * r0);
    for (i = 0; i < n; i++) {
      var tip = ang[i], a1 = na[i], r1 = nr[i], rr = rad[i] * 1.13;
      var c1 = a0 + (tip - a0) * 0.18, c2 = a1 - (a1 - tip) * 0.18;
      p.bezierCurveTo(x + Math.cos(c1) * rr, y + Math.sin(c1) * rr, x + Math.cos(c2) * rr, y + Math.sin(c2) * rr,
        x + Math.cos(a1) * r1, y + Math.sin(a1) * r1);
      a0 = a1; r0 = r1;
    }
    p.closePath();
  }

  /** A rounded irregular polygon (rocks): n corners at radius r * (1 - jitter .. 1). */
  function rockPts(rand, n, r, jitter, rot) {
    var pts = [];
    for (var i = 0; i < n; i++) {
      var a = (rot || 0) + (i + (rand() - 0.5) * 0.5) / n * TAU;
      var rr = r * (1 - jitter * rand());
      pts.push([Math.cos(a) * rr, Math.sin(a) * rr]);
    }
    return pts;
  }
  function scalePts(pts, f, dx, dy) {
    return pts.map(function (q) { return [q[0] * f + (dx || 0), q[1] * f + (dy || 0)]; });
  }

  // ---- fill and stroke ----

  var HURT = 0;   // while drawing an animal: red flash strength 0..1

  /** Fill a path (Path2D or the current path when path is null) and outline it. */
  function fs(ctx, path, fill, lw, stroke) {
    ctx.fillStyle = fill;
    if (path) ctx.fill(path); else ctx.fill();
    if (HURT > 0) {
      ctx.fillStyle = 'rgba(255,50,50,' + HURT.toFixed(3) + ')';
      if (path) ctx.fill(path); else ctx.fill();
    }
    if (lw) {
      ctx.lineWidth = lw;
      ctx.strokeStyle = stroke || OUT;
      if (path) ctx.stroke(path); else ctx.stroke();
    }
  }
  function fillOnly(ctx, path, fill) {
    ctx.fillStyle = fill;
    if (path) ctx.fill(path); else ctx.fill();
    if (HURT > 0) {
      ctx.fillStyle = 'rgba(255,50,50,' + (HURT * 0.5).toFixed(3) + ')';
      if (path) ctx.fill(path); else ctx.fill();
    }
  }
  function strokeOnly(ctx, path, col, lw) {
    ctx.strokeStyle = col; ctx.lineWidth = lw;
    if (path) ctx.stroke(path); else ctx.stroke();
  }

  /** A filled, outlined circle at (x, y) in the current frame. */
  function disc(ctx, x, y, r, fill, lw) {
    ctx.beginPath(); circ(ctx, x, y, r);
    fs(ctx, null, fill, lw);
  }

  /** A soft dome shading over a circle (lighter core up-left, darker rim), cached by radius. */
  function domeShade(ctx, r, strength) {
    var k = Math.round(r);
    ctx.fillStyle = RG(ctx, 'dome' + k + ':' + (strength || 1), -k * 0.3, -k * 0.35, 0, 0, 0, k,
      strength === 2
        ? [0, 'rgba(255,255,255,0.32)', 0.55, 'rgba(255,255,255,0.05)', 1, 'rgba(0,0,0,0.22)']
        : [0, 'rgba(255,255,255,0.22)', 0.6, 'rgba(255,255,255,0)', 1, 'rgba(0,0,0,0.16)']);
  }

  /** A soft round shadow under an object. */
  function shadow(ctx, path, dx, dy, a) {
    ctx.translate(dx, dy);
    ctx.fillStyle = 'rgba(0,0,0,' + (a || 0.14) + ')';
    ctx.fill(path);
    ctx.translate(-dx, -dy);
  }

  function begin(ctx) {
    ctx.save();
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
  }

  /** A 4-pointed sparkle. */
  function sparkle(ctx, x, y, r, col) {
    ctx.beginPath();
    ctx.moveTo(x, y - r);
    ctx.quadraticCurveTo(x, y, x + r, y);
    ctx.quadraticCurveTo(x, y, x, y + r);
    ctx.quadraticCurveTo(x, y, x - r, y);
    ctx.quadraticCurveTo(x, y, x, y - r);
    ctx.fillStyle = col || '#fff';
    ctx.fill();
  }

  // ---------------------------------------------------------------------------------------------
  // ground
  // ---------------------------------------------------------------------------------------------

  var GRASS = '#789a56', SNOW = '#eef3f6', SAND = '#dcc57c', WATER = '#72a6d6';
  var TILE = 1024;
  var patterns = {};

  /** Draw fn at (x, y) and at its wrapped copies so that the tile repeats seamlessly. */
  function wrapped(x, y, reach, fn) {
    for (var dx = -TILE; dx <= TILE; dx += TILE) {
      for (var dy = -TILE; dy <= TILE; dy += TILE) {
        var px = x + dx, py = y + dy;
        if (px > -reach && px < TILE + reach && py > -reach && py < TILE + reach) fn(px, py);
      }
    }
  }

  var GRID = 128;   // grid spacing (divides TILE, so the grid is baked into the tiles)

  function makeTile(kind) {
    var c = document.createElement('canvas');
    c.width = c.height = TILE;
    var g = c.getContext('2d');
    g.fillStyle = kind === 'grass' ? GRASS : kind === 'snow' ? SNOW : SAND;
    g.fillRect(0, 0, TILE, TILE);
    g.lineCap = 'round';
    g.lineJoin = 'round';
    var r = rng(kind === 'grass' ? 101 : kind === 'snow' ? 202 : 303);
    var i;
    if (kind === 'grass') {
      // soft light and dark patches
      for (i = 0; i < 40; i++) {
        var px = r() * TILE, py = r() * TILE, pr = 50 + r() * 70, light = r() < 0.5, pseed = i;
        wrapped(px, py, pr * 1.2, function (x, y) {
          g.beginPath(); blob(g, x, y, pr, 7, 0.25, rng(pseed), pseed);
          g.fillStyle = light ? 'rgba(255,255,170,0.016)' : 'rgba(20,50,10,0.02)';
          g.fill();
        });
      }
      // grass tufts
      for (i = 0; i < 360; i++) {
        var tx = r() * TILE, ty = r() * TILE, ts = 7 + r() * 6, dark = r() < 0.7;
        wrapped(tx, ty, 20, function (x, y) {
          g.beginPath();
          g.moveTo(x - ts * 0.7, y - ts); g.quadraticCurveTo(x - ts * 0.3, y - ts * 0.2, x, y);
          g.moveTo(x + ts * 0.1, y - ts * 1.25); g.lineTo(x, y);
          g.moveTo(x + ts * 0.8, y - ts * 0.9); g.quadraticCurveTo(x + ts * 0.3, y - ts * 0.2, x, y);
          g.strokeStyle = dark ? 'rgba(45,80,30,0.32)' : 'rgba(200,230,140,0.22)';
          g.lineWidth = 2.6;
          g.stroke();
        });
      }
      // tiny flowers
      for (i = 0; i < 26; i++) {
        var fx = r() * TILE, fy = r() * TILE, yellow = r() < 0.5;
        wrapped(fx, fy, 10, function (x, y) {
          g.fillStyle = yellow ? 'rgba(250,225,110,0.75)' : 'rgba(255,255,255,0.7)';
          for (var k = 0; k < 4; k++) {
            g.beginPath(); circ(g, x + Math.cos(k * PI / 2) * 3.2, y + Math.sin(k * PI / 2) * 3.2, 2.6); g.fill();
          }
          g.fillStyle = 'rgba(230,150,60,0.8)';
          g.beginPath(); circ(g, x, y, 2); g.fill();
        });
      }
    } else if (kind === 'snow') {
      for (i = 0; i < 44; i++) {
        var sx = r() * TILE, sy = r() * TILE, sw = 50 + r() * 90, sh = 14 + r() * 20;
        wrapped(sx, sy, sw, function (x, y) {
          g.beginPath(); ell(g, x, y, sw, sh, 0);
          g.fillStyle = 'rgba(140,170,205,0.05)';
          g.fill();
          g.beginPath(); g.ellipse(x, y - 2, sw * 0.8, sh * 0.6, 0, PI * 1.1, PI * 1.9);
          g.strokeStyle = 'rgba(255,255,255,0.6)'; g.lineWidth = 3; g.stroke();
        });
      }
      for (i = 0; i < 240; i++) {
        var dx2 = r() * TILE, dy2 = r() * TILE, dr = 1.5 + r() * 2.5;
        wrapped(dx2, dy2, 6, function (x, y) {
          g.beginPath(); circ(g, x, y, dr);
          g.fillStyle = 'rgba(150,180,215,0.35)';
          g.fill();
        });
      }
    } else {
      // sand ripples and grains
      for (i = 0; i < 100; i++) {
        var rx = r() * TILE, ry = r() * TILE, rw = 30 + r() * 40;
        wrapped(rx, ry, rw + 10, function (x, y) {
          g.beginPath();
          g.moveTo(x - rw, y);
          g.bezierCurveTo(x - rw * 0.4, y - 10, x + rw * 0.2, y + 8, x + rw, y - 2);
          g.strokeStyle = 'rgba(150,115,50,0.16)'; g.lineWidth = 3.5; g.stroke();
          g.beginPath();
          g.moveTo(x - rw * 0.8, y - 5);
          g.bezierCurveTo(x - rw * 0.3, y - 14, x + rw * 0.2, y + 3, x + rw * 0.8, y - 7);
          g.strokeStyle = 'rgba(255,245,200,0.22)'; g.lineWidth = 2.5; g.stroke();
        });
      }
      for (i = 0; i < 440; i++) {
        var gx = r() * TILE, gy = r() * TILE, gr = 1.2 + r() * 2.2, dk = r() < 0.6;
        wrapped(gx, gy, 6, function (x, y) {
          g.beginPath(); circ(g, x, y, gr);
          g.fillStyle = dk ? 'rgba(140,100,40,0.28)' : 'rgba(255,250,220,0.4)';
          g.fill();
        });
      }
    }
    // the faint grid: lines on multiples of GRID (the edge lines are split over both tile sides)
    g.fillStyle = 'rgba(0,0,0,0.05)';
    for (var k = 0; k <= TILE; k += GRID) {
      g.fillRect(k - 1.5, 0, 3, TILE);
      g.fillRect(0, k - 1.5, TILE, 3);
    }
    return c;
  }

  function pattern(ctx, kind) {
    var p = patterns[kind];
    if (p === undefined) {
      try { p = fctx(ctx).createPattern(makeTile(kind), 'repeat'); } catch (e) { p = null; }
      patterns[kind] = p;
    }
    return p;
  }

  function band(ctx, x0, x1, ya, yb, base, kind) {
    if (yb <= ya) return;
    ctx.fillStyle = (kind && pattern(ctx, kind)) || base;
    ctx.fillRect(x0, ya, x1 - x0, yb - ya);
  }

  /** The wavy border of a biome at height y (edge waves by x), filled towards yFar. */
  function wavyEdge(ctx, x0, x1, y, yFar, amp, fill, line) {
    var step = 40;
    var xs = Math.floor(x0 / step) * step, xe = Math.ceil(x1 / step) * step;
    ctx.beginPath();
    ctx.moveTo(xs, yFar);
    for (var x = xs; x <= xe; x += step) {
      ctx.lineTo(x, y + Math.sin(x * 0.011) * amp + Math.sin(x * 0.027 + 1.3) * amp * 0.5);
    }
    ctx.lineTo(xe, yFar);
    ctx.closePath();
    ctx.fillStyle = fill;
    ctx.fill();
    if (line) {
      ctx.beginPath();
      for (x = xs; x <= xe; x += step) {
        var yy = y + Math.sin(x * 0.011) * amp + Math.sin(x * 0.027 + 1.3) * amp * 0.5;
        if (x === xs) ctx.moveTo(x, yy); else ctx.lineTo(x, yy);
      }
      ctx.strokeStyle = line;
      ctx.lineWidth = 6;
      ctx.stroke();
    }
  }

  function waveHash(c, r) {
    var h = Math.imul(c * 374761393 + r * 668265263, 1274126177) >>> 0;
    return (h % 1000) / 1000;
  }

  function river(ctx, x0, x1, top, bottom, t) {
    var ya = top, yb = bottom;
    var h = bottom - top, w = x1 - x0;
    ctx.fillStyle = '#6ea3d4';
    ctx.fillRect(x0, ya, w, h);
    // lighter shallows by the banks, a deeper channel in the middle
    ctx.fillStyle = 'rgba(160,210,240,0.35)';
    ctx.fillRect(x0, top, w, h * 0.16); ctx.fillRect(x0, bottom - h * 0.16, w, h * 0.16);
    ctx.fillRect(x0, top, w, h * 0.07); ctx.fillRect(x0, bottom - h * 0.07, w, h * 0.07);
    ctx.fillStyle = 'rgba(40,90,160,0.12)';
    ctx.fillRect(x0, top + h * 0.3, w, h * 0.4);

    var step = 40, xs = Math.floor(x0 / step) * step, xe = Math.ceil(x1 / step) * step, x;
    // shore foam along both banks, breathing gently
    var ph = t * 0.0015;
    ctx.beginPath();
    for (x = xs; x <= xe; x += step) {
      var w = Math.sin(x * 0.012 + ph) * 5 + Math.sin(x * 0.031 - ph * 1.3) * 3;
      if (x === xs) ctx.moveTo(x, top + 14 + w); else ctx.lineTo(x, top + 14 + w);
    }
    for (x = xs; x <= xe; x += step) {
      var w2 = Math.sin(x * 0.012 - ph + 2) * 5 + Math.sin(x * 0.029 + ph * 1.2) * 3;
      if (x === xs) ctx.moveTo(x, bottom - 14 + w2); else ctx.lineTo(x, bottom - 14 + w2);
    }
    ctx.strokeStyle = 'rgba(255,255,255,0.45)';
    ctx.lineWidth = 7;
    ctx.stroke();

    // drifting wave crests
    var cw = 280, rows = Math.max(1, Math.floor((bottom - top - 120) / 150));
    var drift = (t * 0.025) % cw;
    var c0 = Math.floor((x0 - drift) / cw) - 1, c1 = Math.ceil((x1 - drift) / cw) + 1;
    ctx.beginPath();
    for (var row = 0; row < rows; row++) {
      var ry = top + 75 + (row + 0.5) * ((bottom - top - 150) / rows);
      for (var c = c0; c <= c1; c++) {
        var hsh = waveHash(c, row);
        var cx = c * cw + drift + hsh * 150 + (row % 2) * 120;
        var cy = ry + (hsh - 0.5) * 70 + Math.sin(t * 0.002 + hsh * 6.28) * 5;
        var s = 16 + hsh * 10;
        ctx.moveTo(cx - s, cy);
        ctx.quadraticCurveTo(cx - s / 2, cy - 8, cx, cy);
        ctx.quadraticCurveTo(cx + s / 2, cy - 8, cx + s, cy);
      }
    }
    ctx.strokeStyle = 'rgba(255,255,255,0.38)';
    ctx.lineWidth = 4.5;
    ctx.stroke();

    // bank edges
    ctx.fillStyle = 'rgba(40,70,90,0.22)';
    ctx.fillRect(x0, top - 3, x1 - x0, 6);
    ctx.fillRect(x0, bottom - 3, x1 - x0, 6);
  }

  function ground(ctx, view, map, t) {
    view = view || {};
    map = map || {};
    var S = num(map.size, 14400);
    var snowTop = num(map.snowTop, 2400), desertTop = num(map.desertTop, 12000);
    var riverTop = num(map.riverTop, 6838), riverBottom = num(map.riverBottom, 7562);
    var x0 = num(view.x0, 0), y0 = num(view.y0, 0), x1 = num(view.x1, x0 + 2500), y1 = num(view.y1, y0 + 1400);
    t = num(t, 0);
    begin(ctx);
    // bands, extended past the map edge (darkened below)
    band(ctx, x0, x1, y0, Math.min(y1, snowTop), SNOW, 'snow');
    band(ctx, x0, x1, Math.max(y0, snowTop), Math.min(y1, riverTop), GRASS, 'grass');
    band(ctx, x0, x1, Math.max(y0, riverBottom), Math.min(y1, desertTop), GRASS, 'grass');
    band(ctx, x0, x1, Math.max(y0, desertTop), y1, SAND, 'sand');
    // soft biome borders
    if (y0 < snowTop + 40 && y1 > snowTop - 40) {
      wavyEdge(ctx, x0, x1, snowTop, snowTop - 40, 9, SNOW, 'rgba(120,150,175,0.28)');
    }
    if (y0 < desertTop + 40 && y1 > desertTop - 40) {
      wavyEdge(ctx, x0, x1, desertTop, desertTop + 40, 9, SAND, 'rgba(150,120,60,0.3)');
    }
    if (y0 < riverBottom && y1 > riverTop) river(ctx, x0, x1, riverTop, riverBottom, t);

    // the river has no tile: its grid lines are drawn here
    if (y0 < riverBottom && y1 > riverTop) {
      ctx.beginPath();
      var ry0 = Math.max(y0, riverTop), ry1 = Math.min(y1, riverBottom);
      for (var gx = Math.ceil(x0 / GRID) * GRID; gx <= x1; gx += GRID) { ctx.moveTo(gx, ry0); ctx.lineTo(gx, ry1); }
      for (var gy = Math.ceil(ry0 / GRID) * GRID; gy <= ry1; gy += GRID) { ctx.moveTo(x0, gy); ctx.lineTo(x1, gy); }
      ctx.strokeStyle = 'rgba(0,0,0,0.04)';
      ctx.lineWidth = 3;
      ctx.stroke();
    }

    // outside the map
    ctx.fillStyle = 'rgba(30,35,45,0.42)';
    if (x0 < 0) ctx.fillRect(x0, y0, -x0, y1 - y0);
    if (x1 > S) ctx.fillRect(S, y0, x1 - S, y1 - y0);
    var ix0 = Math.max(x0, 0), ix1 = Math.min(x1, S);
    if (ix1 > ix0) {
      if (y0 < 0) ctx.fillRect(ix0, y0, ix1 - ix0, -y0);
      if (y1 > S) ctx.fillRect(ix0, S, ix1 - ix0, y1 - S);
    }
    if (x0 < 0 || y0 < 0 || x1 > S || y1 > S) {
      ctx.strokeStyle = 'rgba(30,35,45,0.5)';
      ctx.lineWidth = 8;
      ctx.strokeRect(0, 0, S, S);
    }
    ctx.restore();
  }

  // ---------------------------------------------------------------------------------------------
  // natural objects
  // ---------------------------------------------------------------------------------------------

  var VARIANTS = 24;   // shape variants per object kind and size (seed % VARIANTS)

  function seedOf(seed) { return ((num(seed, 0) | 0) % VARIANTS + VARIANTS) % VARIANTS; }

  function tree(ctx, x, y, scale, seed) {
    var r = Math.round(clamp(num(scale, 150), 10, 600)), v = seedOf(seed);
    var key = 'tree' + r + ':' + v;
    var lobes = 7 + (v % 3);
    var rot = v * 0.37;
    var outer = P(key + 'o', function (p) { blob(p, 0, 0, r, lobes, 0.16, rng(v * 7 + 1), rot); });
    var mid = P(key + 'm', function (p) { blob(p, -r * 0.05, -r * 0.06, r * 0.7, lobes - 1, 0.2, rng(v * 7 + 2), rot + 0.5); });
    var top = P(key + 't', function (p) { blob(p, -r * 0.12, -r * 0.14, r * 0.38, 5, 0.22, rng(v * 7 + 3), rot + 1); });
    begin(ctx);
    ctx.translate(num(x, 0), num(y, 0));
    shadow(ctx, outer, r * 0.06, r * 0.09, 0.16);
    // the outer fringe is a little see-through (players walk below the canopy)
    ctx.globalAlpha *= 0.93;
    fs(ctx, outer, '#6f9d43', LW);
    // leafy curls on the outer ring
    var curls = P(key + 'c', function (p) {
      var cr = rng(v * 19 + 4);
      for (var i = 0; i < lobes * 2; i++) {
        var a = rot + (i + 0.5) / (lobes * 2) * TAU + (cr() - 0.5) * 0.2, d = r * (0.78 + cr() * 0.1);
        p.moveTo(Math.cos(a - 0.12) * d, Math.sin(a - 0.12) * d);
        p.quadraticCurveTo(Math.cos(a) * (d + r * 0.06), Math.sin(a) * (d + r * 0.06), Math.cos(a + 0.12) * d, Math.sin(a + 0.12) * d);
      }
    });
    strokeOnly(ctx, curls, 'rgba(40,80,25,0.35)', 4);
    ctx.globalAlpha /= 0.93;
    // inner layers, each with a soft shadow under it
    shadow(ctx, mid, r * 0.03, r * 0.05, 0.13);
    fillOnly(ctx, mid, '#89b84f');
    shadow(ctx, top, r * 0.025, r * 0.04, 0.1);
    fillOnly(ctx, top, RG(ctx, 'treeT' + r, -r * 0.25, -r * 0.28, 0, -r * 0.12, -r * 0.14, r * 0.4,
      [0, '#c2e47a', 1, '#9cc95a']));
    // leaf highlights
    var lr = rng(v * 13 + 5);
    ctx.fillStyle = 'rgba(235,255,190,0.35)';
    ctx.beginPath();
    for (var i = 0; i < 5; i++) {
      var a = lr() * TAU, d = r * (0.25 + lr() * 0.5);
      ell(ctx, Math.cos(a) * d, Math.sin(a) * d, r * 0.07, r * 0.035, a + 1.2);
    }
    ctx.fill();
    ctx.restore();
  }

  function bush(ctx, x, y, scale, seed, desert) {
    if (desert) { cactus(ctx, x, y, scale, seed); return; }
    var r = Math.round(clamp(num(scale, 85), 8, 400)), v = seedOf(seed);
    var key = 'bush' + r + ':' + v;
    var body = P(key + 'b', function (p) { blob(p, 0, 0, r * 0.86, 9 + (v % 3), 0.14, rng(v * 5 + 1), v); });
    var inner = P(key + 'i', function (p) { blob(p, -r * 0.06, -r * 0.08, r * 0.56, 7, 0.18, rng(v * 5 + 2), v + 0.4); });
    begin(ctx);
    ctx.translate(num(x, 0), num(y, 0));
    shadow(ctx, body, r * 0.06, r * 0.09, 0.16);
    fs(ctx, body, '#62913e', LW);
    shadow(ctx, inner, r * 0.02, r * 0.04, 0.12);
    fillOnly(ctx, inner, RG(ctx, 'bushI' + r, -r * 0.25, -r * 0.3, 0, -r * 0.06, -r * 0.08, r * 0.58,
      [0, '#a0cf62', 1, '#82b14e']));
    // berries (one path for all of them)
    var br = rng(v * 11 + 3), n = 5 + (v % 3), rr = r * 0.095, pts = [];
    for (var i = 0; i < n; i++) {
      var a = (i + br() * 0.6) / n * TAU, d = r * (0.32 + br() * 0.3);
      pts.push([Math.cos(a) * d, Math.sin(a) * d]);
    }
    var berries = P(key + 'r', function (p) { for (var k = 0; k < n; k++) circ(p, pts[k][0], pts[k][1], rr); });
    var shine = P(key + 's', function (p) { for (var k = 0; k < n; k++) circ(p, pts[k][0] - rr * 0.35, pts[k][1] - rr * 0.35, rr * 0.32); });
    fs(ctx, berries, '#d5424c', 3.5);
    fillOnly(ctx, shine, 'rgba(255,235,235,0.8)');
    ctx.restore();
  }

  function cactus(ctx, x, y, scale, seed) {
    var r = Math.round(clamp(num(scale, 85), 8, 400)), v = seedOf(seed);
    var key = 'cac' + r + ':' + v;
    var vr = rng(v * 17 + 9);
    var arms = [];
    var na = 1 + (v % 2);
    for (var k = 0; k < na; k++) arms.push([vr() * TAU / na + k * TAU / na, r * (0.3 + vr() * 0.06)]);
    var body = P(key + 'b', function (p) { blob(p, 0, 0, r * 0.62, 10, 0.06, null, v); });
    var armPaths = arms.map(function (arm, i) {
      return P(key + 'a' + i, function (p) {
        blob(p, Math.cos(arm[0]) * r * 0.62, Math.sin(arm[0]) * r * 0.62, arm[1], 8, 0.07, null, arm[0]);
      });
    });
    begin(ctx);
    ctx.translate(num(x, 0), num(y, 0));
    ctx.fillStyle = 'rgba(120,80,20,0.18)';
    ctx.save(); ctx.translate(r * 0.06, r * 0.1); ctx.fill(body);
    armPaths.forEach(function (ap) { ctx.fill(ap); });
    ctx.restore();
    armPaths.forEach(function (ap, i) {
      var a = arms[i][0], ax = Math.cos(a) * r * 0.62, ay = Math.sin(a) * r * 0.62;
      fs(ctx, ap, '#5f9a48', LW);
      ctx.beginPath();
      for (var j = 0; j < 8; j++) {
        var aa = a + j / 8 * TAU;
        ctx.moveTo(ax + Math.cos(aa) * arms[i][1] * 0.25, ay + Math.sin(aa) * arms[i][1] * 0.25);
        ctx.lineTo(ax + Math.cos(aa) * arms[i][1] * 0.82, ay + Math.sin(aa) * arms[i][1] * 0.82);
      }
      strokeOnly(ctx, null, 'rgba(40,80,40,0.35)', 3);
    });
    fs(ctx, body, RG(ctx, 'cacB' + r, -r * 0.15, -r * 0.2, r * 0.05, 0, 0, r * 0.64,
      [0, '#8cc465', 0.7, '#6aa64f', 1, '#5a9445']), LW);
    // ribs
    ctx.beginPath();
    for (var j = 0; j < 10; j++) {
      var a = v + (j + 0.5) / 10 * TAU;
      ctx.moveTo(Math.cos(a) * r * 0.14, Math.sin(a) * r * 0.14);
      ctx.lineTo(Math.cos(a) * r * 0.52, Math.sin(a) * r * 0.52);
    }
    strokeOnly(ctx, null, 'rgba(40,85,40,0.35)', 3.5);
    // spines on the lobe tips
    ctx.beginPath();
    for (j = 0; j < 10; j++) {
      var b = v + j / 10 * TAU, sx = Math.cos(b) * r * 0.6, sy = Math.sin(b) * r * 0.6;
      ctx.moveTo(sx, sy); ctx.lineTo(sx + Math.cos(b - 0.5) * r * 0.12, sy + Math.sin(b - 0.5) * r * 0.12);
      ctx.moveTo(sx, sy); ctx.lineTo(sx + Math.cos(b + 0.5) * r * 0.12, sy + Math.sin(b + 0.5) * r * 0.12);
    }
    strokeOnly(ctx, null, '#f3ecc8', 2.5);
    // a flower on top
    var fr = r * 0.1;
    ctx.beginPath();
    for (j = 0; j < 5; j++) {
      var fa = j / 5 * TAU + v;
      circ(ctx, Math.cos(fa) * fr * 0.9, Math.sin(fa) * fr * 0.9, fr * 0.7);
    }
    fs(ctx, null, '#f07fa6', 3);
    disc(ctx, 0, 0, fr * 0.5, '#ffd95a', 0);
    ctx.restore();
  }

  function rockLike(ctx, x, y, scale, seed, kind) {
    var r = Math.round(clamp(num(scale, 85), 8, 400)), v = seedOf(seed);
    var key = kind + r + ':' + v;
    var rand = rng(v * 31 + (kind === 'gold' ? 7 : 3));
    var n = 7 + (v % 3);
    var pts = rockPts(rand, n, r * 0.92, 0.22, v * 0.7);
    var top = scalePts(pts, 0.6, -r * 0.1, -r * 0.13);
    var body = P(key + 'b', function (p) { roundPoly(p, pts, 0.5); });
    var face = P(key + 'f', function (p) { roundPoly(p, top, 0.6); });
    var gold = kind === 'gold';
    begin(ctx);
    ctx.translate(num(x, 0), num(y, 0));
    shadow(ctx, body, r * 0.06, r * 0.09, 0.17);
    fs(ctx, body, gold ? '#c99a36' : '#868a90', LW);
    shadow(ctx, face, r * 0.05, r * 0.06, gold ? 0.16 : 0.12);
    fillOnly(ctx, face, gold
      ? RG(ctx, 'goldF' + r, -r * 0.3, -r * 0.35, 0, -r * 0.1, -r * 0.13, r * 0.6, [0, '#ffe98e', 1, '#efc24d'])
      : RG(ctx, 'rockF' + r, -r * 0.3, -r * 0.35, 0, -r * 0.1, -r * 0.13, r * 0.6, [0, '#c5c9cd', 1, '#a6aaaf']));
    var cr = rng(v * 3 + 11);
    if (gold) {
      // nuggets
      var i;
      ctx.beginPath();
      for (i = 0; i < 3; i++) {
        var a2 = (i / 3 + cr() * 0.2) * TAU + v, d2 = r * (0.5 + cr() * 0.2);
        var pts2 = rockPts(cr, 5, r * (0.1 + cr() * 0.05), 0.3, a2);
        roundPoly(ctx, scalePts(pts2, 1, Math.cos(a2) * d2, Math.sin(a2) * d2), 0.6);
      }
      fs(ctx, null, '#ffd95c', 3.5, '#8a6420');
      sparkle(ctx, -r * 0.22, -r * 0.3, r * 0.16, 'rgba(255,255,240,0.95)');
      sparkle(ctx, r * 0.3, r * 0.12, r * 0.1, 'rgba(255,255,240,0.8)');
    } else {
      // cracks and specks
      ctx.beginPath();
      for (var c = 0; c < 2; c++) {
        var ca = cr() * TAU, cd = r * (0.45 + cr() * 0.25);
        var sx = Math.cos(ca) * cd, sy = Math.sin(ca) * cd;
        ctx.moveTo(sx, sy);
        var mx = sx * 0.75 + (cr() - 0.5) * r * 0.15, my = sy * 0.75 + (cr() - 0.5) * r * 0.15;
        ctx.lineTo(mx, my);
        ctx.lineTo(sx * 0.55 + (cr() - 0.5) * r * 0.2, sy * 0.55 + (cr() - 0.5) * r * 0.2);
      }
      strokeOnly(ctx, null, 'rgba(70,72,78,0.5)', 3.5);
      ctx.beginPath();
      for (c = 0; c < 6; c++) {
        var pa = cr() * TAU, pd = r * cr() * 0.7;
        circ(ctx, Math.cos(pa) * pd, Math.sin(pa) * pd, r * (0.018 + cr() * 0.02));
      }
      ctx.fillStyle = 'rgba(80,84,90,0.35)';
      ctx.fill();
    }
    ctx.restore();
  }

  function rock(ctx, x, y, scale, seed) { rockLike(ctx, x, y, scale, seed, 'rock'); }
  function gold(ctx, x, y, scale, seed) { rockLike(ctx, x, y, scale, seed, 'gold'); }

  // ---------------------------------------------------------------------------------------------
  // buildings (placeable items 3..22) and food (0..2)
  // ---------------------------------------------------------------------------------------------

  var WOOD = '#a8743f', WOOD_L = '#c99356', WOOD_D = '#80562d';
  var STONE = '#8e9297', STONE_L = '#b4b8bd', STONE_D = '#6c7076';
  var METAL = '#a9afb6', METAL_D = '#737a83';

  function octagon(r, rot) {
    var pts = [];
    for (var i = 0; i < 8; i++) {
      var a = (rot || 0) + (i + 0.5) / 8 * TAU;
      pts.push([Math.cos(a) * r, Math.sin(a) * r]);
    }
    return pts;
  }

  /** Faceted metal spikes around the centre: each spike has a lit and a shaded half. */
  function spikeRing(ctx, key, n, ro, ri, light, dark, rot) {
    var half = TAU / n / 2;
    var lit = P(key + 'l', function (p) {
      for (var i = 0; i < n; i++) {
        var a = rot + i / n * TAU;
        p.moveTo(Math.cos(a - half) * ri, Math.sin(a - half) * ri);
        p.lineTo(Math.cos(a) * ro, Math.sin(a) * ro);
        p.lineTo(Math.cos(a) * ri * 0.8, Math.sin(a) * ri * 0.8);
        p.closePath();
      }
    });
    var shade = P(key + 'd', function (p) {
      for (var i = 0; i < n; i++) {
        var a = rot + i / n * TAU;
        p.moveTo(Math.cos(a) * ri * 0.8, Math.sin(a) * ri * 0.8);
        p.lineTo(Math.cos(a) * ro, Math.sin(a) * ro);
        p.lineTo(Math.cos(a + half) * ri, Math.sin(a + half) * ri);
        p.closePath();
      }
    });
    var outline = P(key + 's', function (p) { star(p, 0, 0, n, ro, ri, rot); });
    ctx.lineWidth = LW;
    ctx.strokeStyle = OUT;
    ctx.stroke(outline);
    fillOnly(ctx, lit, light);
    fillOnly(ctx, shade, dark);
  }

  function woodDisc(ctx, r, base) {
    disc(ctx, 0, 0, r, base || WOOD, LW);
    ctx.beginPath();
    circ(ctx, 0, 0, r * 0.66);
    circ(ctx, 0, 0, r * 0.33);
    strokeOnly(ctx, null, 'rgba(90,55,25,0.35)', 3);
    ctx.fillStyle = RG(ctx, 'wdsh' + Math.round(r), -r * 0.3, -r * 0.3, 0, 0, 0, r,
      [0, 'rgba(255,230,180,0.25)', 0.7, 'rgba(255,230,180,0)', 1, 'rgba(60,30,0,0.18)']);
    ctx.beginPath(); circ(ctx, 0, 0, r); ctx.fill();
  }

  var B = {};

  B[3] = function (ctx, s) {   // wood wall
    var outer = P('ww' + s, function (p) { roundPoly(p, octagon(s), 0.4); });
    var inner = P('wwi' + s, function (p) { roundPoly(p, octagon(s * 0.74), 0.4); });
    shadow(ctx, outer, 4, 6, 0.16);
    fs(ctx, outer, WOOD_D, LW);
    fillOnly(ctx, inner, RG(ctx, 'wwg' + s, -s * 0.3, -s * 0.3, 0, 0, 0, s, [0, '#d39e62', 1, WOOD]));
    ctx.save();
    ctx.clip(inner);
    ctx.beginPath();
    for (var i = -2; i <= 2; i++) { ctx.moveTo(-s, i * s * 0.3); ctx.lineTo(s, i * s * 0.3); }
    strokeOnly(ctx, null, 'rgba(95,58,25,0.45)', 3.5);
    ctx.beginPath();
    ctx.moveTo(-s * 0.5, -s * 0.12); ctx.lineTo(-s * 0.1, -s * 0.12);
    ctx.moveTo(s * 0.1, s * 0.18); ctx.lineTo(s * 0.45, s * 0.18);
    strokeOnly(ctx, null, 'rgba(95,58,25,0.25)', 2.5);
    ctx.restore();
    strokeOnly(ctx, inner, 'rgba(80,50,20,0.55)', 3.5);
    ctx.fillStyle = '#6b6f75';
    ctx.beginPath();
    for (i = 0; i < 4; i++) { var a = PI / 4 + i * PI / 2; circ(ctx, Math.cos(a) * s * 0.56, Math.sin(a) * s * 0.56, 3.2); }
    ctx.fill();
  };

  B[4] = function (ctx, s) {   // stone wall
    var outer = P('sw' + s, function (p) { roundPoly(p, octagon(s), 0.4); });
    shadow(ctx, outer, 4, 6, 0.16);
    fs(ctx, outer, RG(ctx, 'swg' + s, -s * 0.3, -s * 0.3, 0, 0, 0, s, [0, STONE_L, 1, STONE_D]), LW);
    var cob = P('swc' + s, function (p) {
      var r = rng(44);
      roundPoly(p, rockPts(r, 6, s * 0.3, 0.15, 0.3), 0.7);
      for (var i = 0; i < 6; i++) {
        var a = i / 6 * TAU + 0.25;
        roundPoly(p, scalePts(rockPts(r, 5, s * 0.25, 0.2, a), 1, Math.cos(a) * s * 0.6, Math.sin(a) * s * 0.6), 0.7);
      }
    });
    fs(ctx, cob, '#a5a9ae', 3.5, 'rgba(70,72,78,0.75)');
    ctx.save();
    ctx.translate(-2, -2.5);
    ctx.fillStyle = 'rgba(255,255,255,0.18)';
    ctx.scale(0.85, 0.85);
    ctx.fill(cob);
    ctx.restore();
  };

  B[5] = function (ctx, s) {   // castle wall
    var n = 8;
    var outer = P('cw' + s, function (p) {
      var step = TAU / n;
      for (var i = 0; i < n; i++) {
        var a = i * step;
        var pts = [[a, s * 0.84], [a + step * 0.08, s], [a + step * 0.52, s], [a + step * 0.6, s * 0.84]];
        for (var k = 0; k < pts.length; k++) {
          var x = Math.cos(pts[k][0]) * pts[k][1], y = Math.sin(pts[k][0]) * pts[k][1];
          if (i === 0 && k === 0) p.moveTo(x, y); else p.lineTo(x, y);
        }
      }
      p.closePath();
    });
    shadow(ctx, outer, 4, 6, 0.18);
    fs(ctx, outer, RG(ctx, 'cwg' + s, -s * 0.3, -s * 0.3, 0, 0, 0, s, [0, '#9fa3a9', 1, '#646870']), LW);
    disc(ctx, 0, 0, s * 0.68, RG(ctx, 'cwi' + s, -s * 0.2, -s * 0.25, 0, 0, 0, s * 0.7, [0, '#b9bdc2', 1, '#8f949a']), 3.5);
    ctx.beginPath();
    circ(ctx, 0, 0, s * 0.36);
    for (var i = 0; i < 8; i++) {
      var a = i / 8 * TAU + (i % 2) * 0.2;
      ctx.moveTo(Math.cos(a) * s * 0.36, Math.sin(a) * s * 0.36);
      ctx.lineTo(Math.cos(a) * s * 0.66, Math.sin(a) * s * 0.66);
    }
    for (i = 0; i < 4; i++) {
      var b = i / 4 * TAU + 0.6;
      ctx.moveTo(0, 0); ctx.lineTo(Math.cos(b) * s * 0.36, Math.sin(b) * s * 0.36);
    }
    strokeOnly(ctx, null, 'rgba(70,72,80,0.45)', 3);
    // merlon tops lit
    ctx.save();
    ctx.clip(outer);
    ctx.beginPath(); circ(ctx, 0, 0, s * 0.93);
    strokeOnly(ctx, null, 'rgba(255,255,255,0.12)', 4);
    ctx.restore();
  };

  B[6] = function (ctx, s) {   // spikes
    spikeRing(ctx, 'sp' + s, 10, s, s * 0.62, '#c3c7cc', '#8c9198', 0);
    woodDisc(ctx, s * 0.6);
  };

  B[7] = function (ctx, s) {   // greater spikes
    spikeRing(ctx, 'gsp' + s, 12, s * 1.05, s * 0.58, '#b9bec4', '#7e848c', 0.1);
    woodDisc(ctx, s * 0.58, '#8d5f33');
    ctx.beginPath(); circ(ctx, 0, 0, s * 0.44);
    strokeOnly(ctx, null, '#6f757d', 6);
    ctx.fillStyle = '#c7cbd0';
    ctx.beginPath();
    for (var i = 0; i < 6; i++) { var a = i / 6 * TAU; circ(ctx, Math.cos(a) * s * 0.44, Math.sin(a) * s * 0.44, 3); }
    ctx.fill();
  };

  B[8] = function (ctx, s) {   // poison spikes
    spikeRing(ctx, 'psp' + s, 12, s * 1.03, s * 0.6, '#a2c76a', '#6f9a45', 0);
    disc(ctx, 0, 0, s * 0.6, RG(ctx, 'psg' + s, -s * 0.2, -s * 0.2, 0, 0, 0, s * 0.6, [0, '#8e5fae', 1, '#5e3a78']), LW);
    ctx.fillStyle = '#9be35a';
    ctx.beginPath();
    circ(ctx, -s * 0.18, -s * 0.12, s * 0.13);
    circ(ctx, s * 0.2, s * 0.05, s * 0.09);
    circ(ctx, -s * 0.02, s * 0.25, s * 0.07);
    circ(ctx, s * 0.12, -s * 0.28, s * 0.05);
    ctx.fill();
    ctx.fillStyle = 'rgba(255,255,255,0.6)';
    ctx.beginPath();
    circ(ctx, -s * 0.22, -s * 0.16, s * 0.04);
    circ(ctx, s * 0.18, s * 0.02, s * 0.03);
    ctx.fill();
  };

  B[9] = function (ctx, s, t) {   // spinning spikes
    ctx.rotate((t * 0.003) % TAU);
    var n = 8, ro = s * 1.02, ri = s * 0.55;
    var blades = P('ssp' + s, function (p) {
      for (var i = 0; i < n; i++) {
        var a = i / n * TAU;
        p.moveTo(Math.cos(a) * ri, Math.sin(a) * ri);
        p.quadraticCurveTo(Math.cos(a + 0.2) * ro * 0.95, Math.sin(a + 0.2) * ro * 0.95, Math.cos(a + 0.42) * ro, Math.sin(a + 0.42) * ro);
        p.quadraticCurveTo(Math.cos(a + 0.5) * ri * 1.1, Math.sin(a + 0.5) * ri * 1.1, Math.cos(a + 0.8) * ri, Math.sin(a + 0.8) * ri);
        p.closePath();
      }
    });
    ctx.beginPath(); circ(ctx, 0, 0, s * 0.8);
    strokeOnly(ctx, null, 'rgba(200,205,210,0.25)', 6);
    fs(ctx, blades, '#b3b8bf', LW);
    disc(ctx, 0, 0, s * 0.6, RG(ctx, 'ssg' + s, -s * 0.2, -s * 0.2, 0, 0, 0, s * 0.6, [0, '#c9cdd2', 1, '#7f858d']), LW);
    disc(ctx, 0, 0, s * 0.22, '#5d636b', 3.5);
    ctx.fillStyle = '#dfe2e6';
    ctx.beginPath();
    for (var i = 0; i < 4; i++) { var a = i / 4 * TAU; circ(ctx, Math.cos(a) * s * 0.4, Math.sin(a) * s * 0.4, 3.4); }
    ctx.fill();
  };

  function millBlades(ctx, s, n, len, rot, sail, sail2, metal) {
    ctx.save();
    ctx.rotate(rot);
    for (var i = 0; i < n; i++) {
      ctx.save();
      ctx.rotate(i / n * TAU);
      if (metal) {
        var bl = P('pmb' + s + ':' + len, function (p) {
          p.moveTo(s * 0.12, -s * 0.08);
          p.quadraticCurveTo(len * 0.6, -s * 0.42, len, -s * 0.22);
          p.quadraticCurveTo(len * 1.04, 0, len * 0.92, s * 0.12);
          p.quadraticCurveTo(len * 0.5, s * 0.1, s * 0.12, s * 0.08);
          p.closePath();
        });
        fs(ctx, bl, sail, LW);
        ctx.beginPath(); ctx.moveTo(s * 0.2, 0); ctx.quadraticCurveTo(len * 0.6, -s * 0.12, len * 0.9, -s * 0.05);
        strokeOnly(ctx, null, 'rgba(255,255,255,0.35)', 3);
        ctx.beginPath(); ctx.moveTo(len * 0.82, -s * 0.28); ctx.lineTo(len * 0.95, s * 0.1);
        strokeOnly(ctx, null, sail2, 5);
      } else {
        ctx.beginPath(); rrect(ctx, 0, -s * 0.07, len, s * 0.14, s * 0.05);
        fs(ctx, null, WOOD_D, LW2);
        ctx.beginPath(); rrect(ctx, len * 0.28, -s * 0.42, len * 0.72, s * 0.36, s * 0.06);
        fs(ctx, null, sail, LW2);
        ctx.beginPath();
        ctx.moveTo(len * 0.52, -s * 0.42); ctx.lineTo(len * 0.52, -s * 0.06);
        ctx.moveTo(len * 0.76, -s * 0.42); ctx.lineTo(len * 0.76, -s * 0.06);
        strokeOnly(ctx, null, sail2, 2.5);
      }
      ctx.restore();
    }
    ctx.restore();
  }

  B[10] = function (ctx, s, t) {   // windmill
    var base = P('wmb' + s, function (p) { roundPoly(p, octagon(s * 0.62), 0.5); });
    shadow(ctx, base, 4, 6, 0.16);
    fs(ctx, base, WOOD, LW);
    ctx.beginPath(); circ(ctx, 0, 0, s * 0.42);
    strokeOnly(ctx, null, 'rgba(90,55,25,0.35)', 3);
    millBlades(ctx, s, 4, s * 1.3, t * 0.0016, '#ece3cf', 'rgba(120,100,70,0.5)');
    disc(ctx, 0, 0, s * 0.2, WOOD_D, LW2);
  };

  B[11] = function (ctx, s, t) {   // faster windmill
    var base = P('fwb' + s, function (p) { roundPoly(p, octagon(s * 0.64), 0.5); });
    shadow(ctx, base, 4, 6, 0.16);
    fs(ctx, base, RG(ctx, 'fwg' + s, -s * 0.2, -s * 0.2, 0, 0, 0, s * 0.64, [0, STONE_L, 1, STONE_D]), LW);
    millBlades(ctx, s, 4, s * 1.35, t * 0.0026, '#e46d5a', 'rgba(255,255,255,0.7)');
    disc(ctx, 0, 0, s * 0.2, '#6c7076', LW2);
    disc(ctx, 0, 0, s * 0.08, '#d9dde1', 0);
  };

  B[12] = function (ctx, s, t) {   // power mill
    var base = P('pmbase' + s, function (p) { roundPoly(p, octagon(s * 0.66), 0.3); });
    shadow(ctx, base, 4, 6, 0.18);
    fs(ctx, base, RG(ctx, 'pmg' + s, -s * 0.2, -s * 0.2, 0, 0, 0, s * 0.66, [0, '#8f959d', 1, '#4f555d']), LW);
    ctx.fillStyle = '#f2c94c';
    ctx.beginPath();
    for (var i = 0; i < 8; i++) { var a = (i + 0.5) / 8 * TAU; circ(ctx, Math.cos(a) * s * 0.5, Math.sin(a) * s * 0.5, 3); }
    ctx.fill();
    millBlades(ctx, s, 3, s * 1.35, t * 0.0038, '#c4cad1', '#e05a47', true);
    disc(ctx, 0, 0, s * 0.24, '#e8b93c', LW2);
    disc(ctx, 0, 0, s * 0.1, '#fff1b8', 0);
  };

  B[13] = function (ctx, s) {   // mine: a stone heap with a timbered shaft
    var pts = rockPts(rng(1313), 9, s, 0.12, 0.2);
    var body = P('mine' + s, function (p) { roundPoly(p, pts, 0.5); });
    shadow(ctx, body, 5, 7, 0.17);
    fs(ctx, body, RG(ctx, 'mineg' + s, -s * 0.3, -s * 0.35, s * 0.1, 0, 0, s, [0, '#a9adb2', 1, '#74787e']), LW);
    var h = s * 0.36;
    ctx.beginPath(); rrect(ctx, -h, -h, h * 2, h * 2, 6);
    fs(ctx, null, RG(ctx, 'mineh' + s, 0, 0, 0, 0, 0, h * 1.4, [0, '#151413', 1, '#3b3631']), 0);
    // ladder
    ctx.beginPath();
    ctx.moveTo(-h * 0.35, -h * 0.8); ctx.lineTo(-h * 0.35, h * 0.8);
    ctx.moveTo(h * 0.35, -h * 0.8); ctx.lineTo(h * 0.35, h * 0.8);
    for (var i = -2; i <= 2; i++) { ctx.moveTo(-h * 0.35, i * h * 0.35); ctx.lineTo(h * 0.35, i * h * 0.35); }
    strokeOnly(ctx, null, '#7a5632', 4);
    // frame beams
    ctx.beginPath();
    rrect(ctx, -h - 8, -h - 8, h * 2 + 16, 14, 4);
    rrect(ctx, -h - 8, h - 6, h * 2 + 16, 14, 4);
    fs(ctx, null, WOOD, LW2);
    ctx.beginPath();
    rrect(ctx, -h - 8, -h + 6, 14, h * 2 - 12, 4);
    rrect(ctx, h - 6, -h + 6, 14, h * 2 - 12, 4);
    fs(ctx, null, WOOD_L, LW2);
    sparkle(ctx, s * 0.55, -s * 0.45, 8, 'rgba(255,255,255,0.8)');
  };

  function leaf(p, len, w) { leafAt(p, 0, len, w); }
  /** A pointed leaf from the origin along angle a. */
  function leafAt(p, a, len, w) {
    var c = Math.cos(a), s = Math.sin(a);
    function X(x, y) { return x * c - y * s; }
    function Y(x, y) { return x * s + y * c; }
    p.moveTo(0, 0);
    p.quadraticCurveTo(X(len * 0.45, -w), Y(len * 0.45, -w), X(len, 0), Y(len, 0));
    p.quadraticCurveTo(X(len * 0.45, w), Y(len * 0.45, w), 0, 0);
    p.closePath();
  }

  B[14] = function (ctx, s, t) {   // sapling
    var sway = Math.sin(t * 0.002) * 0.04;
    var big = P('sapb' + s, function (p) {
      for (var i = 0; i < 6; i++) leafAt(p, i / 6 * TAU, s * 0.72, s * 0.26);
    });
    var small = P('saps' + s, function (p) {
      for (var i = 0; i < 5; i++) leafAt(p, (i + 0.5) / 5 * TAU, s * 0.45, s * 0.18);
    });
    ctx.rotate(sway);
    shadow(ctx, big, 5, 7, 0.15);
    fs(ctx, big, RG(ctx, 'sapg' + s, 0, 0, s * 0.1, 0, 0, s * 0.72, [0, '#9bd061', 1, '#6aa040']), LW);
    ctx.beginPath();
    for (var i = 0; i < 6; i++) {
      var a = i / 6 * TAU;
      ctx.moveTo(Math.cos(a) * s * 0.1, Math.sin(a) * s * 0.1); ctx.lineTo(Math.cos(a) * s * 0.6, Math.sin(a) * s * 0.6);
    }
    strokeOnly(ctx, null, 'rgba(60,100,40,0.45)', 3);
    ctx.rotate(-sway * 2);
    fs(ctx, small, '#b3de72', 3.5, 'rgba(70,110,45,0.8)');
    disc(ctx, 0, 0, s * 0.09, WOOD, LW2);
  };

  B[15] = function (ctx, s) {   // pit trap
    var ring = P('pit' + s, function (p) { roundPoly(p, rockPts(rng(1515), 10, s, 0.08, 0), 0.6); });
    fs(ctx, ring, '#8d6b47', LW);
    disc(ctx, 0, 0, s * 0.74, RG(ctx, 'pitg' + s, 0, 0, 0, 0, 0, s * 0.74, [0, '#141211', 0.7, '#2c2724', 1, '#4a3f35']), 3.5);
    // a lattice of sticks with leaves laid over it
    ctx.beginPath();
    ctx.moveTo(-s * 0.8, -s * 0.3); ctx.lineTo(s * 0.8, -s * 0.22);
    ctx.moveTo(-s * 0.75, s * 0.28); ctx.lineTo(s * 0.78, s * 0.34);
    ctx.moveTo(-s * 0.28, -s * 0.8); ctx.lineTo(-s * 0.2, s * 0.8);
    ctx.moveTo(s * 0.3, -s * 0.78); ctx.lineTo(s * 0.22, s * 0.8);
    strokeOnly(ctx, null, OUT, 10);
    strokeOnly(ctx, null, '#a57a4a', 5);
    ctx.fillStyle = '#6f9c46';
    ctx.beginPath();
    ell(ctx, -s * 0.45, -s * 0.28, s * 0.14, s * 0.07, 0.5);
    ell(ctx, s * 0.5, s * 0.3, s * 0.13, s * 0.06, -0.6);
    ell(ctx, s * 0.05, -s * 0.5, s * 0.12, s * 0.06, 1.8);
    ctx.fill();
  };

  B[16] = function (ctx, s, t) {   // boost pad (points along +x)
    var h = s * 0.82;
    var pad = P('bp' + s, function (p) { rrect(p, -h, -h, h * 2, h * 2, s * 0.22); });
    fs(ctx, pad, RG(ctx, 'bpg' + s, -h * 0.3, -h * 0.3, 0, 0, 0, h * 1.4, [0, '#7b838d', 1, '#555c65']), LW);
    ctx.beginPath(); rrect(ctx, -h * 0.78, -h * 0.78, h * 1.56, h * 1.56, s * 0.14);
    strokeOnly(ctx, null, 'rgba(255,255,255,0.12)', 3);
    var ph = (num(t, 0) * 0.003) % 1;
    for (var i = 0; i < 2; i++) {
      var ox = -h * 0.45 + i * h * 0.62;
      var glow = Math.round((0.55 + 0.45 * Math.max(0, Math.sin((ph - i * 0.3) * TAU))) * 20) / 20;
      var chev = P('bpc' + s, function (p) {
        poly(p, [[-h * 0.22, -h * 0.62], [h * 0.22, 0], [-h * 0.22, h * 0.62], [-h * 0.52, h * 0.62], [-h * 0.08, 0], [-h * 0.52, -h * 0.62]]);
      });
      ctx.translate(ox, 0);
      fs(ctx, chev, mix('#b58a1e', '#ffd84a', glow), LW2);
      ctx.translate(-ox, 0);
    }
  };

  B[17] = function (ctx, s, t, e, dir) {   // turret
    var h = s * 0.85;
    var base = P('tb' + s, function (p) { rrect(p, -h, -h, h * 2, h * 2, s * 0.25); });
    shadow(ctx, base, 4, 6, 0.17);
    fs(ctx, base, RG(ctx, 'tbg' + s, -h * 0.3, -h * 0.3, 0, 0, 0, h * 1.4, [0, STONE_L, 1, STONE_D]), LW);
    ctx.fillStyle = '#5d6168';
    ctx.beginPath();
    for (var i = 0; i < 4; i++) { var a = PI / 4 + i * PI / 2; circ(ctx, Math.cos(a) * h * 1.05, Math.sin(a) * h * 1.05, 3.5); }
    ctx.fill();
    var td = e && typeof e.turretDir === 'number' ? e.turretDir - dir : 0;
    ctx.rotate(td);
    ctx.beginPath(); rrect(ctx, 0, -s * 0.17, s * 1.12, s * 0.34, 4);
    fs(ctx, null, '#5f656d', LW);
    ctx.beginPath(); rrect(ctx, s * 0.9, -s * 0.22, s * 0.26, s * 0.44, 4);
    fs(ctx, null, '#4a4f56', LW2);
    disc(ctx, 0, 0, s * 0.56, RG(ctx, 'tt' + s, -s * 0.2, -s * 0.2, 0, 0, 0, s * 0.56, [0, '#d19b5f', 1, WOOD_D]), LW);
    disc(ctx, 0, 0, s * 0.22, '#7b8088', LW2);
  };

  B[18] = function (ctx, s) {   // platform
    var h = s * 0.98;
    var deck = P('pf' + s, function (p) { rrect(p, -h, -h, h * 2, h * 2, 8); });
    shadow(ctx, deck, 5, 7, 0.18);
    fs(ctx, deck, WOOD, LW);
    ctx.save();
    ctx.clip(deck);
    for (var i = 0; i < 5; i++) {
      var y = -h + i * h * 0.4;
      ctx.fillStyle = i % 2 ? '#b98449' : '#c8925a';
      ctx.fillRect(-h, y + 2, h * 2, h * 0.4 - 4);
    }
    ctx.beginPath();
    for (i = 1; i < 5; i++) { ctx.moveTo(-h, -h + i * h * 0.4); ctx.lineTo(h, -h + i * h * 0.4); }
    strokeOnly(ctx, null, 'rgba(80,50,20,0.6)', 3);
    ctx.restore();
    ctx.fillStyle = '#5e6268';
    ctx.beginPath();
    for (i = 0; i < 5; i++) {
      var yy = -h + (i + 0.5) * h * 0.4;
      circ(ctx, -h * 0.78, yy, 2.5); circ(ctx, h * 0.78, yy, 2.5);
    }
    ctx.fill();
    strokeOnly(ctx, deck, OUT, LW);
  };

  B[19] = function (ctx, s, t) {   // healing pad
    var h = s * 0.82;
    var pad = P('hp' + s, function (p) { rrect(p, -h, -h, h * 2, h * 2, s * 0.3); });
    fs(ctx, pad, WOOD, LW);
    ctx.beginPath(); rrect(ctx, -h * 0.74, -h * 0.74, h * 1.48, h * 1.48, s * 0.2);
    fs(ctx, null, '#f4efe2', 3.5, 'rgba(80,50,20,0.6)');
    var pulse = (num(t, 0) * 0.0008) % 1;
    ctx.beginPath(); circ(ctx, 0, 0, h * (0.3 + pulse * 0.45));
    strokeOnly(ctx, null, 'rgba(230,80,90,' + (0.45 * (1 - pulse)).toFixed(3) + ')', 4);
    var c = h * 0.5, w = h * 0.18;
    var cross = P('hpc' + s, function (p) {
      poly(p, [[-w, -c], [w, -c], [w, -w], [c, -w], [c, w], [w, w], [w, c], [-w, c], [-w, w], [-c, w], [-c, -w], [-w, -w]]);
    });
    fs(ctx, cross, '#e2545f', LW2);
    ctx.save(); ctx.translate(-1.5, -1.5); ctx.scale(0.7, 0.7);
    ctx.fillStyle = 'rgba(255,255,255,0.3)'; ctx.fill(cross);
    ctx.restore();
  };

  B[20] = function (ctx, s, t) {   // spawn pad
    var r = s * 0.9;
    var ring = P('spp' + s, function (p) { roundPoly(p, octagon(r), 0.5); });
    fs(ctx, ring, RG(ctx, 'sppg' + s, -r * 0.3, -r * 0.3, 0, 0, 0, r, [0, STONE_L, 1, STONE_D]), LW);
    disc(ctx, 0, 0, r * 0.7, RG(ctx, 'sppi' + s, 0, 0, 0, 0, 0, r * 0.7, [0, '#bff1ff', 0.6, '#5fb7e8', 1, '#3b7fc4']), 3.5);
    var pulse = (num(t, 0) * 0.001) % 1;
    ctx.beginPath(); circ(ctx, 0, 0, r * (0.2 + pulse * 0.5));
    strokeOnly(ctx, null, 'rgba(255,255,255,' + (0.7 * (1 - pulse)).toFixed(3) + ')', 3.5);
    ctx.beginPath(); star(ctx, 0, 0, 5, r * 0.36, r * 0.16, -PI / 2);
    fs(ctx, null, '#ffffff', 3, '#3b6fa8');
  };

  B[21] = function (ctx, s) {   // blocker
    var r = s * 0.88;
    var ring = P('blk' + s, function (p) { roundPoly(p, octagon(r), 0.5); });
    fs(ctx, ring, RG(ctx, 'blkg' + s, -r * 0.3, -r * 0.3, 0, 0, 0, r, [0, '#7c8089', 1, '#50545c']), LW);
    disc(ctx, 0, 0, r * 0.66, '#f1ece4', 0);
    ctx.beginPath();
    circ(ctx, 0, 0, r * 0.56);
    strokeOnly(ctx, null, '#d9434e', r * 0.16);
    ctx.beginPath();
    ctx.moveTo(-r * 0.4, -r * 0.4); ctx.lineTo(r * 0.4, r * 0.4);
    strokeOnly(ctx, null, '#d9434e', r * 0.16);
    ctx.beginPath(); circ(ctx, 0, 0, r * 0.66);
    strokeOnly(ctx, null, OUT, 3);
  };

  B[22] = function (ctx, s, t) {   // teleporter
    var r = s * 0.9;
    var ring = P('tp' + s, function (p) { roundPoly(p, octagon(r), 0.5); });
    fs(ctx, ring, RG(ctx, 'tpg' + s, -r * 0.3, -r * 0.3, 0, 0, 0, r, [0, '#8d8aa0', 1, '#56526a']), LW);
    disc(ctx, 0, 0, r * 0.72, RG(ctx, 'tpi' + s, 0, 0, 0, 0, 0, r * 0.72, [0, '#f3d9ff', 0.35, '#b56ee8', 1, '#46206e']), 3.5);
    ctx.save();
    ctx.rotate((num(t, 0) * 0.004) % TAU);
    ctx.beginPath();
    for (var i = 0; i < 3; i++) {
      var a = i / 3 * TAU;
      ctx.moveTo(Math.cos(a) * r * 0.08, Math.sin(a) * r * 0.08);
      for (var k = 1; k <= 8; k++) {
        var f = k / 8, aa = a + f * 2.4, rr = r * (0.08 + f * 0.58);
        ctx.lineTo(Math.cos(aa) * rr, Math.sin(aa) * rr);
      }
    }
    strokeOnly(ctx, null, 'rgba(255,240,255,0.75)', 4);
    ctx.restore();
    disc(ctx, 0, 0, r * 0.12, '#ffffff', 0);
  };

  // ---- food ----
  var FOOD = {};
  FOOD[0] = function (ctx, s) {   // apple
    var body = P('apple' + s, function (p) {
      p.moveTo(0, -s * 0.62);
      p.bezierCurveTo(s * 0.55, -s * 1.05, s * 1.15, -s * 0.35, s * 0.82, s * 0.4);
      p.bezierCurveTo(s * 0.6, s * 0.95, s * 0.2, s * 0.98, 0, s * 0.8);
      p.bezierCurveTo(-s * 0.2, s * 0.98, -s * 0.6, s * 0.95, -s * 0.82, s * 0.4);
      p.bezierCurveTo(-s * 1.15, -s * 0.35, -s * 0.55, -s * 1.05, 0, -s * 0.62);
      p.closePath();
    });
    fs(ctx, body, RG(ctx, 'appleg' + s, -s * 0.35, -s * 0.3, 0, 0, 0, s, [0, '#ff8a7a', 0.5, '#e3473f', 1, '#b52f2c']), LW2);
    ctx.beginPath(); ctx.moveTo(0, -s * 0.55); ctx.quadraticCurveTo(s * 0.05, -s * 0.9, s * 0.18, -s * 1.05);
    strokeOnly(ctx, null, OUT, 7); strokeOnly(ctx, null, '#7a5230', 3.5);
    ctx.save(); ctx.translate(s * 0.12, -s * 0.82); ctx.rotate(-0.5);
    ctx.beginPath(); leaf(ctx, s * 0.55, s * 0.26);
    fs(ctx, null, '#7dbb4a', 3);
    ctx.restore();
    ctx.beginPath(); ell(ctx, -s * 0.42, -s * 0.2, s * 0.14, s * 0.24, 0.5);
    ctx.fillStyle = 'rgba(255,255,255,0.45)'; ctx.fill();
  };
  FOOD[1] = function (ctx, s) {   // cookie
    var body = P('cookie' + s, function (p) { blob(p, 0, 0, s, 11, 0.05, rng(11), 0); });
    fs(ctx, body, RG(ctx, 'cookieg' + s, -s * 0.3, -s * 0.3, 0, 0, 0, s, [0, '#e8b86f', 1, '#b9823f']), LW2);
    ctx.fillStyle = '#5a3a22';
    var r = rng(7);
    ctx.beginPath();
    for (var i = 0; i < 7; i++) {
      var a = r() * TAU, d = s * (0.15 + r() * 0.55);
      roundPoly(ctx, scalePts(rockPts(r, 5, s * 0.13, 0.3, a), 1, Math.cos(a) * d, Math.sin(a) * d), 0.7);
    }
    ctx.fill();
  };
  FOOD[2] = function (ctx, s) {   // cheese wedge
    var body = P('cheese' + s, function (p) {
      p.moveTo(-s * 0.9, s * 0.55);
      p.lineTo(-s * 0.7, -s * 0.4);
      p.quadraticCurveTo(s * 0.2, -s * 0.85, s * 0.95, -s * 0.45);
      p.lineTo(s * 0.8, s * 0.6);
      p.closePath();
    });
    fs(ctx, body, RG(ctx, 'cheeseg' + s, -s * 0.3, -s * 0.3, 0, 0, 0, s, [0, '#ffe47d', 1, '#e9b93a']), LW2);
    ctx.beginPath();
    ctx.moveTo(-s * 0.7, -s * 0.4); ctx.lineTo(-s * 0.58, s * 0.56);
    strokeOnly(ctx, null, 'rgba(160,110,20,0.5)', 3);
    ctx.fillStyle = '#d9a22e';
    ctx.beginPath();
    circ(ctx, -s * 0.1, -s * 0.05, s * 0.17);
    circ(ctx, s * 0.42, s * 0.25, s * 0.12);
    circ(ctx, s * 0.3, -s * 0.35, s * 0.09);
    circ(ctx, -s * 0.35, s * 0.35, s * 0.08);
    ctx.fill();
  };

  function unknownThing(ctx, s) {
    disc(ctx, 0, 0, s * 0.8, '#b7a58a', LW);
    ctx.beginPath();
    ctx.arc(0, -s * 0.12, s * 0.22, PI * 1.1, PI * 2.25);
    ctx.lineTo(0, s * 0.15);
    strokeOnly(ctx, null, OUT, 6);
    disc(ctx, 0, s * 0.38, 4, OUT, 0);
  }

  /** Draw item itemIndex centred at the current origin, in the frame already turned to dir. */
  function drawItem(ctx, idx, s, t, extra, dir) {
    var f = B[idx];
    if (f) f(ctx, s, t, extra, dir);
    else if (FOOD[idx]) FOOD[idx](ctx, s);
    else unknownThing(ctx, s);
  }

  var ITEM_SCALE = [22, 27, 27, 50, 50, 52, 49, 52, 52, 52, 45, 47, 47, 65, 110, 50, 45, 43, 43, 45, 45, 45, 45];
  /** How far an item's drawing reaches, relative to its scale (for icons and held items). */
  function itemReach(idx) {
    if (idx >= 10 && idx <= 12) return 1.42;
    if (idx === 17) return 1.2;
    if (idx === 14) return 0.8;
    if (idx <= 2) return 1.05;
    return 1.05;
  }

  function building(ctx, itemIndex, x, y, dir, scale, t, extra) {
    var idx = num(itemIndex, -1) | 0;
    var s = Math.round(clamp(num(scale, ITEM_SCALE[idx] || 45), 4, 500));
    dir = num(dir, 0);
    t = num(t, 0);
    extra = extra || {};
    begin(ctx);
    ctx.translate(num(x, 0), num(y, 0));
    if (extra.ghost) ctx.globalAlpha *= 0.5;
    if (extra.invalid) HURT = 0.5;
    ctx.rotate(dir);
    try {
      drawItem(ctx, idx, s, t, extra, dir);
    } finally {
      HURT = 0;
    }
    if (extra.invalid) {
      ctx.beginPath(); circ(ctx, 0, 0, s * 1.02);
      ctx.setLineDash([10, 8]);
      strokeOnly(ctx, null, 'rgba(230,40,40,0.9)', 4);
      ctx.setLineDash([]);
    }
    ctx.restore();
  }

  // ---------------------------------------------------------------------------------------------
  // animals (top-down, facing +x in their own frame)
  // ---------------------------------------------------------------------------------------------

  /** Curved horn from (x, y) sweeping outwards (side -1/1) and forwards. */
  function horn(ctx, x, y, side, len, width, col, tip) {
    ctx.beginPath();
    ctx.moveTo(x - width * 0.5, y);
    ctx.quadraticCurveTo(x - width * 0.2, y + side * len * 0.8, x + len * 0.55, y + side * len * 0.95);
    ctx.quadraticCurveTo(x + width * 0.5, y + side * len * 0.45, x + width * 0.5, y);
    ctx.closePath();
    fs(ctx, null, col, LW2);
    if (tip) {
      ctx.beginPath();
      ctx.arc(x + len * 0.5, y + side * len * 0.9, width * 0.28, 0, TAU);
      ctx.fillStyle = tip;
      ctx.fill();
    }
  }

  function eyes(ctx, x, dy, r, col, glow) {
    for (var s = -1; s <= 1; s += 2) {
      ctx.beginPath(); circ(ctx, x, dy * s, r);
      ctx.fillStyle = col || '#3a3a3a';
      ctx.fill();
      ctx.beginPath(); circ(ctx, x + r * 0.3, dy * s - r * 0.3, r * 0.38);
      ctx.fillStyle = glow || 'rgba(255,255,255,0.85)';
      ctx.fill();
    }
  }

  /** Body shading by an ellipse gradient (a lit spine, darker flanks). */
  function bodyFill(ctx, key, rx, ry, cx, col) {
    var k = key + Math.round(rx) + ':' + Math.round(ry) + col;
    return RG(ctx, k, cx - rx * 0.15, 0, 0, cx, 0, Math.max(rx, ry), [0, lighten(col, 0.18), 0.55, col, 1, darken(col, 0.14)]);
  }

  function tailLine(ctx, x, len, wag, col, lw, tuft) {
    ctx.beginPath();
    ctx.moveTo(x, 0);
    var ex = x - len, ey = Math.sin(wag) * len * 0.5;
    ctx.quadraticCurveTo(x - len * 0.6, -ey * 0.3, ex, ey);
    strokeOnly(ctx, null, OUT, lw + 5);
    strokeOnly(ctx, null, col, lw);
    if (tuft) disc(ctx, ex, ey, lw * 1.3, tuft, LW2);
  }

  /** Four feet peeking out under the body, shuffling a little. */
  function feet(ctx, cx, rx, ry, r, col, t) {
    var ph = num(t, 0) * 0.008;
    ctx.beginPath();
    for (var i = 0; i < 4; i++) {
      var sx = i < 2 ? 1 : -1, sy = i % 2 ? 1 : -1;
      var step = Math.sin(ph + (sx * sy > 0 ? 0 : PI)) * r * 0.05;
      ell(ctx, cx + sx * rx * 0.55 + step, sy * ry * 0.9, r * 0.14, r * 0.1, 0);
    }
    fs(ctx, null, col, LW2);
  }

  function cowLike(ctx, r, t, o) {
    var bx = -r * 0.14, brx = r * 0.82 * (o.long || 1), bry = r * 0.64;
    var breathe = 1 + Math.sin(t * 0.004) * 0.012;
    // tail
    if (o.tail) tailLine(ctx, bx - brx * 0.9, r * 0.38, Math.sin(t * 0.006) * 0.9, o.tail, 5, o.tuft);
    feet(ctx, bx, brx, bry, r, o.foot || darken(o.head || o.body, 0.25), t);
    // body
    var body = P('ab' + Math.round(brx) + ':' + Math.round(bry), function (p) { ell(p, 0, 0, brx, bry, 0); });
    ctx.save();
    ctx.translate(bx, 0);
    ctx.scale(1, breathe);
    fs(ctx, body, bodyFill(ctx, 'cow', brx, bry, 0, o.body), LW);
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
      strokeOnly(ctx, body, OUT, LW);
    }
    if (o.back) o.back(ctx, brx, bry);
    ctx.restore();
    var hx = r * 0.6, hr = r * 0.38 * (o.headS || 1);
    // ears (under the head)
    for (var s = -1; s <= 1; s += 2) {
      ctx.save();
      ctx.translate(hx - hr * 0.3, s * hr * 1.0);
      ctx.rotate(s * 0.6 + Math.sin(t * 0.003 + s) * 0.08);
      ctx.beginPath();
      if (o.earShape === 'point') {
        ctx.moveTo(-hr * 0.35, -s * hr * 0.1); ctx.lineTo(-hr * 0.05, s * hr * 0.55); ctx.lineTo(hr * 0.3, -s * hr * 0.05); ctx.closePath();
      } else {
        ell(ctx, 0, s * hr * 0.12, hr * 0.26, hr * 0.42, 0);
      }
      fs(ctx, null, o.ear || o.body, LW2);
      if (o.earIn) {
        ctx.beginPath(); ell(ctx, 0, s * hr * 0.15, hr * 0.12, hr * 0.24, 0);
        ctx.fillStyle = o.earIn; ctx.fill();
      }
      ctx.restore();
    }
    // horns
    if (o.horn) {
      horn(ctx, hx - hr * 0.1, -hr * 0.6, -1, o.hornLen * r, r * 0.13, o.horn, o.hornTip);
      horn(ctx, hx - hr * 0.1, hr * 0.6, 1, o.hornLen * r, r * 0.13, o.horn, o.hornTip);
    }
    // head
    ctx.beginPath(); ell(ctx, hx, 0, hr * 1.05, hr, 0);
    fs(ctx, null, bodyFill(ctx, 'head', hr * 1.05, hr, hx, o.head || o.body), LW);
    if (o.headMark) {
      ctx.beginPath(); ell(ctx, hx - hr * 0.45, -hr * 0.45, hr * 0.3, hr * 0.22, 0.6);
      ctx.fillStyle = o.headMark; ctx.fill();
    }
    if (o.brow) {
      ctx.beginPath();
      ctx.moveTo(hx + hr * 0.08, -hr * 0.72); ctx.lineTo(hx + hr * 0.32, -hr * 0.2);
      ctx.moveTo(hx + hr * 0.08, hr * 0.72); ctx.lineTo(hx + hr * 0.32, hr * 0.2);
      strokeOnly(ctx, null, o.brow, 5);
    }
    eyes(ctx, hx + hr * 0.4, hr * 0.42, r * 0.06, o.eye, o.eyeGlint);
    // snout
    if (o.snout) {
      ctx.beginPath(); ell(ctx, hx + hr * 0.92, 0, hr * 0.38, hr * 0.6, 0);
      fs(ctx, null, o.snout, LW2);
      ctx.beginPath();
      ell(ctx, hx + hr * 1.02, -hr * 0.24, hr * 0.09, hr * 0.13, 0);
      ell(ctx, hx + hr * 1.02, hr * 0.24, hr * 0.09, hr * 0.13, 0);
      ctx.fillStyle = darken(o.snout, 0.45);
      ctx.fill();
    }
    if (o.ring) {
      ctx.beginPath(); ctx.arc(hx + hr * 1.3, 0, hr * 0.28, -1.2, 1.2);
      strokeOnly(ctx, null, OUT, 8); strokeOnly(ctx, null, o.ring, 4);
    }
  }

  function pig(ctx, r, t) {
    var bx = -r * 0.12, brx = r * 0.8, bry = r * 0.66;
    // curly tail
    ctx.beginPath();
    var tx = bx - brx * 0.95;
    ctx.moveTo(tx + 8, 0);
    for (var k = 0; k <= 14; k++) {
      var a = k / 14 * TAU * 1.3 + t * 0.004, rr = 4 + k * 0.9;
      ctx.lineTo(tx - 10 + Math.cos(a) * rr - k * 1.2, Math.sin(a) * rr);
    }
    strokeOnly(ctx, null, OUT, 9); strokeOnly(ctx, null, '#efa7a0', 4);
    cowLike(ctx, r, t, {
      body: '#f3b3ab', head: '#f5bab2', ear: '#e99a93', earShape: 'point', snout: '#ea8f8c', headS: 1.02
    });
  }

  function wolfLike(ctx, r, t, o) {
    var brx = r * 0.72, bry = r * 0.52, bx = -r * 0.16;
    var wag = Math.sin(t * 0.01) * 0.6;
    feet(ctx, bx, brx, bry, r, darken(o.body, 0.2), t);
    // bushy tail
    ctx.save();
    ctx.translate(bx - brx * 0.85, 0);
    ctx.rotate(wag * 0.5);
    var tail = P('wt' + Math.round(r), function (p) {
      p.moveTo(0, -r * 0.12);
      p.quadraticCurveTo(-r * 0.35, -r * 0.24, -r * 0.62, 0);
      p.quadraticCurveTo(-r * 0.35, r * 0.24, 0, r * 0.12);
      p.closePath();
    });
    fs(ctx, tail, o.body, LW);
    ctx.beginPath(); ell(ctx, -r * 0.5, 0, r * 0.1, r * 0.08, 0);
    ctx.fillStyle = o.tip; ctx.fill();
    ctx.restore();
    // body
    var body = P('wb' + Math.round(r), function (p) { ell(p, 0, 0, brx, bry, 0); });
    ctx.save();
    ctx.translate(bx, 0);
    ctx.scale(1, 1 + Math.sin(t * 0.005) * 0.015);
    fs(ctx, body, bodyFill(ctx, 'wolf', brx, bry, 0, o.body), LW);
    ctx.beginPath(); ell(ctx, -brx * 0.1, 0, brx * 0.7, bry * 0.3, 0);
    ctx.fillStyle = o.back; ctx.fill();
    if (o.mane) {
      var mane = P('wm' + Math.round(r), function (p) { star(p, 0, 0, 14, bry * 1.25, bry * 0.95, 0); });
      ctx.translate(brx * 0.55, 0);
      fs(ctx, mane, o.mane, LW);
      ctx.translate(-brx * 0.55, 0);
    }
    ctx.restore();
    var hx = r * 0.55, hr = r * 0.32;
    // ears
    for (var s = -1; s <= 1; s += 2) {
      ctx.beginPath();
      ctx.moveTo(hx - hr * 0.75, s * hr * 0.2);
      ctx.lineTo(hx - hr * 1.05, s * hr * 1.3);
      ctx.lineTo(hx - hr * 0.05, s * hr * 0.8);
      ctx.closePath();
      fs(ctx, null, o.ear, LW2);
    }
    // head with a pointed snout
    var head = P('wh' + Math.round(r), function (p) {
      p.moveTo(hx - hr, 0);
      p.bezierCurveTo(hx - hr, -hr * 1.1, hx + hr * 0.4, -hr * 1.0, hx + hr * 0.7, -hr * 0.45);
      p.quadraticCurveTo(hx + hr * 1.5, -hr * 0.25, hx + hr * 1.6, 0);
      p.quadraticCurveTo(hx + hr * 1.5, hr * 0.25, hx + hr * 0.7, hr * 0.45);
      p.bezierCurveTo(hx + hr * 0.4, hr * 1.0, hx - hr, hr * 1.1, hx - hr, 0);
      p.closePath();
    });
    fs(ctx, head, bodyFill(ctx, 'wolfh', hr * 1.3, hr, hx, o.head), LW);
    ctx.beginPath(); ell(ctx, hx + hr * 0.95, 0, hr * 0.5, hr * 0.3, 0);
    ctx.fillStyle = o.muzzle; ctx.fill();
    disc(ctx, hx + hr * 1.52, 0, hr * 0.16, '#2f2f33', 0);
    if (o.scar) {
      ctx.beginPath();
      ctx.moveTo(hx - hr * 0.3, -hr * 0.75); ctx.lineTo(hx + hr * 0.35, -hr * 0.1);
      ctx.moveTo(hx - hr * 0.1, -hr * 0.62); ctx.lineTo(hx - hr * 0.25, -hr * 0.38);
      strokeOnly(ctx, null, o.scar, 3.5);
    }
    eyes(ctx, hx + hr * 0.35, hr * 0.42, r * 0.05, o.eye, o.eyeGlint);
    if (o.brow) {
      ctx.beginPath();
      ctx.moveTo(hx + hr * 0.05, -hr * 0.72); ctx.lineTo(hx + hr * 0.3, -hr * 0.22);
      ctx.moveTo(hx + hr * 0.05, hr * 0.72); ctx.lineTo(hx + hr * 0.3, hr * 0.22);
      strokeOnly(ctx, null, o.brow, 4.5);
    }
  }

  function duck(ctx, r, t) {
    var brx = r * 0.7, bry = r * 0.55, bx = -r * 0.15;
    // tail tuft
    ctx.beginPath();
    ctx.moveTo(bx - brx * 0.8, -r * 0.15); ctx.lineTo(bx - brx * 1.18, 0); ctx.lineTo(bx - brx * 0.8, r * 0.15); ctx.closePath();
    fs(ctx, null, '#eec141', LW2);
    var body = P('db' + Math.round(r), function (p) { ell(p, 0, 0, brx, bry, 0); });
    ctx.save(); ctx.translate(bx, 0);
    fs(ctx, body, bodyFill(ctx, 'duck', brx, bry, 0, '#f6d655'), LW);
    // wings, flapping a little
    var flap = Math.sin(t * 0.012) * 0.08;
    for (var s = -1; s <= 1; s += 2) {
      ctx.save();
      ctx.translate(-brx * 0.05, s * bry * 0.62);
      ctx.rotate(s * flap);
      ctx.beginPath();
      ctx.moveTo(brx * 0.35, 0);
      ctx.quadraticCurveTo(-brx * 0.1, s * bry * 0.45, -brx * 0.75, s * bry * 0.05);
      ctx.quadraticCurveTo(-brx * 0.2, -s * bry * 0.15, brx * 0.35, 0);
      fs(ctx, null, '#e9bf3c', LW2);
      ctx.restore();
    }
    ctx.restore();
    var hx = r * 0.5, hr = r * 0.32;
    disc(ctx, hx, 0, hr, bodyFill(ctx, 'duckh', hr, hr, hx, '#f8dc62'), LW);
    // bill
    ctx.beginPath();
    ctx.moveTo(hx + hr * 0.7, -hr * 0.45);
    ctx.quadraticCurveTo(hx + hr * 1.7, -hr * 0.55, hx + hr * 1.65, 0);
    ctx.quadraticCurveTo(hx + hr * 1.7, hr * 0.55, hx + hr * 0.7, hr * 0.45);
    ctx.closePath();
    fs(ctx, null, '#f59a3c', LW2);
    ctx.beginPath(); ctx.moveTo(hx + hr * 0.85, 0); ctx.lineTo(hx + hr * 1.5, 0);
    strokeOnly(ctx, null, 'rgba(140,70,20,0.45)', 2.5);
    eyes(ctx, hx + hr * 0.3, hr * 0.5, r * 0.065);
  }

  function chest(ctx, r, t) {
    var w = r * 1.2, h = r * 0.85;
    var box = P('chest' + Math.round(r), function (p) { rrect(p, -w, -h, w * 2, h * 2, r * 0.14); });
    shadow(ctx, box, 5, 8, 0.2);
    fs(ctx, box, RG(ctx, 'chestg' + Math.round(r), -w * 0.3, -h * 0.4, 0, 0, 0, w * 1.2, [0, '#b8793f', 1, '#7c4c25']), LW);
    ctx.save(); ctx.clip(box);
    ctx.beginPath();
    for (var i = -2; i <= 2; i++) { ctx.moveTo(-w, i * h * 0.36); ctx.lineTo(w, i * h * 0.36 + 2); }
    strokeOnly(ctx, null, 'rgba(70,40,15,0.35)', 3);
    ctx.restore();
    // gold bands and corners
    ctx.beginPath();
    rrect(ctx, -w * 0.62, -h, w * 0.2, h * 2, 3);
    rrect(ctx, w * 0.42, -h, w * 0.2, h * 2, 3);
    fs(ctx, null, '#e7b93f', LW2);
    ctx.beginPath();
    rrect(ctx, -w * 0.18, -h * 0.34, w * 0.36, h * 0.68, 6);
    fs(ctx, null, '#f2cd55', LW2);
    ctx.beginPath(); ctx.arc(0, -h * 0.02, w * 0.06, PI, TAU); ctx.lineTo(w * 0.025, h * 0.16); ctx.lineTo(-w * 0.025, h * 0.16); ctx.closePath();
    ctx.fillStyle = '#5a3a14'; ctx.fill();
    var tw = (num(t, 0) * 0.002) % TAU;
    sparkle(ctx, w * 0.78, -h * 0.7, 10 + Math.sin(tw) * 4, 'rgba(255,255,230,0.9)');
    sparkle(ctx, -w * 0.8, h * 0.62, 8 + Math.cos(tw) * 3, 'rgba(255,255,230,0.8)');
  }

  var ANIMALS = {};
  ANIMALS[0] = function (ctx, r, t) {
    cowLike(ctx, r, t, {
      body: '#f3f0ea', spots: '#5b5048', head: '#f6f3ee', headMark: '#5b5048', ear: '#f0ddd2', earIn: '#e7a7a4',
      snout: '#f0b1ac', horn: '#eadfc4', hornLen: 0.22, tail: '#f0ece6', tuft: '#5b5048'
    });
  };
  ANIMALS[1] = pig;
  ANIMALS[2] = function (ctx, r, t) {
    cowLike(ctx, r, t, {
      body: '#7f5439', head: '#6f4830', ear: '#6f4830', earIn: '#b07a66', snout: '#c89581',
      horn: '#f1e8d4', hornTip: '#7d776c', hornLen: 0.45, brow: '#3a2a20', tail: '#6f4830', tuft: '#3a2a20'
    });
  };
  ANIMALS[3] = function (ctx, r, t) {
    cowLike(ctx, r, t, {
      body: '#544a4d', head: '#4a4144', ear: '#4a4144', earIn: '#8f6f74', snout: '#8f7479', long: 1.05,
      horn: '#ece3cf', hornTip: '#6b655c', hornLen: 0.55, brow: '#26201f', eye: '#d23b3b', eyeGlint: '#ffb0a0',
      ring: '#f0c34a', tail: '#4a4144', tuft: '#26201f',
      back: function (c2, rx, ry) {
        c2.beginPath();
        c2.moveTo(rx * 0.2, -ry * 0.25); c2.lineTo(-rx * 0.3, -ry * 0.15);
        c2.moveTo(rx * 0.1, ry * 0.2); c2.lineTo(-rx * 0.4, ry * 0.32);
        strokeOnly(c2, null, 'rgba(200,170,170,0.35)', 4);
      }
    });
  };
  ANIMALS[4] = function (ctx, r, t) {
    wolfLike(ctx, r, t, { body: '#8d929a', back: 'rgba(70,74,82,0.35)', head: '#979ca4', ear: '#7c8189', muzzle: '#d7d9dc', tip: '#eeeeee', eye: '#e8b83a', eyeGlint: '#fff' });
  };
  ANIMALS[5] = duck;
  ANIMALS[6] = function (ctx, r, t) {   // MOOSTAFA: an armoured boss bull
    cowLike(ctx, r, t, {
      body: '#7d2f3a', head: '#6d2631', ear: '#6d2631', earIn: '#b06a70', snout: '#b7727a', long: 1.05, headS: 1.08,
      horn: '#f2cb55', hornTip: '#fff3b5', hornLen: 0.62, brow: '#2a0f14', eye: '#ffd34a', eyeGlint: '#fff',
      ring: '#f2cb55', tail: '#6d2631', tuft: '#2a0f14',
      back: function (c2, rx, ry) {
        var plate = P('mstp' + Math.round(rx), function (p) { roundPoly(p, [[rx * 0.35, -ry * 0.6], [rx * 0.35, ry * 0.6], [-rx * 0.6, ry * 0.55], [-rx * 0.6, -ry * 0.55]], 0.5); });
        fs(c2, plate, RG(c2, 'mstg' + Math.round(rx), -rx * 0.2, -ry * 0.2, 0, 0, 0, rx, [0, '#b5bac2', 1, '#5f646d']), LW);
        c2.beginPath();
        for (var i = 0; i < 3; i++) star(c2, -rx * 0.42 + i * rx * 0.34, 0, 4, ry * 0.22, ry * 0.08, PI / 4);
        fs(c2, null, '#dfe3e8', LW2);
        c2.fillStyle = '#3d4148';
        c2.beginPath();
        for (i = 0; i < 4; i++) { circ(c2, -rx * 0.5 + i * rx * 0.3, -ry * 0.45, 3); circ(c2, -rx * 0.5 + i * rx * 0.3, ry * 0.45, 3); }
        c2.fill();
      }
    });
  };
  ANIMALS[7] = chest;
  ANIMALS[8] = function (ctx, r, t) {   // MOOFIE: a great black wolf
    wolfLike(ctx, r, t, {
      body: '#45414b', back: 'rgba(20,18,24,0.45)', head: '#4d4954', ear: '#35323a', muzzle: '#6b6672', tip: '#b23a48',
      eye: '#ff4b4b', eyeGlint: '#ffd0c0', mane: '#2d2a31', scar: '#c0606a', brow: '#1c1a20'
    });
  };

  function animal(ctx, type, x, y, dir, scale, t, hurtT) {
    var ty = num(type, -1) | 0;
    var r = clamp(num(scale, 72), 5, 600);
    t = num(t, 0);
    begin(ctx);
    ctx.translate(num(x, 0), num(y, 0));
    HURT = clamp(num(hurtT, 0), 0, 1) * 0.6;
    try {
      if (ty === 7) { chest(ctx, r, t); }
      else {
        var d = num(dir, 0);
        // ground shadow
        ctx.beginPath(); ell(ctx, r * 0.05, r * 0.08, r * 0.95, r * 0.68, d);
        ctx.fillStyle = 'rgba(0,0,0,0.13)'; ctx.fill();
        ctx.rotate(d);
        var f = ANIMALS[ty];
        if (f) f(ctx, r, t);
        else cowLike(ctx, r, t, { body: '#b7a58a', head: '#c2b297', snout: '#d8a89a' });
      }
    } finally {
      HURT = 0;
    }
    ctx.restore();
  }

  // ---------------------------------------------------------------------------------------------
  // weapons: each drawn in its own frame (grip at the origin, pointing +x)
  // ---------------------------------------------------------------------------------------------

  // variant palettes: metal, metal light, metal dark, wood, wood light
  var PALETTES = [
    { m: '#b9bec5', ml: '#e2e5e9', md: '#848a92', w: '#9c6b3c', wl: '#bf8a55', g: '#6a4a34' },   // normal
    { m: '#f0c33c', ml: '#ffe690', md: '#b98a1c', w: '#d2a23c', wl: '#eec463', g: '#9a6f1a' },   // gold
    { m: '#8fdff2', ml: '#e2fbff', md: '#4aaecb', w: '#64b9d3', wl: '#9edcec', g: '#2f7f9c' },   // diamond
    { m: '#e3475c', ml: '#ff9eab', md: '#a3243a', w: '#c23a4f', wl: '#e36a7c', g: '#7e1a2b' }    // ruby
  ];

  function handle(ctx, x0, x1, w, pal) {
    ctx.beginPath(); rrect(ctx, x0, -w / 2, x1 - x0, w, w / 2);
    fs(ctx, null, pal.w, LW2);
    ctx.beginPath(); ctx.moveTo(x0 + w / 2, -w * 0.18); ctx.lineTo(x1 - w / 2, -w * 0.18);
    strokeOnly(ctx, null, 'rgba(255,255,255,0.22)', w * 0.25);
  }
  function wrap(ctx, x0, x1, w, col) {
    ctx.beginPath();
    for (var x = x0; x <= x1; x += 6) { ctx.moveTo(x, -w / 2); ctx.lineTo(x + 4, w / 2); }
    strokeOnly(ctx, null, col, 2.5);
  }

  var WEAPONS = {};

  WEAPONS[0] = {   // tool hammer
    draw: function (ctx, pal) {
      handle(ctx, -12, 62, 10, pal);
      ctx.beginPath(); rrect(ctx, 48, -22, 24, 44, 6);
      fs(ctx, null, pal.m, LW2);
      ctx.beginPath(); rrect(ctx, 52, -18, 7, 36, 3);
      ctx.fillStyle = pal.ml; ctx.fill();
      ctx.beginPath(); rrect(ctx, 44, -8, 4, 16, 2);
      fs(ctx, null, pal.md, 3);
    },
    len: 72
  };
  WEAPONS[1] = {   // hand axe
    draw: function (ctx, pal) {
      handle(ctx, -12, 66, 10, pal);
      ctx.beginPath();
      ctx.moveTo(42, -4); ctx.lineTo(44, -18);
      ctx.quadraticCurveTo(50, -36, 70, -38);
      ctx.quadraticCurveTo(66, -18, 66, -4);
      ctx.closePath();
      fs(ctx, null, pal.m, LW2);
      ctx.beginPath(); ctx.moveTo(53, -30); ctx.quadraticCurveTo(62, -34, 68, -34);
      strokeOnly(ctx, null, pal.ml, 4);
      ctx.beginPath(); rrect(ctx, 40, -6, 28, 12, 4);
      fs(ctx, null, pal.md, 3);
    },
    len: 70
  };
  WEAPONS[2] = {   // great axe: a double blade
    draw: function (ctx, pal) {
      handle(ctx, -16, 82, 11, pal);
      for (var s = -1; s <= 1; s += 2) {
        ctx.beginPath();
        ctx.moveTo(50, s * 5);
        ctx.quadraticCurveTo(46, s * 30, 40, s * 44);
        ctx.quadraticCurveTo(62, s * 34, 84, s * 44);
        ctx.quadraticCurveTo(78, s * 30, 76, s * 5);
        ctx.closePath();
        fs(ctx, null, pal.m, LW2);
        ctx.beginPath(); ctx.moveTo(44, s * 40); ctx.quadraticCurveTo(62, s * 31, 80, s * 40);
        strokeOnly(ctx, null, pal.ml, 4);
      }
      ctx.beginPath(); rrect(ctx, 46, -9, 34, 18, 5);
      fs(ctx, null, pal.md, LW2);
      disc(ctx, 63, 0, 4, pal.ml, 0);
    },
    len: 84, twoHand: 34
  };
  WEAPONS[3] = {   // short sword
    draw: function (ctx, pal) {
      ctx.beginPath();
      ctx.moveTo(10, -8); ctx.lineTo(88, -8); ctx.lineTo(104, 0); ctx.lineTo(88, 8); ctx.lineTo(10, 8); ctx.closePath();
      fs(ctx, null, pal.m, LW2);
      ctx.beginPath(); ctx.moveTo(12, -3.5); ctx.lineTo(88, -3.5); ctx.lineTo(99, 0);
      strokeOnly(ctx, null, pal.ml, 3.5);
      ctx.beginPath(); ctx.moveTo(16, 2); ctx.lineTo(80, 2);
      strokeOnly(ctx, null, pal.md, 2.5);
      ctx.beginPath(); rrect(ctx, -12, -5, 24, 10, 4);
      fs(ctx, null, pal.g, LW2);
      ctx.beginPath(); rrect(ctx, 6, -17, 8, 34, 3);
      fs(ctx, null, pal.md, LW2);
      disc(ctx, -13, 0, 5.5, pal.md, 3);
    },
    len: 104
  };
  WEAPONS[4] = {   // katana: long, thin and slightly curved
    draw: function (ctx, pal) {
      ctx.beginPath();
      ctx.moveTo(14, -5);
      ctx.quadraticCurveTo(70, -8, 116, 2);
      ctx.quadraticCurveTo(110, 6, 100, 6);
      ctx.quadraticCurveTo(60, 3, 14, 5);
      ctx.closePath();
      fs(ctx, null, pal.ml, LW2);
      ctx.beginPath(); ctx.moveTo(16, 1.5); ctx.quadraticCurveTo(60, 0, 104, 4);
      strokeOnly(ctx, null, pal.md, 2);
      ctx.beginPath(); rrect(ctx, -18, -5, 30, 10, 4);
      fs(ctx, null, '#3b3540', LW2);
      ctx.beginPath();
      for (var x = -14; x < 10; x += 6) { ctx.moveTo(x, -4); ctx.lineTo(x + 3, 0); ctx.lineTo(x, 4); }
      strokeOnly(ctx, null, pal === PALETTES[0] ? '#c9a24a' : pal.m, 2);
      ctx.beginPath(); ell(ctx, 12, 0, 4.5, 12, 0);
      fs(ctx, null, pal === PALETTES[0] ? '#c9a24a' : pal.m, 3.5);
    },
    len: 116
  };
  WEAPONS[5] = {   // polearm
    draw: function (ctx, pal) {
      handle(ctx, -22, 120, 10, pal);
      // spear point
      ctx.beginPath();
      ctx.moveTo(110, -7); ctx.quadraticCurveTo(130, -9, 148, 0); ctx.quadraticCurveTo(130, 9, 110, 7); ctx.closePath();
      fs(ctx, null, pal.m, LW2);
      // side blade
      ctx.beginPath();
      ctx.moveTo(96, -4); ctx.lineTo(98, -16);
      ctx.quadraticCurveTo(108, -32, 126, -30);
      ctx.quadraticCurveTo(118, -16, 118, -4);
      ctx.closePath();
      fs(ctx, null, pal.m, LW2);
      ctx.beginPath(); ctx.moveTo(106, -25); ctx.quadraticCurveTo(114, -28, 122, -28);
      ctx.moveTo(118, -3); ctx.quadraticCurveTo(132, -4, 142, 0);
      strokeOnly(ctx, null, pal.ml, 3);
      ctx.beginPath(); rrect(ctx, 92, -7, 10, 14, 3);
      rrect(ctx, 106, -7, 8, 14, 3);
      fs(ctx, null, pal.md, 3);
    },
    len: 148, twoHand: 48
  };
  WEAPONS[6] = {   // bat
    draw: function (ctx, pal) {
      ctx.beginPath();
      ctx.moveTo(-12, -5);
      ctx.quadraticCurveTo(40, -7, 80, -11);
      ctx.quadraticCurveTo(100, -12, 100, 0);
      ctx.quadraticCurveTo(100, 12, 80, 11);
      ctx.quadraticCurveTo(40, 7, -12, 5);
      ctx.closePath();
      fs(ctx, null, pal.wl, LW2);
      ctx.beginPath(); ctx.moveTo(20, -3); ctx.quadraticCurveTo(60, -5, 90, -6);
      strokeOnly(ctx, null, 'rgba(255,255,255,0.3)', 3.5);
      ctx.beginPath(); rrect(ctx, -12, -6, 26, 12, 5);
      fs(ctx, null, pal === PALETTES[0] ? '#4b4f59' : pal.md, 3);
      wrap(ctx, -8, 10, 10, 'rgba(255,255,255,0.25)');
      disc(ctx, -14, 0, 6, pal.w, 3);
    },
    len: 100
  };
  function dagger(ctx, pal) {
    ctx.beginPath();
    ctx.moveTo(8, -6); ctx.lineTo(34, -5); ctx.lineTo(48, 0); ctx.lineTo(34, 5); ctx.lineTo(8, 6); ctx.closePath();
    fs(ctx, null, pal.m, LW2);
    ctx.beginPath(); ctx.moveTo(10, -2); ctx.lineTo(44, 0);
    strokeOnly(ctx, null, pal.ml, 2.5);
    ctx.beginPath(); rrect(ctx, -8, -4, 14, 8, 3);
    fs(ctx, null, pal.g, 3);
    ctx.beginPath(); rrect(ctx, 4, -11, 6, 22, 3);
    fs(ctx, null, pal.md, 3);
  }
  WEAPONS[7] = { draw: dagger, len: 48, pair: true };   // daggers
  WEAPONS[8] = {   // stick
    draw: function (ctx, pal) {
      ctx.beginPath();
      ctx.moveTo(-12, 0); ctx.quadraticCurveTo(20, 4, 36, -2); ctx.quadraticCurveTo(52, -6, 70, 0);
      strokeOnly(ctx, null, OUT, 14); strokeOnly(ctx, null, pal.w, 8);
      ctx.beginPath(); ctx.moveTo(40, -3); ctx.quadraticCurveTo(48, -14, 58, -18);
      strokeOnly(ctx, null, OUT, 10); strokeOnly(ctx, null, pal.w, 5);
      ctx.save(); ctx.translate(57, -18); ctx.rotate(-0.5);
      ctx.beginPath(); leaf(ctx, 18, 8);
      fs(ctx, null, pal === PALETTES[0] ? '#7fb54c' : pal.ml, 3);
      ctx.restore();
      ctx.beginPath(); circ(ctx, 20, 2, 2.2); circ(ctx, 54, -2, 2);
      ctx.fillStyle = 'rgba(60,35,15,0.55)'; ctx.fill();
    },
    len: 70
  };
  WEAPONS[9] = {   // hunting bow (origin = its grip; limbs along y)
    draw: function (ctx, pal, pull) {
      var sx = -16 - pull * 10;
      ctx.beginPath(); ctx.moveTo(-14, -44); ctx.lineTo(sx, 0); ctx.lineTo(-14, 44);
      strokeOnly(ctx, null, '#ece6d6', 2.5);
      // arrow
      ctx.beginPath(); ctx.moveTo(sx, 0); ctx.lineTo(24, 0);
      strokeOnly(ctx, null, OUT, 7); strokeOnly(ctx, null, '#c79a62', 3);
      ctx.beginPath(); ctx.moveTo(32, 0); ctx.lineTo(22, -6); ctx.lineTo(22, 6); ctx.closePath();
      fs(ctx, null, '#aeb3ba', 3);
      ctx.beginPath(); ctx.moveTo(sx + 2, 0); ctx.lineTo(sx + 8, -5); ctx.lineTo(sx + 14, -5); ctx.lineTo(sx + 8, 0);
      ctx.lineTo(sx + 14, 5); ctx.lineTo(sx + 8, 5); ctx.closePath();
      fs(ctx, null, '#e6e1d5', 2.5);
      // the bow
      ctx.beginPath();
      ctx.moveTo(-14, -44); ctx.quadraticCurveTo(10, -30, 6, 0); ctx.quadraticCurveTo(10, 30, -14, 44);
      strokeOnly(ctx, null, OUT, 12); strokeOnly(ctx, null, pal.w, 6);
      ctx.beginPath(); ctx.moveTo(-11, -40); ctx.quadraticCurveTo(7, -28, 5, -8);
      strokeOnly(ctx, null, pal.wl, 2.5);
      ctx.beginPath(); rrect(ctx, 1, -8, 10, 16, 4);
      fs(ctx, null, pal.g, 3);
    },
    len: 40, bow: true
  };
  WEAPONS[10] = {   // great hammer
    draw: function (ctx, pal) {
      handle(ctx, -16, 72, 12, pal);
      ctx.beginPath(); rrect(ctx, 54, -32, 36, 64, 8);
      fs(ctx, null, pal.m, LW);
      ctx.beginPath(); rrect(ctx, 60, -27, 8, 54, 3);
      ctx.fillStyle = pal.ml; ctx.fill();
      ctx.beginPath(); rrect(ctx, 54, -32, 36, 10, 4); rrect(ctx, 54, 22, 36, 10, 4);
      fs(ctx, null, pal.md, 3.5);
      ctx.fillStyle = OUT;
      ctx.beginPath(); circ(ctx, 80, -12, 2.5); circ(ctx, 80, 12, 2.5); circ(ctx, 80, 0, 2.5); ctx.fill();
    },
    len: 90, twoHand: 30
  };
  WEAPONS[11] = {   // wooden shield (origin = its centre)
    draw: function (ctx, pal) {
      var r = 34;
      var sh = P('shield', function (p) { ell(p, 0, 0, r * 0.55, r, 0); });
      fs(ctx, sh, pal.w, LW);
      ctx.save(); ctx.clip(sh);
      ctx.beginPath();
      ctx.moveTo(-r, -r * 0.34); ctx.lineTo(r, -r * 0.34);
      ctx.moveTo(-r, r * 0.34); ctx.lineTo(r, r * 0.34);
      strokeOnly(ctx, null, 'rgba(70,40,15,0.45)', 3);
      ctx.fillStyle = 'rgba(255,255,255,0.15)';
      ctx.fillRect(-r * 0.1, -r, r * 0.2, r * 2);
      ctx.restore();
      ctx.beginPath(); ell(ctx, 0, 0, r * 0.55, r, 0);
      strokeOnly(ctx, null, pal.m, 5);
      strokeOnly(ctx, sh, OUT, 2);
      disc(ctx, 2, 0, 9, pal.m, LW2);
      disc(ctx, 0, -2, 3.5, pal.ml, 0);
    },
    len: 40, shield: true
  };
  function crossbowBody(ctx, pal, repeater) {
    // stock
    ctx.beginPath();
    ctx.moveTo(-26, -7); ctx.lineTo(52, -6); ctx.lineTo(52, 6); ctx.lineTo(-26, 7); ctx.quadraticCurveTo(-32, 0, -26, -7);
    fs(ctx, null, pal.w, LW2);
    ctx.beginPath(); ctx.moveTo(-22, -2.5); ctx.lineTo(48, -2.5);
    strokeOnly(ctx, null, 'rgba(255,255,255,0.22)', 2.5);
    // string and bolt
    ctx.beginPath(); ctx.moveTo(36, -42); ctx.lineTo(12, 0); ctx.lineTo(36, 42);
    strokeOnly(ctx, null, '#ece6d6', 2.5);
    ctx.beginPath(); ctx.moveTo(12, 0); ctx.lineTo(62, 0);
    strokeOnly(ctx, null, OUT, 7); strokeOnly(ctx, null, '#8a6a48', 3);
    ctx.beginPath(); ctx.moveTo(70, 0); ctx.lineTo(60, -6); ctx.lineTo(60, 6); ctx.closePath();
    fs(ctx, null, pal.m, 3);
    // limbs
    ctx.beginPath(); ctx.moveTo(36, -42); ctx.quadraticCurveTo(54, -22, 50, 0); ctx.quadraticCurveTo(54, 22, 36, 42);
    strokeOnly(ctx, null, OUT, 11); strokeOnly(ctx, null, pal.md, 5);
    ctx.beginPath(); rrect(ctx, 44, -9, 12, 18, 3);
    fs(ctx, null, pal.m, 3);
    if (repeater) {
      ctx.beginPath(); rrect(ctx, 4, -13, 26, 26, 4);
      fs(ctx, null, pal.m, LW2);
      ctx.beginPath(); ctx.moveTo(8, -6); ctx.lineTo(26, -6); ctx.moveTo(8, 0); ctx.lineTo(26, 0); ctx.moveTo(8, 6); ctx.lineTo(26, 6);
      strokeOnly(ctx, null, pal.md, 2.5);
      ctx.beginPath(); ctx.moveTo(18, 13); ctx.lineTo(12, 26);
      strokeOnly(ctx, null, OUT, 8); strokeOnly(ctx, null, pal.ml, 4);
      disc(ctx, 12, 26, 4, pal.md, 3);
    }
  }
  WEAPONS[12] = { draw: function (ctx, pal) { crossbowBody(ctx, pal, false); }, len: 70, xbow: true };   // crossbow
  WEAPONS[13] = { draw: function (ctx, pal) { crossbowBody(ctx, pal, true); }, len: 70, xbow: true };    // repeater
  WEAPONS[14] = {   // mc grabby: a pole with a grabbing claw
    draw: function (ctx, pal) {
      handle(ctx, -12, 92, 9, pal);
      ctx.beginPath(); rrect(ctx, 84, -10, 14, 20, 4);
      fs(ctx, null, pal.md, LW2);
      for (var s = -1; s <= 1; s += 1) {   // three prongs
        ctx.beginPath();
        ctx.moveTo(96, s * 6);
        ctx.quadraticCurveTo(112, s * 22, 124, s * 12);
        strokeOnly(ctx, null, OUT, 10); strokeOnly(ctx, null, pal.m, 5);
      }
      ctx.beginPath(); circ(ctx, 118, 0, 7);
      fs(ctx, null, '#f2c84b', 3);
      ctx.beginPath(); ctx.moveTo(116, -3); ctx.lineTo(116, 3);
      strokeOnly(ctx, null, '#b58a1f', 2);
    },
    len: 124
  };
  WEAPONS[15] = {   // musket
    draw: function (ctx, pal) {
      ctx.beginPath(); rrect(ctx, 20, -4.5, 108, 9, 3);
      fs(ctx, null, pal.md, LW2);
      ctx.beginPath(); ctx.moveTo(24, -1.5); ctx.lineTo(124, -1.5);
      strokeOnly(ctx, null, pal.ml, 2.5);
      ctx.beginPath(); rrect(ctx, 122, -6.5, 9, 13, 2);
      fs(ctx, null, pal.m, 3);
      ctx.beginPath();
      ctx.moveTo(-30, -10); ctx.lineTo(-8, -7); ctx.lineTo(80, -6); ctx.lineTo(80, 6); ctx.lineTo(-8, 7); ctx.lineTo(-30, 11);
      ctx.quadraticCurveTo(-34, 0, -30, -10);
      fs(ctx, null, pal.w, LW2);
      ctx.beginPath(); ctx.moveTo(-26, -4); ctx.lineTo(76, -3);
      strokeOnly(ctx, null, 'rgba(255,255,255,0.2)', 2.5);
      ctx.beginPath(); rrect(ctx, 6, -9, 14, 6, 2); rrect(ctx, 50, -7, 6, 14, 2); rrect(ctx, 72, -7, 6, 14, 2);
      fs(ctx, null, pal.m, 2.5);
    },
    len: 131, gun: true
  };

  // ---------------------------------------------------------------------------------------------
  // hats: drawn over the head (radius 35) in the player's frame, +x = facing
  // ---------------------------------------------------------------------------------------------

  /** A centred dome shading (lit crown, darker rim) that reads the same at every facing. */
  function crown(ctx, r) {
    var k = Math.round(r);
    return RG(ctx, 'crown' + k, 0, 0, 0, 0, 0, k,
      [0, 'rgba(255,255,255,0.26)', 0.45, 'rgba(255,255,255,0.08)', 0.8, 'rgba(0,0,0,0)', 1, 'rgba(0,0,0,0.16)']);
  }
  /** A shaded dome: colour, outline, then the soft light. */
  function dome(ctx, x, y, r, col, lw) {
    ctx.beginPath(); circ(ctx, x, y, r);
    fs(ctx, null, col, lw === undefined ? LW : lw);
    if (x || y) ctx.translate(x, y);
    ctx.fillStyle = crown(ctx, r);
    ctx.beginPath(); circ(ctx, 0, 0, r); ctx.fill();
    if (x || y) ctx.translate(-x, -y);
  }
  /** A cap's brim reaching forwards to x = reach. */
  function brim(ctx, col, reach, half) {
    ctx.beginPath();
    ctx.moveTo(14, -half);
    ctx.quadraticCurveTo(reach, -half * 0.95, reach, 0);
    ctx.quadraticCurveTo(reach, half * 0.95, 14, half);
    ctx.closePath();
    fs(ctx, null, col, LW);
  }
  function cap(ctx, col, brimCol) {
    brim(ctx, brimCol || darken(col, 0.15), 52, 26);
    dome(ctx, -3, 0, 31, col);
    ctx.beginPath();
    for (var i = 0; i < 6; i++) { var a = i / 6 * TAU; ctx.moveTo(-3, 0); ctx.lineTo(-3 + Math.cos(a) * 29, Math.sin(a) * 29); }
    strokeOnly(ctx, null, 'rgba(0,0,0,0.12)', 2.5);
    disc(ctx, -3, 0, 4.5, darken(col, 0.1), 3);
  }
  /** A wide brimmed hat: brim radius rb, crown radius rc. */
  function brimHat(ctx, rb, rc, col, crownCol, band) {
    ctx.beginPath(); circ(ctx, 0, 0, rb);
    fs(ctx, null, col, LW);
    ctx.beginPath(); circ(ctx, 0, 0, rb - 5);
    strokeOnly(ctx, null, 'rgba(0,0,0,0.1)', 3);
    ctx.beginPath(); circ(ctx, 2, 3, rc + 2);
    ctx.fillStyle = 'rgba(0,0,0,0.16)'; ctx.fill();
    if (band) { ctx.beginPath(); circ(ctx, 0, 0, rc + 3); fs(ctx, null, band, 0); }
    if (rc > 1) dome(ctx, 0, 0, rc, crownCol || col);
  }
  function animalEars(ctx, x, y, r, col, inner) {
    for (var s = -1; s <= 1; s += 2) {
      ctx.beginPath(); circ(ctx, x, s * y, r);
      fs(ctx, null, col, LW);
      if (inner) { ctx.beginPath(); circ(ctx, x + r * 0.1, s * y, r * 0.55); ctx.fillStyle = inner; ctx.fill(); }
    }
  }
  function snoutNose(ctx, x, rx, ry, col, nost) {
    ctx.beginPath(); ell(ctx, x, 0, rx, ry, 0);
    fs(ctx, null, col, LW2);
    ctx.beginPath(); ell(ctx, x + rx * 0.25, -ry * 0.4, rx * 0.22, ry * 0.16, 0); ell(ctx, x + rx * 0.25, ry * 0.4, rx * 0.22, ry * 0.16, 0);
    ctx.fillStyle = nost; ctx.fill();
  }
  function hatEyes(ctx, x, y, r) { eyes(ctx, x, y, r || 4.2); }
  function spots(ctx, clipR, col) {
    ctx.save();
    ctx.beginPath(); circ(ctx, 0, 0, clipR); ctx.clip();
    ctx.fillStyle = col;
    ctx.beginPath();
    blob(ctx, -12, -16, 11, 6, 0.2, rng(1), 0);
    blob(ctx, -18, 14, 9, 5, 0.2, rng(2), 0);
    blob(ctx, 10, 18, 7, 5, 0.2, rng(3), 0);
    blob(ctx, 6, -24, 6, 5, 0.2, rng(4), 0);
    ctx.fill();
    ctx.restore();
  }
  function feather(ctx, x0, y0, x1, y1, w, col, rib) {
    var dx = x1 - x0, dy = y1 - y0, l = Math.hypot(dx, dy), nx = -dy / l * w, ny = dx / l * w;
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.quadraticCurveTo((x0 + x1) / 2 + nx, (y0 + y1) / 2 + ny, x1, y1);
    ctx.quadraticCurveTo((x0 + x1) / 2 - nx, (y0 + y1) / 2 - ny, x0, y0);
    fs(ctx, null, col, LW2);
    if (rib) { ctx.beginPath(); ctx.moveTo(x0, y0); ctx.lineTo(x1, y1); strokeOnly(ctx, null, rib, 2); }
  }
  function qmark(ctx, x, y, s, col) {
    ctx.beginPath();
    ctx.arc(x - s * 0.2, y, s * 0.5, PI * 0.9, PI * 2.3);
    ctx.quadraticCurveTo(x + s * 0.2, y + s * 0.35, x + s * 0.45, y + s * 0.3);
    strokeOnly(ctx, null, OUT, s * 0.42); strokeOnly(ctx, null, col, s * 0.24);
    disc(ctx, x + s * 0.9, y + s * 0.25, s * 0.16, col, 3);
  }
  function bolt(p, x, y, s) {
    poly(p, [[x + s, y - s * 0.15], [x + s * 0.1, y - s * 0.55], [x + s * 0.05, y - s * 0.15], [x - s, y + s * 0.1],
      [x - s * 0.05, y + s * 0.55], [x, y + s * 0.15]]);
  }

  var HATS = {};

  HATS[45] = function (ctx) {   // Shame!: a dunce cap
    ctx.beginPath(); circ(ctx, 0, 0, 31);
    fs(ctx, null, '#f3f0ea', LW);
    ctx.save();
    ctx.beginPath(); circ(ctx, 0, 0, 30); ctx.clip();
    ctx.beginPath();
    for (var i = 0; i < 3; i++) {
      var a = i / 3 * TAU;
      ctx.moveTo(0, 0);
      ctx.quadraticCurveTo(Math.cos(a + 0.8) * 20, Math.sin(a + 0.8) * 20, Math.cos(a + 1.6) * 34, Math.sin(a + 1.6) * 34);
    }
    strokeOnly(ctx, null, '#e4607b', 7);
    ctx.restore();
    ctx.fillStyle = crown(ctx, 31); ctx.beginPath(); circ(ctx, 0, 0, 31); ctx.fill();
    disc(ctx, 0, 0, 7, '#e4607b', LW2);
  };
  HATS[51] = function (ctx) {   // Moo Cap
    brim(ctx, '#5a5a5e', 52, 26);
    dome(ctx, -3, 0, 31, '#f5f2ec');
    ctx.save(); ctx.translate(-3, 0); spots(ctx, 29, '#4e4a4a'); ctx.restore();
    ctx.beginPath(); circ(ctx, -3, 0, 31); strokeOnly(ctx, null, OUT, LW);
    disc(ctx, -3, 0, 4.5, '#4e4a4a', 3);
  };
  HATS[50] = function (ctx) {   // Apple Cap
    cap(ctx, '#e34a43', '#7bb84a');
    ctx.beginPath(); ctx.moveTo(-3, 0); ctx.quadraticCurveTo(-8, -6, -14, -6);
    strokeOnly(ctx, null, OUT, 8); strokeOnly(ctx, null, '#7a5230', 4);
    ctx.save(); ctx.translate(-12, -6); ctx.rotate(-2.4);
    ctx.beginPath(); leaf(ctx, 20, 9); fs(ctx, null, '#7dbb4a', 3);
    ctx.restore();
  };
  HATS[28] = function (ctx) {   // Moo Head
    horn(ctx, -6, -28, -1, 20, 7, '#eadfc4');
    horn(ctx, -6, 28, 1, 20, 7, '#eadfc4');
    animalEars(ctx, -14, 34, 10, '#f0e6de', '#eab0ad');
    dome(ctx, 0, 0, 36, '#f6f3ee');
    spots(ctx, 34, '#54504e');
    ctx.beginPath(); circ(ctx, 0, 0, 36); strokeOnly(ctx, null, OUT, LW);
    hatEyes(ctx, 16, 14);
    snoutNose(ctx, 32, 11, 18, '#f0b1ac', '#b36c6a');
  };
  HATS[29] = function (ctx) {   // Pig Head
    for (var s = -1; s <= 1; s += 2) {
      ctx.beginPath(); ctx.moveTo(-10, s * 22); ctx.lineTo(8, s * 40); ctx.lineTo(10, s * 18); ctx.closePath();
      fs(ctx, null, '#eb9f98', LW);
    }
    dome(ctx, 0, 0, 36, '#f5b8b0');
    hatEyes(ctx, 15, 14);
    snoutNose(ctx, 30, 12, 17, '#ea8f8c', '#a9504f');
  };
  HATS[30] = function (ctx) {   // Fluff Head: a sheep
    ctx.beginPath(); blob(ctx, -4, 0, 40, 11, 0.12, null, 0);
    fs(ctx, null, '#f7f5ef', LW);
    ctx.fillStyle = crown(ctx, 40); ctx.beginPath(); circ(ctx, -4, 0, 38); ctx.fill();
    ctx.beginPath(); blob(ctx, -8, 0, 22, 7, 0.16, null, 0.4);
    strokeOnly(ctx, null, 'rgba(150,140,120,0.35)', 3);
    for (var s = -1; s <= 1; s += 2) {
      ctx.beginPath(); ell(ctx, 18, s * 22, 6, 11, s * 0.6); fs(ctx, null, '#4d4a4f', LW2);
    }
    ctx.beginPath(); ell(ctx, 26, 0, 14, 17, 0);
    fs(ctx, null, '#55525a', LW2);
    eyes(ctx, 30, 7, 3.2, '#fff', 'rgba(0,0,0,0)');
  };
  HATS[36] = function (ctx) {   // Pandou Head
    animalEars(ctx, -10, 28, 11, '#3c3b40');
    dome(ctx, 0, 0, 36, '#f7f6f3');
    for (var s = -1; s <= 1; s += 2) {
      ctx.beginPath(); ell(ctx, 17, s * 13, 10, 7, s * 0.5);
      ctx.fillStyle = '#3c3b40'; ctx.fill();
    }
    eyes(ctx, 19, 13, 3.4, '#fff', 'rgba(0,0,0,0)');
    ctx.beginPath(); ell(ctx, 32, 0, 5, 8, 0); fs(ctx, null, '#3c3b40', 0);
  };
  HATS[37] = function (ctx) {   // Bear Head
    animalEars(ctx, -8, 28, 11, '#8a5d3b', '#c89873');
    dome(ctx, 0, 0, 36, '#93643f');
    ctx.beginPath(); ell(ctx, 24, 0, 12, 16, 0); fs(ctx, null, '#d2aa82', LW2);
    ctx.beginPath(); ell(ctx, 31, 0, 5, 8, 0); fs(ctx, null, '#3a2a22', 0);
    hatEyes(ctx, 14, 14);
  };
  HATS[38] = function (ctx) {   // Monkey Head
    animalEars(ctx, 0, 36, 11, '#7d5236', '#e2b98f');
    dome(ctx, 0, 0, 35, '#86593a');
    ctx.beginPath();
    ctx.moveTo(30, 0);
    ctx.bezierCurveTo(34, -22, 8, -30, 6, -10);
    ctx.bezierCurveTo(-2, -12, -2, 12, 6, 10);
    ctx.bezierCurveTo(8, 30, 34, 22, 30, 0);
    fs(ctx, null, '#e8c39a', LW2);
    hatEyes(ctx, 14, 9, 3.8);
    ctx.beginPath(); circ(ctx, 28, -4, 2); circ(ctx, 28, 4, 2); ctx.fillStyle = '#6b4a32'; ctx.fill();
  };
  HATS[44] = function (ctx) {   // Polar Head
    animalEars(ctx, -10, 27, 9, '#eef1f3', '#d9dfe5');
    dome(ctx, 0, 0, 36, '#f3f5f6');
    ctx.beginPath(); ell(ctx, 24, 0, 11, 14, 0); fs(ctx, null, '#ffffff', LW2);
    ctx.beginPath(); ell(ctx, 31, 0, 5, 8, 0); fs(ctx, null, '#2e2f33', 0);
    hatEyes(ctx, 14, 14);
  };
  HATS[35] = function (ctx) {   // Fez Hat
    ctx.beginPath(); circ(ctx, 2, 0, 24); fs(ctx, null, '#a82a33', LW);
    dome(ctx, -1, 0, 19, '#d63b45', 0);
    ctx.beginPath(); circ(ctx, -1, 0, 19); strokeOnly(ctx, null, 'rgba(80,10,20,0.4)', 3);
    ctx.beginPath(); ctx.moveTo(-1, 0); ctx.quadraticCurveTo(-14, 10, -22, 22);
    strokeOnly(ctx, null, OUT, 7); strokeOnly(ctx, null, '#2d2b2e', 3);
    disc(ctx, -1, 0, 3.5, '#2d2b2e', 0);
    ctx.beginPath(); ell(ctx, -24, 25, 5, 8, -0.7); fs(ctx, null, '#e2b33c', LW2);
  };
  HATS[42] = function (ctx) {   // Enigma Hat
    brimHat(ctx, 40, 25, '#3d2e55', '#4c3a6b', '#7fe06a');
    qmark(ctx, -2, -4, 18, '#8ef06f');
  };
  HATS[43] = function (ctx) {   // Blitz Hat
    cap(ctx, '#3d78d6', '#f2c536');
    ctx.beginPath(); bolt(ctx, -3, 0, 22);
    fs(ctx, null, '#ffd84a', LW2);
  };
  HATS[49] = function (ctx) {   // Bob XIII Hat: a royal top hat
    brimHat(ctx, 40, 25, '#2a2830', '#35323c', '#8c3fb0');
    ctx.beginPath(); rrect(ctx, 21, -7, 8, 14, 2); fs(ctx, null, '#f0c34a', 3);
    ctx.beginPath(); star(ctx, 0, 0, 5, 11, 5, -PI / 2 + 0.2); fs(ctx, null, '#f0c34a', 3);
    disc(ctx, 0, 0, 2.5, '#d3455a', 0);
  };
  HATS[57] = function (ctx) {   // Pumpkin
    var p = P('pumpkin', function (q) { blob(q, 0, 0, 40, 8, 0.1, null, PI / 8); });
    fs(ctx, p, RG(ctx, 'pumpg', -8, -8, 0, 0, 0, 40, [0, '#ffb04a', 1, '#dc6d1f']), LW);
    ctx.beginPath();
    for (var i = 0; i < 8; i++) { var a = (i + 0.5) / 8 * TAU; ctx.moveTo(Math.cos(a) * 8, Math.sin(a) * 8); ctx.quadraticCurveTo(Math.cos(a + 0.2) * 24, Math.sin(a + 0.2) * 24, Math.cos(a) * 36, Math.sin(a) * 36); }
    strokeOnly(ctx, null, 'rgba(140,60,10,0.45)', 3.5);
    // a carved grin at the front
    ctx.beginPath();
    ctx.moveTo(26, -20); ctx.lineTo(36, -12); ctx.lineTo(24, -8); ctx.closePath();
    ctx.moveTo(26, 20); ctx.lineTo(36, 12); ctx.lineTo(24, 8); ctx.closePath();
    ctx.moveTo(33, -6); ctx.lineTo(38, -3); ctx.lineTo(34, 0); ctx.lineTo(38, 3); ctx.lineTo(33, 6); ctx.closePath();
    fs(ctx, null, '#ffe36a', 3, '#8a3d12');
    ctx.beginPath(); rrect(ctx, -6, -5, 14, 10, 4); fs(ctx, null, '#6b8a3a', LW2);
  };
  HATS[8] = function (ctx) {   // Bummle Hat: a bee
    for (var s = -1; s <= 1; s += 2) {
      ctx.beginPath(); ell(ctx, -14, s * 30, 10, 16, s * 0.5);
      ctx.fillStyle = 'rgba(220,240,255,0.75)'; ctx.fill();
      strokeOnly(ctx, null, OUT, 3);
      ctx.beginPath(); ctx.moveTo(22, s * 8); ctx.quadraticCurveTo(36, s * 10, 42, s * 20);
      strokeOnly(ctx, null, OUT, 4);
      disc(ctx, 42, s * 20, 4.5, '#3a3838', 3);
    }
    ctx.beginPath(); circ(ctx, 0, 0, 31); fs(ctx, null, '#f8cf3c', LW);
    ctx.save(); ctx.beginPath(); circ(ctx, 0, 0, 30); ctx.clip();
    ctx.fillStyle = '#3a3838';
    ctx.fillRect(-18, -40, 10, 80); ctx.fillRect(2, -40, 10, 80);
    ctx.restore();
    ctx.fillStyle = crown(ctx, 31); ctx.beginPath(); circ(ctx, 0, 0, 31); ctx.fill();
  };
  HATS[2] = function (ctx) {   // Straw Hat
    ctx.beginPath(); circ(ctx, 0, 0, 50); fs(ctx, null, '#e9cc7a', LW);
    ctx.beginPath(); circ(ctx, 0, 0, 42); circ(ctx, 0, 0, 34);
    strokeOnly(ctx, null, 'rgba(150,110,40,0.35)', 2.5);
    ctx.beginPath();
    for (var i = 0; i < 24; i++) { var a = i / 24 * TAU; ctx.moveTo(Math.cos(a) * 29, Math.sin(a) * 29); ctx.lineTo(Math.cos(a) * 48, Math.sin(a) * 48); }
    strokeOnly(ctx, null, 'rgba(150,110,40,0.18)', 2);
    ctx.beginPath(); circ(ctx, 0, 0, 28); fs(ctx, null, '#d2483f', 0);
    dome(ctx, 0, 0, 24, '#f0d68a', LW2);
  };
  HATS[15] = function (ctx) {   // Winter Cap: a striped beanie with a bobble
    ctx.beginPath(); circ(ctx, 0, 0, 33); fs(ctx, null, '#d8434a', LW);
    ctx.beginPath(); circ(ctx, 0, 0, 26); circ(ctx, 0, 0, 14);
    strokeOnly(ctx, null, '#f4f1ea', 6);
    ctx.beginPath(); circ(ctx, 0, 0, 30); strokeOnly(ctx, null, 'rgba(0,0,0,0.12)', 4);
    ctx.fillStyle = crown(ctx, 33); ctx.beginPath(); circ(ctx, 0, 0, 33); ctx.fill();
    ctx.beginPath(); blob(ctx, 0, 0, 10, 7, 0.2, null, 0); fs(ctx, null, '#ffffff', LW2);
  };
  HATS[5] = function (ctx) {   // Cowboy Hat: the brim rolled up at the sides, a creased crown
    ctx.beginPath(); ell(ctx, 2, 0, 46, 42, 0); fs(ctx, null, '#a0683a', LW);
    for (var s = -1; s <= 1; s += 2) {
      ctx.beginPath(); ctx.ellipse(2, 0, 40, 36, 0, s > 0 ? 0.35 : PI + 0.35, s > 0 ? PI - 0.35 : TAU - 0.35);
      strokeOnly(ctx, null, '#c58a52', 8);
    }
    ctx.beginPath(); ell(ctx, 2, 0, 46, 42, 0); strokeOnly(ctx, null, OUT, LW);
    ctx.beginPath(); ell(ctx, 0, 0, 29, 22, 0); fs(ctx, null, '#4a3426', 0);
    ctx.beginPath(); ell(ctx, -1, 0, 26, 19, 0); fs(ctx, null, '#b27640', LW2);
    ctx.fillStyle = crown(ctx, 26); ctx.beginPath(); ell(ctx, -1, 0, 26, 19, 0); ctx.fill();
    ctx.beginPath(); ctx.moveTo(-18, 0); ctx.quadraticCurveTo(0, -3, 16, 0);
    ctx.moveTo(14, -10); ctx.quadraticCurveTo(18, -5, 20, -2); ctx.moveTo(14, 10); ctx.quadraticCurveTo(18, 5, 20, 2);
    strokeOnly(ctx, null, 'rgba(70,40,20,0.55)', 3.5);
  };
  HATS[4] = function (ctx) {   // Ranger Hat: a campaign hat with four dents
    brimHat(ctx, 46, 0, '#5f7d3e', null, null);
    var c = P('rangerc', function (q) { blob(q, 0, 0, 25, 4, 0.22, null, PI / 4); });
    ctx.beginPath(); circ(ctx, 0, 0, 27); fs(ctx, null, '#6b4a2e', 0);
    fs(ctx, c, '#6d8d48', LW2);
    ctx.beginPath();
    for (var i = 0; i < 4; i++) { var a = i / 4 * TAU; ctx.moveTo(Math.cos(a) * 4, Math.sin(a) * 4); ctx.lineTo(Math.cos(a) * 16, Math.sin(a) * 16); }
    strokeOnly(ctx, null, 'rgba(30,45,20,0.45)', 3);
    ctx.beginPath(); circ(ctx, 0, 0, 40); strokeOnly(ctx, null, 'rgba(255,255,255,0.12)', 3);
  };
  HATS[18] = function (ctx) {   // Explorer Hat: a pith helmet
    ctx.beginPath(); ell(ctx, 3, 0, 44, 38, 0); fs(ctx, null, '#cdb585', LW);
    ctx.beginPath(); ell(ctx, 0, 0, 30, 27, 0); fs(ctx, null, '#6b5a3e', 0);
    ctx.beginPath(); ell(ctx, -1, 0, 28, 25, 0); fs(ctx, null, '#dcc796', LW2);
    ctx.fillStyle = crown(ctx, 28); ctx.beginPath(); ell(ctx, -1, 0, 28, 25, 0); ctx.fill();
    ctx.beginPath();
    for (var i = 0; i < 6; i++) { var a = i / 6 * TAU; ctx.moveTo(-1, 0); ctx.lineTo(-1 + Math.cos(a) * 27, Math.sin(a) * 24); }
    strokeOnly(ctx, null, 'rgba(120,95,50,0.3)', 2.5);
    disc(ctx, -1, 0, 5, '#b89d68', 3);
  };
  HATS[31] = function (ctx) {   // Flipper Hat: swim cap, goggles and a snorkel
    dome(ctx, 0, 0, 34, '#3f9ad8');
    ctx.beginPath(); ctx.moveTo(-8, -33); ctx.quadraticCurveTo(4, 0, -8, 33); strokeOnly(ctx, null, 'rgba(255,255,255,0.35)', 4);
    ctx.beginPath(); ctx.arc(0, 0, 33, -1.1, 1.1); strokeOnly(ctx, null, OUT, 9); strokeOnly(ctx, null, '#2c3440', 5);
    for (var s = -1; s <= 1; s += 2) {
      disc(ctx, 27, s * 13, 9, '#2c3440', LW2);
      disc(ctx, 28, s * 13, 6, '#9fe6ff', 0);
      ctx.beginPath(); circ(ctx, 30, s * 13 - 2, 2); ctx.fillStyle = '#fff'; ctx.fill();
    }
    ctx.beginPath(); ctx.moveTo(20, 28); ctx.quadraticCurveTo(-4, 44, -22, 30);
    strokeOnly(ctx, null, OUT, 11); strokeOnly(ctx, null, '#f2b533', 6);
    disc(ctx, -22, 30, 5, '#ff6b4a', 3);
  };
  HATS[1] = function (ctx) {   // Marksman Cap: a cap with a scope lens and a target mark
    cap(ctx, '#5a6b48', '#3f4c33');
    ctx.beginPath(); circ(ctx, -3, 0, 13); ctx.moveTo(-20, 0); ctx.lineTo(14, 0); ctx.moveTo(-3, -17); ctx.lineTo(-3, 17);
    strokeOnly(ctx, null, '#d84a3c', 3.5);
    ctx.beginPath(); rrect(ctx, 12, 12, 26, 10, 4); fs(ctx, null, '#3a3d42', LW2);
    disc(ctx, 38, 17, 6, '#9fd8ff', 3);
  };
  HATS[10] = function (ctx) {   // Bush Gear
    ctx.beginPath(); blob(ctx, 0, 0, 42, 10, 0.15, rng(10), 0);
    fs(ctx, null, RG(ctx, 'bushgear', -8, -8, 0, 0, 0, 42, [0, '#8fc156', 1, '#5d8c3b']), LW);
    ctx.beginPath(); blob(ctx, -4, -3, 26, 7, 0.2, rng(11), 0.5);
    ctx.fillStyle = '#9bcc60'; ctx.fill();
    ctx.fillStyle = 'rgba(235,255,190,0.35)';
    ctx.beginPath(); ell(ctx, -10, -10, 6, 3, 0.6); ell(ctx, 8, 12, 5, 2.5, -0.5); ell(ctx, 14, -14, 4, 2, 1.2); ctx.fill();
    ctx.beginPath(); circ(ctx, 16, 4, 4); circ(ctx, -16, 16, 4); fs(ctx, null, '#d5424c', 2.5);
  };
  HATS[48] = function (ctx, t) {   // Halo
    var bob = Math.sin(num(t, 0) * 0.003) * 1.5;
    ctx.beginPath(); ell(ctx, -2, 0, 29 + bob, 27 + bob, 0);
    strokeOnly(ctx, null, 'rgba(255,240,150,0.3)', 18);
    strokeOnly(ctx, null, OUT, 11);
    strokeOnly(ctx, null, '#f7d14c', 6);
    ctx.beginPath(); ctx.ellipse(-2, 0, 29 + bob, 27 + bob, 0, PI * 1.05, PI * 1.5);
    strokeOnly(ctx, null, '#fff6c2', 2.5);
  };
  HATS[6] = function (ctx) {   // Soldier Helmet
    ctx.beginPath(); circ(ctx, 0, 0, 37); fs(ctx, null, '#55663c', LW);
    dome(ctx, -1, 0, 31, '#6b7d4a', LW2);
    ctx.save(); ctx.beginPath(); circ(ctx, -1, 0, 30); ctx.clip();
    ctx.beginPath();
    for (var i = -3; i <= 3; i++) { ctx.moveTo(i * 10 - 30, -30); ctx.lineTo(i * 10 + 30, 30); ctx.moveTo(i * 10 - 30, 30); ctx.lineTo(i * 10 + 30, -30); }
    strokeOnly(ctx, null, 'rgba(40,50,25,0.3)', 2);
    ctx.restore();
    ctx.beginPath(); ctx.arc(0, 0, 34, 1.0, 2.2); strokeOnly(ctx, null, '#3b2e22', 3);
  };
  HATS[23] = function (ctx) {   // Anti Venom Gear: a gas mask
    ctx.beginPath(); ctx.arc(0, 0, 34, 0.9, TAU - 0.9, false); strokeOnly(ctx, null, OUT, 9); strokeOnly(ctx, null, '#3c4a3b', 5);
    ctx.beginPath(); ell(ctx, 20, 0, 20, 30, 0); fs(ctx, null, '#5b6e56', LW);
    for (var s = -1; s <= 1; s += 2) {
      disc(ctx, 22, s * 14, 9, '#2f3731', LW2);
      disc(ctx, 23, s * 14, 6, '#b3e05a', 0);
    }
    disc(ctx, 38, 0, 11, '#7b8a76', LW2);
    ctx.beginPath(); circ(ctx, 38, 0, 6); ctx.moveTo(32, 0); ctx.lineTo(44, 0); ctx.moveTo(38, -6); ctx.lineTo(38, 6);
    strokeOnly(ctx, null, '#3c4a3b', 2.5);
  };
  HATS[13] = function (ctx) {   // Medic Gear
    cap(ctx, '#f5f4f0', '#d9d7d2');
    ctx.beginPath();
    poly(ctx, [[-8, -16], [2, -16], [2, -5], [13, -5], [13, 5], [2, 5], [2, 16], [-8, 16], [-8, 5], [-19, 5], [-19, -5], [-8, -5]]);
    fs(ctx, null, '#e1434f', LW2);
  };
  HATS[9] = function (ctx) {   // Miners Helmet with its lamp
    ctx.fillStyle = LG(ctx, 'lampcone', 40, 0, 120, 0, [0, 'rgba(255,240,160,0.35)', 1, 'rgba(255,240,160,0)']);
    ctx.beginPath(); ctx.moveTo(40, -8); ctx.lineTo(120, -40); ctx.lineTo(120, 40); ctx.lineTo(40, 8); ctx.fill();
    ctx.beginPath(); ell(ctx, 2, 0, 38, 36, 0); fs(ctx, null, '#e2a92a', LW);
    dome(ctx, -2, 0, 29, '#f5c33b', LW2);
    ctx.beginPath(); ctx.moveTo(-30, 0); ctx.lineTo(28, 0); strokeOnly(ctx, null, '#d39b22', 6);
    ctx.beginPath(); rrect(ctx, 24, -9, 16, 18, 4); fs(ctx, null, '#a1a6ad', LW2);
    disc(ctx, 40, 0, 7, '#fff6b0', 3);
  };
  HATS[32] = function (ctx) {   // Musketeer Hat with a big plume
    brimHat(ctx, 45, 25, '#2f4877', '#3a5690', '#c9a24a');
    ctx.beginPath();
    ctx.moveTo(10, -24);
    ctx.bezierCurveTo(-4, -48, -44, -44, -58, -20);
    ctx.bezierCurveTo(-40, -30, -12, -30, 10, -24);
    fs(ctx, null, '#f4f1ea', LW2);
    ctx.beginPath(); ctx.moveTo(8, -25); ctx.bezierCurveTo(-8, -38, -36, -38, -54, -22);
    strokeOnly(ctx, null, '#d84d4d', 3);
  };
  HATS[7] = function (ctx) {   // Bull Helmet
    horn(ctx, 2, -26, -1, 34, 10, '#efe5cf', '#8a8378');
    horn(ctx, 2, 26, 1, 34, 10, '#efe5cf', '#8a8378');
    dome(ctx, 0, 0, 33, '#9aa1aa');
    ctx.beginPath(); ctx.moveTo(-30, 0); ctx.lineTo(33, 0); strokeOnly(ctx, null, '#6f767f', 7);
    ctx.fillStyle = '#5b6169';
    ctx.beginPath(); for (var i = 0; i < 7; i++) { var a = -1.4 + i * 0.47; circ(ctx, Math.cos(a) * 27, Math.sin(a) * 27, 2.5); } ctx.fill();
    ctx.beginPath(); rrect(ctx, 26, -5, 14, 10, 3); fs(ctx, null, '#858c95', LW2);
  };
  HATS[22] = function (ctx, t) {   // Emp Helmet
    dome(ctx, 0, 0, 34, '#4b5f7a');
    ctx.beginPath(); ctx.arc(0, 0, 30, -0.9, 0.9); strokeOnly(ctx, null, OUT, 12); strokeOnly(ctx, null, '#5ff2ff', 7);
    ctx.beginPath(); circ(ctx, -4, 0, 16); strokeOnly(ctx, null, 'rgba(150,220,255,0.35)', 3);
    var zap = Math.floor(num(t, 0) / 120) % 2;
    ctx.beginPath(); ctx.moveTo(-6, 0); ctx.lineTo(-12, -8 - zap * 3); ctx.lineTo(-8, -14); ctx.lineTo(-16, -24 - zap * 2);
    strokeOnly(ctx, null, OUT, 6); strokeOnly(ctx, null, '#ffe95a', 3);
    disc(ctx, -6, 0, 6, '#2f3a4a', LW2);
  };
  HATS[12] = function (ctx, t) {   // Booster Hat: a propeller beanie
    ctx.beginPath(); circ(ctx, 0, 0, 32); fs(ctx, null, '#ffffff', LW);
    var cols = ['#e6483f', '#f5c53b', '#3d8bd9', '#5fbf55'];
    for (var i = 0; i < 4; i++) {
      ctx.beginPath(); ctx.moveTo(0, 0); ctx.arc(0, 0, 30, i * PI / 2, (i + 1) * PI / 2); ctx.closePath();
      ctx.fillStyle = cols[i]; ctx.fill();
    }
    ctx.fillStyle = crown(ctx, 32); ctx.beginPath(); circ(ctx, 0, 0, 32); ctx.fill();
    ctx.save(); ctx.rotate((num(t, 0) * 0.02) % TAU);
    for (var s = -1; s <= 1; s += 2) { ctx.beginPath(); ell(ctx, s * 20, 0, 18, 6, 0); fs(ctx, null, '#f1f1f1', LW2); }
    ctx.restore();
    disc(ctx, 0, 0, 5, '#e6483f', 3);
  };
  HATS[26] = function (ctx) {   // Barbarian Armor: fur and an iron cap with short horns
    ctx.beginPath(); blob(ctx, 0, 0, 40, 14, 0.12, rng(26), 0); fs(ctx, null, '#7d5a3b', LW);
    ctx.beginPath(); blob(ctx, 0, 0, 33, 12, 0.14, rng(27), 0.2); strokeOnly(ctx, null, 'rgba(60,40,20,0.45)', 3);
    for (var s = -1; s <= 1; s += 2) {
      ctx.beginPath(); ctx.moveTo(-4, s * 20); ctx.quadraticCurveTo(4, s * 40, 22, s * 38); ctx.quadraticCurveTo(10, s * 30, 8, s * 18); ctx.closePath();
      fs(ctx, null, '#e4dac2', LW2);
    }
    dome(ctx, 0, 0, 24, '#8d949c', LW2);
    ctx.beginPath(); ctx.moveTo(-22, 0); ctx.lineTo(34, 0); strokeOnly(ctx, null, OUT, 10); strokeOnly(ctx, null, '#767d86', 6);
    ctx.fillStyle = '#4f555c';
    ctx.beginPath(); circ(ctx, -10, -12, 2.5); circ(ctx, -10, 12, 2.5); circ(ctx, 10, -12, 2.5); circ(ctx, 10, 12, 2.5); ctx.fill();
  };
  HATS[21] = function (ctx) {   // Plague Mask: a long beak
    dome(ctx, -2, 0, 34, '#35313a');
    ctx.beginPath(); ctx.moveTo(14, -16); ctx.quadraticCurveTo(48, -10, 70, 4); ctx.quadraticCurveTo(48, 14, 14, 16); ctx.closePath();
    fs(ctx, null, '#e6dcc4', LW);
    ctx.beginPath(); ctx.moveTo(22, 0); ctx.quadraticCurveTo(46, 2, 64, 4); strokeOnly(ctx, null, 'rgba(120,100,70,0.5)', 2.5);
    for (var s = -1; s <= 1; s += 2) {
      disc(ctx, 16, s * 18, 8, '#8b8f96', LW2);
      disc(ctx, 17, s * 18, 5, '#b8343b', 0);
    }
  };
  HATS[46] = function (ctx) {   // Bull Mask
    horn(ctx, 6, -26, -1, 30, 9, '#f4ecd8');
    horn(ctx, 6, 26, 1, 30, 9, '#f4ecd8');
    dome(ctx, 0, 0, 35, '#8c3b2e');
    ctx.beginPath(); ctx.moveTo(2, -24); ctx.lineTo(22, -10); ctx.moveTo(2, 24); ctx.lineTo(22, 10); strokeOnly(ctx, null, '#3b1611', 5);
    eyes(ctx, 18, 12, 4, '#ffd84a', '#fff');
    snoutNose(ctx, 30, 12, 18, '#c87f6c', '#5a2a22');
    ctx.beginPath(); ctx.arc(42, 0, 8, -1.3, 1.3); strokeOnly(ctx, null, OUT, 8); strokeOnly(ctx, null, '#f0c34a', 4);
  };
  HATS[14] = function (ctx, t) {   // Windmill Hat
    cap(ctx, '#8fb6d9', '#6f98bf');
    ctx.save(); ctx.translate(-3, 0);
    millBlades(ctx, 22, 4, 32, (num(t, 0) * 0.004) % TAU, '#f4eede', 'rgba(120,100,70,0.5)');
    disc(ctx, 0, 0, 5, WOOD_D, 3);
    ctx.restore();
  };
  HATS[11] = function (ctx) {   // Spike Gear
    var sp = P('spikegear', function (q) { star(q, 0, 0, 10, 44, 28, 0); });
    fs(ctx, sp, '#aeb3ba', LW);
    dome(ctx, 0, 0, 30, '#52575f');
    ctx.beginPath(); star(ctx, 0, 0, 4, 12, 5, PI / 4); fs(ctx, null, '#c5cad0', LW2);
  };
  HATS[53] = function (ctx) {   // Turret Gear
    ctx.beginPath(); rrect(ctx, -30, -30, 60, 60, 12); fs(ctx, null, STONE, LW);
    ctx.fillStyle = crown(ctx, 40); ctx.beginPath(); rrect(ctx, -30, -30, 60, 60, 12); ctx.fill();
    ctx.beginPath(); rrect(ctx, 0, -7, 52, 14, 4); fs(ctx, null, '#5f656d', LW);
    ctx.beginPath(); rrect(ctx, 44, -9, 12, 18, 3); fs(ctx, null, '#4a4f56', LW2);
    disc(ctx, 0, 0, 19, WOOD, LW);
    disc(ctx, 0, 0, 8, '#7b8088', LW2);
  };
  HATS[20] = function (ctx) {   // Samurai Armor: a kabuto with a gold crest
    // neck guard plates at the back
    ctx.beginPath(); ctx.arc(0, 0, 42, PI * 0.6, PI * 1.4); ctx.arc(0, 0, 26, PI * 1.4, PI * 0.6, true); ctx.closePath();
    fs(ctx, null, '#7a2028', LW);
    ctx.beginPath(); ctx.arc(0, 0, 36, PI * 0.62, PI * 1.38); strokeOnly(ctx, null, '#e0b44a', 3);
    dome(ctx, 0, 0, 31, '#a52b35');
    ctx.beginPath();
    for (var i = 0; i < 10; i++) { var a = i / 10 * TAU; ctx.moveTo(Math.cos(a) * 6, Math.sin(a) * 6); ctx.lineTo(Math.cos(a) * 30, Math.sin(a) * 30); }
    strokeOnly(ctx, null, 'rgba(60,10,15,0.35)', 2.5);
    disc(ctx, 0, 0, 6, '#e0b44a', 3);
    ctx.beginPath();
    ctx.moveTo(24, 0); ctx.quadraticCurveTo(34, -30, 16, -44); ctx.quadraticCurveTo(42, -26, 34, 0);
    ctx.quadraticCurveTo(42, 26, 16, 44); ctx.quadraticCurveTo(34, 30, 24, 0);
    fs(ctx, null, '#f0c34a', LW2);
  };
  HATS[58] = function (ctx) {   // Dark Knight: a great helm with a purple plume
    dome(ctx, 0, 0, 34, '#3e3f48');
    ctx.beginPath(); ctx.arc(0, 0, 34, -0.5, 0.5); strokeOnly(ctx, null, '#5c5e6a', 6);
    ctx.beginPath(); ctx.moveTo(24, -18); ctx.lineTo(30, -4); ctx.moveTo(24, 18); ctx.lineTo(30, 4);
    strokeOnly(ctx, null, '#16161a', 5);
    ctx.beginPath();
    ctx.moveTo(26, 0); ctx.bezierCurveTo(18, -12, -30, -12, -50, 0); ctx.bezierCurveTo(-30, 12, 18, 12, 26, 0);
    fs(ctx, null, '#7b3fb0', LW2);
    ctx.beginPath(); ctx.moveTo(20, 0); ctx.quadraticCurveTo(-10, -3, -44, 0); strokeOnly(ctx, null, '#a977d6', 3);
  };
  HATS[27] = function (ctx) {   // Scavenger Gear: a patched hood with goggles
    dome(ctx, -2, 0, 35, '#8a7453');
    ctx.beginPath(); rrect(ctx, -20, -22, 16, 14, 3); fs(ctx, null, '#6f8a5a', 3);
    ctx.beginPath(); rrect(ctx, -12, 10, 14, 13, 3); fs(ctx, null, '#a35a3d', 3);
    ctx.beginPath(); ctx.moveTo(-18, -6); ctx.lineTo(-6, -6); ctx.moveTo(-8, 8); ctx.lineTo(2, 8); ctx.setLineDash([3, 3]);
    strokeOnly(ctx, null, '#3a2f22', 2); ctx.setLineDash([]);
    ctx.beginPath(); ctx.arc(0, 0, 33, -1.2, 1.2); strokeOnly(ctx, null, '#3a332c', 5);
    for (var s = -1; s <= 1; s += 2) {
      disc(ctx, 18, s * 12, 9, '#c59a3c', LW2);
      disc(ctx, 19, s * 12, 5.5, '#6dd0d8', 0);
    }
  };
  HATS[40] = function (ctx) {   // Tank Gear
    for (var s = -1; s <= 1; s += 2) {
      ctx.beginPath(); rrect(ctx, -34, s * 30 - 8, 68, 16, 7); fs(ctx, null, '#3e4138', LW2);
      ctx.beginPath(); for (var x = -28; x <= 28; x += 8) { ctx.moveTo(x, s * 30 - 6); ctx.lineTo(x, s * 30 + 6); }
      strokeOnly(ctx, null, '#6c7062', 2.5);
    }
    ctx.beginPath(); rrect(ctx, -30, -24, 60, 48, 8); fs(ctx, null, '#6f7c48', LW);
    ctx.beginPath(); rrect(ctx, 0, -6, 62, 12, 4); fs(ctx, null, '#586337', LW);
    ctx.beginPath(); rrect(ctx, 56, -8, 12, 16, 3); fs(ctx, null, '#4a532e', LW2);
    dome(ctx, -2, 0, 18, '#7f8d54', LW);
    disc(ctx, -6, 0, 5, '#4a532e', 3);
  };
  HATS[52] = function (ctx, t) {   // Thief Gear: a dark mask and a knotted bandana
    var flap = Math.sin(num(t, 0) * 0.008) * 6;
    for (var s = -1; s <= 1; s += 2) {
      ctx.beginPath(); ctx.moveTo(-30, s * 4); ctx.quadraticCurveTo(-46, s * 10 + flap, -58, s * 16 + flap); ctx.lineTo(-54, s * 4 + flap); ctx.closePath();
      fs(ctx, null, '#2b2a30', LW2);
    }
    dome(ctx, 0, 0, 34, '#34333b');
    ctx.beginPath(); ctx.arc(0, 0, 32, -1.1, 1.1); strokeOnly(ctx, null, OUT, 14); strokeOnly(ctx, null, '#1d1c22', 10);
    for (s = -1; s <= 1; s += 2) { ctx.beginPath(); ell(ctx, 27, s * 11, 4, 6, 0); ctx.fillStyle = '#f4f1ea'; ctx.fill(); }
    disc(ctx, -32, 0, 6, '#2b2a30', LW2);
  };
  HATS[55] = function (ctx) {   // Bloodthirster
    for (var s = -1; s <= 1; s += 2) {
      ctx.beginPath(); ctx.moveTo(-14, s * 26); ctx.lineTo(-4, s * 50); ctx.lineTo(4, s * 36); ctx.lineTo(12, s * 46); ctx.lineTo(14, s * 26); ctx.closePath();
      fs(ctx, null, '#5e1a22', LW);
    }
    dome(ctx, 0, 0, 33, '#7e1f2b');
    ctx.beginPath(); ctx.moveTo(-28, 0); ctx.lineTo(30, 0); strokeOnly(ctx, null, '#4a1018', 5);
    ctx.beginPath(); ctx.moveTo(30, -12); ctx.lineTo(40, -8); ctx.lineTo(31, -4); ctx.moveTo(30, 12); ctx.lineTo(40, 8); ctx.lineTo(31, 4);
    fs(ctx, null, '#f1ece0', 3);
    ctx.beginPath(); roundPoly(ctx, [[0, -9], [9, 0], [0, 9], [-9, 0]], 0.3); fs(ctx, null, '#ff3d4f', LW2);
    ctx.beginPath(); circ(ctx, -2, -3, 2.5); ctx.fillStyle = '#ffc0c5'; ctx.fill();
  };
  HATS[56] = function (ctx) {   // Assassin Gear: a pointed hood
    var h = P('assassin', function (q) {
      q.moveTo(34, 0);
      q.bezierCurveTo(34, -40, -20, -42, -52, 0);
      q.bezierCurveTo(-20, 42, 34, 40, 34, 0);
      q.closePath();
    });
    fs(ctx, h, '#3b3548', LW);
    ctx.fillStyle = crown(ctx, 38); ctx.fill(h);
    ctx.beginPath(); ctx.moveTo(30, -16); ctx.quadraticCurveTo(4, 0, 30, 16); strokeOnly(ctx, null, '#8a5cc4', 4);
    ctx.beginPath(); ctx.moveTo(-46, 0); ctx.quadraticCurveTo(-10, -6, 20, 0); strokeOnly(ctx, null, 'rgba(0,0,0,0.25)', 3);
    ctx.beginPath(); ell(ctx, 30, 0, 7, 15, 0); ctx.fillStyle = '#1b1822'; ctx.fill();
  };

  function unknownHat(ctx) {
    cap(ctx, '#b7a58a');
    qmark(ctx, -4, -3, 12, '#fff');
  }

  function drawHat(ctx, id, t) {
    var f = HATS[id];
    if (f) f(ctx, t);
    else if (id) unknownHat(ctx);
  }

  // ---------------------------------------------------------------------------------------------
  // accessories (capes, tails, wings): drawn behind the body in the player's frame, +x = facing
  // ---------------------------------------------------------------------------------------------

  /** A cape hanging from the shoulders to x = -len, its hem waving with t. Leaves the path set. */
  function capePath(ctx, len, flare, t, zig) {
    var w = Math.sin(num(t, 0) * 0.005) * 4;
    ctx.beginPath();
    ctx.moveTo(12, -31);
    ctx.quadraticCurveTo(-16, -40 - flare * 0.6, -len + 6, -34 - flare + w * 0.5);
    var n = zig ? 6 : 3;
    for (var i = 0; i < n; i++) {
      var y0 = -34 - flare + (i) / n * (68 + flare * 2), y1 = -34 - flare + (i + 1) / n * (68 + flare * 2);
      var wave = Math.sin(num(t, 0) * 0.006 + i * 1.7) * 4;
      if (zig) ctx.lineTo(-len - 12 + wave, (y0 + y1) / 2), ctx.lineTo(-len + 4 + wave * 0.5, y1);
      else ctx.quadraticCurveTo(-len - 12 + wave, (y0 + y1) / 2, -len + 2 + wave * 0.3, y1);
    }
    ctx.quadraticCurveTo(-16, 40 + flare * 0.6, 12, 31);
    ctx.closePath();
  }
  function cape(ctx, t, col, lw, len, flare, zig) {
    capePath(ctx, len || 58, flare || 6, t, zig);
    fs(ctx, null, col, lw === undefined ? LW : lw);
  }
  /** Clip to the cape shape just drawn and call fn to paint its pattern, then outline it again. */
  function capeDeco(ctx, t, len, flare, zig, fn) {
    ctx.save();
    capePath(ctx, len || 58, flare || 6, t, zig);
    ctx.clip();
    fn();
    ctx.restore();
    capePath(ctx, len || 58, flare || 6, t, zig);
    strokeOnly(ctx, null, OUT, LW);
  }
  function capeFolds(ctx, len) {
    ctx.beginPath();
    ctx.moveTo(-24, -14); ctx.lineTo(-len + 6, -20);
    ctx.moveTo(-24, 14); ctx.lineTo(-len + 6, 20);
    strokeOnly(ctx, null, 'rgba(0,0,0,0.12)', 5);
  }

  /** A feathered wing on side s (-1 left, 1 right): a silhouette, a row of long feathers, coverts. */
  function featherWing(ctx, s, t, cols, line) {
    var flap = Math.sin(num(t, 0) * 0.004) * 0.06;
    ctx.save();
    ctx.translate(-8, s * 16);
    ctx.rotate(-s * (0.15 + flap));
    var i, n = 5;
    // long flight feathers along the trailing edge, from the tip back to the root
    for (i = 0; i < n; i++) {
      var f = i / (n - 1);
      var bx = -16 - f * 14, by = s * (86 - f * 56);
      ctx.save();
      ctx.translate(bx, by);
      ctx.rotate(PI + s * (0.45 - f * 0.35));
      ctx.beginPath(); ell(ctx, 16, 0, 24 - f * 4, 8.5, 0);
      fs(ctx, null, i % 2 ? cols[0] : cols[1], LW2, line);
      ctx.restore();
    }
    // the wing's arm
    ctx.beginPath();
    ctx.moveTo(8, s * 4);
    ctx.bezierCurveTo(14, s * 46, 2, s * 80, -18, s * 100);
    ctx.quadraticCurveTo(-30, s * 84, -28, s * 60);
    ctx.quadraticCurveTo(-32, s * 30, -24, s * 6);
    ctx.closePath();
    fs(ctx, null, cols[1], LW, line);
    // coverts: a scalloped row of small feathers
    ctx.beginPath();
    for (i = 0; i < 4; i++) {
      var g = i / 3;
      circ(ctx, -10 + g * 4, s * (22 + g * 52), 10 - g * 2);
    }
    fs(ctx, null, cols[2], LW2, line);
    ctx.beginPath(); ctx.moveTo(6, s * 8); ctx.bezierCurveTo(10, s * 44, 0, s * 76, -16, s * 94);
    strokeOnly(ctx, null, 'rgba(255,255,255,0.3)', 3);
    ctx.restore();
  }
  function batWing(ctx, s, t, col, bone) {
    var flap = Math.sin(num(t, 0) * 0.006) * 0.1;
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
    fs(ctx, null, col, LW);
    ctx.beginPath();
    ctx.moveTo(0, 0); ctx.lineTo(-20, s * 62);
    ctx.moveTo(-4, s * 6); ctx.lineTo(-42, s * 50);
    ctx.moveTo(-4, s * 4); ctx.lineTo(-58, s * 30);
    strokeOnly(ctx, null, bone, 3.5);
    ctx.restore();
  }

  var ACCS = {};

  ACCS[12] = function (ctx) {   // Snowball
    disc(ctx, -44, 0, 28, '#f7fbfd', LW);
    ctx.save(); ctx.translate(-44, 0);
    ctx.fillStyle = crown(ctx, 28); ctx.beginPath(); circ(ctx, 0, 0, 28); ctx.fill();
    ctx.fillStyle = 'rgba(150,185,215,0.45)';
    ctx.beginPath(); circ(ctx, -8, 8, 4); circ(ctx, 10, -6, 3); circ(ctx, -2, -14, 2.5); circ(ctx, 12, 12, 2.5); ctx.fill();
    ctx.restore();
  };
  ACCS[9] = function (ctx, t) {   // Tree Cape
    cape(ctx, t, '#5f8f3e', LW, 60, 8, true);
    capeDeco(ctx, t, 60, 8, true, function () {
      ctx.fillStyle = '#79ad4b';
      for (var i = 0; i < 7; i++) {
        ctx.save(); ctx.translate(-20 - (i % 3) * 14, -28 + i * 9); ctx.rotate(PI + (i % 2 ? 0.4 : -0.4));
        ctx.beginPath(); leaf(ctx, 26, 9); ctx.fill();
        ctx.restore();
      }
    });
  };
  ACCS[10] = function (ctx, t) {   // Stone Cape
    cape(ctx, t, '#8e9297', LW, 56, 6);
    capeDeco(ctx, t, 56, 6, false, function () {
      var r = rng(10);
      ctx.beginPath();
      for (var i = 0; i < 9; i++) {
        var x = -20 - (i % 3) * 15 - r() * 4, y = -26 + Math.floor(i / 3) * 24 + (i % 3) * 4 + r() * 4;
        roundPoly(ctx, scalePts(rockPts(r, 5, 9, 0.2, r()), 1, x, y), 0.7);
      }
      fs(ctx, null, '#a9adb2', 2.5, 'rgba(70,72,78,0.7)');
    });
  };
  ACCS[3] = function (ctx, t) {   // Cookie Cape
    cape(ctx, t, '#c99356', LW, 56, 6);
    capeDeco(ctx, t, 56, 6, false, function () {
      var r = rng(3);
      ctx.fillStyle = '#5a3a22';
      ctx.beginPath();
      for (var i = 0; i < 9; i++) roundPoly(ctx, scalePts(rockPts(r, 5, 5, 0.3, r()), 1, -14 - r() * 44, -32 + r() * 64), 0.7);
      ctx.fill();
      capeFolds(ctx, 56);
    });
  };
  ACCS[8] = function (ctx, t) {   // Cow Cape
    cape(ctx, t, '#f4f1ea', LW, 58, 6);
    capeDeco(ctx, t, 58, 6, false, function () {
      ctx.fillStyle = '#4e4a4a';
      ctx.beginPath();
      blob(ctx, -30, -18, 12, 6, 0.2, rng(1), 0);
      blob(ctx, -48, 12, 11, 6, 0.2, rng(2), 1);
      blob(ctx, -22, 24, 8, 5, 0.2, rng(3), 2);
      ctx.fill();
      capeFolds(ctx, 58);
    });
  };
  ACCS[11] = function (ctx, t) {   // Monkey Tail
    var w = Math.sin(num(t, 0) * 0.006) * 8;
    ctx.beginPath();
    ctx.moveTo(-26, 0);
    ctx.bezierCurveTo(-60, 4 + w, -70, 30 + w, -52, 38 + w);
    ctx.bezierCurveTo(-38, 44 + w, -34, 26 + w, -44, 24 + w);
    strokeOnly(ctx, null, OUT, 15); strokeOnly(ctx, null, '#86593a', 9);
  };
  ACCS[17] = function (ctx) {   // Apple Basket
    ctx.beginPath(); rrect(ctx, -66, -26, 40, 52, 10);
    fs(ctx, null, '#b98a4e', LW);
    ctx.save(); ctx.beginPath(); rrect(ctx, -66, -26, 40, 52, 10); ctx.clip();
    ctx.beginPath();
    for (var y = -22; y < 26; y += 8) { ctx.moveTo(-66, y); ctx.lineTo(-26, y + 4); }
    for (var x = -62; x < -26; x += 9) { ctx.moveTo(x, -26); ctx.lineTo(x, 26); }
    strokeOnly(ctx, null, 'rgba(90,55,20,0.45)', 2.5);
    ctx.restore();
    var ap = [[-52, -12], [-40, 6], [-54, 12]];
    for (var i = 0; i < ap.length; i++) {
      ctx.save(); ctx.translate(ap[i][0], ap[i][1]);
      FOOD[0](ctx, 11);
      ctx.restore();
    }
  };
  ACCS[6] = function (ctx, t) {   // Winter Cape
    cape(ctx, t, '#4a78b8', LW, 58, 8);
    capeDeco(ctx, t, 58, 8, false, function () {
      ctx.beginPath();
      var fl = [[-34, -16], [-46, 14], [-24, 20]];
      for (var i = 0; i < fl.length; i++) {
        for (var k = 0; k < 3; k++) {
          var a = k / 3 * PI;
          ctx.moveTo(fl[i][0] + Math.cos(a) * 7, fl[i][1] + Math.sin(a) * 7);
          ctx.lineTo(fl[i][0] - Math.cos(a) * 7, fl[i][1] - Math.sin(a) * 7);
        }
      }
      strokeOnly(ctx, null, '#eaf4ff', 2.5);
    });
    ctx.beginPath(); ctx.arc(0, 0, 38, PI * 0.55, PI * 1.45);
    strokeOnly(ctx, null, OUT, 16); strokeOnly(ctx, null, '#f6f6f2', 10);
  };
  ACCS[4] = function (ctx, t) {   // Skull Cape
    cape(ctx, t, '#33313a', LW, 60, 6);
    capeDeco(ctx, t, 60, 6, false, function () {
      ctx.save(); ctx.translate(-42, 0); ctx.rotate(PI / 2);
      skullShape(ctx, 26, '#e9e6de');
      ctx.restore();
    });
  };
  ACCS[5] = function (ctx, t) {   // Dash Cape
    cape(ctx, t, '#58b4e8', LW, 66, 4);
    capeDeco(ctx, t, 66, 4, false, function () {
      ctx.beginPath();
      for (var i = -2; i <= 2; i++) { ctx.moveTo(-20 - Math.abs(i) * 4, i * 11); ctx.lineTo(-76, i * 13); }
      strokeOnly(ctx, null, 'rgba(255,255,255,0.7)', 4);
    });
  };
  ACCS[2] = function (ctx, t) {   // Dragon Cape
    cape(ctx, t, '#4f8f52', LW, 62, 10, true);
    capeDeco(ctx, t, 62, 10, true, function () {
      ctx.beginPath();
      for (var row = 0; row < 4; row++) {
        for (var k = -3; k <= 3; k++) ctx.moveTo(-18 - row * 12 + 5, k * 11 + (row % 2) * 5), ctx.arc(-18 - row * 12, k * 11 + (row % 2) * 5, 5, 0, PI);
      }
      strokeOnly(ctx, null, 'rgba(20,60,25,0.45)', 2.5);
    });
    ctx.beginPath();
    for (var i = 0; i < 3; i++) { var x = -26 - i * 14; ctx.moveTo(x + 6, -5); ctx.lineTo(x - 6, 0); ctx.lineTo(x + 6, 5); ctx.closePath(); }
    fs(ctx, null, '#e7c24a', 3);
  };
  ACCS[1] = function (ctx, t) {   // Super Cape
    cape(ctx, t, '#d9383f', LW, 62, 8);
    capeDeco(ctx, t, 62, 8, false, function () {
      capeFolds(ctx, 62);
      ctx.beginPath(); roundPoly(ctx, [[-22, 0], [-40, -16], [-58, 0], [-40, 16]], 0.3);
      fs(ctx, null, '#f5cf3c', LW2);
      ctx.beginPath(); ctx.moveTo(-30, -5); ctx.lineTo(-44, 4); strokeOnly(ctx, null, '#d9383f', 4);
    });
  };
  ACCS[7] = function (ctx, t) {   // Troll Cape: a grinning face
    cape(ctx, t, '#7a9b8a', LW, 62, 8);
    capeDeco(ctx, t, 62, 8, false, function () {
      ctx.save(); ctx.translate(-40, 0); ctx.rotate(PI / 2);
      ctx.beginPath(); ctx.arc(0, -4, 16, 0.15 * PI, 0.85 * PI); ctx.closePath();
      fs(ctx, null, '#f6f3ea', 3.5);
      ctx.beginPath(); ctx.moveTo(-12, 6); ctx.lineTo(12, 6); ctx.moveTo(-6, 5); ctx.lineTo(-6, 12); ctx.moveTo(4, 5); ctx.lineTo(4, 12);
      strokeOnly(ctx, null, 'rgba(80,80,80,0.6)', 2);
      ctx.beginPath(); ell(ctx, -9, -12, 6, 4, -0.3); ell(ctx, 9, -12, 6, 4, 0.3); fs(ctx, null, '#ffffff', 3);
      ctx.beginPath(); circ(ctx, -7, -11, 2); circ(ctx, 11, -11, 2); ctx.fillStyle = OUT; ctx.fill();
      ctx.beginPath(); ctx.moveTo(-16, -20); ctx.lineTo(-4, -16); ctx.moveTo(16, -20); ctx.lineTo(4, -16); strokeOnly(ctx, null, OUT, 3);
      ctx.restore();
    });
  };
  ACCS[14] = function (ctx) {   // Thorns: a thorny vine around the back
    var n = 9;
    ctx.beginPath();
    for (var i = 0; i <= n; i++) {
      var a = PI * 0.5 + i / n * PI, r = 44;
      var x = Math.cos(a) * r, y = Math.sin(a) * r;
      ctx.moveTo(x, y);
      ctx.lineTo(Math.cos(a) * (r + 16), Math.sin(a) * (r + 16) + (i % 2 ? 5 : -5));
      ctx.lineTo(Math.cos(a + 0.08) * r, Math.sin(a + 0.08) * r);
    }
    fs(ctx, null, '#c8b27e', 3);
    ctx.beginPath(); ctx.arc(0, 0, 44, PI * 0.45, PI * 1.55);
    strokeOnly(ctx, null, OUT, 14); strokeOnly(ctx, null, '#6f5a38', 8);
    ctx.beginPath(); ctx.arc(0, 0, 44, PI * 0.6, PI * 1.1); strokeOnly(ctx, null, '#8a7048', 3);
  };
  ACCS[15] = function (ctx) {   // Blockades: a little barricade of planks strapped to the back
    var planks = [[-44, 0, PI / 2, WOOD_D, 86], [-40, 0, PI / 2 - 0.7, WOOD, 80], [-40, 0, PI / 2 + 0.7, WOOD_L, 80]];
    for (var i = 0; i < planks.length; i++) {
      var l = planks[i][4] / 2;
      ctx.save(); ctx.translate(planks[i][0], planks[i][1]); ctx.rotate(planks[i][2]);
      ctx.beginPath(); rrect(ctx, -l, -8, l * 2, 16, 3);
      fs(ctx, null, planks[i][3], LW2);
      ctx.beginPath(); ctx.moveTo(-l + 6, -1); ctx.lineTo(l - 10, -1); strokeOnly(ctx, null, 'rgba(80,50,20,0.35)', 2);
      ctx.fillStyle = '#5e6268'; ctx.beginPath(); circ(ctx, -l + 7, 0, 2.5); circ(ctx, l - 7, 0, 2.5); ctx.fill();
      ctx.restore();
    }
  };
  ACCS[20] = function (ctx, t) {   // Devils Tail
    var w = Math.sin(num(t, 0) * 0.007) * 10;
    ctx.beginPath();
    ctx.moveTo(-28, 0);
    ctx.bezierCurveTo(-50, -10 + w, -60, 20 + w, -76, 6 + w);
    strokeOnly(ctx, null, OUT, 12); strokeOnly(ctx, null, '#c62f36', 6);
    ctx.save(); ctx.translate(-76, 6 + w); ctx.rotate(PI - 0.6);
    ctx.beginPath(); ctx.moveTo(14, 0); ctx.lineTo(-4, -11); ctx.lineTo(0, 0); ctx.lineTo(-4, 11); ctx.closePath();
    fs(ctx, null, '#c62f36', LW2);
    ctx.restore();
  };
  ACCS[16] = function (ctx, t) {   // Sawblade
    ctx.save(); ctx.translate(-36, 0); ctx.rotate((num(t, 0) * 0.01) % TAU);
    var saw = P('sawblade', function (q) {
      var n = 16;
      for (var i = 0; i < n; i++) {
        var a = i / n * TAU, a2 = (i + 0.7) / n * TAU;
        if (i === 0) q.moveTo(Math.cos(a) * 34, Math.sin(a) * 34); else q.lineTo(Math.cos(a) * 34, Math.sin(a) * 34);
        q.lineTo(Math.cos(a2) * 42, Math.sin(a2) * 42);
      }
      q.closePath();
    });
    fs(ctx, saw, '#c3c8ce', LW);
    ctx.fillStyle = crown(ctx, 34); ctx.beginPath(); circ(ctx, 0, 0, 34); ctx.fill();
    ctx.beginPath(); circ(ctx, 0, 0, 24); strokeOnly(ctx, null, 'rgba(80,85,95,0.3)', 3);
    disc(ctx, 0, 0, 9, '#70767e', LW2);
    ctx.restore();
  };
  ACCS[13] = function (ctx, t) {   // Angel Wings
    featherWing(ctx, -1, t, ['#f2f4f7', '#ffffff', '#fffdf2'], 'rgba(160,170,190,0.6)');
    featherWing(ctx, 1, t, ['#f2f4f7', '#ffffff', '#fffdf2'], 'rgba(160,170,190,0.6)');
  };
  ACCS[19] = function (ctx, t) {   // Shadow Wings
    featherWing(ctx, -1, t, ['#2e2a3a', '#3d3650', '#4e4466'], 'rgba(160,130,220,0.45)');
    featherWing(ctx, 1, t, ['#2e2a3a', '#3d3650', '#4e4466'], 'rgba(160,130,220,0.45)');
  };
  ACCS[18] = function (ctx, t) {   // Blood Wings
    batWing(ctx, -1, t, '#a3202d', '#5e0f18');
    batWing(ctx, 1, t, '#a3202d', '#5e0f18');
  };
  ACCS[21] = function (ctx, t) {   // Corrupt X Wings: two crossed shards with a flickering glitch
    var glitch = Math.floor(num(t, 0) / 140) % 6;
    var shard = P('corruptx', function (q) {
      q.moveTo(-70, 0); q.lineTo(-30, -13); q.lineTo(-8, -6); q.lineTo(0, -16); q.lineTo(10, -6); q.lineTo(34, -13);
      q.lineTo(74, 0); q.lineTo(34, 13); q.lineTo(10, 6); q.lineTo(0, 16); q.lineTo(-8, 6); q.lineTo(-30, 13); q.closePath();
    });
    ctx.save();
    ctx.translate(-32, 0);
    for (var k = 0; k < 2; k++) {
      ctx.save();
      ctx.rotate(k ? PI / 4 + 0.1 : -PI / 4 - 0.1);
      if (glitch === k) {
        ctx.translate(4, -3); ctx.fillStyle = 'rgba(80,255,200,0.6)'; ctx.fill(shard);
        ctx.translate(-8, 6); ctx.fillStyle = 'rgba(255,60,200,0.55)'; ctx.fill(shard);
        ctx.translate(4, -3);
      }
      fs(ctx, shard, k ? '#2b2238' : '#3b2d50', LW);
      ctx.beginPath(); ctx.moveTo(-62, 0); ctx.lineTo(-30, -6); ctx.lineTo(30, 6); ctx.lineTo(66, 0);
      strokeOnly(ctx, null, k ? '#b36bff' : '#8dff5a', 3);
      ctx.restore();
    }
    disc(ctx, 0, 0, 10, '#1e1828', LW2);
    ctx.beginPath(); circ(ctx, 0, 0, 4.5); ctx.fillStyle = glitch % 2 ? '#8dff5a' : '#c77dff'; ctx.fill();
    ctx.restore();
  };

  function unknownAcc(ctx, t) {
    cape(ctx, t, '#b7a58a', LW, 54, 6);
  }

  function drawAccessory(ctx, id, t) {
    var f = ACCS[id];
    if (f) f(ctx, t);
    else if (id) unknownAcc(ctx, t);
  }

  // ---------------------------------------------------------------------------------------------
  // players
  // ---------------------------------------------------------------------------------------------

  var SKINS = ['#bf8f54', '#cbb091', '#896c4b', '#fadadc', '#ececec', '#c37373', '#4c4c4c', '#ecaff7', '#738cc3', '#8bc373'];
  var BODY_R = 35, HAND_R = 11;

  function hand(ctx, x, y, skin) {
    ctx.beginPath(); circ(ctx, x, y, HAND_R);
    fs(ctx, null, skin, LW);
  }

  /** Melee swing angle for progress s (0..1): a quick sweep across the front, then a slower return. */
  function swingAngle(s) {
    if (!(s > 0) || s >= 1) return 0;
    var e = s < 0.3 ? s / 0.3 : 1 - (s - 0.3) / 0.7;
    e = e * e * (3 - 2 * e);
    return -1.35 * e;
  }

  /** Draw the weapon id with its hands (frame: the player's, +x = facing). */
  function weaponAndHands(ctx, id, variant, swing, skin) {
    var w = WEAPONS[id];
    var pal = PALETTES[variant] || PALETTES[0];
    var kick = swing > 0 && swing < 1 ? Math.sin(swing * PI) : 0;
    if (!w) {   // unknown weapon: empty hands
      ctx.rotate(swingAngle(swing));
      hand(ctx, 26, -29, skin); hand(ctx, 26, 29, skin);
      return;
    }
    if (w.bow) {
      ctx.translate(-kick * 5, 0);
      ctx.save(); ctx.translate(50, 0); w.draw(ctx, pal, kick); ctx.restore();
      hand(ctx, 33 - kick * 10, 10, skin); hand(ctx, 58, 0, skin);
    } else if (w.xbow) {
      ctx.translate(-kick * 8, 0);
      ctx.save(); ctx.translate(26, 0); w.draw(ctx, pal); ctx.restore();
      hand(ctx, 30, 18, skin); hand(ctx, 52, -12, skin);
    } else if (w.gun) {
      ctx.translate(-kick * 14, 0);
      ctx.save(); ctx.translate(14, 10); w.draw(ctx, pal); ctx.restore();
      hand(ctx, 18, 22, skin); hand(ctx, 60, 6, skin);
    } else if (w.shield) {
      ctx.translate(kick * 10, 0);
      hand(ctx, 30, -22, skin); hand(ctx, 30, 22, skin);
      ctx.save(); ctx.translate(44, 0); w.draw(ctx, pal); ctx.restore();
    } else if (w.pair) {
      var a = swingAngle(swing) * 0.7;
      ctx.save(); ctx.rotate(a); ctx.translate(26, 24); ctx.rotate(-0.25); w.draw(ctx, pal); ctx.restore();
      ctx.save(); ctx.rotate(-a * 0.6); ctx.translate(26, -24); ctx.rotate(0.25); ctx.scale(1, -1); w.draw(ctx, pal); ctx.restore();
      ctx.save(); ctx.rotate(a); hand(ctx, 26, 24, skin); ctx.restore();
      ctx.save(); ctx.rotate(-a * 0.6); hand(ctx, 26, -24, skin); ctx.restore();
    } else {
      ctx.rotate(swingAngle(swing));
      var gx = 25, gy = 29, ang = -0.12;
      ctx.save(); ctx.translate(gx, gy); ctx.rotate(ang); w.draw(ctx, pal); ctx.restore();
      if (w.twoHand) {
        hand(ctx, gx + Math.cos(ang) * w.twoHand, gy + Math.sin(ang) * w.twoHand, skin);
      } else {
        hand(ctx, 25, -29, skin);
      }
      hand(ctx, gx, gy, skin);
    }
  }

  /** The item held in front of the hands (instead of the weapon). */
  function heldItem(ctx, idx, skin, t) {
    var s = ITEM_SCALE[idx] || 45;
    var k = (idx <= 2 ? 19 : 25) / (s * itemReach(idx));
    hand(ctx, 36, -24, skin); hand(ctx, 36, 24, skin);
    ctx.save();
    ctx.translate(idx <= 2 ? 50 : 58, 0);
    ctx.scale(k, k);
    ctx.lineWidth = LW;
    drawItem(ctx, idx, s, t, {}, 0);
    ctx.restore();
  }

  function player(ctx, p, t) {
    if (!p) return;
    t = num(t, 0);
    var dir = num(p.dir, 0);
    var skin = SKINS[p.skin | 0] || SKINS[0];
    var swing = clamp(num(p.swing, 0), 0, 1);
    begin(ctx);
    ctx.translate(num(p.x, 0), num(p.y, 0));
    // ground shadow
    ctx.beginPath(); circ(ctx, 3, 6, BODY_R + 2);
    ctx.fillStyle = 'rgba(0,0,0,0.13)'; ctx.fill();
    ctx.rotate(dir);
    if (p.accessory) drawAccessory(ctx, p.accessory | 0, t);
    ctx.save();
    var item = num(p.item, -1);
    if (item >= 0) heldItem(ctx, item | 0, skin, t);
    else weaponAndHands(ctx, num(p.weapon, 0) | 0, num(p.variant, 0) | 0, swing, skin);
    ctx.restore();
    // the body, lit from the upper left whatever the facing
    ctx.rotate(-dir);
    ctx.beginPath(); circ(ctx, 0, 0, BODY_R);
    fs(ctx, null, skin, LW);
    domeShade(ctx, BODY_R, 1);
    ctx.beginPath(); circ(ctx, 0, 0, BODY_R - 2); ctx.fill();
    ctx.rotate(dir);
    if (p.hat) drawHat(ctx, p.hat | 0, t);
    ctx.restore();
  }

  // ---------------------------------------------------------------------------------------------
  // projectiles
  // ---------------------------------------------------------------------------------------------

  function arrowShape(ctx, len, shaft, head, fletch, thick) {
    var h = len / 2;
    ctx.beginPath(); ctx.moveTo(-h, 0); ctx.lineTo(h - 10, 0);
    strokeOnly(ctx, null, OUT, thick + 5); strokeOnly(ctx, null, shaft, thick);
    ctx.beginPath(); ctx.moveTo(h + 6, 0); ctx.lineTo(h - 12, -thick - 5); ctx.lineTo(h - 8, 0); ctx.lineTo(h - 12, thick + 5); ctx.closePath();
    fs(ctx, null, head, 3.5);
    ctx.beginPath();
    ctx.moveTo(-h + 18, 0); ctx.lineTo(-h + 6, -9); ctx.lineTo(-h - 4, -9); ctx.lineTo(-h + 6, 0);
    ctx.lineTo(-h - 4, 9); ctx.lineTo(-h + 6, 9); ctx.closePath();
    fs(ctx, null, fletch, 3);
  }

  function projectile(ctx, index, x, y, dir) {
    var i = num(index, -1) | 0;
    begin(ctx);
    ctx.translate(num(x, 0), num(y, 0));
    ctx.rotate(num(dir, 0));
    if (i === 0) arrowShape(ctx, 80, '#c79a62', '#b0b5bc', '#f1ede2', 4);
    else if (i === 2) arrowShape(ctx, 84, '#8a6a48', '#9aa0a8', '#d9534f', 5);
    else if (i === 3) arrowShape(ctx, 70, '#6e6a74', '#c2c8cf', '#4aa3df', 4.5);
    else if (i === 1) {
      disc(ctx, 0, 0, 10, '#70757d', LW2);
      ctx.beginPath(); circ(ctx, -3, -3, 3.5); ctx.fillStyle = 'rgba(255,255,255,0.6)'; ctx.fill();
    } else if (i === 5) {
      ctx.fillStyle = LG(ctx, 'bullettrail', -110, 0, 0, 0, [0, 'rgba(255,255,255,0)', 1, 'rgba(255,250,220,0.6)']);
      ctx.beginPath(); ctx.moveTo(0, -5); ctx.lineTo(-110, -1.5); ctx.lineTo(-110, 1.5); ctx.lineTo(0, 5); ctx.fill();
      ctx.beginPath(); ell(ctx, 0, 0, 9, 6, 0);
      fs(ctx, null, '#5b5f66', 3.5);
      ctx.beginPath(); circ(ctx, 2, -2, 2); ctx.fillStyle = 'rgba(255,255,255,0.7)'; ctx.fill();
    } else {
      disc(ctx, 0, 0, 7, '#8a8f96', 3.5);
    }
    ctx.restore();
  }

  // ---------------------------------------------------------------------------------------------
  // icons
  // ---------------------------------------------------------------------------------------------

  /** A skull facing -y (up) in a box of radius r. */
  function skullShape(ctx, r, col) {
    ctx.beginPath();
    ctx.moveTo(-r * 0.8, r * 0.05);
    ctx.bezierCurveTo(-r * 0.95, -r * 0.95, r * 0.95, -r * 0.95, r * 0.8, r * 0.05);
    ctx.quadraticCurveTo(r * 0.75, r * 0.35, r * 0.45, r * 0.45);
    ctx.lineTo(r * 0.45, r * 0.75);
    ctx.quadraticCurveTo(0, r * 0.9, -r * 0.45, r * 0.75);
    ctx.lineTo(-r * 0.45, r * 0.45);
    ctx.quadraticCurveTo(-r * 0.75, r * 0.35, -r * 0.8, r * 0.05);
    ctx.closePath();
    fs(ctx, null, col || '#f2efe8', Math.max(2, r * 0.12));
    ctx.fillStyle = '#3b3838';
    ctx.beginPath();
    ell(ctx, -r * 0.33, -r * 0.08, r * 0.22, r * 0.25, 0);
    ell(ctx, r * 0.33, -r * 0.08, r * 0.22, r * 0.25, 0);
    ctx.moveTo(0, r * 0.2); ctx.lineTo(-r * 0.1, r * 0.38); ctx.lineTo(r * 0.1, r * 0.38); ctx.closePath();
    ctx.fill();
    ctx.beginPath();
    ctx.moveTo(-r * 0.15, r * 0.55); ctx.lineTo(-r * 0.15, r * 0.78);
    ctx.moveTo(r * 0.15, r * 0.55); ctx.lineTo(r * 0.15, r * 0.78);
    strokeOnly(ctx, null, '#3b3838', Math.max(1.5, r * 0.07));
  }

  function crownShape(ctx, r) {
    ctx.beginPath();
    ctx.moveTo(-r * 0.9, r * 0.55);
    ctx.lineTo(-r, -r * 0.45);
    ctx.lineTo(-r * 0.45, -r * 0.05);
    ctx.lineTo(0, -r * 0.75);
    ctx.lineTo(r * 0.45, -r * 0.05);
    ctx.lineTo(r, -r * 0.45);
    ctx.lineTo(r * 0.9, r * 0.55);
    ctx.closePath();
    fs(ctx, null, '#f3c940', Math.max(2, r * 0.12));
    ctx.beginPath(); rrect(ctx, -r * 0.9, r * 0.3, r * 1.8, r * 0.28, r * 0.06);
    fs(ctx, null, '#e0a92a', Math.max(1.5, r * 0.08));
    ctx.beginPath(); ctx.moveTo(-r * 0.75, r * 0.15); ctx.lineTo(-r * 0.82, -r * 0.2);
    strokeOnly(ctx, null, 'rgba(255,255,255,0.55)', Math.max(1.5, r * 0.08));
    var gems = [[-r * 0.55, r * 0.44, '#e2434f'], [0, r * 0.44, '#4aa3df'], [r * 0.55, r * 0.44, '#e2434f']];
    for (var i = 0; i < 3; i++) { ctx.beginPath(); circ(ctx, gems[i][0], gems[i][1], r * 0.09); ctx.fillStyle = gems[i][2]; ctx.fill(); }
    ctx.fillStyle = '#fff2b0';
    ctx.beginPath(); circ(ctx, -r, -r * 0.45, r * 0.11); circ(ctx, 0, -r * 0.75, r * 0.11); circ(ctx, r, -r * 0.45, r * 0.11); ctx.fill();
  }

  function icon(ctx, kind, x, y, size) {
    var r = clamp(num(size, 30), 2, 2000) / 2;
    begin(ctx);
    ctx.translate(num(x, 0), num(y, 0));
    if (kind === 'crown') crownShape(ctx, r * 0.92);
    else if (kind === 'skull') skullShape(ctx, r * 0.95);
    else disc(ctx, 0, 0, r * 0.7, '#f3c940', Math.max(2, r * 0.12));
    ctx.restore();
  }

  /** Prepare a size x size icon box: origin at its centre, k world units per box pixel. */
  function iconBox(ctx, size, reach) {
    var sz = clamp(num(size, 64), 4, 4000);
    begin(ctx);
    ctx.translate(sz / 2, sz / 2);
    var k = sz * 0.46 / reach;
    ctx.scale(k, k);
    return k;
  }

  function itemIcon(ctx, itemIndex, size) {
    var idx = num(itemIndex, -1) | 0;
    var s = ITEM_SCALE[idx] || 45;
    iconBox(ctx, size, s * itemReach(idx));
    if (B[idx]) ctx.rotate(-PI / 2);   // buildings face up; food and the fallback stay upright
    drawItem(ctx, idx, s, 0, { turretDir: -PI / 2 }, -PI / 2);
    ctx.restore();
  }

  function weaponIcon(ctx, weaponId, size) {
    var id = num(weaponId, -1) | 0;
    var w = WEAPONS[id];
    if (!w) {
      iconBox(ctx, size, 40);
      unknownThing(ctx, 40);
      ctx.restore();
      return;
    }
    if (w.bow || w.shield) {
      iconBox(ctx, size, 50);
      ctx.rotate(-PI / 4);
      ctx.translate(w.shield ? 0 : 4, 0);
      w.draw(ctx, PALETTES[0], 0);
    } else if (w.xbow || w.gun) {
      var span = w.gun ? 165 : 100;
      iconBox(ctx, size, span * 0.5);
      ctx.rotate(-PI / 4);
      ctx.translate(w.gun ? -50 : -20, 0);
      w.draw(ctx, PALETTES[0], 0);
    } else {
      var len = w.len + 16;
      iconBox(ctx, size, len * 0.5);
      ctx.rotate(-PI / 4);
      ctx.translate(-len * 0.5 + 14, 0);
      w.draw(ctx, PALETTES[0], 0);
    }
    ctx.restore();
  }

  function hatIcon(ctx, hatId, size) {
    iconBox(ctx, size, 54);
    ctx.rotate(-PI / 2);
    ctx.translate(-6, 0);
    ctx.globalAlpha *= 0.35;
    ctx.beginPath(); circ(ctx, 0, 0, BODY_R); fs(ctx, null, SKINS[0], LW);
    ctx.globalAlpha /= 0.35;
    drawHat(ctx, num(hatId, 0) | 0 || -1, 0);
    ctx.restore();
  }

  function accessoryIcon(ctx, id, size) {
    var aid = num(id, 0) | 0;
    var wings = aid === 13 || aid === 18 || aid === 19;
    iconBox(ctx, size, wings ? 100 : aid === 21 ? 80 : 62);
    ctx.rotate(-PI / 2);
    ctx.translate(wings ? 4 : aid === 21 ? 30 : 20, 0);
    drawAccessory(ctx, aid || -1, 0);
    ctx.globalAlpha *= 0.35;
    ctx.beginPath(); circ(ctx, 0, 0, BODY_R); fs(ctx, null, SKINS[0], LW);
    ctx.globalAlpha /= 0.35;
    ctx.restore();
  }

  // ---------------------------------------------------------------------------------------------
  // the API
  // ---------------------------------------------------------------------------------------------

  window.Art = {
    ground: ground,                 // (ctx, view {x0, y0, x1, y1}, map {size, snowTop, desertTop, riverTop, riverBottom}, t)
    tree: tree,                     // (ctx, x, y, scale, seed)
    bush: bush,                     // (ctx, x, y, scale, seed, desert) - a cactus when desert
    rock: rock,                     // (ctx, x, y, scale, seed)
    gold: gold,                     // (ctx, x, y, scale, seed)
    building: building,             // (ctx, itemIndex, x, y, dir, scale, t, extra {ghost, invalid, turretDir})
    animal: animal,                 // (ctx, type, x, y, dir, scale, t, hurtT)
    player: player,                 // (ctx, p {x, y, dir, skin, weapon, variant, item, hat, accessory, swing}, t)
    projectile: projectile,         // (ctx, index, x, y, dir)
    icon: icon,                     // (ctx, 'skull' | 'crown', x, y, size)
    itemIcon: itemIcon,             // (ctx, itemIndex, size)
    weaponIcon: weaponIcon,         // (ctx, weaponId, size)
    hatIcon: hatIcon,               // (ctx, hatId, size)
    accessoryIcon: accessoryIcon,   // (ctx, accessoryId, size)
    skins: SKINS.slice()
  };
})();
