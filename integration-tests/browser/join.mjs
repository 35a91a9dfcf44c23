// One page joins a server and sees itself, with the packet codes the server gives it: the own client
// plays whichever era's code table the server speaks. A screenshot of the joined page goes to the
// given folder as era<era>-joined.png.
// Usage: node join.mjs <port> <screenshot dir> <era> <the era's code of SPAWN>
// Exits 0 when every check passed; otherwise prints the failed check and exits 1.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, check } from './chromium.mjs';

const [port, outDir, era, spawnCode] = process.argv.slice(2);
const WAIT = { timeout: 20000 };
mkdirSync(outDir, { recursive: true });

const browser = await launch();

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on('pageerror', (e) => { console.log(`page error: ${e.message}`); process.exitCode = 1; });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => !document.getElementById('play').disabled && window.__moo.data, null, WAIT);
  const spawn = await page.evaluate(() => window.__moo.protocol.client.SPAWN);
  check(spawn === spawnCode, `the page speaks the server's era ${era} codes (SPAWN is "${spawn}")`);

  await page.fill('#name', 'era' + era);
  await page.click('#play');
  await page.waitForFunction(() => window.__moo.alive && window.__moo.mySid !== null, null, WAIT);
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await page.waitForFunction(() => { const s = window.__moo; const p = s.players.get(s.mySid); return p && p.visible && s.received.UPDATE_PLAYERS > 1; }, null, WAIT);
  const me = await page.evaluate(() => { const s = window.__moo; return { sid: s.mySid, x: s.players.get(s.mySid).next.x }; });
  check(true, `joined as sid ${me.sid} and sees itself in UPDATE_PLAYERS`);

  await page.keyboard.down('d');
  await page.waitForFunction((x) => window.Moo.me().next.x > x + 100, me.x, WAIT);
  await page.keyboard.up('d');
  const moved = await page.evaluate(() => window.Moo.me().next.x);
  check(moved > me.x + 100, `walked right with D and saw itself move (${Math.round(me.x)} -> ${Math.round(moved)})`);
  await page.waitForFunction(() => window.__moo.leaderboard.some((row) => row.sid === window.__moo.mySid), null, WAIT);
  const kinds = await page.evaluate(() => ({ received: Object.keys(window.__moo.received), known: Object.keys(window.__moo.protocol.server) }));
  const unknown = kinds.received.filter((k) => !kinds.known.includes(k));
  check(unknown.length === 0, `every packet that came was known by its kind (${kinds.received.join(', ')}), and the leaderboard lists the page`);
  await page.screenshot({ path: join(outDir, `era${era}-joined.png`) });
} catch (e) {
  console.log(e.stack || String(e));
  process.exitCode = 1;
} finally {
  await browser.close();
}
