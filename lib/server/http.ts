import "server-only";
import { mark, serverTiming, timed } from "./timing";
import type { z } from "zod";
import { PACK_HEADER, PACKED_HEADER, PACKING } from "@/lib/domain/packing";
import { isWellFormedJson } from "@/lib/domain/well-formed";
import { loadEnv } from "@/lib/env";
import { currentUser, trustedOrigins } from "./auth";
import type { SessionUser } from "./auth-guard";
import { AppError, errorBody, toAppError, validationError } from "./errors";
import { packParts, sentPacked, unpackCapped, wantsPacked } from "./packed-body";

type Params = Record<string, string>;
export type RouteCtx<P extends Params> = {
  req: Request;
  params: P;
  user: SessionUser | null;
  /** The request body, read under the size cap and parsed with `schema` (400/413/415/422). */
  body: <S extends z.ZodType>(schema: S) => Promise<z.infer<S>>;
  /** The query string parsed with `schema` (422). */
  query: <S extends z.ZodType>(schema: S) => z.infer<S>;
};

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Route handlers get no Origin check and no body limit from Next: refuse cross-site writes.
 * Browsers always send Origin (or Sec-Fetch-Site) on these requests; other API clients may omit both.
 */
function checkOrigin(req: Request): void {
  if (SAFE.has(req.method)) return;
  const origin = req.headers.get("origin");
  if (origin) {
    if (!trustedOrigins.includes(origin)) throw new AppError("forbidden", "cross-origin request refused");
    return;
  }
  const site = req.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw new AppError("forbidden", "cross-site request refused");
}

/**
 * The request body's bytes, read while streaming: a declared Content-Length over `limit` is refused
 * before reading, an undeclared body as soon as it passes it, with `tooLarge()` (413).
 */
export async function readCappedBytes(
  req: Request,
  limit: number,
  tooLarge = () => new AppError("payload_too_large", `request body over ${limit} bytes`),
): Promise<Uint8Array> {
  if (Number(req.headers.get("content-length") ?? "0") > limit) throw tooLarge();
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The request body as text, under `limit` bytes. With `packed` (an API route's JSON), a body sent
 * packed (`x-clash-packed: deflate-raw`, as the reader sends a long source's text) is inflated
 * under the same limit: the cap is on what it holds, so a small deflate bomb is a 413 like a big body.
 */
export async function readCapped(req: Request, limit: number, options: { packed?: boolean } = {}): Promise<string> {
  const tooLarge = () => new AppError("payload_too_large", `request body over ${limit} bytes`);
  const raw = await readCappedBytes(req, limit, tooLarge);
  const bytes = options.packed && sentPacked(req) ? await unpackCapped(raw, limit, tooLarge) : raw;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("bad_request", "request body is not valid UTF-8");
  }
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw validationError(r.error);
  return r.data;
}

/** Wrap a route handler: authenticate, check origin, parse input, map errors to one JSON shape. */
export function route<P extends Params = Params>(
  handler: (ctx: RouteCtx<P>) => Promise<unknown>,
  opts: { status?: number; maxBytes?: number } = {},
) {
  return (req: Request, context: { params: Promise<P> }): Promise<Response> =>
    timed(loadEnv().CLASH_SERVER_TIMING === "on", () => answer(req, context));
  async function answer(req: Request, context: { params: Promise<P> }): Promise<Response> {
    try {
      checkOrigin(req);
      const params = await context.params;
      const user = await currentUser(req.headers);
      mark("session");
      const ctx: RouteCtx<P> = {
        req,
        params,
        user,
        body: async (schema) => {
          const type = req.headers.get("content-type") ?? "";
          if (!/^application\/json\b/i.test(type))
            throw new AppError("unsupported_media_type", "send the body as application/json");
          const text = await readCapped(req, opts.maxBytes ?? loadEnv().CLASH_MAX_BODY_BYTES, { packed: true });
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            throw new AppError("bad_request", "request body is not valid JSON");
          }
          if (!isWellFormedJson(json))
            throw new AppError("bad_request", "request body has a lone surrogate (\\ud800…): not valid Unicode text");
          const parsed = parseWith(schema, json);
          mark("body");
          return parsed;
        },
        query: (schema) => parseWith(schema, Object.fromEntries(new URL(req.url).searchParams)),
      };
      const result = await handler(ctx);
      if (result instanceof Response) return result;
      const body = JSON.stringify(result);
      return new Response(body, {
        status: opts.status ?? 200,
        headers: { "Content-Type": "application/json", "Cache-Control": "no-store", ...timingHeader() },
      });
    } catch (err) {
      const e = toAppError(err);
      return Response.json(errorBody(e), {
        status: e.status,
        headers: { "Cache-Control": "no-store", ...retryAfterHeader(e) },
      });
    }
  }
}

function timingHeader(): Record<string, string> {
  const t = serverTiming();
  return t ? { "Server-Timing": t } : {};
}

/** A 429 says when to come back (RFC 9110 Retry-After), from the error's `retryAfter` seconds. */
export function retryAfterHeader(e: AppError): Record<string, string> {
  const seconds = (e.details as { retryAfter?: unknown } | undefined)?.retryAfter;
  return e.code === "rate_limited" && typeof seconds === "number"
    ? { "Retry-After": String(Math.max(1, Math.ceil(seconds))) }
    : {};
}

/**
 * A JSON body that is already encoded, sent part after part as it is. Not compressed: Next 16
 * drops a route handler's Content-Encoding and does not compress route handlers itself, so
 * compression of API responses belongs to the reverse proxy in front (see README, Configuration),
 * except for the big bodies a client asks packed (packedOrJson).
 */
export function jsonBytes(parts: Uint8Array[]): Response {
  return bytesResponse(parts, { "Content-Type": "application/json" });
}

/**
 * A big JSON body (a graph, a flow sheet), packed as raw deflate when the request asks for it
 * (lib/domain/packing.ts), else as jsonBytes.
 */
export async function packedOrJson(req: Request, parts: Uint8Array[]): Promise<Response> {
  if (!wantsPacked(req)) return jsonBytes(parts);
  return bytesResponse(await packParts(parts), {
    "Content-Type": "application/octet-stream",
    [PACKED_HEADER]: PACKING,
    Vary: PACK_HEADER,
  });
}

/** Below this, a JSON answer goes plain even when packing is asked for: there is little to gain. */
const PACK_OVER = 16 * 1024;

/**
 * A JSON answer that can be large (a source with its full text, up to 2 MB), packed as raw
 * deflate when the request asks for it and it is over PACK_OVER, else plain JSON.
 */
export function jsonPackedIfLarge(req: Request, value: unknown): Promise<Response> {
  const bytes = Buffer.from(JSON.stringify(value));
  return bytes.byteLength > PACK_OVER ? packedOrJson(req, [bytes]) : Promise.resolve(jsonBytes([bytes]));
}

function bytesResponse(parts: Uint8Array[], headers: Record<string, string>): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(part);
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { ...headers, "Cache-Control": "no-store" } });
}
