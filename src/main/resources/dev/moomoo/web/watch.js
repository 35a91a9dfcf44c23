// The page as a spectator's screen (?watch=<token>, see game.js): no menu and no seat in the world; a bar
// that controls the show with the chat lines the server reads from a spectator (/pause, /play, /speed 2,
// /seek 1:30; README, "Replays and spectating"), and shows the server's answer, which it writes to this
// page's chat panel as it starts and after each control. Without a watch token this module does nothing.
import { state, send, on, watching } from './game.js';

const $ = (id) => document.getElementById(id);

if (watching) {
  document.body.classList.add('watching');
  $('menu').classList.add('hidden');
  $('watch-bar').classList.remove('hidden');
  state.watch = { status: '', paused: false };

  const control = (line) => send('CHAT', line);
  $('watch-pause').onclick = () => control(state.watch.paused ? '/play' : '/pause');
  $('watch-speed').onchange = () => control('/speed ' + $('watch-speed').value);
  $('watch-seek-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const at = $('watch-seek').value.trim();
    if (at) control('/seek ' + at);
  });

  // the show's own lines ("replay of <file>: paused at 0:12.0 of 1:30.0, speed 1.0x", "live view of player 3 in
  // world main: paused, ..."); other server lines (why a control was refused, or a notice the recorded player
  // was shown) stay in the chat panel only
  on('chat', (who, message) => {
    if (who !== 'server' || !/^(replay of |live view of )/.test(message)) return;
    state.watch.status = message;
    state.watch.paused = /: paused\b/.test(message);
    $('watch-status').textContent = message;
    $('watch-pause').textContent = state.watch.paused ? 'Play' : 'Pause';
  });
  // the watched player's death is theirs: nothing to respawn here
  on('died', () => $('respawn').classList.add('hidden'));
}
