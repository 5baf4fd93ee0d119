import { answerOf, apiFetch, readJson } from "@/lib/client/api";
import { PACK_HEADER, PACKED_HEADER, PACKING } from "@/lib/domain/packing";

/** A body the page's own inline script began to read before the app's scripts ran. */
type Early = Promise<{ status: number; body: ArrayBuffer }>;
const KEY = "__clashEarly";

/**
 * The inline script a server page puts in its HTML to start reading a big API body at once (see
 * fetchJsonEarly). Unlike `<link rel=preload as=fetch>`, whose body Chromium keeps as a resource and
 * decodes as text on the main thread while the app's scripts wait behind it, this reads the bytes
 * into an ArrayBuffer, decoded once when the app asks for it.
 */
export function earlyFetchScript(path: string): string {
  // JSON-quoted, with `<` escaped so no path can close the script element.
  const url = JSON.stringify(path).replace(/</g, "\\u003c");
  const [ask, said, packing] = [PACK_HEADER, PACKED_HEADER, PACKING].map((s) => JSON.stringify(s));
  // Asked packed where the browser can inflate it (lib/domain/packing.ts), inflated as it arrives.
  return (
    `(window.${KEY}=window.${KEY}||{})[${url}]=(function(){var p=typeof DecompressionStream==="function";` +
    `return fetch(${url},p?{credentials:"same-origin",headers:{${ask}:${packing}}}:{credentials:"same-origin"})` +
    `.then(function(r){var b=p&&r.body&&r.headers.get(${said})===${packing}?new Response(r.body.pipeThrough(new DecompressionStream(${packing}))):r;` +
    `return b.arrayBuffer().then(function(x){return{status:r.status,body:x}})})})();`
  );
}

/** The body the page's inline script read for `path` (once), else a fetch of it now. */
export async function fetchJsonEarly<T>(path: string): Promise<T> {
  const store = (globalThis as unknown as Record<string, Record<string, Early> | undefined>)[KEY];
  const early = store?.[path];
  if (store) delete store[path];
  const got = early && (await early.catch(() => null));
  if (!got) return readJson<T>(await apiFetch(path, { packed: true }));
  let data: unknown = null;
  try {
    data = JSON.parse(new TextDecoder().decode(got.body));
  } catch {
    // not JSON (a proxy's page): the status decides, as readJson's does
  }
  const value = answerOf<T>(got.status, data);
  if (typeof value === "object" && value !== null) parsedFrom.set(value, got.body);
  return value;
}

// Kept by the parsed value, so they go when it goes (a map's debate lives as long as its page).
const parsedFrom = new WeakMap<object, ArrayBuffer>();

/**
 * The bytes fetchJsonEarly parsed `value` from, once: the evaluation worker takes a big map's (moved
 * to it, not copied) and parses the graph itself, so the page does not build and copy it one more
 * time while the map opens.
 */
export function takeBytesOf(value: object): ArrayBuffer | undefined {
  const bytes = parsedFrom.get(value);
  parsedFrom.delete(value);
  return bytes;
}
