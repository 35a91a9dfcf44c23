// The project's own browser client: the socket and what the server tells it. It speaks the same
// protocol as the real MooMoo.io client (msgpack [code, [args...]] in binary frames, era 2 codes; the
// flat-list packets a, G, H, I, 4 and 7 carry one argument, the list), so the server has one protocol.
// It says who it is on its socket URL (?client=moomoo-server): the server then sends its notices as
// chat from sid -1, which this page shows in its chat log. The game's tables (items, weapons, the
// store) come from /game-data.json, the same tables the world plays by.
'use strict';
(() => {
  const TICK_MS = 1000 / 9;
  const now = () => performance.now();

  // Everything the client knows; exposed as window.__moo for tests and curious players.
  const state = {
    connected: false, mySid: null, myId: null, alive: false, everSpawned: false,
    players: new Map(),     // sid -> {sid, id, name, skin, hp, maxHp, prev, next, team, leader, weapon, variant, item, hat, accessory, icon, layer, swingAt, hurtAt, visible}
    objects: new Map(),     // sid -> {sid, x, y, dir, scale, type, item, owner, wiggleAt, wiggleDir, turretDir}
    animals: new Map(),     // sid -> {sid, type, prev, next, hp, maxHp, name, visible, swingAt, hurtAt}
    shots: new Map(),       // sid -> {sid, x, y, dir, range, speed, index, born}
    texts: [],              // floating numbers: {x, y, text, colour, born}
    pings: [],              // map pings: {x, y, born}
    mates: [],              // tribe-mates on the minimap: [x, y, ...]
    stats: { wood: 0, food: 0, stone: 0, points: 0, kills: 0 },
    xp: 0, maxXp: 300, age: 1, upgradePoints: 0, upgradeAge: 2,
    weapons: [0], items: [0, 3, 6, 10], counts: {},
    hats: new Set(), accessories: new Set(), hat: 0, accessory: 0,
    tribes: [], tribe: null, isOwner: false, members: [], requests: [],
    chat: [], chatSeen: 0, leaderboard: [], deaths: 0, pongs: 0, // chat keeps the last 50 lines; chatSeen counts them all
    data: null,             // /game-data.json
    sent: {},               // packets sent, by code
    received: {},           // packets received, by code
    frames: [],             // the last requestAnimationFrame intervals, ms
  };
  window.__moo = state;

  // Tell the page's other parts about changes (the HUD redraws on them).
  const listeners = {};
  const on = (what, fn) => { (listeners[what] = listeners[what] || []).push(fn); };
  const emit = (what, ...args) => { for (const fn of listeners[what] || []) fn(...args); };

  fetch('/game-data.json').then((r) => r.json()).then((d) => {
    state.data = d;
    for (const s of d.store) if (s.price === 0) (s.kind === 'hat' ? state.hats : state.accessories).add(s.id);
    emit('data');
  });

  // ---- socket ----
  const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/?client=moomoo-server';
  const socket = new WebSocket(url);
  socket.binaryType = 'arraybuffer';
  const send = (code, ...args) => {
    if (socket.readyState !== 1) return;
    socket.send(MsgPack.encode([code, args]));
    state.sent[code] = (state.sent[code] || 0) + 1;
  };
  socket.onopen = () => { state.connected = true; };
  socket.onclose = (e) => {
    state.connected = false;
    const reason = document.getElementById('lost-reason');
    if (!reason.textContent) reason.textContent = e.reason ? e.reason + ' (' + e.code + ')' : 'code ' + e.code; // B said why first
    document.getElementById('lost').classList.remove('hidden');
  };
  // One packet that does not fit the page must not stop the ones after it.
  socket.onmessage = (e) => {
    try {
      const [code, args] = MsgPack.decode(e.data);
      state.received[code] = (state.received[code] || 0) + 1;
      const handler = handlers[code];
      if (handler) handler(...(Array.isArray(args) ? args : []));
    } catch (err) {
      state.errors = (state.errors || 0) + 1;
      console.warn('packet not shown:', err);
    }
  };
  setInterval(() => send('0'), 2500);

  const me = () => state.players.get(state.mySid);
  const snap = (x, y, dir, t) => ({ x, y, dir, t });

  // Positions drawn a tick behind the newest update, moving smoothly between the last two.
  function interpolated(e, t) {
    const span = Math.max(TICK_MS, e.next.t - e.prev.t);
    const k = Math.min(1, Math.max(0, (t - e.next.t + TICK_MS) / span));
    let d = e.next.dir - e.prev.dir;
    d = Math.atan2(Math.sin(d), Math.cos(d));
    return { x: e.prev.x + (e.next.x - e.prev.x) * k, y: e.prev.y + (e.next.y - e.prev.y) * k, dir: e.prev.dir + d * k };
  }

  function floatText(x, y, text, colour) {
    state.texts.push({ x, y, text, colour, born: now() });
    if (state.texts.length > 80) state.texts.shift();
  }

  const RESOURCE_COLOURS = { wood: '#e0b27a', food: '#ff8a80', stone: '#e0e0e0', points: '#f2c94c' };

  const handlers = {
    'io-init': (id) => { state.myId = id; emit('ready'); },
    A: (payload) => { state.tribes = (payload && payload.teams) || []; emit('tribes'); },
    // the reason comes HTML-escaped (the real client puts it into its page as HTML); shown here as text
    B: (reason) => { document.getElementById('lost-reason').textContent = new DOMParser().parseFromString(String(reason ?? ''), 'text/html').body.textContent; },
    C: (sid) => { state.mySid = sid; },
    D: (data, isYou) => {
      if (!Array.isArray(data)) return;
      const [id, sid, name, x, y, dir, hp, maxHp, , skin] = data;
      const s = snap(x, y, dir, now());
      const old = state.players.get(sid);
      state.players.set(sid, Object.assign(old || {}, { sid, id, name, skin, hp, maxHp, prev: s, next: s, swingAt: 0, hurtAt: 0, visible: true,
        weapon: 0, variant: 0, item: -1, hat: 0, accessory: 0, team: null, leader: false, icon: 0, layer: 0, chat: null }));
      if (isYou) {
        state.alive = true;
        state.everSpawned = true;
        state.stats = { wood: 0, food: 0, stone: 0, points: 0, kills: 0 };
        state.counts = {};
        emit('spawned');
      }
    },
    E: (id) => { for (const [sid, p] of state.players) if (p.id === id) state.players.delete(sid); },
    a: (flat) => {
      flat = flat || [];
      const t = now();
      for (const p of state.players.values()) p.visible = false;
      for (let i = 0; i + 12 < flat.length; i += 13) {
        const p = state.players.get(flat[i]);
        if (!p) continue;
        p.prev = Object.assign(interpolated(p, t), { t });
        p.next = snap(flat[i + 1], flat[i + 2], flat[i + 3], t);
        p.item = flat[i + 4]; p.weapon = flat[i + 5]; p.variant = flat[i + 6];
        p.team = flat[i + 7]; p.leader = flat[i + 8]; p.hat = flat[i + 9]; p.accessory = flat[i + 10];
        p.icon = flat[i + 11]; p.layer = flat[i + 12];
        p.visible = true;
        if (p.sid === state.mySid) {
          if (state.hat !== p.hat || state.accessory !== p.accessory) { state.hat = p.hat; state.accessory = p.accessory; emit('store'); }
          if (state.tribe !== p.team) { state.tribe = p.team; emit('tribes'); }
          emit('held');
        }
      }
    },
    G: (flat) => {
      flat = flat || [];
      state.leaderboard = [];
      for (let i = 0; i + 2 < flat.length; i += 3) state.leaderboard.push({ sid: flat[i], name: flat[i + 1], score: flat[i + 2] });
      emit('leaderboard');
    },
    H: (flat) => {
      flat = flat || [];
      for (let i = 0; i + 7 < flat.length; i += 8) {
        state.objects.set(flat[i], { sid: flat[i], x: flat[i + 1], y: flat[i + 2], dir: flat[i + 3], scale: flat[i + 4], type: flat[i + 5],
          item: flat[i + 6], owner: flat[i + 7], wiggleAt: 0, wiggleDir: 0, turretDir: flat[i + 3] });
      }
    },
    I: (flat) => {
      const t = now();
      for (const a of state.animals.values()) a.visible = false;
      for (let i = 0; flat && i + 6 < flat.length; i += 7) {
        const sid = flat[i];
        let a = state.animals.get(sid);
        const s = snap(flat[i + 2], flat[i + 3], flat[i + 4], t);
        if (!a) {
          const kind = state.data && state.data.animals[flat[i + 1]];
          a = { sid, type: flat[i + 1], prev: s, next: s, hp: flat[i + 5], maxHp: kind ? kind.hp : flat[i + 5], name: kind ? kind.name : 'animal', swingAt: 0, hurtAt: 0 };
          state.animals.set(sid, a);
        } else {
          const far = Math.hypot(s.x - a.next.x, s.y - a.next.y) > 400; // came back elsewhere: no slide across the map
          a.prev = far ? s : Object.assign(interpolated(a, t), { t });
          a.next = s;
          if (flat[i + 5] < a.hp) a.hurtAt = t;
          if (flat[i + 5] > a.hp) a.maxHp = Math.max(a.maxHp, flat[i + 5]);
        }
        a.type = flat[i + 1];
        a.hp = flat[i + 5];
        a.visible = true;
      }
      for (const [sid, a] of state.animals) if (!a.visible) state.animals.delete(sid); // gone from view (or dead): met afresh
    },
    J: (sid) => { const a = state.animals.get(sid); if (a) a.swingAt = now(); },
    K: (sid) => { const p = state.players.get(sid); if (p) p.swingAt = now(); },
    L: (dir, sid) => { const o = state.objects.get(sid); if (o) { o.wiggleAt = now(); o.wiggleDir = dir; } },
    M: (sid, dir) => { const o = state.objects.get(sid); if (o) o.turretDir = dir; },
    N: (prop, value) => {
      const before = state.stats[prop];
      state.stats[prop] = value;
      const p = me();
      if (p && before !== undefined && value > before && RESOURCE_COLOURS[prop]) {
        const at = interpolated(p, now());
        floatText(at.x + 40, at.y - 60, '+' + (value - before), RESOURCE_COLOURS[prop]);
      }
      emit('stats');
    },
    O: (sid, hp) => { const p = state.players.get(sid); if (p) { if (hp < p.hp) p.hurtAt = now(); p.hp = hp; } },
    P: () => { state.alive = false; state.deaths++; emit('died'); },
    Q: (sid) => state.objects.delete(sid),
    R: (owner) => { for (const [sid, o] of state.objects) if (o.owner === owner) state.objects.delete(sid); },
    S: (group, count) => { state.counts[group] = count; emit('held'); },
    T: (xp, maxXp, age) => {
      state.xp = xp;
      if (maxXp !== undefined && maxXp !== null) state.maxXp = maxXp;
      if (age !== undefined && age !== null) state.age = age;
      emit('xp');
    },
    U: (points, age) => { state.upgradePoints = points; state.upgradeAge = age; emit('upgrades'); },
    V: (ids, weapons) => { ids = ids || []; if (weapons) state.weapons = ids; else state.items = ids; emit('held'); emit('upgrades'); },
    X: (x, y, dir, range, speed, index, layer, sid) => { state.shots.set(sid, { sid, x, y, dir, range, speed, index, born: now(), last: now() }); },
    Y: (sid, range) => { const s = state.shots.get(sid); if (s) s.range = range; },
    Z: (seconds) => emit('restart', seconds),
    g: (tribe) => { if (tribe && tribe.sid) { state.tribes.push(tribe); emit('tribes'); } },
    1: (sid) => { state.tribes = state.tribes.filter((t) => t.sid !== sid); emit('tribes'); },
    2: (sid, name) => { state.requests.push({ sid, name }); emit('requests'); },
    3: (team, isOwner) => {
      state.tribe = team; state.isOwner = !!isOwner;
      if (!team) { state.members = []; state.mates = []; }
      if (!team || !isOwner) { state.requests = []; emit('requests'); } // only a leader answers requests
      emit('tribes');
    },
    4: (flat) => {
      flat = flat || []; state.members = []; for (let i = 0; i + 1 < flat.length; i += 2) state.members.push({ sid: flat[i], name: flat[i + 1] }); emit('tribes'); },
    5: (worn, id, accessory) => {
      if (worn) { if (accessory) state.accessory = id; else state.hat = id; } else (accessory ? state.accessories : state.hats).add(id);
      emit('store');
    },
    6: (sid, message) => {
      const p = state.players.get(sid);
      const who = sid === -1 ? 'server' : (p ? p.name : '?');
      state.chat.push({ sid, who, message, n: ++state.chatSeen });
      if (state.chat.length > 50) state.chat.shift();
      if (p) { p.chat = message; p.chatAt = now(); }
      emit('chat', who, message);
    },
    7: (flat) => { state.mates = flat || []; },
    8: (x, y, value) => floatText(x, y - 50, String(Math.abs(value)), value < 0 ? '#8ecc51' : '#fff'),
    9: (x, y) => { state.pings.push({ x, y, born: now() }); if (state.pings.length > 10) state.pings.shift(); },
    0: () => { state.pongs++; },
  };

  // Shots fly on between packets at their speed, until their range (the Y shortens it) runs out.
  function advanceShots(t) {
    for (const [sid, s] of state.shots) {
      const step = Math.min(s.range, s.speed * (t - s.last));
      s.x += Math.cos(s.dir) * step; s.y += Math.sin(s.dir) * step;
      s.range -= step; s.last = t;
      if (s.range <= 0 || t - s.born > 5000) state.shots.delete(sid);
    }
  }

  window.Moo = { state, send, on, emit, me, interpolated, advanceShots, now, TICK_MS };
})();
