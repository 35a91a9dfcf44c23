// The packet inspector's page (/inspect) against a server whose feed the test fills by hand (InspectorBrowserIT):
// sign in with the token, follow a connection, filter by code and a field expression (kept in the address),
// pause (frames wait, none is lost), the byte view of a field, a refused message inline, follow a player across
// its reconnect, 100,000 rows. Then,
// on a game server with a socket player (its port the fourth argument), signed in with changes allowed:
// record the followed connection, mark it, stop, see the file listed with its marker, download it (a zip); replay
// it in the game's own page (pause, seek, speed) and watch the player live from the connection list.
// Screenshots go to the given folder (inspect-follow.png, inspect-filter.png, inspect-pause.png, inspect-bytes.png,
// inspect-player.png, inspect-100k.png,
// inspect-recordings.png, watch-replay.png, watch-live.png).
// Usage: node inspect.mjs <port> <screenshot dir> <admin token> [<game server port>]
// Exits 0 when every check passed; otherwise prints the failed check and exits 1.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, check } from './chromium.mjs';

const [port, outDir, token, gamePort] = process.argv.slice(2);
const base = `http://127.0.0.1:${port}`;
const WAIT = { timeout: 20000 };
mkdirSync(outDir, { recursive: true });

const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const page = await context.newPage();
page.on('pageerror', (e) => { console.log(`page error: ${e.message}`); process.exitCode = 1; });
page.on('console', (m) => { if (m.type() === 'error') console.log(`console: ${m.text()}`); });
const inspect = (fn, arg) => page.evaluate(fn, arg);

