// msgpack read with the offsets of every value, for the byte view: each node says where its bytes start
// and end, and which msgpack type its first byte names (https://github.com/msgpack/msgpack/blob/master/spec.md).

/** One value: its type's name, its bytes [start, end), its value, and for arrays and maps its children. */
class Node {
  constructor(type, start, end, value, children) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.value = value;
    this.children = children; // arrays: nodes; maps: [key node, value node] pairs
  }
}

/** Reads one msgpack value from bytes (a Uint8Array); throws on bytes that are not msgpack. */
export function parse(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  const need = (n) => {
    if (pos + n > bytes.length) throw new Error(`msgpack: ${n} bytes needed at ${pos}, ${bytes.length - pos} left`);
  };
  const text = (n) => {
    need(n);
    const s = new TextDecoder().decode(bytes.subarray(pos, pos + n));
    pos += n;
    return s;
  };
  const str = (type, start, n) => {
    const s = text(n);
    return new Node(type, start, pos, s);
  };
  const list = (type, start, n, depth) => {
    const children = [];
    for (let i = 0; i < n; i++) children.push(value(depth + 1));
    return new Node(type, start, pos, children.map((c) => c.value), children);
  };
  const map = (type, start, n, depth) => {
    const children = [];
    const out = {};
    for (let i = 0; i < n; i++) {
      const k = value(depth + 1);
      const v = value(depth + 1);
      children.push([k, v]);
      out[String(k.value)] = v.value;
    }
    return new Node(type, start, pos, out, children);
  };
  const fixed = (type, start, n, read) => {
    need(n);
    const v = read(pos);
    pos += n;
    return new Node(type, start, pos, v);
  };
  function value(depth) {
    if (depth > 64) throw new Error('msgpack: nested too deep');
    need(1);
    const start = pos;
    const b = bytes[pos++];
    if (b <= 0x7f) return new Node('positive fixint', start, pos, b);
    if (b >= 0xe0) return new Node('negative fixint', start, pos, b - 0x100);
    if ((b & 0xe0) === 0xa0) return str('fixstr', start, b & 0x1f);
    if ((b & 0xf0) === 0x90) return list('fixarray', start, b & 0x0f, depth);
    if ((b & 0xf0) === 0x80) return map('fixmap', start, b & 0x0f, depth);
    switch (b) {
      case 0xc0: return new Node('nil', start, pos, null);
      case 0xc2: return new Node('false', start, pos, false);
      case 0xc3: return new Node('true', start, pos, true);
      case 0xca: return fixed('float32', start, 4, (p) => view.getFloat32(p));
      case 0xcb: return fixed('float64', start, 8, (p) => view.getFloat64(p));
      case 0xcc: return fixed('uint8', start, 1, (p) => view.getUint8(p));
      case 0xcd: return fixed('uint16', start, 2, (p) => view.getUint16(p));
      case 0xce: return fixed('uint32', start, 4, (p) => view.getUint32(p));
      case 0xcf: return fixed('uint64', start, 8, (p) => Number(view.getBigUint64(p)));
      case 0xd0: return fixed('int8', start, 1, (p) => view.getInt8(p));
      case 0xd1: return fixed('int16', start, 2, (p) => view.getInt16(p));
      case 0xd2: return fixed('int32', start, 4, (p) => view.getInt32(p));
      case 0xd3: return fixed('int64', start, 8, (p) => Number(view.getBigInt64(p)));
      case 0xd9: { need(1); const n = bytes[pos++]; return str('str8', start, n); }
      case 0xda: { need(2); const n = view.getUint16(pos); pos += 2; return str('str16', start, n); }
      case 0xdb: { need(4); const n = view.getUint32(pos); pos += 4; return str('str32', start, n); }
      case 0xc4: case 0xc5: case 0xc6: {
        const w = b === 0xc4 ? 1 : b === 0xc5 ? 2 : 4;
        need(w);
        const n = w === 1 ? bytes[pos] : w === 2 ? view.getUint16(pos) : view.getUint32(pos);
        pos += w;
        need(n);
        const v = bytes.slice(pos, pos + n);
        pos += n;
        return new Node(`bin${w * 8}`, start, pos, v);
      }
      case 0xdc: { need(2); const n = view.getUint16(pos); pos += 2; return list('array16', start, n, depth); }
      case 0xdd: { need(4); const n = view.getUint32(pos); pos += 4; return list('array32', start, n, depth); }
      case 0xde: { need(2); const n = view.getUint16(pos); pos += 2; return map('map16', start, n, depth); }
      case 0xdf: { need(4); const n = view.getUint32(pos); pos += 4; return map('map32', start, n, depth); }
      default: throw new Error(`msgpack: type 0x${b.toString(16)} at ${start} is not read here (ext)`);
    }
  }
  const root = value(0);
  if (pos !== bytes.length) throw new Error(`msgpack: ${bytes.length - pos} bytes after the value`);
  return root;
}

/**
 * The fields of a packet's arguments (the node of args) named by the server's layout for its code:
 * 0 a value; {tuple: [[name, layout], ...]} a list named by position; {rows: [names]} a flat list in
 * rows. Returns [{name, node, children}], the same names the server's JSON has.
 */
export function named(layout, node) {
  if (!node) return [];
  if (layout && layout.tuple && node.children && Array.isArray(node.value)) {
    return node.children.map((child, i) => {
      const part = layout.tuple[i];
      return { name: part ? part[0] : `#${i}`, node: child, children: part ? namedChildren(part[1], child) : plainChildren(child) };
    });
  }
  if (layout && layout.rows && node.children && Array.isArray(node.value)) {
    const stride = layout.rows.length;
    const rows = [];
    for (let at = 0, r = 0; at < node.children.length; at += stride, r++) {
      const cells = node.children.slice(at, at + stride);
      const span = new Node(`row (${cells.length} values)`, cells[0].start, cells[cells.length - 1].end, null);
      rows.push({ name: `[${r}]`, node: span, children: cells.map((c, i) => ({ name: layout.rows[i], node: c, children: [] })) });
    }
    return rows;
  }
  return plainChildren(node);
}

function namedChildren(layout, node) {
  return layout === 0 ? plainChildren(node) : named(layout, node);
}

/** A value's own structure: array elements by index, map entries by key. */
function plainChildren(node) {
  if (!node.children) return [];
  if (Array.isArray(node.value)) return node.children.map((c, i) => ({ name: `[${i}]`, node: c, children: plainChildren(c) }));
  return node.children.map(([k, v]) => ({ name: String(k.value), node: v, children: plainChildren(v), key: k }));
}
