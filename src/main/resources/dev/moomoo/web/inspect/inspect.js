// The packet inspector's page: the connection list, the packet list (a virtual list, filtered, paused
// without loss), the selected packet's fields and bytes, per-code charts, and the recordings. It reads /inspect/socket,
// whose messages are JSON: hello (rights, every packet's layout), frames (batches), connections (each
// second). See src/site/architecture.md, "The packet lab".
import { parse, named } from './msgpack.js';
import { RowList } from './rowlist.js';
import { readHash, writeHash, compile } from './filter.js';

/** Frames the page keeps; past it the oldest go (and are counted). */
const KEEP = 200000;
/** Frames that may wait while paused; past it the oldest waiting go (and are counted). */
const WAIT_MAX = 100000;
const CHART_SECONDS = 60;
const COLORS = ['#7cc4ff', '#ffc66d', '#9be28b', '#ff8fb1', '#c9a0ff', '#6de3d8', '#f0f07a', '#ff9a5c'];

const $ = (id) => document.getElementById(id);
const state = {
  layouts: {}, all: [], view: [], waiting: [], paused: false, filters: readHash(location.hash), match: () => true,
  selected: null, following: { all: false, connections: [], players: [] }, dropped: 0, waitDropped: 0,
  seen: { replaced: 0, dropped: 0, refused: 0 }, missed: 0, pageMissed: 0, buckets: [], connections: [],
};
window.__inspect = state; // for the browser test

/** A frame as the list holds it: the server's JSON, and its text for the text filter, made when first asked. */
function frame(json) {
  let text = null;
  json.search = () => {
    if (text === null) text = `${json.code ?? ''} ${json.kind} ${json.reason ?? ''} ${JSON.stringify(json.fields) ?? ''}`.toLowerCase();
    return text;
  };
  return json;
}

