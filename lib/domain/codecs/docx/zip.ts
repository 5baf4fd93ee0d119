// Reading named parts out of a .docx (a zip) with a hard cap on what inflating may produce. The
// central directory is read here (it is the reliable record of where each entry starts and how
// big it is compressed); the sizes it declares uncompressed are not trusted: inflating streams in
// small slices and stops as soon as the output passes the cap, so a zip bomb costs little.
import { Inflate } from "fflate";
import { ImportError } from "../types";

const SLICE = 16 * 1024;

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16)) + b[o + 3]! * 0x1000000;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Does the file start like a zip (`PK\x03\x04`)? */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function malformed(message: string): ImportError {
  return new ImportError("malformed", message);
}

/** Does `bytes` hold `name` as UTF-16LE (how an OLE compound file names its streams)? */
function holdsUtf16(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++)
      if (bytes[i + k * 2] !== name.charCodeAt(k) || bytes[i + k * 2 + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/**
 * Why bytes that are not a zip are no .docx, as specifically as their first bytes tell: Word's
 * password protection wraps the .docx in an OLE file (streams "EncryptionInfo", "EncryptedPackage"),
 * the old binary .doc is an OLE file too (stream "WordDocument"), and people rename RTF, Word XML
 * and web pages to .docx.
 */
function notZip(bytes: Uint8Array): ImportError {
  if (bytes.length === 0) return new ImportError("empty", "the file is empty (0 bytes)");
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    if (holdsUtf16(bytes, "EncryptedPackage"))
      return malformed(
        "the .docx file is password-protected: remove the password in Word (File › Info › Protect Document), save, and import it again",
      );
    if (holdsUtf16(bytes, "WordDocument"))
      return new ImportError(
        "unsupported",
        "the file is an old Word .doc (Word 97–2003), not a .docx: open it in Word, save it as .docx, and import that",
      );
    return malformed(
      "the file is password-protected or an old Office file: remove the password (or save it as .docx) in Word, then import it again",
    );
  }
  const head = new TextDecoder("utf-8")
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.startsWith("{\\rtf"))
    return new ImportError(
      "unsupported",
      "the file is RTF, not a .docx: open it in Word, save it as .docx, and import that",
    );
  if (head.startsWith("<"))
    return new ImportError(
      "unsupported",
      /<html|<!doctype html/i.test(head)
        ? "the file is a web page (HTML), not a .docx: open it in Word, save it as .docx, and import that"
        : "the file is XML (a Word XML document?), not a .docx: open it in Word, save it as .docx, and import that",
    );
  return malformed("the file is not a .docx (it is not a zip package)");
}

type Entry = { name: string; method: number; flags: number; compressedSize: number; localOffset: number };

/** A zip64 entry's real sizes and offset, from its extra field (id 1), where the record says 0xFFFFFFFF. */
function zip64(bytes: Uint8Array, extra: number, extraLen: number, e: { size: number; csize: number; offset: number }) {
  for (let x = extra; x + 4 <= extra + extraLen;) {
    const id = u16(bytes, x);
    const len = u16(bytes, x + 2);
    if (id === 1) {
      let f = x + 4;
      const next = () => {
        const v = u32(bytes, f) + u32(bytes, f + 4) * 0x100000000;
        f += 8;
        return v;
      };
      // Only the fields saturated in the record are present, in this order.
      if (e.size === 0xffffffff && f + 8 <= x + 4 + len) e.size = next();
      if (e.csize === 0xffffffff && f + 8 <= x + 4 + len) e.csize = next();
      if (e.offset === 0xffffffff && f + 8 <= x + 4 + len) e.offset = next();
      return;
    }
    x += 4 + len;
  }
}

function findEocd(bytes: Uint8Array): number {
  for (let e = bytes.length - 22; e >= 0 && bytes.length - e <= 65_557 + 22; e--)
    if (u32(bytes, e) === 0x06054b50) return e;
  throw malformed("the .docx file is damaged: its zip directory is missing (was the download cut short?)");
}

/** The zip64 end record's entry count and directory offset, when the classic record is saturated. */
function zip64Directory(bytes: Uint8Array, eocd: number): { count: number; offset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || u32(bytes, locator) !== 0x07064b50) return null;
  const at = u32(bytes, locator + 8) + u32(bytes, locator + 12) * 0x100000000;
  if (at + 56 > bytes.length || u32(bytes, at) !== 0x06064b50) return null;
  return {
    count: u32(bytes, at + 32) + u32(bytes, at + 36) * 0x100000000,
    offset: u32(bytes, at + 48) + u32(bytes, at + 52) * 0x100000000,
  };
}

/**
 * Part names as OPC compares them: case-insensitively, without a leading slash; some writers
 * also put Windows backslashes in entry names.
 */
