// Two browser pages play on one server: one moves with the keyboard and the other sees it move,
// one swings at a tree and its wood count rises, a chat line from one appears on the other.
// Usage: node two-players.mjs <port> <screenshot dir> <admin token>
// Exits 0 when every check passed; otherwise prints the failed check and exits 1.
import { chromium } from 'playwright-core';
import { mkdirSync } from "node:fs";
import { join } from 'node:path';

const [port, outDir, token] = process.argv.slice(2);
const base = `http://127.0.0.1:${port}/`;
const WAIT = { timeout: 20000 };
mkdirSync(outDir, { recursive: true });

// playwright gives the browser a fresh, empty profile of its own.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

function check(condition, message) {
  if (!condition) throw new Error('check failed: ' + message);
  console.log('ok - ' + message);
}

async function enter(name) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on('pageerror', (e) => { console.log(`page error (${name}): ${e.message}`); process.exitCode = 1; });
  await page.goto(base);
  await page.waitForFunction(() => !document.getElementById('play').disabled, null, WAIT);
  await page.fill('#name', name);
  await page.click('#play');
  await page.waitForFunction(() => window.__moo.alive && window.__moo.mySid !== null, null, WAIT);
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  return page;
}

async function say(page, text) {
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function lastNotice(page, text) {
  await page.waitForFunction((t) => window.__moo.chat.some((c) => c.sid === -1 && c.message === t), text, WAIT);
}

try {
  const alice = await enter("alice");
  const bob = await enter("bob");
  const a = await alice.evaluate(() => window.__moo.mySid);
  const b = await bob.evaluate(() => window.__moo.mySid);
  check(a !== b, `two players spawned (sids ${a} and ${b})`);

  // Alice logs in as admin through chat and brings both players together.
  await say(alice, '/login ' + token);
  await lastNotice(alice, 'logged in as admin');
  await say(alice, `/tp ${a} 3000 3000`);
  await lastNotice(alice, `moved ${a} to 3000,3000`);
  await say(alice, `/tp ${b} 3400 3000`);
  await lastNotice(alice, `moved ${b} to 3400,3000`);

  // Bob sees Alice; Alice walks right with the keyboard; Bob sees her x grow.
  await bob.waitForFunction((sid) => { const p = window.__moo.players.get(sid); return p && p.visible; }, a, WAIT);
  const startX = await bob.evaluate((sid) => window.__moo.players.get(sid).next.x, a);
  await alice.keyboard.down('d');
  await bob.waitForFunction(([sid, x]) => window.__moo.players.get(sid).next.x > x + 150, [a, startX], WAIT);
  await alice.keyboard.up('d');
  const movedX = await bob.evaluate((sid) => window.__moo.players.get(sid).next.x, a);
  check(movedX > startX + 150, `bob saw alice move right with D (${Math.round(startX)} -> ${Math.round(movedX)})`);

  // A tree right above Alice; she aims up and swings until her wood count rises.
  await say(alice, `/tp ${a} 3000 3000`);
  await lastNotice(alice, `moved ${a} to 3000,3000`);
  await say(alice, '/spawn tree 3000 2830');
  await alice.waitForFunction(() => [...window.__moo.objects.values()].some((o) => o.type === 0 && o.x === 3000 && o.y === 2830), null, WAIT);
  await alice.mouse.move(640, 200);
  await alice.mouse.down();
  await alice.waitForFunction(() => Number(document.getElementById('wood').textContent) > 100, null, WAIT);
  await alice.mouse.up();
  const wood = await alice.evaluate(() => Number(document.getElementById('wood').textContent));
  check(wood > 100, `alice's wood rose above the 100 she started with: ${wood}`);

  // Bob chats; the line appears on Alice's page.
  await say(bob, 'hello from bob');
  await alice.waitForFunction(() => [...document.querySelectorAll('#chat-log div')].some((d) => d.textContent === 'bob: hello from bob'), null, WAIT);
  check(true, 'a chat line from bob appeared on alice\'s page');

  await alice.screenshot({ path: join(outDir, 'alice.png') });
  await bob.screenshot({ path: join(outDir, 'bob.png') });
  console.log('screenshots in ' + outDir);

  // Typing in the chat box moves nobody and swings nothing.
  const sentBefore = await alice.evaluate(() => ({ ...window.__moo.sent }));
  await alice.keyboard.press('Enter');
  await alice.keyboard.down('d');
  await alice.keyboard.type('dw');
  await alice.keyboard.up('d');
  await alice.mouse.down();
  await alice.mouse.up();
  const sentTyping = await alice.evaluate(() => ({ ...window.__moo.sent }));
  // (the click moved the focus off the chat box) put the chat box away unsent
  await alice.evaluate(() => { const c = document.getElementById('chat'); c.value = ''; c.blur(); c.classList.add('hidden'); });
  check((sentTyping['9'] || 0) === (sentBefore['9'] || 0) && (sentTyping.F || 0) === (sentBefore.F || 0),
    `no move (9) or attack (F) sent while typing in the chat box (9: ${sentBefore['9'] || 0} -> ${sentTyping['9'] || 0}, F: ${sentBefore.F || 0} -> ${sentTyping.F || 0})`);

  // A restart: the page shows the time left and counts down to the end, then the connection closes.
  await say(alice, '/stop 3');
  const shown = [];
  for (const left of ['0:03', '0:02', '0:01', '0:00']) {
    await alice.waitForFunction((t) => document.getElementById('notice').textContent === 'Server restarting in ' + t, left, WAIT);
    shown.push(left);
  }
  check(shown.length === 4, `the restart notice counted down ${shown.join(', ')}`);
  await alice.waitForFunction(() => !document.getElementById('lost').classList.contains('hidden'), null, WAIT);
  check(true, 'the page says the connection was lost once the server stopped');
} catch (e) {
  console.log(e.stack || String(e));
  process.exitCode = 1;
} finally {
  await browser.close();
}