// ---- the socket
let socket;
function connect() {
  socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/inspect/socket`);
  socket.onopen = () => { $('status').textContent = 'connected'; };
  socket.onclose = (e) => {
    $('status').textContent = `closed (${e.code}${e.reason ? ': ' + e.reason : ''})`;
    if (e.code === 1008 || e.code === 1006 && !state.hello) return; // signed out, or refused
    setTimeout(connect, 2000);
  };
  socket.onmessage = (e) => receive(JSON.parse(e.data));
}
function command(message) {
  if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
}

function receive(m) {
  switch (m.type) {
    case 'hello':
      state.hello = m;
      state.layouts = m.layouts;
      $('rights').textContent = m.mayChange ? 'may change' : 'read-only';
      for (const p of new URLSearchParams(location.hash.slice(1)).getAll('follow')) follow(p);
      break;
    case 'frames':
      frames(m.frames.map(frame));
      break;
    case 'connections':
      state.connections = m.connections;
      state.missed = m.missed;
      state.pageMissed = m.pageMissed;
      state.following = m.following;
      drawConnections();
      drawCounters();
      drawTargets();
      break;
    default:
  }
}

// ---- frames in, paused or not
function frames(list) {
  const now = Math.floor(Date.now() / 1000);
  for (const f of list) {
    count(f, now);
    if (f.kind === 'REPLACED') state.seen.replaced++;
    else if (f.kind === 'DROPPED') state.seen.dropped++;
    else if (f.kind === 'REFUSED') state.seen.refused++;
  }
  if (state.paused) {
    for (const f of list) state.waiting.push(f);
    if (state.waiting.length > WAIT_MAX) {
      const over = state.waiting.length - WAIT_MAX;
      state.waiting.splice(0, over);
      state.waitDropped += over;
    }
    drawWaiting();
    return;
  }
  keep(list);
}

function keep(list) {
  for (const f of list) state.all.push(f);
  const shown = list.filter(state.match);
  list.length && rows.append(shown);
  if (state.all.length > KEEP) {
    const over = state.all.length - KEEP;
    const gone = state.all.splice(0, over);
    state.dropped += over;
    const last = gone[gone.length - 1];
    let n = 0;
    while (n < rows.items.length && rows.items[n].seq <= last.seq) n++;
    rows.dropFirst(n);
  }
  drawShown();
}

$('pause').onclick = () => {
  state.paused = !state.paused;
  $('pause').textContent = state.paused ? 'Resume' : 'Pause';
  $('pause').classList.toggle('on', state.paused);
  if (!state.paused) {
    const list = state.waiting;
    state.waiting = [];
    keep(list);
  }
  drawWaiting();
};
function drawWaiting() {
  const w = $('waiting');
  w.textContent = state.paused ? `${state.waiting.length} waiting${state.waitDropped ? `, ${state.waitDropped} over the bound` : ''}` : '';
  w.classList.toggle('some', state.waiting.length > 0);
}

// ---- the packet list
const time = (ms) => new Date(ms).toISOString().slice(11, 23);
function summary(f) {
  if (f.kind !== 'FRAME') return `${f.kind}${f.reason ? ': ' + f.reason : ''}`;
  const s = JSON.stringify(f.fields);
  return s === undefined || s === 'null' ? '' : s.length > 300 ? s.slice(0, 300) + '…' : s;
}
function renderRow(f, el) {
  if (el.seq === f.seq && el.kind === f.kind) return;
  el.seq = f.seq;
  el.className = `row ${f.dir} ${f.kind}${el.classList.contains('selected') ? ' selected' : ''}`;
  const cells = [f.seq, time(f.time), f.tick, f.dir, f.code ?? '', f.size, f.sid, f.conn, summary(f)];
  if (el.childElementCount !== cells.length) el.replaceChildren(...cells.map(() => document.createElement('span')));
  cells.forEach((c, i) => { el.children[i].textContent = c; });
  el.children[3].className = 'd';
  el.title = f.kind === 'REFUSED' ? `refused: ${f.reason}` : '';
}
const rows = new RowList($('packets'), (f, el) => {
  el.seq = null;
  renderRow(f, el);
  el.classList.toggle('selected', f === state.selected);
}, (f) => pick(f));

function drawShown() {
  $('shown').textContent = `${rows.items.length} shown of ${state.all.length}${state.dropped ? ` (${state.dropped} oldest let go)` : ''}`;
}

// ---- filters, kept in the address
function applyFilters(fromHash) {
  if (fromHash) state.filters = readHash(location.hash);
  const f = state.filters;
  $('f-dir').value = f.dir;
  $('f-code').value = f.code;
  $('f-sid').value = f.sid;
  $('f-conn').value = f.conn;
  $('f-text').value = f.text;
  $('f-where').value = f.where;
  try {
    state.match = compile(f);
    $('f-error').textContent = '';
  } catch (e) {
    $('f-error').textContent = e.message;
    return;
  }
  rows.set(state.all.filter(state.match));
  drawShown();
}
function filtersFromForm() {
  state.filters = { dir: $('f-dir').value, code: $('f-code').value.trim(), sid: $('f-sid').value.trim(), conn: $('f-conn').value.trim(),
    text: $('f-text').value.trim(), where: $('f-where').value.trim() };
  const follows = new URLSearchParams(location.hash.slice(1)).getAll('follow');
  let hash = writeHash(state.filters);
  for (const p of follows) hash += `${hash.length > 1 ? '&' : ''}follow=${encodeURIComponent(p)}`;
  history.replaceState(null, '', hash);
  applyFilters(false);
}
for (const id of ['f-dir', 'f-code', 'f-sid', 'f-conn', 'f-text', 'f-where']) $(id).addEventListener('input', filtersFromForm);
$('filters').addEventListener('submit', (e) => e.preventDefault());
window.addEventListener('hashchange', () => applyFilters(true));

// ---- following
function follow(target) {
  const [what, ...rest] = target.split(':');
  const id = rest.join(':');
  if (what === 'all') command({ op: 'follow', all: true });
  else if (what === 'player') command({ op: 'follow', player: id });
  else command({ op: 'follow', connection: id });
  const p = new URLSearchParams(location.hash.slice(1));
  if (!p.getAll('follow').includes(target)) {
    p.append('follow', target);
    history.replaceState(null, '', '#' + p.toString());
  }
}
$('follow-all').onclick = () => follow('all');
$('stop').onclick = () => {
  command({ op: 'stop' });
  const p = new URLSearchParams(location.hash.slice(1));
  p.delete('follow');
  history.replaceState(null, '', '#' + p.toString());
};

function drawConnections() {
  const f = state.following;
  $('following').textContent = f.all ? 'following everyone'
    : f.connections.length + f.players.length ? `following ${[...f.connections.map((c) => 'conn ' + c), ...f.players.map((p) => 'player ' + p)].join(', ')}` : 'following nobody';
  $('connection-count').textContent = `(${state.connections.length})`;
  const body = document.querySelector('#connections tbody');
  body.replaceChildren(...state.connections.map((c) => {
    const tr = document.createElement('tr');
    tr.dataset.id = c.id;
    tr.classList.toggle('followed', f.all || f.connections.includes(c.id) || (c.player && f.players.includes(c.player)));
    tr.classList.toggle('closed', c.closed !== null);
    const cells = [c.id, c.sid < 0 ? '' : c.sid, c.name, c.address, c.profile, c.world, `${c.age}s`, `${c.in.pps}/${c.out.pps}`,
      `${c.in.bps}/${c.out.bps}`, c.refused, c.replaced, c.dropped];
    for (const v of cells) {
      const td = document.createElement('td');
      td.textContent = v;
      tr.append(td);
    }
    const td = document.createElement('td');
    if (c.sid >= 0 && c.closed === null) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = 'watch';
      b.title = "opens this player's view, live, in the game's own page (a spectator: it never joins the world)";
      b.onclick = (e) => { e.stopPropagation(); watch({ kind: 'spectate', world: c.world, sid: c.sid }); };
      td.append(b);
    }
    if (c.player) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = 'follow player';
      b.title = 'follows this player on any connection, across reconnects';
      b.onclick = (e) => { e.stopPropagation(); follow('player:' + c.player); };
      td.append(b);
    }
    tr.append(td);
    tr.onclick = () => follow('conn:' + c.id);
    return tr;
  }));
}

function drawCounters() {
  const totals = state.connections.reduce((t, c) => ({ replaced: t.replaced + c.replaced, dropped: t.dropped + c.dropped }), { replaced: 0, dropped: 0 });
  $('counters').textContent = `outbox replaced ${totals.replaced}, dropped ${totals.dropped} (followed: ${state.seen.replaced}, ${state.seen.dropped}) · `
    + `refused seen ${state.seen.refused} · missed by the feed ${state.missed}, by the page ${state.pageMissed}`;
}

// ---- the selected packet: its fields and its bytes
const hex = (b) => b.toString(16).padStart(2, '0');
const bytesOf = (b64) => Uint8Array.from(atob(b64 || ''), (c) => c.charCodeAt(0));

function dump(pre, bytes, range) {
  const lines = [];
  for (let at = 0; at < bytes.length; at += 16) {
    const line = document.createElement('div');
    line.append(document.createTextNode(at.toString(16).padStart(4, '0') + '  '));
    for (let i = at; i < Math.min(at + 16, bytes.length); i++) {
      const s = document.createElement('span');
      s.className = 'byte' + (range && i >= range[0] && i < range[1] ? ' hl' : '');
      s.dataset.at = i;
      s.textContent = hex(bytes[i]) + ' ';
      line.append(s);
    }
    lines.push(line);
  }
  pre.replaceChildren(...lines);
}

function pick(f) {
  state.selected = f;
  rows.select(f);
  $('detail-title').textContent = `#${f.seq} ${f.dir} ${f.code ?? '(no code)'} ${f.kind}, ${f.size} bytes, tick ${f.tick}, conn ${f.conn}${f.sid >= 0 ? ', sid ' + f.sid : ''}`;
  $('reason').textContent = f.reason ? `${f.kind.toLowerCase()}: ${f.reason}` : '';
  const plain = bytesOf(f.plain ?? f.wire);
  const keyed = f.plain !== undefined;
  $('plain-title').textContent = keyed ? 'Plaintext (what the codec read or wrote)' : 'Bytes';
  for (const id of ['wire-title', 'wire-bytes']) $(id).classList.toggle('hidden', !keyed);
  if (keyed) dump($('wire-bytes'), bytesOf(f.wire), null);
  dump($('plain-bytes'), plain, null);
  $('field-type').textContent = '';
  let tree = [];
  let root = null;
  try {
    root = parse(plain);
    const layout = state.layouts[f.profile]?.[f.dir]?.[f.code] ?? 0;
    const args = root.children && root.children[1];
    tree = [{ name: 'code', node: root.children[0], children: [] }, { name: 'args', node: args, children: named(layout, args) }];
    if (root.children.length > 2) tree.push({ name: 'seq', node: root.children[2], children: [] });
  } catch (e) {
    $('field-type').textContent = `not msgpack: ${e.message}`;
  }
  state.tree = tree;
  $('fields').replaceChildren(...tree.map((t) => fieldElement(t, plain)));
  $('plain-bytes').onclick = (e) => {
    const at = e.target.dataset && e.target.dataset.at;
    if (at !== undefined) pickByte(Number(at), plain);
  };
}

