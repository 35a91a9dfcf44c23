// The project's own browser client. It speaks the same protocol as the real MooMoo.io client
// (msgpack [code, [args...]] in binary frames, era 2 codes; the flat-list packets a, G, H, I, 4 and 7
// carry one argument, the list), so the server has one protocol. It says who it is on its socket URL
// (?client=moomoo-server): the server then sends its notices as chat from sid -1, which this page
// shows in its chat log, instead of as bubbles over the player (all the real client can show).
'use strict';
(() => {
  const TICK_MS = 1000 / 9;
  const MAP = 14400;
  const SKIN_COLORS = ['#bf8f54', '#cbb091', '#896c4b', '#fadadc', '#ececec', '#c37373', '#4c4c4c', '#ecaff7', '#738cc3', '#8bc373'];
  const OBJECT_COLORS = { 0: ['#8ecc51', '#5f9a36'], 1: ['#4e9a3a', '#3b7a2a'], 2: ['#939393', '#6b6b6b'], 3: ['#e0c655', '#b59a2a'] };

  const canvas = document.getElementById('game');
  const ctx = canvas.getContext('2d');
  const minimap = document.getElementById('minimap').getContext('2d');
  const $ = (id) => document.getElementById(id);

  // Everything the client knows; exposed as window.__moo for tests and curious players.
  const state = {
    connected: false, mySid: null, myId: null, alive: false,
    players: new Map(),   // sid -> {sid, id, name, skin, hp, maxHp, prev:{x,y,dir,t}, next:{x,y,dir,t}, swingAt, visible}
    objects: new Map(),   // sid -> {sid, x, y, dir, scale, type, wiggleAt, wiggleDir}
    stats: { wood: 0, food: 0, stone: 0, points: 0, kills: 0 },
    xp: 0, maxXp: 300, age: 1, chat: [], leaderboard: [], pongs: 0,
    sent: {},             // packets sent, by code
  };
  window.__moo = state;

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
    $('lost-reason').textContent = e.reason ? e.reason + ' (' + e.code + ')' : 'code ' + e.code;
    $('lost').classList.remove('hidden');
  };
  socket.onmessage = (e) => {
    const [code, args] = MsgPack.decode(e.data);
    const handler = handlers[code];
    if (handler) handler(...args);
  };
  setInterval(() => send('0'), 2500);

  const now = () => performance.now();
  const handlers = {
    'io-init': (id) => {
      state.myId = id;
      $('play').disabled = false;
      $('play').textContent = 'Play';
    },
    A: () => {},
    // the reason comes HTML-escaped (the real client puts it into its page as HTML); shown here as text
    B: (reason) => { $('lost-reason').textContent = new DOMParser().parseFromString(reason, 'text/html').body.textContent; },
    C: (sid) => { state.mySid = sid; },
    D: (data, isYou) => {
      const [id, sid, name, x, y, dir, hp, maxHp, , skin] = data;
      const snap = { x, y, dir, t: now() };
      state.players.set(sid, { sid, id, name, skin, hp, maxHp, prev: snap, next: snap, swingAt: 0, visible: true });
      if (isYou) {
        state.alive = true;
        $('menu').classList.add('hidden');
        $('death').classList.add('hidden');
        $('hud').classList.remove('hidden');
      }
    },
    E: (id) => { for (const [sid, p] of state.players) if (p.id === id) state.players.delete(sid); },
    a: (flat) => {
      const t = now();
      for (const p of state.players.values()) p.visible = false;
      for (let i = 0; i + 12 < flat.length; i += 13) {
        const p = state.players.get(flat[i]);
        if (!p) continue;
        p.prev = interpolated(p, t);
        p.next = { x: flat[i + 1], y: flat[i + 2], dir: flat[i + 3], t };
        p.visible = true;
      }
    },
    H: (flat) => {
      for (let i = 0; i + 7 < flat.length; i += 8) {
        state.objects.set(flat[i], { sid: flat[i], x: flat[i + 1], y: flat[i + 2], dir: flat[i + 3], scale: flat[i + 4], type: flat[i + 5], wiggleAt: 0, wiggleDir: 0 });
      }
    },
    Q: (sid) => state.objects.delete(sid),
    G: (flat) => {
      state.leaderboard = [];
      const list = $('leaderboard');
      list.replaceChildren();
      for (let i = 0; i + 2 < flat.length; i += 3) {
        state.leaderboard.push({ sid: flat[i], name: flat[i + 1], score: flat[i + 2] });
        const li = document.createElement('li');
        li.textContent = (flat[i + 1] || 'unknown') + '  ' + flat[i + 2];
        list.appendChild(li);
      }
    },
    K: (sid) => { const p = state.players.get(sid); if (p) p.swingAt = now(); },
    L: (dir, sid) => { const o = state.objects.get(sid); if (o) { o.wiggleAt = now(); o.wiggleDir = dir; } },
    N: (prop, value) => { state.stats[prop] = value; const el = $(prop); if (el) el.textContent = value; },
    O: (sid, hp) => { const p = state.players.get(sid); if (p) p.hp = hp; },
    P: () => {
      state.alive = false;
      $('death').classList.remove('hidden');
    },
    T: (xp, maxXp, age) => {
      state.xp = xp;
      if (maxXp !== undefined && maxXp !== null) state.maxXp = maxXp;
      if (age !== undefined && age !== null) { state.age = age; $('age-value').textContent = age; }
      $('xp-fill').style.width = Math.min(100, 100 * state.xp / state.maxXp) + '%';
    },
    V: () => {},
    Z: (seconds) => restartCountdown(seconds),
    6: (sid, message) => {
      const p = state.players.get(sid);
      const who = sid === -1 ? 'server' : (p ? p.name : '?');
      state.chat.push({ sid, who, message });
      const line = document.createElement('div');
      line.textContent = who + ': ' + message; // text, never HTML
      $('chat-log').appendChild(line);
      while ($('chat-log').childElementCount > 8) $('chat-log').firstChild.remove();
      if (p) { p.chat = message; p.chatAt = now(); }
    },
    0: () => { state.pongs++; },
  };

  // The server sends Z [n] once a second; the page counts down by itself between them, to the end.
  let restartAt = 0;
  let restartTimer = null;
  function restartCountdown(seconds) {
    restartAt = now() + seconds * 1000;
    const show = () => {
      const left = Math.max(0, Math.ceil((restartAt - now()) / 1000));
      $('notice').textContent = 'Server restarting in ' + Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
      if (left === 0) { clearInterval(restartTimer); restartTimer = null; }
    };
    show();
    if (!restartTimer) restartTimer = setInterval(show, 250);
  }

  // Positions drawn one tick behind the newest update, moving smoothly between the last two.
  function interpolated(p, t) {
    const span = Math.max(1, p.next.t - p.prev.t);
    const k = Math.min(1, Math.max(0, (t - p.next.t + TICK_MS) / Math.max(span, TICK_MS)));
    return {
      x: p.prev.x + (p.next.x - p.prev.x) * k,
      y: p.prev.y + (p.next.y - p.prev.y) * k,
      dir: p.next.dir, t,
    };
  }

  // ---- menu ----
  let skin = 0;
  SKIN_COLORS.forEach((c, i) => {
    const s = document.createElement('span');
    s.style.background = c;
    if (i === 0) s.classList.add('chosen');
    s.onclick = () => { skin = i; document.querySelectorAll('#skins span').forEach((e) => e.classList.remove('chosen')); s.classList.add('chosen'); };
    $('skins').appendChild(s);
  });
  const spawn = () => send('M', { name: $('name').value, moofoll: 1, skin });
  $('play').onclick = spawn;
  $('respawn').onclick = spawn;
  $('name').addEventListener('keydown', (e) => { if (e.key === 'Enter' && !$('play').disabled) spawn(); });

  // ---- input ----
  const keys = new Set();
  let moveAngle = null;
  let aim = 0;
  let lastAimSent = 0;
  const chatBox = $('chat');

  function updateMove() {
    let dx = 0, dy = 0;
    if (keys.has('w') || keys.has('arrowup')) dy--;
    if (keys.has('s') || keys.has('arrowdown')) dy++;
    if (keys.has('a') || keys.has('arrowleft')) dx--;
    if (keys.has('d') || keys.has('arrowright')) dx++;
    const angle = dx === 0 && dy === 0 ? null : Math.atan2(dy, dx);
    if (angle !== moveAngle) { moveAngle = angle; send('9', angle); }
  }
  window.addEventListener('keydown', (e) => {
    if (document.activeElement === chatBox) {
      if (e.key === 'Enter') {
        if (chatBox.value.trim()) send('6', chatBox.value.slice(0, 30));
        chatBox.value = '';
        chatBox.blur();
        chatBox.classList.add('hidden');
      }
      return;
    }
    if (!state.alive || document.activeElement === $('name')) return;
    if (e.key === 'Enter') {
      // opening the chat stops the player, as the real client does: keys held now type, they do not walk
      keys.clear();
      if (moveAngle !== null) { moveAngle = null; send('e'); }
      chatBox.classList.remove('hidden'); chatBox.focus(); e.preventDefault(); return;
    }
    if (e.key === ' ') { send('F', 1, aim); return; }
    keys.add(e.key.toLowerCase());
    updateMove();
  });
  window.addEventListener('keyup', (e) => {
    if (document.activeElement === chatBox) return;
    if (e.key === ' ') { send('F', 0, null); return; }
    keys.delete(e.key.toLowerCase());
    updateMove();
  });
  window.addEventListener('blur', () => { keys.clear(); if (moveAngle !== null) { moveAngle = null; send('e'); } });
  canvas.addEventListener('mousemove', (e) => {
    aim = Math.atan2(e.clientY - canvas.clientHeight / 2, e.clientX - canvas.clientWidth / 2);
    const t = now();
    if (t - lastAimSent > 100) { lastAimSent = t; send('D', Math.round(aim * 100) / 100); }
  });
  // Typing in the chat box moves nobody and swings nothing.
  const typing = () => document.activeElement === chatBox;
  let mouseAttack = false;
  canvas.addEventListener('mousedown', () => { if (!typing()) { mouseAttack = true; send('F', 1, aim); } });
  window.addEventListener('mouseup', () => { if (mouseAttack) { mouseAttack = false; send('F', 0, null); } });

  // ---- drawing ----
  function resize() { canvas.width = innerWidth * devicePixelRatio; canvas.height = innerHeight * devicePixelRatio; }
  addEventListener('resize', resize);
  resize();

  function me() { return state.players.get(state.mySid); }

  function draw() {
    const t = now();
    const scale = devicePixelRatio * Math.max(canvas.width / devicePixelRatio / 1920, canvas.height / devicePixelRatio / 1080);
    const self = me();
    const cam = self ? interpolated(self, t) : { x: MAP / 2, y: MAP / 2 };
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#768f5a';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(scale, 0, 0, scale, canvas.width / 2 - cam.x * scale, canvas.height / 2 - cam.y * scale);
    // biomes and river
    ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, MAP, 2400);
    ctx.fillStyle = '#dbc666'; ctx.fillRect(0, MAP - 2400, MAP, 2400);
    ctx.fillStyle = '#91b2db'; ctx.fillRect(0, MAP / 2 - 362, MAP, 724);
    ctx.strokeStyle = 'rgba(0,0,0,0.06)'; ctx.lineWidth = 4;
    for (let g = 0; g <= MAP; g += 100) {
      if (Math.abs(g - cam.x) < 1400) { ctx.beginPath(); ctx.moveTo(g, cam.y - 800); ctx.lineTo(g, cam.y + 800); ctx.stroke(); }
      if (Math.abs(g - cam.y) < 800) { ctx.beginPath(); ctx.moveTo(cam.x - 1400, g); ctx.lineTo(cam.x + 1400, g); ctx.stroke(); }
    }
    ctx.strokeStyle = '#333'; ctx.lineWidth = 8; ctx.strokeRect(0, 0, MAP, MAP);
    // players under trees, rocks and bushes on the ground
    for (const o of state.objects.values()) if (o.type !== 0) drawObject(o, t);
    for (const p of state.players.values()) if (p.visible) drawPlayer(p, t);
    for (const o of state.objects.values()) if (o.type === 0) drawObject(o, t);
    drawMinimap(cam);
    requestAnimationFrame(draw);
  }

  function drawObject(o, t) {
    const w = Math.max(0, 1 - (t - o.wiggleAt) / 200) * 10;
    const x = o.x + Math.cos(o.wiggleDir) * w;
    const y = o.y + Math.sin(o.wiggleDir) * w;
    const [fill, edge] = OBJECT_COLORS[o.type] || OBJECT_COLORS[2];
    ctx.fillStyle = fill; ctx.strokeStyle = edge; ctx.lineWidth = 6;
    ctx.beginPath();
    if (o.type === 0) {
      for (let i = 0; i < 14; i++) {
        const a = i / 14 * Math.PI * 2, r = i % 2 ? o.scale * 0.8 : o.scale;
        ctx.lineTo(x + Math.cos(a) * r, y + Math.sin(a) * r);
      }
      ctx.closePath();
    } else {
      ctx.arc(x, y, o.scale * (o.type === 1 ? 0.9 : 0.85), 0, Math.PI * 2);
    }
    ctx.fill(); ctx.stroke();
  }

  function drawPlayer(p, t) {
    const at = interpolated(p, t);
    const swing = Math.max(0, 1 - (t - p.swingAt) / 250);
    ctx.save();
    ctx.translate(at.x, at.y);
    ctx.rotate(at.dir + swing * 1.2);
    ctx.fillStyle = SKIN_COLORS[p.skin] || SKIN_COLORS[0];
    ctx.strokeStyle = '#525252'; ctx.lineWidth = 5.5;
    ctx.fillStyle = '#8c6a3f'; ctx.fillRect(20, -4, 60, 8);       // hammer handle
    ctx.fillStyle = '#6b6b6b'; ctx.fillRect(64, -18, 18, 36);     // hammer head
    ctx.fillStyle = SKIN_COLORS[p.skin] || SKIN_COLORS[0];
    for (const side of [-1, 1]) { ctx.beginPath(); ctx.arc(28, side * 24, 12, 0, Math.PI * 2); ctx.fill(); ctx.stroke(); }
    ctx.beginPath(); ctx.arc(0, 0, 35, 0, Math.PI * 2); ctx.fill(); ctx.stroke();
    ctx.restore();
    ctx.font = 'bold 26px Trebuchet MS'; ctx.textAlign = 'center';
    ctx.lineWidth = 6; ctx.strokeStyle = '#333'; ctx.fillStyle = '#fff';
    ctx.strokeText(p.name, at.x, at.y - 55); ctx.fillText(p.name, at.x, at.y - 55);
    ctx.fillStyle = '#3d3f42'; ctx.fillRect(at.x - 45, at.y + 50, 90, 14);
    ctx.fillStyle = p.sid === state.mySid ? '#8ecc51' : '#cc5151';
    ctx.fillRect(at.x - 42, at.y + 53, 84 * Math.max(0, p.hp) / (p.maxHp || 100), 8);
    if (p.chat && t - p.chatAt < 4000) {
      ctx.font = '24px Trebuchet MS';
      ctx.fillStyle = 'rgba(0,0,0,0.3)';
      const w = ctx.measureText(p.chat).width + 20;
      ctx.fillRect(at.x - w / 2, at.y - 115, w, 36);
      ctx.fillStyle = '#fff'; ctx.fillText(p.chat, at.x, at.y - 88);
    }
  }

  function drawMinimap(cam) {
    const s = 150 / MAP;
    minimap.clearRect(0, 0, 150, 150);
    minimap.fillStyle = 'rgba(145,178,219,0.6)'; minimap.fillRect(0, (MAP / 2 - 362) * s, 150, 724 * s);
    minimap.fillStyle = '#fff';
    minimap.beginPath(); minimap.arc(cam.x * s, cam.y * s, 4, 0, Math.PI * 2); minimap.fill();
  }

  requestAnimationFrame(draw);
})();
