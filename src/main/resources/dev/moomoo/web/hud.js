// The page around the canvas: the menu, the action bar with counts and limits, the upgrade choices,
// the store, the tribe panel and join requests, resources, age, leaderboard, chat log, notices and the
// death screen. Redrawn on what the server says (on), never on a timer.
import { state, send, on, me, now } from './game.js';
import * as Art from './art/index.js';
import { worlds, world, isFull, pick } from './worlds.js';

const $ = (id) => document.getElementById(id);
const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; };

function iconCanvas(draw, size) {
  const c = document.createElement('canvas');
  const px = Math.round(size * Math.min(2, devicePixelRatio || 1));
  c.width = px; c.height = px;
  const g = c.getContext('2d');
  g.scale(px / size, px / size);
  draw(g, size);
  return c;
}

// ---- menu ----
let skin = 0;
Art.skins.forEach((c, i) => {
  const s = el('span');
  s.style.background = c;
  if (i === 0) s.classList.add('chosen');
  s.onclick = () => { skin = i; document.querySelectorAll('#skins span').forEach((e) => e.classList.remove('chosen')); s.classList.add('chosen'); };
  $('skins').appendChild(s);
});
$('name').value = localStorage.getItem('moo.name') || '';
// The worlds of this server, when it has more than one: each with its region and players; a full one
// cannot be picked (unless it is this page's, which says so).
for (const w of worlds) {
  const b = el('button', 'world' + (w === world ? ' chosen' : ''));
  b.dataset.world = w.name;
  b.append(el('span', 'world-name', w.name), el('span', 'muted', w.regionName || w.region),
    el('span', 'world-players', w.playerCount + '/' + w.playerCapacity + (isFull(w) ? ' full' : '')));
  b.disabled = isFull(w) && w !== world;
  b.onclick = () => { if (w !== world) pick(w.name); };
  $('worlds').appendChild(b);
}
$('worlds').classList.toggle('hidden', worlds.length < 2);
if (!world) $('world-note').textContent = 'This server is restarting: pick another server.';
else if (isFull(world)) $('world-note').textContent = 'This world is full: pick another.';
// moofoll: a returning player (the real client's follow bonus, 100 of each resource); nil the first time.
const spawn = () => {
  localStorage.setItem('moo.name', $('name').value);
  const returning = localStorage.getItem('moo.returning');
  localStorage.setItem('moo.returning', '1');
  $('name').blur();
  send('SPAWN', { name: $('name').value, moofoll: returning ? 1 : null, skin });
};
$('play').onclick = spawn;
$('respawn').onclick = spawn;
$('name').addEventListener('keydown', (e) => { if (e.key === 'Enter' && !$('play').disabled) spawn(); });
on('ready', () => { $('play').disabled = false; $('play').textContent = 'Play'; });
on('spawned', () => {
  $('menu').classList.add('hidden');
  $('death').classList.add('hidden');
  $('hud').classList.remove('hidden');
  drawActionBar();
  drawStats();
});
on('died', () => {
  $('death-stats').textContent = 'Age ' + state.age + ', ' + state.stats.kills + ' kill' + (state.stats.kills === 1 ? '' : 's') + ', ' + state.stats.points + ' points';
  $('death').classList.remove('hidden');
  closeWindows();
});

// ---- resources, age, leaderboard ----
function drawStats() {
  for (const k of ['wood', 'food', 'stone', 'points', 'kills']) $(k).textContent = state.stats[k];
  drawActionBar();
}
on('stats', drawStats);
on('xp', () => {
  $('age-text').textContent = 'Age ' + state.age;
  $('xp-fill').style.width = Math.min(100, 100 * state.xp / state.maxXp) + '%';
});
on('leaderboard', () => {
  const list = $('leaderboard');
  list.replaceChildren();
  for (const row of state.leaderboard) {
    const li = el('li', row.sid === state.mySid ? 'me' : '', row.name || 'unknown');
    li.appendChild(el('span', '', shortNumber(row.score)));
    list.appendChild(li);
  }
});
const shortNumber = (n) => (n >= 1e6 ? (n / 1e6).toFixed(1) + 'm' : n >= 1e4 ? (n / 1e3).toFixed(1) + 'k' : String(n));