export function partKey(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

function centralDirectory(bytes: Uint8Array): Map<string, Entry> {
  const eocd = findEocd(bytes);
  let count = u16(bytes, eocd + 10);
  let o = u32(bytes, eocd + 16);
  if (count === 0xffff || o === 0xffffffff) {
    const z64 = zip64Directory(bytes, eocd);
    if (z64) ({ count, offset: o } = z64);
  }
  const entries = new Map<string, Entry>();
  const decoder = new TextDecoder("utf-8");
  for (let i = 0; i < count; i++) {
    if (o + 46 > bytes.length || u32(bytes, o) !== 0x02014b50)
      throw malformed("the .docx file is damaged: its zip directory is corrupt");
    const nameLen = u16(bytes, o + 28);
    const extraLen = u16(bytes, o + 30);
    const commentLen = u16(bytes, o + 32);
    const sizes = { size: u32(bytes, o + 24), csize: u32(bytes, o + 20), offset: u32(bytes, o + 42) };
    zip64(bytes, o + 46 + nameLen, extraLen, sizes);
    const name = decoder.decode(bytes.subarray(o + 46, o + 46 + nameLen));
    const entry = {
      name,
      flags: u16(bytes, o + 8),
      method: u16(bytes, o + 10),
      compressedSize: sizes.csize,
      localOffset: sizes.offset,
    };
    // The first of two entries of one name wins, as in most readers.
    if (!entries.has(partKey(name))) entries.set(partKey(name), entry);
    o += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** An entry's bytes as stored in the zip (compressed or not), located through its local header. */
function storedBytes(bytes: Uint8Array, entry: Entry): Uint8Array {
  if (entry.flags & 1)
    throw malformed("the .docx file is encrypted: remove its password in Word, then import it again");
  const lo = entry.localOffset;
  if (lo + 30 > bytes.length || u32(bytes, lo) !== 0x04034b50)
    throw malformed(`the .docx file is damaged: the entry ${entry.name} cannot be found`);
  const start = lo + 30 + u16(bytes, lo + 26) + u16(bytes, lo + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw malformed(`the .docx file is damaged: the entry ${entry.name} is cut short`);
  return bytes.subarray(start, end);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const joined = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    joined.set(c, at);
    at += c.length;
  }
  return joined;
}

/** Inflate in slices, stopping once the output passes `room` bytes (null then: too large). */
function inflateCapped(data: Uint8Array, name: string, room: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > room) over = true;
    else chunks.push(chunk);
  });
  try {
    for (let p = 0; p < data.length && !over; p += SLICE) {
      const stop = Math.min(data.length, p + SLICE);
      inflate.push(data.subarray(p, stop), stop === data.length);
    }
  } catch {
    throw malformed(`the .docx file is damaged: the entry ${name} cannot be decompressed`);
  }
  return over ? null : concat(chunks, size);
}

/** A zip opened for reading parts by name, all reads together capped at `maxBytes` inflated. */
export type ZipPackage = {
  /** is there an entry of this part name (compared as OPC does: case-insensitively, no leading slash)? */
  has(name: string): boolean;
  /** the entry decompressed, or null when the zip holds no such entry */
  read(name: string): Uint8Array | null;
};

/**
 * Open a zip's central directory. Refuses with ImportError when the bytes are not a zip (saying
 * what they look like instead: an old .doc, a password-protected file, RTF…) or the directory is
 * damaged; `read` refuses an encrypted or damaged entry ("malformed") and stops with "too_large"
 * once the entries read so far inflate to more than `maxBytes`.
 */
export function openZip(bytes: Uint8Array, maxBytes: number): ZipPackage {
  if (!looksLikeZip(bytes)) throw notZip(bytes);
  const dir = centralDirectory(bytes);
  let total = 0;
  const tooLarge = () =>
    new ImportError(
      "too_large",
      `the .docx file expands to more than ${Math.round(maxBytes / (1024 * 1024))} MB of text, the most Clash reads`,
    );
  return {
    has: (name) => dir.has(partKey(name)),
    read(name) {
      const entry = dir.get(partKey(name));
      if (!entry) return null;
      const data = storedBytes(bytes, entry);
      let out: Uint8Array | null;
      if (entry.method === 0) out = total + data.length > maxBytes ? null : data.slice();
      else if (entry.method === 8) out = inflateCapped(data, entry.name, maxBytes - total);
      else throw malformed(`the .docx file uses a zip compression Clash cannot read (${entry.method})`);
      if (!out) throw tooLarge();
      total += out.length;
      return out;
    },
  };
}

/** The named entries of a zip, decompressed (missing names are absent from the result); see openZip. */
export function readZipEntries(bytes: Uint8Array, names: string[], maxBytes: number): Map<string, Uint8Array> {
  const zip = openZip(bytes, maxBytes);
  const out = new Map<string, Uint8Array>();
  for (const name of names) {
    const part = zip.read(name);
    if (part) out.set(name, part);
  }
  return out;
}
