
// The rest of the module the v1.9 page imports as ./vendor-<hash>.js when the saved folder lacks it,
// written for moomoo-server: the msgpack functions above (the own client's codec) as the page's Encoder
// and Decoder, a process shim and a word filter, under the names the page imports (p, E, D, L).

// The page reads process.argv (for a "--largeserver" flag); a browser has no process.
const processShim = Object.freeze({
  argv: Object.freeze([]),
  env: Object.freeze({}),
  browser: true,
  platform: 'browser',
  version: '',
  versions: Object.freeze({}),
  cwd: () => '/',
  nextTick: (fn, ...args) => queueMicrotask(() => fn(...args)),
});

// msgpack's Encoder and Decoder, with their default options: numbers that are not integers as float64,
// undefined and null as nil; any MessagePack type decoded.
class MsgpackEncoder {
  encode(value) {
    return encode(value);
  }
}

class MsgpackDecoder {
  decode(bytes) {
    if (bytes instanceof Uint8Array || bytes instanceof ArrayBuffer) return decode(bytes);
    if (ArrayBuffer.isView(bytes)) return decode(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return decode(Uint8Array.from(bytes));
  }
}

// A list of words a name may not contain: the page adds its own (addWords) and reads the list.
class WordFilter {
  constructor(options) {
    this.list = [...((options && options.list) || [])];
    this.placeHolder = (options && options.placeHolder) || '*';
  }
  addWords(...words) {
    for (const w of words) {
      const word = String(w).toLowerCase();
      if (!this.list.includes(word)) this.list.push(word);
    }
  }
  removeWords(...words) {
    const gone = new Set(words.map((w) => String(w).toLowerCase()));
    this.list = this.list.filter((w) => !gone.has(w));
  }
  isProfane(text) {
    const words = String(text).toLowerCase().split(/[^a-z0-9]+/);
    return words.some((w) => w && this.list.includes(w));
  }
  replaceWord(word) {
    return this.placeHolder.repeat(String(word).length);
  }
  clean(text) {
    return String(text).split(/(\s+)/).map((part) => (part.trim() && this.isProfane(part) ? this.replaceWord(part) : part)).join('');
  }
}

export { processShim as p, MsgpackEncoder as E, MsgpackDecoder as D, WordFilter as L };
