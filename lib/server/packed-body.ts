import "server-only";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { z } from "zod";
import { PACK_HEADER, PACKED_HEADER, PACKING } from "@/lib/domain/packing";
import { AppError } from "./errors";

const deflateRaw = promisify(zlib.deflateRaw);
const inflateRaw = promisify(zlib.inflateRaw);
/** A packing header's value: absent, or the one packing Clash makes. */
const Packing = z.enum([PACKING]).optional();
// Level 4: a 15 MB graph in ~0.1 s to 18 % of its size; level 6 takes twice as long for 17 %.
const OPTIONS = { level: 4, finishFlush: zlib.constants.Z_SYNC_FLUSH };
/** Below this a part is packed on the spot (well under a millisecond); above, on libuv's threads. */
const SYNC_BELOW = 16 * 1024;
/** The stream's end: an empty final block. */
export const PACK_END = zlib.deflateRawSync(Buffer.alloc(0));

// Packings of the graph cache's bytes, made once per cached buffer and gone with it.
const packs = new WeakMap<Uint8Array, Promise<Buffer>>();
const sizes = new WeakMap<Uint8Array, number>();

/**
 * One part of a body as raw deflate, on its own (no reference to earlier parts) and ending on a
 * byte boundary without a final block: parts packed apart concatenate, followed by PACK_END, into
 * one valid stream (how pigz compresses in parallel). So the cached graph is packed once and the
 * per-caller summary before it costs only its own few hundred bytes.
 */
export function packPart(bytes: Uint8Array): Promise<Buffer> {
  if (bytes.byteLength < SYNC_BELOW) return Promise.resolve(zlib.deflateRawSync(bytes, OPTIONS));
  let packed = packs.get(bytes);
  if (!packed) {
    packed = deflateRaw(bytes, OPTIONS).then((out) => {
      sizes.set(bytes, out.byteLength);
      return out;
    });
    // A failed packing is not kept: the next read tries again.
    packed.catch(() => packs.delete(bytes));
    packs.set(bytes, packed);
  }
  return packed;
}

/** The bytes held by `bytes`'s packing, once made (for the graph cache's budget). */
export function packedSize(bytes: Uint8Array | undefined): number {
  return (bytes && sizes.get(bytes)) ?? 0;
}

/** Whether `header` of the request names the packing (400 for a packing Clash does not make). */
function packingIn(req: Request, header: string): boolean {
  const said = Packing.safeParse(req.headers.get(header) ?? undefined);
  if (!said.success) throw new AppError("bad_request", `${header}: the only packing is ${PACKING}`);
  return said.data !== undefined;
}

/** Whether the request asks for a packed answer. */
export const wantsPacked = (req: Request) => packingIn(req, PACK_HEADER);

/** Whether the request's own body comes packed (an import's upload). */
export const sentPacked = (req: Request) => packingIn(req, PACKED_HEADER);

/**
 * A packed upload inflated, on libuv's threads, never past `limit` bytes: a small body that
 * inflates to gigabytes (a deflate bomb) stops at the limit with `tooLarge`; a damaged or cut-off
 * one is a 400.
 */
export async function unpackCapped(packed: Uint8Array, limit: number, tooLarge: () => AppError): Promise<Uint8Array> {
  try {
    return new Uint8Array(await inflateRaw(packed, { maxOutputLength: limit }));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw tooLarge();
    throw new AppError("bad_request", `the packed upload could not be inflated (${PACKING}): it is damaged or cut off`);
  }
}

/** `parts` packed, in order, as one raw deflate stream. */
export async function packParts(parts: Uint8Array[]): Promise<Buffer[]> {
  return [...(await Promise.all(parts.map(packPart))), PACK_END];
}
