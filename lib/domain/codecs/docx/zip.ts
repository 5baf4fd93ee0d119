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

type Entry = { name: string; method: number; flags: number; compressedSize: number; localOffset: number };

function centralDirectory(bytes: Uint8Array): Map<string, Entry> {
  let eocd = -1;
  for (let e = bytes.length - 22; e >= 0 && bytes.length - e <= 65_557 + 22; e--) {
    if (u32(bytes, e) === 0x06054b50) {
      eocd = e;
      break;
    }
  }
  if (eocd < 0)
    throw malformed("the .docx file is damaged: its zip directory is missing (was the download cut short?)");
  const count = u16(bytes, eocd + 10);
  let o = u32(bytes, eocd + 16);
  const entries = new Map<string, Entry>();
  const decoder = new TextDecoder("utf-8");
  for (let i = 0; i < count; i++) {
    if (o + 46 > bytes.length || u32(bytes, o) !== 0x02014b50)
      throw malformed("the .docx file is damaged: its zip directory is corrupt");
    const flags = u16(bytes, o + 8);
    const method = u16(bytes, o + 10);
    const compressedSize = u32(bytes, o + 20);
    const nameLen = u16(bytes, o + 28);
    const extraLen = u16(bytes, o + 30);
    const commentLen = u16(bytes, o + 32);
    const localOffset = u32(bytes, o + 42);
    const name = decoder.decode(bytes.subarray(o + 46, o + 46 + nameLen));
    entries.set(name, { name, method, flags, compressedSize, localOffset });
    o += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * The named entries of a zip, decompressed (missing names are absent from the result). Refuses
 * with ImportError: "malformed" when the bytes are not a readable zip or an entry is encrypted,
 * "too_large" when the named entries together inflate to more than `maxBytes`.
 */
export function readZipEntries(bytes: Uint8Array, names: string[], maxBytes: number): Map<string, Uint8Array> {
  if (!looksLikeZip(bytes)) {
    if (OLE_MAGIC.every((b, i) => bytes[i] === b))
      throw malformed(
        "the file is password-protected or an old Word .doc: remove the password (or save it as .docx) in Word, then import it again",
      );
    throw malformed("the file is not a .docx (it is not a zip package)");
  }
  const dir = centralDirectory(bytes);
  const out = new Map<string, Uint8Array>();
  let total = 0;
  for (const name of names) {
    const entry = dir.get(name);
    if (!entry) continue;
    if (entry.flags & 1)
      throw malformed("the .docx file is encrypted: remove its password in Word, then import it again");
    const lo = entry.localOffset;
    if (lo + 30 > bytes.length || u32(bytes, lo) !== 0x04034b50)
      throw malformed(`the .docx file is damaged: the entry ${name} cannot be found`);
    const start = lo + 30 + u16(bytes, lo + 26) + u16(bytes, lo + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw malformed(`the .docx file is damaged: the entry ${name} is cut short`);
    const tooLarge = () =>
      new ImportError(
        "too_large",
        `the .docx file expands to more than ${Math.round(maxBytes / (1024 * 1024))} MB of text, the most Clash reads`,
      );
    if (entry.method === 0) {
      total += end - start;
      if (total > maxBytes) throw tooLarge();
      out.set(name, bytes.slice(start, end));
      continue;
    }
    if (entry.method !== 8)
      throw malformed(`the .docx file uses a zip compression Clash cannot read (${entry.method})`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    let over = false;
    const inflate = new Inflate((chunk) => {
      size += chunk.length;
      if (total + size > maxBytes) over = true;
      else chunks.push(chunk);
    });
    try {
      for (let p = start; p < end && !over; p += SLICE) {
        const stop = Math.min(end, p + SLICE);
        inflate.push(bytes.subarray(p, stop), stop === end);
      }
    } catch {
      throw malformed(`the .docx file is damaged: the entry ${name} cannot be decompressed`);
    }
    if (over) throw tooLarge();
    total += size;
    const joined = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      joined.set(c, at);
      at += c.length;
    }
    out.set(name, joined);
  }
  return out;
}
