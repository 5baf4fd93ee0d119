// The API's route tree, read from the file system, and a caller that invokes any route handler
// as any actor. Shared by the authorization matrix and the leak tests, so both cover every route
// there is: a new `route.ts` is picked up without anyone listing it.
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import type { SessionUser } from "@/lib/server/auth-guard";
import { rememberUser } from "@/lib/server/session-cache";

export const ORIGIN = "http://localhost:3000";
export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];
type Handler = (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

export type RouteFile = { file: string; pattern: string; methods: Partial<Record<Method, Handler>> };

/** Every `app/api/**\/route.ts`, with the URL pattern it serves and the methods it exports. */
export async function routeTree(root = path.resolve("app/api")): Promise<RouteFile[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === "route.ts") files.push(full);
    }
  };
  walk(root);
  const routes: RouteFile[] = [];
  for (const file of files.sort()) {
    const mod = (await import(file)) as Record<string, unknown>;
    const methods: RouteFile["methods"] = {};
    for (const m of METHODS) if (typeof mod[m] === "function") methods[m] = mod[m] as Handler;
    const rel = path.relative(root, path.dirname(file)).split(path.sep).join("/");
    routes.push({ file: path.relative(process.cwd(), file), pattern: `/api/${rel}`.replace(/\/$/, ""), methods });
  }
  return routes;
}

/** The dynamic segments of a pattern: `[id]` → id. */
export const paramsOf = (pattern: string) => [...pattern.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]!);

/** A session for `user` that the route layer accepts without Better Auth (its cache, refreshed per call). */
function cookieFor(user: SessionUser): string {
  const key = `better-auth.session_token=matrix-${user.id}`;
  rememberUser(key, user, new Date(Date.now() + 3_600_000));
  return key;
}

export type Answer = { status: number; body: string };

/**
 * Call a route handler as `user` (null: anonymous). A live stream's first chunk is read (with
 * `since=0` it replays what a reader may see), then the request is aborted.
 */
export async function call(
  handler: Handler,
  url: string,
  method: Method,
  user: SessionUser | null,
  params: Record<string, string>,
  body?: string,
): Promise<Answer> {
  const abort = new AbortController();
  const headers: Record<string, string> = { origin: ORIGIN };
  if (user) headers.cookie = cookieFor(user);
  if (method !== "GET") headers["content-type"] = "application/json";
  const req = new Request(`${ORIGIN}${url}`, {
    method,
    headers,
    body: method === "GET" ? undefined : (body ?? "{}"),
    signal: abort.signal,
  });
  const res = await handler(req, { params: Promise.resolve(params) });
  let text = "";
  if ((res.headers.get("content-type") ?? "").startsWith("text/event-stream") && res.body) {
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    // Read what the stream sends at once (the replay), up to a short quiet period.
    for (;;) {
      const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), 300))]);
      if (!chunk || chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
    }
    abort.abort();
    await reader.cancel().catch(() => undefined);
  } else text = await res.text();
  return { status: res.status, body: text };
}

/** A status that means the caller got what it asked for. */
export const granted = (status: number) => status >= 200 && status < 300;

export function expectNoServerError(a: Answer, what: string): void {
  expect(a.status, `${what} → ${a.status} ${a.body.slice(0, 300)}`).toBeLessThan(500);
}
