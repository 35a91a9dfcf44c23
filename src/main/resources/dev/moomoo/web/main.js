// The page's entry: the socket and state (game.js), the canvas (view.js), the panels (hud.js) and the
// keys and mouse (input.js), loaded as ES modules with no build step. window.Moo gathers what the
// browser test and curious players reach for.
import { state, send, me } from './game.js';
import { worldScale, frameStats } from './view.js';
import { slots } from './hud.js';
import './input.js';
import './watch.js';

window.Moo = { state, send, me, slots, worldScale, frameStats };
