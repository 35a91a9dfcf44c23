// The packet list's filters, kept in location.hash so that a view can be shared:
//   #dir=in|out  code=a,H  sid=5  conn=<id>  text=<words>  where=<expression>
// The expression's grammar (small on purpose):
//   where   := clause ( "and" clause )*
//   clause  := path op value
//   path    := field | code "." field        e.g. x, name, a.x, H.type, D.player.name
//   op      := > | >= | < | <= | = | == | != | ~       (~ : the value's text contains)
//   value   := number | word | "quoted text"
// A path with a code matches only packets of that code; the field is looked up at any depth of the
// packet's named fields, so "a.x > 7000" holds when any player row of an a update has x above 7000.

const CLAUSE = /^\s*([A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_#\-]+)*)\s*(>=|<=|!=|==|=|>|<|~)\s*("[^"]*"|\S+)\s*$/;

export function readHash(hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  return { dir: p.get('dir') || '', code: p.get('code') || '', sid: p.get('sid') || '', conn: p.get('conn') || '', text: p.get('text') || '', where: p.get('where') || '' };
}

export function writeHash(f) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  return '#' + p.toString();
}

/** The clauses of a where expression; throws an Error naming the clause that does not parse. */
export function parseWhere(where) {
  if (!where.trim()) return [];
  return where.split(/\s+and\s+/i).map((text) => {
    const m = CLAUSE.exec(text);
    if (!m) throw new Error(`cannot read "${text.trim()}": write field op value, e.g. a.x > 7000`);
    const path = m[1].split('.');
    const raw = m[3].replace(/^"|"$/g, '');
    const number = Number(raw);
    return { code: path.length > 1 ? path[0] : null, field: path.slice(path.length > 1 ? 1 : 0), op: m[2], value: raw !== '' && !Number.isNaN(number) ? number : raw };
  });
}

/** Every value found under a key path anywhere in a tree of named fields. */
function lookup(tree, keys, out) {
  if (tree === null || typeof tree !== 'object') return out;
  if (Array.isArray(tree)) {
    for (const t of tree) lookup(t, keys, out);
    return out;
  }
  let at = tree;
  let found = true;
  for (const k of keys) {
    if (at !== null && typeof at === 'object' && !Array.isArray(at) && k in at) at = at[k];
    else { found = false; break; }
  }
  if (found) out.push(at);
  for (const v of Object.values(tree)) if (v !== null && typeof v === 'object') lookup(v, keys, out);
  return out;
}

function holds(v, op, want) {
  if (op === '~') return String(v).includes(String(want));
  const a = typeof want === 'number' ? Number(v) : String(v);
  switch (op) {
    case '>': return a > want;
    case '>=': return a >= want;
    case '<': return a < want;
    case '<=': return a <= want;
    case '!=': return a !== want;
    default: return a === want;
  }
}

/** A predicate over the page's frames for the filters f; throws when the where expression does not parse. */
export function compile(f) {
  const codes = f.code ? new Set(f.code.split(',').map((c) => c.trim()).filter(Boolean)) : null;
  const sid = f.sid === '' ? null : Number(f.sid);
  const text = f.text.toLowerCase();
  const clauses = parseWhere(f.where);
  return (frame) => {
    if (f.dir && frame.dir !== f.dir) return false;
    if (codes && !codes.has(frame.code)) return false;
    if (sid !== null && frame.sid !== sid) return false;
    if (f.conn && frame.conn !== f.conn) return false;
    if (text && !frame.search().includes(text)) return false;
    for (const c of clauses) {
      if (c.code && frame.code !== c.code) return false;
      if (!lookup(frame.fields, c.field, []).some((v) => holds(v, c.op, c.value))) return false;
    }
    return true;
  };
}