// ---- the action bar: weapons, then items, with their keys, costs and group counts ----
const canPay = (c) => state.data && (state.data.sandbox || (state.stats.food >= c.food && state.stats.wood >= c.wood && state.stats.stone >= c.stone));
/** Weapons then items, as the keys 1-9 count them. */
export const slots = () => [...state.weapons.map((id) => ({ weapon: true, id })), ...state.items.map((id) => ({ weapon: false, id }))];
let barKey = '';
function drawActionBar() {
  if (!state.data) return;
  const p = me();
  const heldItem = p ? p.item : -1, heldWeapon = p ? p.weapon : 0;
  const shown = slots().filter((s) => (s.weapon ? state.data.weapons[s.id] : state.data.items[s.id]));
  // Rebuilt only when what it shows changes; what can be paid only greys buttons (a click in progress survives gathering).
  const key = JSON.stringify([shown, heldItem, heldWeapon, state.counts]);
  if (key === barKey) { greyUnaffordable(); return; }
  barKey = key;
  const bar = $('action-bar');
  bar.replaceChildren();
  shown.forEach((s, i) => {
    const b = el('button', 'slot' + (s.weapon ? ' weapon' : ''));
    if (s.weapon) {
      const w = state.data.weapons[s.id];
      b.title = w.name + (w.ranged ? ' (a shot costs ' + costText(w) + ')' : ' (' + w.damage + ' damage)');
      b.appendChild(iconCanvas((g, n) => Art.weaponIcon(g, s.id, n), 60));
      if (heldItem < 0 && heldWeapon === s.id) b.classList.add('held');
    } else {
      const item = state.data.items[s.id];
      const group = state.data.groups[item.group];
      b.title = item.name + ' (' + costText(item) + ')';
      b.appendChild(iconCanvas((g, n) => Art.itemIcon(g, item, n), 60));
      if (heldItem === s.id) b.classList.add('held');
      if (!canPay(item)) b.classList.add('poor');
      if (group && group.limit > 0) b.appendChild(el('span', 'count', (state.counts[group.id] || 0) + '/' + group.limit));
    }
    if (i < 9) b.appendChild(el('span', 'key', String(i + 1)));
    b.onclick = () => select(s);
    b.dataset.item = s.weapon ? '' : String(s.id);
    bar.appendChild(b);
  });
}
function greyUnaffordable() {
  for (const b of document.querySelectorAll('#action-bar .slot')) {
    if (b.dataset.item) b.classList.toggle('poor', !canPay(state.data.items[Number(b.dataset.item)]));
  }
}
const costText = (c) => ['food', 'wood', 'stone'].filter((r) => c[r] > 0).map((r) => c[r] + ' ' + r).join(', ') || 'free';
on('held', drawActionBar);

/** SELECT: a weapon, or an item (sent with one argument, as the real client does). */
export const select = (s) => { if (s.weapon) send('SELECT', s.id, true); else send('SELECT', s.id); };

// ---- upgrades ----
function choices() {
  if (!state.data || state.upgradePoints <= 0) return [];
  const age = state.upgradeAge, out = [];
  for (const w of state.data.weapons) if (w.age === age && age > 1 && (w.pre < 0 || state.weapons.includes(w.pre))) out.push({ weapon: true, id: w.id, name: w.name });
  for (const i of state.data.items) if (i.age === age && age > 1 && (i.pre < 0 || state.items.includes(i.pre))) out.push({ weapon: false, id: i.index, name: i.name });
  return out;
}
function drawUpgrades() {
  const list = choices();
  $('upgrades').classList.toggle('hidden', list.length === 0);
  $('upgrade-title').textContent = 'Choose an upgrade (' + state.upgradePoints + ')';
  const box = $('upgrade-choices');
  box.replaceChildren();
  for (const c of list) {
    const b = el('button', 'slot');
    b.title = c.name;
    b.appendChild(iconCanvas((g, n) => (c.weapon ? Art.weaponIcon(g, c.id, n) : Art.itemIcon(g, state.data.items[c.id], n)), 60));
    b.onclick = () => send('UPGRADE', c.weapon ? c.id : c.id + 16);
    box.appendChild(b);
  }
}
on('upgrades', drawUpgrades);

// ---- store ----
let storeTab = 0;
function drawStore() {
  if (!state.data) return;
  const list = $('store-list');
  list.replaceChildren();
  const kind = storeTab === 0 ? 'hat' : 'accessory';
  const owned = storeTab === 0 ? state.hats : state.accessories;
  const worn = storeTab === 0 ? state.hat : state.accessory;
  for (const s of state.data.store) {
    if (s.kind !== kind || (s.earned && !owned.has(s.id))) continue; // an earned hat shows once it is given
    const row = el('div', 'row');
    row.appendChild(iconCanvas((g, n) => (storeTab === 0 ? Art.hatIcon(g, s.id, n) : Art.accessoryIcon(g, s.id, n)), 52));
    const text = el('div', 'grow');
    text.appendChild(el('div', 'name', s.name));
    text.appendChild(el('div', 'what', s.does || 'looks good'));
    row.appendChild(text);
    let b;
    if (!owned.has(s.id)) {
      row.appendChild(el('span', 'price', String(s.price)));
      b = el('button', '', 'Buy');
      b.disabled = state.stats.points < s.price;
      b.onclick = () => send('STORE', 1, s.id, storeTab);
    } else if (worn === s.id) {
      b = el('button', 'worn', 'Unequip');
      b.onclick = () => send('STORE', 0, 0, storeTab);
    } else {
      b = el('button', 'owned', 'Equip');
      b.onclick = () => send('STORE', 0, s.id, storeTab);
    }
    b.dataset.id = s.id;
    row.appendChild(b);
    list.appendChild(row);
  }
}
on('store', drawStore);
// Points change often (gathering): only the Buy buttons' state follows them, the rows stay.
on('stats', () => {
  if (!state.data) return;
  for (const b of document.querySelectorAll('#store-list button')) {
    const s = state.data.store.find((x) => x.id === Number(b.dataset.id) && x.kind === (storeTab === 0 ? 'hat' : 'accessory'));
    if (s && b.textContent === 'Buy') b.disabled = state.stats.points < s.price;
  }
});
document.querySelectorAll('#store .tab').forEach((t) => {
  t.onclick = () => {
    storeTab = Number(t.dataset.tab);
    document.querySelectorAll('#store .tab').forEach((e) => e.classList.toggle('chosen', e === t));
    drawStore();
  };
});