function describe(t) {
  const v = t.node.children || t.children.length ? '' : ` = ${JSON.stringify(t.node.value)}`;
  return `${t.name}: ${t.node.type}${v}`;
}

function fieldElement(t, bytes) {
  const label = document.createElement('span');
  label.textContent = describe(t);
  label.dataset.field = t.name;
  const choose = (e) => {
    e.preventDefault();
    showField(t, bytes, label);
  };
  if (!t.children.length) {
    label.className = 'leaf';
    label.onclick = choose;
    label.field = t;
    return label;
  }
  const d = document.createElement('details');
  d.open = t.children.length <= 40;
  const s = document.createElement('summary');
  s.append(label);
  label.onclick = choose;
  label.field = t;
  d.append(s, ...t.children.map((c) => fieldElement(c, bytes)));
  return d;
}

function showField(t, bytes, label) {
  document.querySelectorAll('#fields .picked').forEach((el) => el.classList.remove('picked'));
  label.classList.add('picked');
  dump($('plain-bytes'), bytes, [t.node.start, t.node.end]);
  const first = bytes[t.node.start];
  $('field-type').textContent = `${t.name}: msgpack ${t.node.type} (0x${hex(first ?? 0)}), bytes ${t.node.start}..${t.node.end - 1}`
    + (t.node.children || t.children.length ? '' : `, value ${JSON.stringify(t.node.value)}`);
}

