// The API's route tree, read from the file system, and a caller that invokes any route handler
// as any actor. Shared by the authorization matrix and the leak tests, so both cover every route
// there is: a new `route.ts` is picked up without anyone listing it.
import { readdirSync } from "node:fs";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import { expect } from "vitest";
import { PACKED_HEADER, PACKING } from "@/lib/domain/packing";
import type { SessionUser } from "@/lib/server/auth-guard";
import { rememberUser } from "@/lib/server/session-cache";
import { CreateLinkInput, OpsInput } from "@/lib/domain/schemas";
import { ContributionInput, OpenTaskInput, RevealInput, StartSeminarInput } from "@/lib/domain/seminar-schemas";
import { applyOps } from "@/lib/server/debates/apply-ops";
import { createLink } from "@/lib/server/links/create-link";
import { addContribution } from "@/lib/server/seminars/add-contribution";
import { joinSeminar } from "@/lib/server/seminars/join-seminar";
import { openTask } from "@/lib/server/seminars/open-task";
import { revealSpeech } from "@/lib/server/seminars/reveal-speech";
import { startSeminar } from "@/lib/server/seminars/start-seminar";
import { db, makeUser, unique } from "./helpers";

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

/** `packed`: the body came packed (lib/domain/packing.ts) and `body` is its inflated text. */
export type Answer = { status: number; body: string; packed?: { bytes: number } };

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
  body?: string | Uint8Array<ArrayBuffer>,
  extraHeaders: Record<string, string> = {},
): Promise<Answer> {
  const abort = new AbortController();
  const headers: Record<string, string> = { origin: ORIGIN, ...extraHeaders };
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
  } else if (res.headers.get(PACKED_HEADER) === PACKING) {
    const bytes = Buffer.from(await res.arrayBuffer());
    return { status: res.status, body: inflateRawSync(bytes).toString("utf8"), packed: { bytes: bytes.byteLength } };
  } else text = await res.text();
  return { status: res.status, body: text };
}

/** A status that means the caller got what it asked for. */
export const granted = (status: number) => status >= 200 && status < 300;

export function expectNoServerError(a: Answer, what: string): void {
  expect(a.status, `${what} → ${a.status} ${a.body.slice(0, 300)}`).toBeLessThan(500);
}

/**
 * Routes outside any one debate or seminar: what each may answer is checked in their own tests
 * (an import job belongs to the user who started it: tests/integration/import-jobs.test.ts).
 */
export const UNSCOPED = [
  "/api/debates",
  // A reader's copy is a write of the caller's own new debate, not of this one: a viewer may make
  // it (tests/integration/copy-debate.test.ts checks who may, on this matrix's worlds).
  "/api/debates/[id]/copy",
  "/api/debates/import",
  "/api/imports/[jobId]",
  "/api/imports/warm",
  "/api/health",
  "/api/links/redeem",
  "/api/openapi.json",
  "/api/seminars",
  "/api/seminars/join",
];
/** Better Auth's catch-all has its own suite (tests/integration/auth-routes.test.ts). */
export const AUTH = "/api/auth/[...all]";
/** Query strings a GET needs to say something (a live stream replays from the start). */
const QUERY: Record<string, string> = {
  "/api/debates/[id]/events": "?since=0",
  "/api/seminars/[id]/events": "?since=0",
  "/api/debates/[id]/search": "?q=secret",
};

export type World = Awaited<ReturnType<typeof makeWorld>>;
export type Actor = { label: string; user: SessionUser | null };

