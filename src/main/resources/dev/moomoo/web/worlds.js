// Which of this server's worlds the page plays in: ?world=<name> in the page's URL, else the one the player
// picked last (kept in localStorage), else the server's default (the first listed). The list is
// /api/servers, the one the v1.9 page reads; it is empty while the server drains before a restart, and the
// page then dials the default world, which tells it to pick another server. Picking a world reloads the
// page on ?world=<name>: its socket and its tables (/game-data.json?world=<name>: a sandbox world builds
// for free) are that world's from the start.
const REMEMBERED = 'moo.world';

export const worlds = await fetch('/api/servers').then((r) => (r.ok ? r.json() : [])).catch(() => []);
const asked = new URLSearchParams(location.search).get('world') || localStorage.getItem(REMEMBERED);
/** The world this page plays in, or null when the server lists none (it drains). */
export const world = worlds.find((w) => w.name === asked) || worlds[0] || null;
/** The query that names the world on the socket's URL and the tables' ('' for the server's default). */
export const worldQuery = world ? 'world=' + encodeURIComponent(world.name) : '';
/** A world is full when its count reaches its capacity: the server refuses the spawn ("server is full"). */
export const isFull = (w) => w.playerCount >= w.playerCapacity;

/** Plays in world {@code name} from now on: remembered, and the page reloaded on it. */
export const pick = (name) => {
  localStorage.setItem(REMEMBERED, name);
  const query = new URLSearchParams(location.search);
  query.set('world', name);
  location.search = query.toString();
};
