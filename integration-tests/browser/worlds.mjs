// The own client's world picker on a server of two worlds, main (normal) and sandbox (sandbox rules, room
// for one): the menu lists both with their players, picking sandbox dials it and loads its tables, the
// pick is remembered for the next page, and that page, on a world now full, says so and offers the other.
// Screenshots of the menu go to the given folder (worlds-menu.png, worlds-full.png).
// Usage: node worlds.mjs <port> <screenshot dir>
// Exits 0 when every check passed; otherwise prints the failed check and exits 1.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, check } from './chromium.mjs';

const [port, outDir] = process.argv.slice(2);
const base = `http://127.0.0.1:${port}/`;
const WAIT = { timeout: 20000 };
mkdirSync(outDir, { recursive: true });

const browser = await launch();
// one context: its pages share localStorage, as a player's tabs do
const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });

async function open(url) {
  const page = await context.newPage();
  page.on('pageerror', (e) => { console.log(`page error: ${e.message}`); process.exitCode = 1; });
  await page.goto(url);
  await ready(page);
  return page;
}
const ready = (page) => page.waitForFunction(() => !document.getElementById('play').disabled && window.__moo.data, null, WAIT);
const listed = (page) => page.$$eval('#worlds button', (bs) => bs.map((b) => ({ name: b.dataset.world, text: b.textContent, disabled: b.disabled, chosen: b.classList.contains('chosen') })));
/** Clicks world {@code name} in the menu: the page reloads on it. */
const pick = (page, name) => Promise.all([page.waitForURL(new RegExp('[?&]world=' + name), WAIT), page.click(`#worlds button[data-world="${name}"]`)]);

try {
  const first = await open(base);
  const menu = await listed(first);
  check(await first.isVisible('#worlds') && menu.length === 2, 'the menu lists the server\'s two worlds: ' + menu.map((w) => w.text).join(', '));
  check(menu[0].name === 'main' && menu[0].text.includes('0/10') && menu[0].chosen && menu[1].name === 'sandbox' && menu[1].text.includes('0/1'),
    'each with its players and capacity, the default chosen');
  check(await first.evaluate(() => window.__moo.data.sandbox === false), 'the default world\'s tables first');
  await first.screenshot({ path: join(outDir, 'worlds-menu.png') });

  await pick(first, 'sandbox');
  await ready(first);
  check(await first.evaluate(() => window.__moo.data.sandbox === true), 'picking sandbox loads its tables (/game-data.json?world=sandbox)');
  await first.fill('#name', 'builder');
  await first.click('#play');
  await first.waitForFunction(() => window.__moo.alive && window.__moo.mySid !== null, null, WAIT);
  const count = await first.evaluate(() => fetch('/api/servers').then((r) => r.json()).then((l) => l.find((w) => w.name === 'sandbox').playerCount));
  check(count === 1, 'and the page plays in sandbox (its player count is 1)');

  const second = await open(base);
  const again = await listed(second);
  check(again.find((w) => w.chosen).name === 'sandbox', 'the pick is remembered: a new page without ?world= is on sandbox');
  const note = await second.textContent('#world-note');
  const full = again.find((w) => w.name === 'sandbox');
  check(note.includes('full') && full.text.includes('1/1 full'), `a full world says so: "${note}", "${full.text}"`);
  await second.screenshot({ path: join(outDir, 'worlds-full.png') });
  await pick(second, 'main');
  await ready(second);
  await second.fill('#name', 'walker');
  await second.click('#play');
  await second.waitForFunction(() => window.__moo.alive && window.__moo.mySid !== null, null, WAIT);
  check(await second.evaluate(() => window.__moo.data.sandbox === false), 'the other world picked, joined, with its own tables');
} catch (e) {
  console.log(e.message);
  process.exitCode = 1;
} finally {
  await browser.close();
}