try {
  await page.goto(`${base}/inspect`);
  check(await page.isVisible('#token') && !page.url().includes(token), 'the sign-in form, no token in the address');
  await page.fill('#token', 'wrong');
  await Promise.all([page.waitForSelector('#refused', WAIT), page.click('#sign-in')]);
  check((await page.textContent('#refused')).includes('not the admin token'), 'a wrong token is refused with a page');
  await page.goto(`${base}/inspect`);
  await page.fill('#token', token);
  await page.click('#sign-in');
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'connected', null, WAIT);
  check(!page.url().includes(token) && (await page.textContent('#rights')) === 'read-only', 'signed in, read-only (changes not asked for)');
  const cookies = await context.cookies();
  check(cookies.some((c) => c.httpOnly && c.sameSite === 'Strict' && c.path === '/inspect'), 'the session cookie is HttpOnly, SameSite=Strict, for /inspect');
  check(await inspect(() => document.cookie === ''), 'and the page\'s scripts cannot read it');
  await page.waitForFunction(() => document.querySelectorAll('#rec-target option').length > 0, null, WAIT);
  check(await inspect(() => ['rec-start', 'rec-stop', 'mark'].every((id) => document.getElementById(id).disabled)),
    'a read-only page has the recording controls disabled');

  // the connection list, then follow c1
  await page.waitForFunction(() => ['c1', 'c2'].every((id) => document.querySelector(`#connections tr[data-id="${id}"]`)), null, WAIT);
  await page.waitForFunction(() => document.querySelector('#connections tr[data-id="c1"]').textContent.includes('bob'), null, WAIT);
  const c1 = await page.textContent('#connections tr[data-id="c1"]');
  check(c1.includes('bob') && c1.includes('192.0.2.10') && c1.includes('era2'), `the connection list shows c1: ${c1}`);
  await page.click('#connections tr[data-id="c1"]');
  await page.waitForFunction(() => window.__inspect.all.length > 30, null, WAIT);
  check(await inspect(() => window.__inspect.all.every((f) => f.conn === 'c1')), 'following c1 shows c1\'s frames only');
  check(page.url().includes('follow=conn%3Ac1'), 'the following is in the address too');
  await page.screenshot({ path: join(outDir, 'inspect-follow.png') });

  // filter: code a, a.x > 7000
  await page.fill('#f-code', 'a');
  await page.fill('#f-where', 'a.x > 7000');
  await page.waitForFunction(() => document.querySelectorAll('#packets .row').length > 0, null, WAIT);
  const allAbove = await inspect(() => {
    const rl = document.querySelector('#packets');
    return [...rl.querySelectorAll('.row')].every((r) => r.item.code === 'a' && r.item.fields.players.some((p) => p.x > 7000));
  });
  check(allAbove, 'only a updates listed, each with a player row whose x is above 7000');
  check(decodeURIComponent(page.url()).includes('where=a.x > 7000'.replace(/ /g, '+')) || decodeURIComponent(page.url()).includes('where=a.x+>+7000'),
    'the filter a.x > 7000 is kept in the address');
  const shared = await context.newPage();
  await shared.goto(page.url());
  await shared.waitForFunction(() => document.getElementById('f-where').value === 'a.x > 7000', null, WAIT);
  check(true, 'a second page opened on that address has the same filter');
  await shared.close();
  await page.fill('#f-where', 'a.x >');
  check((await page.textContent('#f-error')).includes('cannot read'), 'a clause that does not parse is named');
  await page.fill('#f-where', 'a.x > 7000');
  await page.screenshot({ path: join(outDir, 'inspect-filter.png') });

  // pause: frames wait instead of being dropped
  const before = await inspect(() => window.__inspect.all.length);
  await page.click('#pause');
  await page.waitForFunction(() => window.__inspect.waiting.length > 10, null, WAIT);
  const during = await inspect(() => window.__inspect.all.length);
  const waiting = await page.textContent('#waiting');
  check(during - before < 5 && /\d+ waiting/.test(waiting), `paused, frames wait (${waiting}), the list holds still`);
  await page.screenshot({ path: join(outDir, 'inspect-pause.png') });
  const held = await inspect(() => window.__inspect.waiting.length);
  await page.click('#pause');
  const after = await inspect(() => window.__inspect.all.length);
  check(after >= during + held, `resumed: the ${held} that waited are in the list`);

  // the byte view
  await page.fill('#f-where', '');
  await page.fill('#f-code', 'a');
  // the filter is applied as the page gets round to it: the rows are the a updates only once it has
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('#packets .row')];
    return rows.length > 2 && rows.every((r) => r.item.code === 'a');
  }, null, WAIT);
  // the list takes in c1's frames as they come: a row can be redrawn under the pointer as it is clicked (it
  // failed so once, under load), so a click that picked nothing is made again, within the same wait
  const pickBy = Date.now() + WAIT.timeout;
  let picked = false;
  while (!picked && Date.now() < pickBy) {
    await page.click('#packets .row >> nth=2');
    picked = await page.waitForSelector('#fields [data-field="x"]', { timeout: 2000 }).then(() => true, () => false);
  }
  check(picked, `a clicked a update shows its fields (${await page.textContent('#detail-title')})`);
  await page.click('#fields [data-field="x"] >> nth=0');
  const type = await page.textContent('#field-type');
  const lit = await inspect(() => [...document.querySelectorAll('#plain-bytes .hl')].map((s) => s.textContent.trim()));
  check(type.includes('float32') && lit.length === 5 && lit[0] === 'ca', `the byte view names x a float32 and lights its 5 bytes: ${type} [${lit.join(' ')}]`);
  await page.click('#fields [data-field="sid"] >> nth=0');
  check((await page.textContent('#field-type')).includes('positive fixint'), 'and a sid a positive fixint');
  await page.screenshot({ path: join(outDir, 'inspect-bytes.png') });

  // a refused message, inline with its reason (follow c2 too)
  await page.fill('#f-code', '');
  await page.click('#connections tr[data-id="c2"]');
  await page.fill('#f-text', 'malformed');
  await page.waitForFunction(() => [...document.querySelectorAll('#packets .row')].some((r) => r.classList.contains('REFUSED')), null, { timeout: 30000 });
  const refused = await page.textContent('#packets .row.REFUSED');
  check(refused.includes('REFUSED: malformed'), `a refused message inline with its reason: ${refused}`);
  await page.fill('#f-text', '');

  // follow a player (not a connection): bob reconnects on c3, and the page goes on with it there
  await page.click('#stop');
  await page.click('#connections tr[data-id="c1"] button:text-is("follow player")');
  await page.waitForFunction(() => document.getElementById('following').textContent === 'following player bob@c1', null, WAIT);
  await page.evaluate(() => fetch('/test/reconnect'));
  await page.waitForFunction(() => window.__inspect.all.some((f) => f.conn === 'c3'), null, WAIT);
  const since = await inspect(() => window.__inspect.all.findIndex((f) => f.conn === 'c3'));
  await page.waitForFunction((n) => window.__inspect.all.length > n + 20, since, WAIT);
  const onC3 = await inspect((n) => window.__inspect.all.slice(n).map((f) => f.player + ' ' + f.conn), since);
  check(onC3.every((p) => p === 'bob@c1 c3'), `following player bob@c1 goes on with it on c3 after its reconnect (${onC3.length} frames since, all of it)`);
  await page.screenshot({ path: join(outDir, 'inspect-player.png') });

  // 100,000 rows: only those in sight are in the DOM; reading does not jump
  await page.evaluate(() => fetch('/test/burst'));
  await page.waitForFunction(() => window.__inspect.all.length >= 100000, null, { timeout: 90000 });
  const dom = await inspect(() => document.querySelectorAll('#packets .row').length);
  check(dom < 200, `100000 rows, ${dom} of them in the DOM`);
  const scroll = await inspect(() => {
    const l = document.getElementById('packets');
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) {
      l.scrollTop = (l.scrollHeight * i) / 50;
      l.dispatchEvent(new Event('scroll'));
    }
    return performance.now() - t0;
  });
  check(scroll < 2000, `50 jumps through them took ${Math.round(scroll)} ms`);
  await inspect(() => { const l = document.getElementById('packets'); l.scrollTop = l.scrollHeight / 2; l.dispatchEvent(new Event('scroll')); });
  const top = await inspect(() => document.getElementById('packets').scrollTop);
  const n = await inspect(() => window.__inspect.all.length);
  await page.waitForFunction((m) => window.__inspect.all.length > m + 5, n, WAIT);
  check(Math.abs((await inspect(() => document.getElementById('packets').scrollTop)) - top) < 1, 'while reading mid-list, new frames do not move it');
  const painted = await inspect(() => {
    const c = document.getElementById('chart-bytes');
    return c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 === 3 && v > 0);
  });
  check(painted, 'the per-code charts are drawn');
  await page.screenshot({ path: join(outDir, 'inspect-100k.png') });

  if (gamePort) await recordFromThePage(`http://127.0.0.1:${gamePort}`);
} catch (e) {
  console.log(e.message);
  console.log(`at ${page.url()}: status "${await page.evaluate(() => document.getElementById('status')?.textContent)}"`);
  process.exitCode = 1;
} finally {
  await browser.close();
}

