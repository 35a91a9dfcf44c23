// Stand-ins for the third-party services the saved moomoo.io page expects, written for moomoo-server
// (README, "Serving the current client"). The page's own scripts for them are removed when it is served;
// this runs where the FRVR SDK's script was, before the page's inline scripts use window.FRVR.
(function () {
  'use strict';
  const done = () => Promise.resolve();
  const later = (fn, ...args) => setTimeout(() => { try { fn(...args); } catch (e) { console.error(e); } }, 0);

  // FRVR SDK: no accounts, no tracking, no ads. bootstrapper.init() must resolve, or the menu never shows.
  // Without FRVR.auth the page plays as a guest.
  window.FRVR = {
    config: {},
    init() {},
    tracker: { addExtraFieldFunction() {}, levelStart() {}, levelEnd() {}, track() {} },
    bootstrapper: { init: done, complete: done },
    profile: { name: () => '' },
    // "show an ad, then go on": there is no ad, so it goes on at once (the page passes what to do next, or waits for the promise)
    ads: { show(kind, next) { if (typeof next === 'function') later(next); return done(); } },
  };

  // Cloudflare Turnstile: this server checks no captcha (it rate-limits join tickets instead), so every
  // widget hands the page a token of its own at once, and a fresh one after each reset.
  const widgets = new Map();
  let nextWidget = 0;
  const token = () => 'stand-in.' + Math.random().toString(36).slice(2) + Date.now().toString(36);
  const deliver = (id) => {
    const w = widgets.get(id);
    if (!w) return;
    w.token = token();
    if (typeof w.options.callback === 'function') later(w.options.callback, w.token);
  };
  window.turnstile = {
    render(element, options) {
      const id = 'stand-in-' + (++nextWidget);
      widgets.set(id, { options: options || {}, token: null });
      deliver(id);
      return id;
    },
    reset(id) { deliver(id === undefined ? [...widgets.keys()].pop() : id); },
    execute(id) { deliver(id); },
    remove(id) { widgets.delete(id); },
    getResponse(id) { const w = widgets.get(id); return w ? w.token : undefined; },
    isExpired() { return false; },
  };

  // howler.js: sounds play through the browser's own audio when the saved folder has them (sound/*.mp3
  // beside the page); a missing file or a browser that will not play yet stays silent.
  window.Howl = class {
    constructor(options) {
      const src = options && options.src;
      this.src = Array.isArray(src) ? src[0] : src;
      this.audio = null;
      this.level = 1;
      this.looping = false;
      this.muted = false;
    }
    element() {
      if (!this.audio && typeof Audio === 'function' && this.src) {
        this.audio = new Audio(this.src);
        this.audio.addEventListener('error', () => {});
      }
      return this.audio;
    }
    play() {
      const a = this.element();
      if (a) {
        a.volume = this.level; a.loop = this.looping; a.muted = this.muted;
        try { a.currentTime = 0; const p = a.play(); if (p && p.catch) p.catch(() => {}); } catch (e) { /* silent */ }
      }
      return 0;
    }
    stop() { if (this.audio) this.audio.pause(); return this; }
    pause() { return this.stop(); }
    volume(v) { if (typeof v === 'number') { this.level = Math.max(0, Math.min(1, v)); if (this.audio) this.audio.volume = this.level; } return this.level; }
    loop(on) { if (typeof on === 'boolean') { this.looping = on; if (this.audio) this.audio.loop = on; } return this.looping; }
    mute(on) { if (typeof on === 'boolean') { this.muted = on; if (this.audio) this.audio.muted = on; } return this.muted; }
    playing() { return !!(this.audio && !this.audio.paused); }
  };

  // AdSense: the page may push to this queue; nothing reads it.
  window.adsbygoogle = window.adsbygoogle || [];

  // Accounts, friends, clans, profiles and top boards need accounts, which this server does not have
  // (its /api answers them "not available on this server"): the panels a guest can open say so.
  const notes = document.createElement('style');
  notes.textContent = [
    '#accountCard::after, #topPlayers::after, #profileCard::after {',
    '  display: block; margin-top: 10px; font-size: 14px; color: #b04a4a; text-align: center; }',
    '#accountCard::after { content: "Accounts, friends and clans are not available on this server."; }',
    '#topPlayers::after { content: "Top boards are not available on this server."; }',
    '#profileCard::after { content: "Player profiles are not available on this server."; }',
  ].join('\n');
  (document.head || document.documentElement).appendChild(notes);
})();
