import { readApiError } from "@/lib/domain/api-error";
import { PACK_HEADER, PACKED_HEADER, PACKING } from "@/lib/domain/packing";
import { packBlob } from "./pack-blob";

/** An API error as the browser sees it: the server's one error shape plus the status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** fetch JSON from the Clash API; throws ApiError with the server's message on failure. */
export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; packed?: boolean; packBody?: boolean } = {},
): Promise<T> {
  return readJson<T>(await apiFetch(path, init));
}

/**
 * The API's response without reading its body yet (the body keeps downloading meanwhile): for a
 * big body whose parse should wait for something else, then `readJson`. Throws ApiError when the
 * server cannot be reached.
 */
export async function apiFetch(
  path: string,
  init: { method?: string; body?: unknown; packed?: boolean; packBody?: boolean } = {},
): Promise<Response> {
  const headers: Record<string, string> = init.packed && canUnpack() ? { [PACK_HEADER]: PACKING } : {};
  let body: BodyInit | undefined;
  if (init.body !== undefined) {
    headers["Content-Type"] = "application/json";
    const json = JSON.stringify(init.body);
    body = init.packBody ? await packedBody(json, headers) : json;
  }
  try {
    return await fetch(path, { method: init.method ?? "GET", headers, body, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "network", "cannot reach the server; check your connection");
  }
}

/** Below this a request body goes as it is: packing would gain little. */
const PACK_BODY_OVER = 16 * 1024;

/**
 * A long JSON body (a source's text, up to 2 MB) packed as raw deflate, saying so in `headers`:
 * about a third of it to upload. As it is when short or when the browser cannot pack.
 */
async function packedBody(json: string, headers: Record<string, string>): Promise<BodyInit> {
  if (json.length <= PACK_BODY_OVER || typeof CompressionStream !== "function") return json;
  const packed = await packBlob(new Blob([json]));
  headers[PACKED_HEADER] = PACKING;
  return packed;
}

/** An API response's JSON (inflated when it came packed); throws ApiError with the server's message when it is an error. */
export async function readJson<T>(res: Response): Promise<T> {
  if (!isPacked(res)) return answerOf<T>(res.status, await res.json().catch(() => null));
  let data: unknown;
  try {
    data = JSON.parse(await unpacked(res).text());
  } catch {
    // Cut off or damaged on the way (only a whole 200 answer is packed): not an empty answer.
    throw new ApiError(0, "network", "the answer arrived incomplete; check your connection and try again");
  }
  return answerOf<T>(res.status, data);
}

/** Whether this browser can inflate a packed body (lib/domain/packing.ts). */
const canUnpack = () => typeof DecompressionStream === "function";

const isPacked = (res: Response) => res.headers.get(PACKED_HEADER) === PACKING && res.body !== null;

/** A packed response's body inflated, as it streams in. */
function unpacked(res: Response): Response {
  return new Response(res.body!.pipeThrough(new DecompressionStream(PACKING)));
}

/** A response's parsed body (null when it was not JSON) as the API's answer: the data, or ApiError. */
export function answerOf<T>(status: number, data: unknown): T {
  if (status < 200 || status > 299) {
    const e = readApiError(data);
    throw new ApiError(status, e?.code ?? "internal", e?.message ?? `request failed (${status})`, e?.details);
  }
  return data as T;
}
