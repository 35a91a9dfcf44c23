// The project's own browser client: the socket and what the server tells it. It speaks the same
// protocol as the real MooMoo.io client (msgpack [code, [args...]] in binary frames; the flat-list
// packets UPDATE_PLAYERS, LEADERBOARD, ADD_OBJECTS, UPDATE_ANIMALS, TRIBE_MEMBERS and MINIMAP carry one
// argument, the list), so the server has one protocol. The codes are the server's: /protocol.json gives
// the code of every packet kind in both directions for the era the server speaks, and the page knows
// its packets by kind name only. It says who it is on its socket URL (?client=moomoo-server): the server
// then sends its notices as chat from sid -1, which this page shows in its chat log. The game's tables
// (items, weapons, the store) come from /game-data.json, the same tables the world plays by; the world
// is the one worlds.js picked.
import { encode, decode } from './msgpack.js';
import { worldQuery } from './worlds.js';
import { ui, white } from './art/palette.js';

export const TICK_MS = 1000 / 9;
export const now = () => performance.now();

/** Everything the client knows; exposed as window.__moo for tests and curious players. */
export const state = {
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
  aim: 0,                 // the aim in world terms, kept by input.js
  data: null,             // /game-data.json
  protocol: null,         // /protocol.json: {client: {kind: code}, server: {kind: code}}
  sent: {},               // packets sent, by kind
  received: {},           // packets received, by kind
  frames: [],             // the last requestAnimationFrame intervals, ms
};
window.__moo = state;

// Tell the page's other parts about changes (the HUD redraws on them).
const listeners = {};
export const on = (what, fn) => { (listeners[what] = listeners[what] || []).push(fn); };
export const emit = (what, ...args) => { for (const fn of listeners[what] || []) fn(...args); };

// The tables and the codes come before the socket opens (and before the page's other parts start): no
// packet can be read or sent without the codes.
const json = (path) => fetch(path).then((r) => r.json());
[state.data, state.protocol] = await Promise.all([json('/game-data.json' + (worldQuery ? '?' + worldQuery : '')), json('/protocol.json')]);
// price 0 is owned from the start, unless it is earned (the Crab Shell: given, never bought)
for (const s of state.data.store) if (s.price === 0 && !s.earned) (s.kind === 'hat' ? state.hats : state.accessories).add(s.id);
// animal kinds by type id (the ids have gaps: a type the server does not have yet)
state.animalKinds = new Map(state.data.animals.map((k) => [k.id, k]));
const kindOf = new Map(Object.entries(state.protocol.server).map(([kind, code]) => [code, kind]));

// ---- socket ----
/**
 * The watch link's token (?watch=<token>: the inspector's "replay" and "watch" buttons, or the console's
 * "replay <file> to page" and "spectate <sid> to page"), or null. With it the socket asks for the show armed
 * for that token: the page shows a recording or a player's view and never joins the world (watch.js).
 */
export const watching = new URLSearchParams(location.search).get('watch');
const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/?client=moomoo-server' + (worldQuery ? '&' + worldQuery : '')
  + (watching ? '&watch=' + encodeURIComponent(watching) : '');
const socket = new WebSocket(url);
socket.binaryType = 'arraybuffer';
/** Sends a packet by its kind name (as /protocol.json names it), with its arguments. */
export const send = (kind, ...args) => {
  const code = state.protocol.client[kind];
  if (socket.readyState !== 1 || code === undefined) return;
  socket.send(encode([code, args]));
  state.sent[kind] = (state.sent[kind] || 0) + 1;
};
socket.onopen = () => { state.connected = true; };
socket.onclose = (e) => {
  state.connected = false;
  const reason = document.getElementById('lost-reason');
  if (!reason.textContent) reason.textContent = e.reason ? e.reason + ' (' + e.code + ')' : 'code ' + e.code; // DISCONNECT said why first
  document.getElementById('lost').classList.remove('hidden');
};
// One packet that does not fit the page must not stop the ones after it.
socket.onmessage = (e) => {
  try {
    const [code, args] = decode(e.data);
    const kind = kindOf.get(code);
    state.received[kind || code] = (state.received[kind || code] || 0) + 1;
    const handler = handlers[kind];
    if (handler) handler(...(Array.isArray(args) ? args : []));
  } catch (err) {
    state.errors = (state.errors || 0) + 1;
    console.warn('packet not shown:', err);
  }
};
setInterval(() => send('PING'), 2500);

