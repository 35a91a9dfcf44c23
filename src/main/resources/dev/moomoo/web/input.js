// Keys and mouse, as the real client has them: WASD or arrows move (sent as a move angle), the mouse
// aims, a click or Space uses what is in hand (swing, shoot, eat, place), 1-9 pick weapons then items by
// their place in the bar, Q the food, E auto-gather, X locks the aim, R pings the map, Enter chats, Esc
// closes. Nothing typed into the chat or a panel's box ever moves or swings.
import { state, send, on, now } from './game.js';
import { slots, select, closeWindows } from './hud.js';

const $ = (id) => document.getElementById(id);
const canvas = $('game');
const chatBox = $('chat');
const keys = new Set();
let moveAngle = null, lastAimSent = 0, aimLocked = false, attacking = false, aimTimer = 0;

/** Whether the keyboard belongs to a text box now (the chat, the name, a tribe name). */
const typing = () => {
  const a = document.activeElement;
  return !!a && (a.tagName === 'INPUT' || a.tagName === 'TEXTAREA');
};

function updateMove() {
  let dx = 0, dy = 0;
  if (keys.has('w') || keys.has('arrowup')) dy--;
  if (keys.has('s') || keys.has('arrowdown')) dy++;
  if (keys.has('a') || keys.has('arrowleft')) dx--;
  if (keys.has('d') || keys.has('arrowright')) dx++;
  const angle = dx === 0 && dy === 0 ? null : Math.atan2(dy, dx);
  if (angle !== moveAngle) { moveAngle = angle; send('MOVE', angle); }
}
function stop() {
  keys.clear();
  if (moveAngle !== null) { moveAngle = null; send('RESET_MOVE'); }
  if (attacking) { attacking = false; send('ATTACK', 0, null); }
}

function openChat() {
  stop(); // keys held now type, they do not walk
  chatBox.classList.remove('hidden');
  chatBox.focus();
}
function closeChat(sendLine) {
  if (sendLine && chatBox.value.trim()) send('CHAT', chatBox.value.slice(0, 30));
  chatBox.value = '';
  chatBox.blur();
  chatBox.classList.add('hidden');
}

/** Uses what is in hand at the aim: press, and (held) keep swinging; an item is used once. */
function press() {
  if (attacking) return;
  attacking = true;
  send('ATTACK', 1, Math.round(state.aim * 100) / 100);
}
function release() {
  if (!attacking) return;
  attacking = false;
  send('ATTACK', 0, null);
}

chatBox.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') { closeChat(true); e.preventDefault(); }
  else if (e.key === 'Escape') { closeChat(false); e.preventDefault(); }
  e.stopPropagation();
});

window.addEventListener('keydown', (e) => {
  if (typing()) return; // the box's own keys; nothing reaches the game
  if (!state.alive || e.ctrlKey || e.metaKey || e.altKey) return; // the browser's shortcuts stay the browser's
  const k = e.key.toLowerCase();
  if (e.key === 'Enter') { openChat(); e.preventDefault(); return; }
  if (e.key === 'Escape') { closeWindows(); return; }
  if (e.repeat && !['w', 'a', 's', 'd', 'arrowup', 'arrowdown', 'arrowleft', 'arrowright'].includes(k)) return;
  if (e.key === ' ') { press(); e.preventDefault(); return; }
  if (/^[1-9]$/.test(e.key)) {
    const s = slots()[Number(e.key) - 1];
    if (s) select(s);
    return;
  }
  if (k === 'q') { if (state.items.length) select({ weapon: false, id: state.items[0] }); return; }
  if (k === 'e') { send('TOGGLE', 1); return; }
  if (k === 'x') { aimLocked = !aimLocked; send('TOGGLE', 0); return; }
  if (k === 'r') { send('MAP_PING', 1); return; }
  if (['w', 'a', 's', 'd', 'arrowup', 'arrowdown', 'arrowleft', 'arrowright'].includes(k)) {
    keys.add(k);
    updateMove();
    e.preventDefault();
  }
});
window.addEventListener('keyup', (e) => {
  if (e.key === ' ') { release(); return; }
  keys.delete(e.key.toLowerCase());
  updateMove(); // a key let go stops its way even while a box has the keyboard
});
window.addEventListener('blur', stop);
// A text box taking the keyboard stops the player: keys held now type.
document.addEventListener('focusin', (e) => { if (e.target.tagName === 'INPUT') stop(); });

canvas.addEventListener('mousemove', (e) => {
  if (aimLocked) return;
  state.aim = Math.atan2(e.clientY - canvas.clientHeight / 2, e.clientX - canvas.clientWidth / 2);
  const t = now();
  if (t - lastAimSent > 50) { lastAimSent = t; send('AIM', Math.round(state.aim * 100) / 100); }
  clearTimeout(aimTimer); // the last move is sent too, a moment later
  aimTimer = setTimeout(() => { lastAimSent = now(); send('AIM', Math.round(state.aim * 100) / 100); }, 60);
});
canvas.addEventListener('mousedown', (e) => {
  if (e.button !== 0 || !state.alive) return;
  if (typing()) document.activeElement.blur();
  press();
});
window.addEventListener('mouseup', release);
canvas.addEventListener('contextmenu', (e) => e.preventDefault());
// A click on the minimap pings it, as R does.
$('minimap').style.pointerEvents = 'auto';
$('minimap').addEventListener('click', () => { if (state.alive) send('MAP_PING', 1); });
on('died', stop);