/** On a game server's inspector, signed in with changes allowed: record the followed connection, mark, stop, list, download. */
async function recordFromThePage(game) {
  const own = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true }); // its own cookies
  const p = await own.newPage();
  p.on('pageerror', (e) => { console.log(`page error: ${e.message}`); process.exitCode = 1; });
  const answer = (start) => p.waitForFunction((s) => document.getElementById('rec-answer').textContent.startsWith(s), start, WAIT);
  await p.goto(`${game}/inspect`);
  await p.fill('#token', token);
  await p.check('#changes');
  await p.click('#sign-in');
  await p.waitForFunction(() => document.getElementById('status')?.textContent === 'connected', null, WAIT);
  check((await p.textContent('#rights')) === 'may change', 'signed in with changes allowed');
  await p.waitForFunction(() => window.__inspect.connections.some((c) => c.sid >= 0 && c.closed === null), null, WAIT);
  const conn = await p.evaluate(() => window.__inspect.connections.find((c) => c.sid >= 0 && c.closed === null).id);
  await p.click(`#connections tr[data-id="${conn}"]`);
  await p.waitForFunction((id) => [...document.querySelectorAll('#rec-target option')].some((o) => o.value === `connection:main:${id}`), conn, WAIT);
  await p.selectOption('#rec-target', `connection:main:${conn}`);
  await p.fill('#rec-seconds', '120');
  await p.fill('#rec-mb', '8');
  await p.click('#rec-start');
  await answer('recording connection');
  check((await p.textContent('#rec-answer')).includes(`recording connection ${conn} in world main`), `recording started from the page: ${await p.textContent('#rec-answer')}`);
  await p.waitForFunction(() => document.querySelector('#recordings-list li.writing'), null, WAIT);
  check(true, 'the file being written is listed');
  await p.waitForFunction(() => window.__inspect.all.length > 10, null, WAIT); // the player's traffic, as the recording sees it
  // long enough for a second keyframe (one every 5 s), so that a seek past it lands on it
  await p.waitForFunction(() => [...document.querySelectorAll('#recordings-list li.writing')]
    .some((li) => Number((/([0-9.]+) s so far/.exec(li.textContent) || [])[1]) >= 7), null, { timeout: 30000 });
  await p.fill('#mark-text', 'marked from the page');
  await p.click('#mark');
  await answer('marked at tick');
  check(true, 'a marker from the page');
  await p.click('#rec-stop');
  await answer('recording stopped');
  await p.waitForFunction(() => [...document.querySelectorAll('#recordings-list li.done')].some((li) => li.textContent.includes('marked from the page')),
    null, WAIT);
  const item = await p.textContent('#recordings-list li.done');
  check(item.includes(`connection ${conn} in main`) && item.includes('stopped') && item.includes('(inspect '),
    `stopped, listed with its marker and who made it: ${item}`);
  await p.screenshot({ path: join(outDir, 'inspect-recordings.png') });
  const [download] = await Promise.all([p.waitForEvent('download', WAIT), p.click('#recordings-list li.done a')]);
  const bytes = readFileSync(await download.path());
  check(bytes.length > 100 && bytes[0] === 0x50 && bytes[1] === 0x4b && download.suggestedFilename().endsWith('.rec.zip'),
    `the download is a zip (${download.suggestedFilename()}, ${bytes.length} bytes, starts ${bytes.subarray(0, 2).toString('latin1')})`);
  await replayFromThePage(own, p);
  await watchLiveFromThePage(own, p, conn);
  await own.close();
}