// ---- tribes ----
function drawTribes() {
  const list = $('tribe-list'), manage = $('tribe-manage');
  list.replaceChildren();
  manage.replaceChildren();
  if (state.tribe) {
    for (const m of state.members) {
      const row = el('div', 'row');
      const name = el('div', 'grow name', m.name + (m.sid === state.mySid ? ' (you)' : ''));
      row.appendChild(name);
      if (state.isOwner && m.sid !== state.mySid) {
        const kick = el('button', 'worn', 'Kick');
        kick.onclick = () => send('KICK_MEMBER', m.sid);
        row.appendChild(kick);
      }
      list.appendChild(row);
    }
    const leave = el('button', 'leave', state.isOwner ? 'Delete tribe' : 'Leave tribe');
    leave.onclick = () => send('LEAVE_TRIBE');
    manage.appendChild(leave);
    return;
  }
  if (state.tribes.length === 0) list.appendChild(el('div', 'row muted', 'No tribes yet'));
  for (const t of state.tribes) {
    const row = el('div', 'row');
    row.appendChild(el('div', 'grow name', t.sid));
    const join = el('button', '', 'Join');
    join.onclick = () => { send('JOIN_TRIBE', t.sid); join.disabled = true; join.textContent = 'Asked'; };
    row.appendChild(join);
    list.appendChild(row);
  }
  const input = el('input');
  input.id = 'tribe-name';
  input.maxLength = 7;
  input.placeholder = 'tribe name';
  input.autocomplete = 'off';
  const create = el('button', '', 'Create');
  const go = () => { if (input.value.trim()) send('CREATE_TRIBE', input.value.trim()); };
  create.onclick = go;
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') go(); });
  manage.appendChild(input);
  manage.appendChild(create);
}
// Redrawn while open only, and never under a name being typed (its box would lose the focus and the
// keys would go to the game).
on('tribes', () => {
  const typingName = document.activeElement && document.activeElement.id === 'tribe-name';
  if (!$('tribes').classList.contains('hidden') && (!typingName || state.tribe)) drawTribes(); // in a tribe there is no name box
});

function drawRequests() {
  const box = $('join-requests');
  box.replaceChildren();
  const r = state.requests[0];
  if (!r) return;
  const row = el('div', 'request');
  row.appendChild(el('span', '', r.name + ' wants to join'));
  const answer = (yes) => { send('ANSWER_JOIN', r.sid, yes ? 1 : 0); state.requests.shift(); drawRequests(); };
  const yes = el('button', 'yes', 'Accept'), no = el('button', 'no', 'Refuse');
  yes.onclick = () => answer(true);
  no.onclick = () => answer(false);
  row.appendChild(yes);
  row.appendChild(no);
  box.appendChild(row);
}
on('requests', drawRequests);

// ---- windows ----
function toggle(id) {
  const w = $(id), open = w.classList.contains('hidden');
  closeWindows();
  if (open && state.alive) {
    w.classList.remove('hidden');
    $(id + '-button').classList.add('on');
    if (id === 'store') drawStore(); else drawTribes();
  }
}
export function closeWindows() {
  for (const id of ['store', 'tribes']) { $(id).classList.add('hidden'); $(id + '-button').classList.remove('on'); }
}
$('store-button').onclick = () => toggle('store');
$('tribes-button').onclick = () => toggle('tribes');
document.querySelectorAll('[data-close]').forEach((b) => { b.onclick = () => closeWindows(); });

// ---- chat log and notices ----
on('chat', (who, message) => {
  const line = el('div', '', who + ': ' + message); // text, never HTML
  $('chat-log').appendChild(line);
  while ($('chat-log').childElementCount > 8) $('chat-log').firstChild.remove();
});

// The server sends RESTART_NOTICE [n] once a second; the page counts down by itself between them, to the end.
let restartAt = 0, restartTimer = null;
on('restart', (seconds) => {
  restartAt = now() + seconds * 1000;
  const show = () => {
    const left = Math.max(0, Math.ceil((restartAt - now()) / 1000));
    $('notice').textContent = 'Server restarting in ' + Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
    if (left === 0) { clearInterval(restartTimer); restartTimer = null; setTimeout(() => { $('notice').textContent = ''; }, 3000); }
  };
  show();
  if (!restartTimer) restartTimer = setInterval(show, 250);
});
