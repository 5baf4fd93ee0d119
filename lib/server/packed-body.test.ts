import { deflateRawSync, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { PACK_HEADER } from "@/lib/domain/packing";
import { AppError } from "./errors";
import { packedSize, packPart, packParts, sentPacked, unpackCapped, wantsPacked } from "./packed-body";

// A body like a graph's: long, repetitive JSON (over the size packed off the event loop).
const big = Buffer.from(
  JSON.stringify(Array.from({ length: 2_000 }, (_, i) => ({ id: `n${i}`, title: `Argument ${i}`, x: i * 7 }))),
);
const inflate = (parts: Buffer[]) => inflateRawSync(Buffer.concat(parts)).toString("utf8");

describe("packing a body in parts", () => {
  it("packs parts apart into one stream that inflates to the parts in order", async () => {
    const parts = [Buffer.from('{"title":"A debate",'), big.subarray(1, -1), Buffer.from("}")];
    const packed = await packParts(parts);
    expect(inflate(packed)).toBe(Buffer.concat(parts).toString("utf8"));
    expect(Buffer.concat(packed).byteLength).toBeLessThan(big.byteLength / 3);
  });

  it("is an incomplete stream without its end (no part is final on its own)", async () => {
    const alone = await packPart(Buffer.from("x".repeat(100)));
    expect(() => inflateRawSync(alone)).toThrow();
  });

  it("packs a big cached buffer once, and counts its packing for the cache's budget", async () => {
    const body = Buffer.from(big);
    expect(packedSize(body)).toBe(0);
    const first = packPart(body);
    expect(packPart(body)).toBe(first);
    const out = await first;
    expect(packedSize(body)).toBe(out.byteLength);
    // Another buffer with the same bytes is another body: packed on its own.
    expect(packPart(Buffer.from(big))).not.toBe(first);
  });
});

describe("whether a request asks for a packed body", () => {
  const req = (value?: string) =>
    new Request("http://localhost/api/debates/d", { headers: value === undefined ? {} : { [PACK_HEADER]: value } });

  it("is no without the header, yes with deflate-raw", () => {
    expect(wantsPacked(req())).toBe(false);
    expect(wantsPacked(req("deflate-raw"))).toBe(true);
  });

  it("refuses a packing Clash does not make with a 400", () => {
    const err = (() => {
      try {
        wantsPacked(req("gzip"));
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: "bad_request" });
  });
});

describe("a packed upload", () => {
  const tooLarge = () => new AppError("payload_too_large", "over the cap");
  const req = (headers: Record<string, string>) => new Request("http://localhost/api/debates/import", { headers });

  it("is said by x-clash-packed on the request; any other packing is a 400", () => {
    expect(sentPacked(req({}))).toBe(false);
    expect(sentPacked(req({ "x-clash-packed": "deflate-raw" }))).toBe(true);
    expect(() => sentPacked(req({ "x-clash-packed": "br" }))).toThrow(AppError);
  });

  it("inflates to the file it packs", async () => {
    const file = Buffer.from("[A]: a claim.\n  + <B>: a reason.\n".repeat(500));
    expect(Buffer.from(await unpackCapped(deflateRawSync(file), 1 << 20, tooLarge)).equals(file)).toBe(true);
  });

  it("stops at the cap as it inflates (a deflate bomb), and calls a damaged body a 400", async () => {
    const bomb = deflateRawSync(Buffer.alloc(8 << 20));
    expect(bomb.byteLength).toBeLessThan(16 << 10);
    await expect(unpackCapped(bomb, 1 << 20, tooLarge)).rejects.toMatchObject({ code: "payload_too_large" });
    const cut = deflateRawSync(Buffer.from("x".repeat(5_000) + "y".repeat(5_000))).subarray(0, 10);
    await expect(unpackCapped(cut, 1 << 20, tooLarge)).rejects.toMatchObject({ code: "bad_request" });
    await expect(unpackCapped(Buffer.from("not deflate at all"), 1 << 20, tooLarge)).rejects.toMatchObject({
      code: "bad_request",
    });
  });
});
