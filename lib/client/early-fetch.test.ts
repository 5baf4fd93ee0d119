import { runInNewContext } from "node:vm";
import { deflateRawSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PACK_HEADER, PACKED_HEADER, PACKING } from "@/lib/domain/packing";
import { ApiError, readJson } from "./api";
import { earlyFetchScript, fetchJsonEarly, takeBytesOf } from "./early-fetch";

const g = globalThis as unknown as { __clashEarly?: Record<string, unknown> };
const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).buffer;

/**
 * Run the page's inline script as the browser would, with `fetch` given (and the browser's
 * compression streams when `streams`); its store becomes this realm's.
 */
function runScript(path: string, fetch: (url: string, init: RequestInit) => Promise<Response>, streams = false) {
  const window: { __clashEarly?: Record<string, unknown> } = {};
  runInNewContext(earlyFetchScript(path), { window, fetch, ...(streams ? { DecompressionStream, Response } : {}) });
  g.__clashEarly = window.__clashEarly;
}

/** A packed 200 answer, as the server sends one (lib/server/packed-body.ts). */
const packedAnswer = (value: unknown, cut = 0) => {
  const bytes = deflateRawSync(Buffer.from(JSON.stringify(value)));
  return new Response(bytes.subarray(0, bytes.byteLength - cut), {
    status: 200,
    headers: { [PACKED_HEADER]: PACKING, "content-type": "application/octet-stream" },
  });
};

afterEach(() => {
  delete g.__clashEarly;
  vi.unstubAllGlobals();
});

describe("a big body read by the page's inline script", () => {
  it("is fetched with the session's cookies, read as bytes, and parsed once for the app", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ nodes: ["a"] }), { status: 200 }));
    runScript("/api/debates/d1", fetch);
    expect(fetch).toHaveBeenCalledWith("/api/debates/d1", { credentials: "same-origin" });
    const again = vi.fn(async () => new Response(JSON.stringify({ nodes: ["fresh"] })));
    vi.stubGlobal("fetch", again);
    await expect(fetchJsonEarly("/api/debates/d1")).resolves.toEqual({ nodes: ["a"] });
    expect(again).not.toHaveBeenCalled();
    // taken once: a second load (a retry) asks the server again
    await expect(fetchJsonEarly("/api/debates/d1")).resolves.toEqual({ nodes: ["fresh"] });
    expect(again).toHaveBeenCalledTimes(1);
  });

  it("hands the bytes a value was parsed from to one reader, once; a value fetched late has none", async () => {
    g.__clashEarly = { "/big": Promise.resolve({ status: 200, body: bytes({ nodes: [1, 2] }) }) };
    const value = await fetchJsonEarly<{ nodes: number[] }>("/big");
    const held = takeBytesOf(value);
    expect(held).toBeInstanceOf(ArrayBuffer);
    expect(JSON.parse(new TextDecoder().decode(held))).toEqual(value);
    expect(takeBytesOf(value)).toBeUndefined();
    vi.stubGlobal("fetch", async () => new Response(JSON.stringify({ nodes: [3] })));
    expect(takeBytesOf(await fetchJsonEarly<object>("/big"))).toBeUndefined();
  });

  it("gives the API's error as an ApiError with its status and code", async () => {
    g.__clashEarly = {
      "/api/debates/x": Promise.resolve({
        status: 403,
        body: bytes({ error: { code: "forbidden", message: "You cannot read this debate" } }),
      }),
    };
    const err = await fetchJsonEarly("/api/debates/x").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 403, code: "forbidden", message: "You cannot read this debate" });
  });

  it("names the status when an error's body is not JSON (a proxy's page)", async () => {
    g.__clashEarly = { "/p": Promise.resolve({ status: 502, body: new TextEncoder().encode("<html>").buffer }) };
    await expect(fetchJsonEarly("/p")).rejects.toMatchObject({ status: 502, code: "internal" });
  });

  it("fetches again when the early request failed (the network was down as the page loaded)", async () => {
    g.__clashEarly = { "/p": Promise.reject(new TypeError("Failed to fetch")) };
    vi.stubGlobal("fetch", async () => new Response(JSON.stringify({ ok: 1 })));
    await expect(fetchJsonEarly("/p")).resolves.toEqual({ ok: 1 });
  });

  it("asks for the body packed where the browser can inflate it, and inflates it as it arrives", async () => {
    const fetch = vi.fn(async () => packedAnswer({ nodes: ["packed"] }));
    runScript("/api/debates/d2", fetch, true);
    expect(fetch).toHaveBeenCalledWith("/api/debates/d2", {
      credentials: "same-origin",
      headers: { [PACK_HEADER]: PACKING },
    });
    const value = await fetchJsonEarly<{ nodes: string[] }>("/api/debates/d2");
    expect(value).toEqual({ nodes: ["packed"] });
    // The evaluation worker gets the inflated JSON's bytes.
    expect(JSON.parse(new TextDecoder().decode(takeBytesOf(value)))).toEqual(value);
  });

  it("reads a plain answer (an error, a server that does not pack) as before when it asked packed", async () => {
    const fetch = vi.fn(
      async () => new Response(JSON.stringify({ error: { code: "not_found", message: "gone" } }), { status: 404 }),
    );
    runScript("/api/debates/d3", fetch, true);
    await expect(fetchJsonEarly("/api/debates/d3")).rejects.toMatchObject({ status: 404, code: "not_found" });
  });

  it("asks again, packed, when the early body arrived cut off", async () => {
    runScript("/api/debates/d4", async () => packedAnswer({ nodes: ["whole"] }, 6), true);
    const again = vi.fn(async (_url: string, _init: RequestInit) => packedAnswer({ nodes: ["again"] }));
    vi.stubGlobal("fetch", again);
    await expect(fetchJsonEarly("/api/debates/d4")).resolves.toEqual({ nodes: ["again"] });
    expect(again.mock.calls[0]![1].headers).toEqual({ [PACK_HEADER]: PACKING });
  });

  it("cannot be broken out of by the path: no `<` reaches the HTML", () => {
    const script = earlyFetchScript('/api/debates/</script><script>alert(1)</script>"');
    expect(script).not.toContain("<");
    const fetch = vi.fn(async () => new Response("{}"));
    runScript('/api/debates/</script>"', fetch);
    expect(fetch).toHaveBeenCalledWith('/api/debates/</script>"', { credentials: "same-origin" });
  });
});

describe("a packed answer read by the app", () => {
  it("is inflated into the JSON it packs", async () => {
    await expect(readJson(packedAnswer({ rows: [1, 2, 3] }))).resolves.toEqual({ rows: [1, 2, 3] });
  });

  it("is a network error when cut off, never an empty answer", async () => {
    const err = await readJson(packedAnswer({ rows: [1, 2, 3] }, 4)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 0, code: "network" });
  });
});