/** A byte clicked in the dump: the innermost field that holds it. */
function pickByte(at, bytes) {
  let best = null;
  const walk = (list) => {
    for (const t of list) {
      if (t.node && at >= t.node.start && at < t.node.end) {
        best = t;
        walk(t.children);
      }
    }
  };
  walk(state.tree || []);
  if (!best) return;
  const label = [...document.querySelectorAll('#fields [data-field]')].find((el) => el.field === best);
  if (label) {
    for (let p = label.parentElement; p; p = p.parentElement) if (p.tagName === 'DETAILS') p.open = true;
    showField(best, bytes, label);
  }
}

// ---- per-code charts: a bucket a second, the last CHART_SECONDS
function count(f, now) {
  let b = state.buckets[state.buckets.length - 1];
  if (!b || b.second !== now) {
    b = { second: now, packets: {}, bytes: {} };
    state.buckets.push(b);
    if (state.buckets.length > CHART_SECONDS) state.buckets.shift();
  }
  const key = `${f.dir} ${f.code ?? f.kind}`;
  b.packets[key] = (b.packets[key] || 0) + 1;
  b.bytes[key] = (b.bytes[key] || 0) + f.size;
}

function drawCharts() {
  const now = Math.floor(Date.now() / 1000);
  const totals = {};
  for (const b of state.buckets) for (const [k, v] of Object.entries(b.bytes)) totals[k] = (totals[k] || 0) + v;
  const keys = Object.keys(totals).sort((a, b) => totals[b] - totals[a]).slice(0, COLORS.length);
  chart($('chart-packets'), keys, (b, k) => b.packets[k] || 0, now, 'packets/s');
  chart($('chart-bytes'), keys, (b, k) => b.bytes[k] || 0, now, 'bytes/s');
  $('legend').replaceChildren(...keys.map((k, i) => {
    const s = document.createElement('span');
    const swatch = document.createElement('i');
    swatch.style.background = COLORS[i];
    s.append(swatch, document.createTextNode(k));
    return s;
  }));
}

