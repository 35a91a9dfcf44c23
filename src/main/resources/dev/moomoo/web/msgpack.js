// A small MessagePack encoder and decoder for the game's messages, written for this client.
// Encodes null, booleans, numbers (integers in the narrowest form, other numbers as float64),
// strings, arrays and plain objects; decodes every MessagePack type the server can send.
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

export function encode(value) {
  const out = [];
  write(out, value);
  return new Uint8Array(out);
}

function pushBytes(out, bytes) { for (const b of bytes) out.push(b); }
function pushUint(out, v, n) { for (let i = n - 1; i >= 0; i--) out.push(Math.floor(v / 2 ** (8 * i)) & 0xff); }

function write(out, v) {
  if (v === null || v === undefined) { out.push(0xc0); return; }
  if (v === true) { out.push(0xc3); return; }
  if (v === false) { out.push(0xc2); return; }
  if (typeof v === 'number') { writeNumber(out, v); return; }
  if (typeof v === 'string') {
    const b = utf8.encode(v);
    if (b.length < 32) out.push(0xa0 | b.length);
    else if (b.length < 256) { out.push(0xd9, b.length); }
    else if (b.length < 65536) { out.push(0xda); pushUint(out, b.length, 2); }
    else { out.push(0xdb); pushUint(out, b.length, 4); }
    pushBytes(out, b);
    return;
  }
  if (Array.isArray(v)) {
    if (v.length < 16) out.push(0x90 | v.length);
    else if (v.length < 65536) { out.push(0xdc); pushUint(out, v.length, 2); }
    else { out.push(0xdd); pushUint(out, v.length, 4); }
    for (const item of v) write(out, item);
    return;
  }
  const keys = Object.keys(v);
  if (keys.length < 16) out.push(0x80 | keys.length);
  else { out.push(0xde); pushUint(out, keys.length, 2); }
  for (const k of keys) { write(out, k); write(out, v[k]); }
}

function writeNumber(out, n) {
  if (Number.isInteger(n) && Math.abs(n) <= 0xffffffff) {
    if (n >= 0) {
      if (n < 128) out.push(n);
      else if (n < 256) out.push(0xcc, n);
      else if (n < 65536) { out.push(0xcd); pushUint(out, n, 2); }
      else { out.push(0xce); pushUint(out, n, 4); }
    } else if (n >= -32) out.push(n & 0xff);
    else if (n >= -128) out.push(0xd0, n & 0xff);
    else if (n >= -32768) { out.push(0xd1); pushUint(out, n & 0xffff, 2); }
    else { out.push(0xd2); pushUint(out, (n >>> 0), 4); }
    return;
  }
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, n);
  out.push(0xcb);
  for (let i = 0; i < 8; i++) out.push(view.getUint8(i));
}

export function decode(buffer) {
  const bytes = new Uint8Array(buffer);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  const str = (n) => { const s = fromUtf8.decode(bytes.subarray(pos, pos + n)); pos += n; return s; };
  const arr = (n) => { const a = new Array(n); for (let i = 0; i < n; i++) a[i] = read(); return a; };
  const map = (n) => { const m = {}; for (let i = 0; i < n; i++) { const k = read(); m[k] = read(); } return m; };
  function read() {
    const t = bytes[pos++];
    if (t < 0x80) return t;
    if (t < 0x90) return map(t & 0x0f);
    if (t < 0xa0) return arr(t & 0x0f);
    if (t < 0xc0) return str(t & 0x1f);
    if (t >= 0xe0) return t - 256;
    let v;
    switch (t) {
      case 0xc0: return null;
      case 0xc2: return false;
      case 0xc3: return true;
      case 0xca: v = view.getFloat32(pos); pos += 4; return v;
      case 0xcb: v = view.getFloat64(pos); pos += 8; return v;
      case 0xcc: return bytes[pos++];
      case 0xcd: v = view.getUint16(pos); pos += 2; return v;
      case 0xce: v = view.getUint32(pos); pos += 4; return v;
      case 0xcf: v = Number(view.getBigUint64(pos)); pos += 8; return v;
      case 0xd0: v = view.getInt8(pos); pos += 1; return v;
      case 0xd1: v = view.getInt16(pos); pos += 2; return v;
      case 0xd2: v = view.getInt32(pos); pos += 4; return v;
      case 0xd3: v = Number(view.getBigInt64(pos)); pos += 8; return v;
      case 0xd9: v = bytes[pos++]; return str(v);
      case 0xda: v = view.getUint16(pos); pos += 2; return str(v);
      case 0xdb: v = view.getUint32(pos); pos += 4; return str(v);
      case 0xdc: v = view.getUint16(pos); pos += 2; return arr(v);
      case 0xdd: v = view.getUint32(pos); pos += 4; return arr(v);
      case 0xde: v = view.getUint16(pos); pos += 2; return map(v);
      case 0xdf: v = view.getUint32(pos); pos += 4; return map(v);
      default: throw new Error('unsupported msgpack type 0x' + t.toString(16));
    }
  }
  return read();
}