/** A debate with one of everything a route can name, members of every role and a seminar with a student. */
export async function makeWorld(visibility: "private" | "public") {
  const tag = unique("w");
  const person = async (label: string) => {
    const u = await makeUser(`${label}-${visibility}`);
    await db.user.update({ where: { id: u.id }, data: { name: `${label} ${tag}` } });
    return { ...u, name: `${label} ${tag}` };
  };
  const [owner, editor, commenter, viewer, stranger, zelda, bob] = await Promise.all(
    ["Owner", "Editor", "Commenter", "Viewer", "Stranger", "Zelda", "Bob"].map(person),
  );
  const debateId = unique("d");
  await db.debate.create({ data: { id: debateId, title: `Matrix ${tag}`, visibility, ownerId: owner!.id } });
  await db.membership.createMany({
    data: [
      { debateId, userId: owner!.id, role: "owner" },
      { debateId, userId: editor!.id, role: "editor" },
      { debateId, userId: commenter!.id, role: "commenter" },
      { debateId, userId: viewer!.id, role: "viewer" },
    ],
  });
  const [a, n, e] = [unique("na"), unique("nn"), unique("e")];
  const secret = `secret-1NC-${tag}`;
  await applyOps({
    user: owner!,
    debateId,
    input: OpsInput.parse({
      ops: [
        { op: "createNode", node: { id: a, kind: "claim", side: "aff", speech: "1AC", title: `Open 1AC ${tag}` } },
        { op: "createNode", node: { id: n, kind: "rebuttal", side: "neg", speech: "1NC", title: secret } },
        { op: "createEdge", edge: { id: e, source: n, target: a, relation: "rebuts" } },
      ],
    }),
  });
  const comment = await db.comment.create({
    data: { debateId, nodeId: a, authorId: commenter!.id, body: `A comment ${tag}` },
  });
  const source = await db.source.create({
    data: { debateId, title: `Source ${tag}`, text: "Training fuels extremism, the report says." },
  });
  const link = await createLink({ user: owner!, debateId, input: CreateLinkInput.parse({ role: "viewer" }) });
  const seminar = await startSeminar({
    user: owner!,
    input: StartSeminarInput.parse({ debateId, anonymous: true }),
  });
  const version = async () => (await db.seminar.findUniqueOrThrow({ where: { id: seminar.id } })).version;
  await revealSpeech({
    user: owner!,
    seminarId: seminar.id,
    input: RevealInput.parse({ version: await version(), step: "next" }),
  });
  for (const s of [zelda!, bob!]) await joinSeminar({ user: s, input: { code: seminar.code }, client: `test:${s.id}` });
  await openTask({
    user: owner!,
    seminarId: seminar.id,
    input: OpenTaskInput.parse({ version: await version(), prompt: "Answer the 1AC", targetNodeId: a }),
  });
  await addContribution({
    user: zelda!,
    seminarId: seminar.id,
    input: ContributionInput.parse({ type: "argument", kind: "rebuttal", title: `Zelda's answer ${tag}`, targetId: a }),
  });
  const task = await db.seminarTask.findFirstOrThrow({ where: { seminarId: seminar.id } });
  const speechDoc = await db.speechDoc.create({
    data: {
      debateId,
      name: "1AC",
      items: {
        create: [
          { position: 0, nodeId: a },
          { position: 1, text: "Analytic" },
        ],
      },
    },
    include: { items: true },
  });
  const contribution = await db.seminarContribution.findFirstOrThrow({ where: { seminarId: seminar.id } });
  const users = {
    owner: owner!,
    editor: editor!,
    commenter: commenter!,
    viewer: viewer!,
    stranger: stranger!,
    zelda: zelda!,
    bob: bob!,
  };
  return {
    visibility,
    debateId,
    secret,
    users,
    emails: Object.values(users).map((u) => u.email),
    actors: [
      { label: "anonymous", user: null },
      ...Object.entries(users).map(([label, user]) => ({ label, user })),
    ] as Actor[],
    /** The value each kind of path parameter takes, by the segment it follows. */
    fill: {
      "debates/[id]": debateId,
      "comments/[id]": comment.id,
      "edges/[id]": e,
      "links/[id]": link.link.id,
      "nodes/[id]": a,
      "seminars/[id]": seminar.id,
      "sources/[id]": source.id,
      "members/[userId]": editor!.id,
      "contributions/[cid]": contribution.id,
      "sources/[sourceId]": source.id,
      "tasks/[taskId]": task.id,
      "speech-docs/[name]": speechDoc.name,
      "items/[itemId]": speechDoc.items[0]!.id,
    } as Record<string, string>,
  };
}

/** The URL and params of a scoped route in a world; throws for a parameter nobody taught the matrix. */
export function address(route: RouteFile, w: World): { url: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const url = route.pattern.replace(/([a-z-]+)\/\[([^\]]+)\]/g, (_whole, seg: string, name: string) => {
    const value = w.fill[`${seg}/[${name}]`];
    if (!value) throw new Error(`${route.file}: the matrix cannot fill [${name}] after ${seg}/ (add it to makeWorld)`);
    params[name] = value;
    return `${seg}/${encodeURIComponent(value)}`;
  });
  return { url: url + (QUERY[route.pattern] ?? ""), params };
}

/** A fingerprint of everything a write could change. */
export async function fingerprint(): Promise<string> {
  const counts = await Promise.all([
    db.change.count(),
    db.debate.count(),
    db.membership.count(),
    db.argNode.count(),
    db.edge.count(),
    db.source.count(),
    db.comment.count(),
    db.shareLink.count(),
    db.seminar.count(),
    db.seminarTask.count(),
    db.seminarContribution.count(),
    db.seminarParticipant.count(),
  ]);
  const versions = await db.debate.aggregate({ _sum: { version: true } });
  return JSON.stringify([counts, versions._sum.version]);
}