function chart(canvas, keys, value, now, unit) {
  const g = canvas.getContext('2d');
  const w = canvas.width;
  const h = canvas.height;
  g.clearRect(0, 0, w, h);
  const bySecond = new Map(state.buckets.map((b) => [b.second, b]));
  let max = 1;
  for (const b of state.buckets) for (const k of keys) max = Math.max(max, value(b, k));
  keys.forEach((k, i) => {
    g.strokeStyle = COLORS[i];
    g.beginPath();
    for (let s = 0; s < CHART_SECONDS; s++) {
      const b = bySecond.get(now - CHART_SECONDS + 1 + s);
      const x = (s / (CHART_SECONDS - 1)) * (w - 4) + 2;
      const y = h - 14 - ((b ? value(b, k) : 0) / max) * (h - 20);
      if (s === 0) g.moveTo(x, y); else g.lineTo(x, y);
    }
    g.stroke();
  });
  g.fillStyle = '#8a93a3';
  g.font = '10px sans-serif';
  g.fillText(`${unit}, max ${Math.round(max)}`, 4, h - 3);
}
setInterval(drawCharts, 1000);

// ---- recordings: the list (GET /inspect/recordings), and recording from the page (POST /inspect/record,
// /inspect/record/off, /inspect/mark: the console's record and mark commands, for a page that may change things)
const CONTROLS = ['rec-target', 'rec-seconds', 'rec-mb', 'rec-start', 'rec-stop', 'mark-text', 'mark'];
state.recordings = { worlds: [], files: [], mayChange: false };

function allowChanges(mayChange) {
  state.recordings.mayChange = mayChange;
  for (const id of CONTROLS) {
    const el = $(id);
    if (el.dataset.title === undefined) el.dataset.title = el.title;
    el.disabled = !mayChange;
    el.title = mayChange ? el.dataset.title : 'read-only: sign in again with "allow changes" ticked';
  }
}
allowChanges(false);

/** What may be recorded: the connections and players this page follows, then every world. Values are scope:world:target. */
function drawTargets() {
  const f = state.following;
  const open = state.connections.filter((c) => c.closed === null);
  const options = [];
  for (const id of f.connections) {
    const c = state.connections.find((r) => r.id === id);
    if (c) options.push([`connection:${c.world}:${c.id}`, `connection ${c.id}${c.name ? ' (' + c.name + ')' : ''}`]);
  }
  for (const key of f.players) {
    const c = open.find((r) => r.player === key && r.sid >= 0);
    if (c) options.push([`player:${c.world}:${c.sid}`, `player ${c.sid}${c.name ? ' ' + c.name : ''}, across reconnects`]);
  }
  for (const w of state.recordings.worlds) options.push([`world:${w}:`, `world ${w} (every connection)`]);
  const select = $('rec-target');
  const now = [...select.options].map((o) => o.value + o.textContent).join();
  if (now === options.map(([v, t]) => v + t).join()) return;
  const chosen = select.value;
  select.replaceChildren(...options.map(([v, t]) => {
    const o = document.createElement('option');
    o.value = v;
    o.textContent = t;
    return o;
  }));
  if (options.some(([v]) => v === chosen)) select.value = chosen;
}

function target() {
  const [scope, world, ...rest] = $('rec-target').value.split(':');
  return { scope, world, target: rest.join(':') };
}

async function change(path, fields) {
  $('rec-answer').textContent = '…';
  try {
    const r = await fetch(path, { method: 'POST', body: new URLSearchParams(fields) });
    const json = (r.headers.get('content-type') || '').includes('json') ? await r.json() : null;
    $('rec-answer').textContent = json ? json.answer : `refused (${r.status})`;
  } catch (e) {
    $('rec-answer').textContent = `not sent: ${e.message}`;
  }
  listRecordings();
}