/** Opens the game's own page from the button {@code selector} of the inspector {@code p}: the watch tab, once it has a status. */
async function openWatchTab(own, p, selector) {
  const [tab] = await Promise.all([own.waitForEvent('page', WAIT), p.click(selector)]);
  tab.on('pageerror', (e) => { console.log(`watch page error: ${e.message}`); process.exitCode = 1; });
  await tab.waitForURL(/watch=[0-9a-f]{32}/, WAIT);
  check(/\/\?world=main&watch=[0-9a-f]{32}$/.test(new URL(tab.url()).pathname + new URL(tab.url()).search), `a watch link opened: ${tab.url()}`);
  return tab;
}

/** The recorded player as the watch tab draws it: its sid, name and where it stands (null until drawn). */
function watched(tab) {
  return tab.evaluate(() => {
    const s = window.Moo.state;
    const me = s.players.get(s.mySid);
    return me ? { sid: me.sid, name: me.name, x: me.next.x, y: me.next.y } : null;
  });
}

/** The watch tab's bar: what the show last said. */
function status(tab) {
  return tab.textContent('#watch-status');
}

/** The recording played back in the game's own page: its player drawn, pause, speed, and seeks that land where they should. */
async function replayFromThePage(own, p) {
  const tab = await openWatchTab(own, p, '#recordings-list li.done button.replay');
  await tab.waitForFunction(() => { const s = window.Moo?.state; return s?.players.get(s.mySid)?.name === 'recorded'; }, null, WAIT);
  check(await tab.isHidden('#menu') && (await status(tab)).startsWith('replay of '), `the replay draws the recorded player, no menu: ${await status(tab)}`);
  await tab.click('#watch-pause');
  await tab.waitForFunction(() => / paused at /.test(document.getElementById('watch-status').textContent), null, WAIT);
  check((await tab.textContent('#watch-pause')) === 'Play', `paused from the page: ${await status(tab)}`);
  const seek = async (at) => {
    const seen = await tab.evaluate(() => window.Moo.state.chatSeen);
    await tab.fill('#watch-seek', at);
    await tab.click('#watch-seek-form button');
    // the replay says where it landed after it has shown the keyframe and the fast-forward: once that line is in, so is the view
    await tab.waitForFunction(([n, a]) => window.Moo.state.chat.some((c) => c.n > n && c.message.includes(`paused at ${a}`)), [seen, at + '.0'], WAIT);
    return watched(tab);
  };
  const early = await seek('0:01');
  const late = await seek('0:06');
  const again = await seek('0:01');
  check(late && Math.hypot(late.x - early.x, late.y - early.y) > 20, `seeking to 0:06 moves the player (from ${early.x},${early.y} to ${late.x},${late.y})`);
  check(again.x === early.x && again.y === early.y, `seeking back to 0:01 lands where the first seek there did (${again.x},${again.y})`);
  await tab.selectOption('#watch-speed', '2');
  await tab.waitForFunction(() => document.getElementById('watch-status').textContent.includes('speed 2'), null, WAIT);
  await tab.click('#watch-pause');
  await tab.waitForFunction(() => / playing at | ended at /.test(document.getElementById('watch-status').textContent), null, WAIT);
  check(true, `speed 2x, playing on: ${await status(tab)}`);
  await tab.screenshot({ path: join(outDir, 'watch-replay.png') });
  await tab.close();
}

/** A player's view, live, from the connection list's watch button: it moves as the player walks. */
async function watchLiveFromThePage(own, p, conn) {
  const tab = await openWatchTab(own, p, `#connections tr[data-id="${conn}"] button:text-is("watch")`);
  await tab.waitForFunction(() => { const s = window.Moo?.state; return s?.players.get(s.mySid)?.name === 'recorded'; }, null, WAIT);
  check((await status(tab)).startsWith('live view of player '), `the live view draws the player: ${await status(tab)}`);
  const first = await watched(tab);
  await tab.waitForFunction((f) => { const s = window.Moo.state; const me = s.players.get(s.mySid); return Math.hypot(me.next.x - f.x, me.next.y - f.y) > 20; },
    first, WAIT);
  check(true, 'the live view moves as the player walks');
  await tab.screenshot({ path: join(outDir, 'watch-live.png') });
  await tab.close();
}