export const me = () => state.players.get(state.mySid);
const snap = (x, y, dir, t) => ({ x, y, dir, t });

/** Where e is drawn at time t: a tick behind its newest update, moving smoothly between the last two. */
export function interpolated(e, t) {
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

// What each packet kind does to the state, by the kind names of /protocol.json.
const handlers = {
  IO_INIT: (id) => { state.myId = id; emit('ready'); },
  TRIBE_LIST: (payload) => {
    // a show's keyframe (a fresh join of the view) opens with the tribe list: what was drawn before it is gone
    if (watching) forgetTheView();
    state.tribes = (payload && payload.teams) || []; emit('tribes');
  },
  // the reason comes HTML-escaped (the real client puts it into its page as HTML); shown here as text
  DISCONNECT: (reason) => { document.getElementById('lost-reason').textContent = new DOMParser().parseFromString(String(reason ?? ''), 'text/html').body.textContent; },
  SETUP_GAME: (sid) => { state.mySid = sid; },
  ADD_PLAYER: (data, isYou) => {
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
  REMOVE_PLAYER: (id) => { for (const [sid, p] of state.players) if (p.id === id) state.players.delete(sid); },
  UPDATE_PLAYERS: (flat) => {
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
  LEADERBOARD: (flat) => {
    flat = flat || [];
    state.leaderboard = [];
    for (let i = 0; i + 2 < flat.length; i += 3) state.leaderboard.push({ sid: flat[i], name: flat[i + 1], score: flat[i + 2] });
    emit('leaderboard');
  },
  ADD_OBJECTS: (flat) => {
    flat = flat || [];
    for (let i = 0; i + 7 < flat.length; i += 8) {
      state.objects.set(flat[i], { sid: flat[i], x: flat[i + 1], y: flat[i + 2], dir: flat[i + 3], scale: flat[i + 4], type: flat[i + 5],
        item: flat[i + 6], owner: flat[i + 7], wiggleAt: 0, wiggleDir: 0, turretDir: flat[i + 3] });
    }
  },
  UPDATE_ANIMALS: (flat) => {
    const t = now();
    for (const a of state.animals.values()) a.visible = false;
    for (let i = 0; flat && i + 6 < flat.length; i += 7) {
      const sid = flat[i];
      let a = state.animals.get(sid);
      const s = snap(flat[i + 2], flat[i + 3], flat[i + 4], t);
      if (!a) {
        const kind = state.animalKinds.get(flat[i + 1]);
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
  ANIMAL_ATTACK: (sid) => { const a = state.animals.get(sid); if (a) a.swingAt = now(); },
  SWING: (sid) => { const p = state.players.get(sid); if (p) p.swingAt = now(); },
  WIGGLE: (dir, sid) => { const o = state.objects.get(sid); if (o) { o.wiggleAt = now(); o.wiggleDir = dir; } },
  TURRET_SHOT: (sid, dir) => { const o = state.objects.get(sid); if (o) o.turretDir = dir; },
  STAT: (prop, value) => {
    const before = state.stats[prop];
    state.stats[prop] = value;
    const p = me();
    if (p && before !== undefined && value > before && ui.resource[prop]) {
      const at = interpolated(p, now());
      floatText(at.x + 40, at.y - 60, '+' + (value - before), ui.resource[prop]);
    }
    emit('stats');
  },
  HEALTH: (sid, hp) => { const p = state.players.get(sid); if (p) { if (hp < p.hp) p.hurtAt = now(); p.hp = hp; } },
  DIED: () => { state.alive = false; state.deaths++; emit('died'); },
  REMOVE_OBJECT: (sid) => state.objects.delete(sid),
  REMOVE_BUILDINGS: (owner) => { for (const [sid, o] of state.objects) if (o.owner === owner) state.objects.delete(sid); },
  ITEM_COUNT: (group, count) => { state.counts[group] = count; emit('held'); },
  XP: (xp, maxXp, age) => {
    state.xp = xp;
    if (maxXp !== undefined && maxXp !== null) state.maxXp = maxXp;
    if (age !== undefined && age !== null) state.age = age;
    emit('xp');
  },
  UPGRADES: (points, age) => { state.upgradePoints = points; state.upgradeAge = age; emit('upgrades'); },
  HOTBAR: (ids, weapons) => { ids = ids || []; if (weapons) state.weapons = ids; else state.items = ids; emit('held'); emit('upgrades'); },
  ADD_PROJECTILE: (x, y, dir, range, speed, index, layer, sid) => { state.shots.set(sid, { sid, x, y, dir, range, speed, index, born: now(), last: now() }); },
  PROJECTILE_RANGE: (sid, range) => { const s = state.shots.get(sid); if (s) s.range = range; },
  RESTART_NOTICE: (seconds) => emit('restart', seconds),
  TRIBE_ADDED: (tribe) => { if (tribe && tribe.sid) { state.tribes.push(tribe); emit('tribes'); } },
  TRIBE_REMOVED: (sid) => { state.tribes = state.tribes.filter((t) => t.sid !== sid); emit('tribes'); },
  JOIN_REQUEST: (sid, name) => { state.requests.push({ sid, name }); emit('requests'); },
  MY_TRIBE: (team, isOwner) => {
    state.tribe = team; state.isOwner = !!isOwner;
    if (!team) { state.members = []; state.mates = []; }
    if (!team || !isOwner) { state.requests = []; emit('requests'); } // only a leader answers requests
    emit('tribes');
  },
  TRIBE_MEMBERS: (flat) => {
    flat = flat || []; state.members = []; for (let i = 0; i + 1 < flat.length; i += 2) state.members.push({ sid: flat[i], name: flat[i + 1] }); emit('tribes'); },
  STORE_STATE: (worn, id, accessory) => {
    if (worn) { if (accessory) state.accessory = id; else state.hat = id; } else (accessory ? state.accessories : state.hats).add(id);
    emit('store');
  },
  CHAT: (sid, message) => {
    const p = state.players.get(sid);
    const who = sid === -1 ? 'server' : (p ? p.name : '?');
    state.chat.push({ sid, who, message, n: ++state.chatSeen });
    if (state.chat.length > 50) state.chat.shift();
    if (p) { p.chat = message; p.chatAt = now(); }
    emit('chat', who, message);
  },
  MINIMAP: (flat) => { state.mates = flat || []; },
  FLOATING_TEXT: (x, y, value) => floatText(x, y - 50, String(Math.abs(value)), value < 0 ? ui.good : white),
  MAP_PING: (x, y) => { state.pings.push({ x, y, born: now() }); if (state.pings.length > 10) state.pings.shift(); },
  PONG: () => { state.pongs++; },
};

/** Forgets every thing drawn in the world, before a watched show's keyframe draws its view afresh (a seek may land anywhere). */
function forgetTheView() {
  for (const m of [state.players, state.objects, state.animals, state.shots]) m.clear();
  state.texts.length = 0;
  state.pings.length = 0;
}

/** Shots fly on between packets at their speed, until their range (PROJECTILE_RANGE shortens it) runs out. */
export function advanceShots(t) {
  for (const [sid, s] of state.shots) {
    const step = Math.min(s.range, s.speed * (t - s.last));
    s.x += Math.cos(s.dir) * step; s.y += Math.sin(s.dir) * step;
    s.range -= step; s.last = t;
    if (s.range <= 0 || t - s.born > 5000) state.shots.delete(sid);
  }
}