$('record-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const t = target();
  change('/inspect/record', { world: t.world, scope: t.scope, target: t.target, seconds: $('rec-seconds').value, mb: $('rec-mb').value });
});
$('rec-stop').onclick = () => change('/inspect/record/off', { world: target().world });
$('mark').onclick = () => change('/inspect/mark', { world: target().world, text: $('mark-text').value });

/**
 * Asks for a watch link (POST /inspect/watch: the console's "replay <file> to page" or "spectate <sid> to page")
 * and opens it in a new tab: the game's own page as a spectator, with its own pause, speed and seek. The tab is
 * opened at the click, before the answer, so that no pop-up blocker stops it.
 */
async function watch(fields) {
  const tab = window.open('', '_blank');
  $('rec-answer').textContent = '…';
  try {
    const r = await fetch('/inspect/watch', { method: 'POST', body: new URLSearchParams(fields) });
    const json = (r.headers.get('content-type') || '').includes('json') ? await r.json() : null;
    $('rec-answer').textContent = json ? json.answer : `refused (${r.status})`;
    if (json && json.link) {
      if (tab) tab.location = json.link;
      else $('rec-answer').append(' ', Object.assign(document.createElement('a'), { href: json.link, target: '_blank', textContent: 'open it' }));
      return;
    }
  } catch (e) {
    $('rec-answer').textContent = `not sent: ${e.message}`;
  }
  if (tab) tab.close();
}

const size = (n) => (n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);
function recordingItem(rec) {
  const li = document.createElement('li');
  li.className = rec.recording ? 'writing' : 'done';
  const a = document.createElement('a');
  a.href = rec.download;
  a.download = rec.name;
  a.textContent = rec.name;
  const facts = [];
  if (rec.world) facts.push(`${rec.scope}${rec.target ? ' ' + rec.target : ''} in ${rec.world}`, `part ${rec.part}`,
    `from ${new Date(rec.started).toISOString().slice(0, 19).replace('T', ' ')}`);
  if (rec.seconds >= 0) facts.push(`${rec.seconds.toFixed(1)} s${rec.recording ? ' so far' : ''}`);
  facts.push(size(rec.bytes));
  facts.push(rec.recording ? 'recording…' : rec.ended || 'not closed');
  const span = document.createElement('span');
  span.className = 'facts';
  span.textContent = ` ${facts.join(' · ')}`;
  li.append(a, span);
  if (!rec.recording && rec.world) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'replay';
    b.textContent = 'replay';
    b.title = 'plays it back in the game\'s own page, with pause, speed and seek';
    const world = state.recordings.worlds.includes(rec.world) ? rec.world : state.recordings.worlds[0];
    if (rec.scope === 'world') {
      // a whole world holds many views: the replay plays the one of the player whose sid is given
      const sid = Object.assign(document.createElement('input'), { type: 'number', min: 0, placeholder: 'sid', className: 'replay-sid',
        title: 'the sid of the player whose view to replay' });
      b.onclick = () => watch({ kind: 'replay', world, name: rec.name, sid: sid.value });
      li.append(' ', sid);
    } else {
      b.onclick = () => watch({ kind: 'replay', world, name: rec.name });
    }
    li.append(' ', b);
  }
  if (rec.markers.length) {
    const marks = document.createElement('ul');
    marks.className = 'markers';
    marks.append(...rec.markers.map((m) => {
      const item = document.createElement('li');
      item.textContent = `${m.seconds.toFixed(1)} s, tick ${m.tick}: ${m.text} (${m.origin})`;
      return item;
    }));
    li.append(marks);
  }
  return li;
}

async function listRecordings() {
  try {
    const r = await fetch('/inspect/recordings');
    if (!r.ok) return;
    const json = await r.json();
    state.recordings.worlds = json.worlds;
    state.recordings.files = json.recordings;
    allowChanges(json.mayChange);
    drawTargets();
    $('recordings-note').textContent = json.recordings.length ? '' : 'No recordings yet.';
    $('recordings-list').replaceChildren(...json.recordings.map(recordingItem));
  } catch (e) {
    // the next round tries again
  }
}
listRecordings();
setInterval(listRecordings, 5000);

applyFilters(true);
connect();
