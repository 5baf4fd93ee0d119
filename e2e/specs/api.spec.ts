import type { APIRequestContext, APIResponse } from "@playwright/test";
import type { DebateSummaryDto, NodeDto } from "@/lib/domain/schemas";
import { expectJson, uniqueId, type ClashApi } from "../fixtures/api";
import { expect, test } from "../fixtures/test";

test.describe("documents", () => {
  test("GET /api/health is 200", async ({ request }) => {
    const body = await expectJson<{ status: string }>(await request.get("/api/health"), 200);
    expect(body.status).toBe("ok");
  });

  test("GET /api/openapi.json describes the debates and ops endpoints", async ({ request }) => {
    const doc = await expectJson<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
      await request.get("/api/openapi.json"),
      200,
    );
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths["/api/debates"] ?? {})).toEqual(expect.arrayContaining(["get", "post"]));
    expect(Object.keys(doc.paths["/api/debates/{id}/ops"] ?? {})).toContain("post");
  });
});

type ErrorBody = { error: { code: string; message: string; details?: Record<string, unknown> } };
type Ctx = {
  /** No cookies: an anonymous caller. */
  anon: APIRequestContext;
  /** A freshly signed-up user (only signed up for cases that are not `anonymous`). */
  rest: ClashApi;
};
type ErrorCase = {
  name: string;
  status: number;
  code: string;
  /** Needs no account: skip signing one up. */
  anonymous?: true;
  send: (c: Ctx) => Promise<APIResponse>;
  /** Further checks on the error and on what the server stored. */
  check?: (body: ErrorBody, c: Ctx) => void | Promise<void>;
};

const json = { "Content-Type": "application/json" };
/** Bytes sent exactly as given (Playwright JSON-encodes a plain string `data`). */
const raw = (text: string) => Buffer.from(text, "utf8");

/** A private debate of `rest` with one argument at version 1. */
async function debateWithNode(rest: ClashApi): Promise<{ debate: DebateSummaryDto; node: NodeDto }> {
  const debate = await rest.createDebate();
  const node = await rest.createNode(debate.id, { title: "Original" });
  return { debate, node };
}

const debateTitles = async (rest: ClashApi) =>
  (await expectJson<{ debates: DebateSummaryDto[] }>(await rest.request.get("/api/debates"))).debates.map(
    (d) => d.title,
  );

const errorCases: ErrorCase[] = [
  {
    name: "malformed JSON body",
    status: 400,
    code: "bad_request",
    send: ({ rest }) => rest.request.post("/api/debates", { headers: json, data: raw('{"title": "half') }),
  },
  {
    name: "POST without signing in",
    status: 401,
    code: "unauthorized",
    anonymous: true,
    send: ({ anon }) => anon.post("/api/debates", { data: { title: "Anonymous debate" } }),
  },
  {
    name: "unknown debate id",
    status: 404,
    code: "not_found",
    anonymous: true,
    send: ({ anon }) => anon.get(`/api/debates/no-such-debate-${uniqueId()}`),
  },
  {
    name: "PATCH with a stale version",
    status: 409,
    code: "conflict",
    send: async ({ rest }) => {
      const { node } = await debateWithNode(rest);
      await expectJson(await rest.patchNode(node.id, { version: node.version, title: "First edit" }), 200);
      return rest.patchNode(node.id, { version: node.version, title: "Second edit, from a stale copy" });
    },
    check: (body) => {
      const current = body.error.details?.current as NodeDto | undefined;
      expect(current?.title).toBe("First edit");
      expect(current?.version).toBe(2);
    },
  },
  {
    name: "invalid fields",
    status: 422,
    code: "validation_failed",
    send: ({ rest }) => rest.request.post("/api/debates", { data: { title: "   ", visibility: "secret" } }),
    check: (body) => {
      const fieldErrors = body.error.details?.fieldErrors as Record<string, string[]> | undefined;
      expect(Object.keys(fieldErrors ?? {}).sort()).toEqual(["title", "visibility"]);
    },
  },
  {
    name: "body over 1 MB",
    status: 413,
    code: "payload_too_large",
    send: ({ rest }) =>
      rest.request.post("/api/debates", {
        headers: json,
        data: raw(JSON.stringify({ title: "Huge", description: "x".repeat(1_100_000) })),
      }),
  },
  {
    name: "wrong content type",
    status: 415,
    code: "unsupported_media_type",
    send: ({ rest }) =>
      rest.request.post("/api/debates", {
        headers: { "Content-Type": "text/plain" },
        data: raw(JSON.stringify({ title: "Plain" })),
      }),
  },
  {
    name: "a write from another origin",
    status: 403,
    code: "forbidden",
    send: ({ rest }) =>
      rest.request.post("/api/debates", {
        headers: { Origin: "http://evil.example" },
        data: { title: "Planted by evil.example" },
      }),
    check: async (_body, { rest }) => {
      expect(await debateTitles(rest)).not.toContain("Planted by evil.example");
    },
  },
  {
    name: "a batch of ops whose last op fails",
    status: 409,
    code: "conflict",
    send: async ({ rest }) => {
      const debate = await rest.createDebate();
      return rest.ops(debate.id, [
        { op: "createNode", node: { id: "batch-a", kind: "claim", side: "aff", title: "A" } },
        { op: "createNode", node: { id: "batch-b", kind: "rebuttal", side: "neg", title: "B" } },
        { op: "createEdge", edge: { id: "batch-ab", source: "batch-b", target: "batch-a", relation: "rebuts" } },
        { op: "updateNode", id: "batch-a", version: 99, patch: { title: "stale" } },
      ]);
    },
    check: async (body, { rest }) => {
      expect(body.error.details?.index).toBe(3);
      const { debates } = await expectJson<{ debates: DebateSummaryDto[] }>(await rest.request.get("/api/debates"));
      const mine = debates.filter((d) => d.role === "owner");
      expect(mine).toHaveLength(1);
      const debate = await rest.debate(mine[0]!.id);
      expect(debate.nodes).toEqual([]);
      expect(debate.edges).toEqual([]);
    },
  },
];

test.describe("errors share one shape {error: {code, message}}", () => {
  const run = async (c: ErrorCase, ctx: Ctx) => {
    const res = await c.send(ctx);
    const body = await expectJson<ErrorBody>(res, c.status);
    expect(Object.keys(body)).toEqual(["error"]);
    expect(body.error.code).toBe(c.code);
    expect(typeof body.error.message).toBe("string");
    expect(body.error.message.length).toBeGreaterThan(0);
    await c.check?.(body, ctx);
  };
  const noAccount = new Proxy({} as ClashApi, {
    get: () => {
      throw new Error("an anonymous case used the signed-in client");
    },
  });
  for (const c of errorCases) {
    const name = `${c.status} ${c.code}: ${c.name}`;
    if (c.anonymous) test(name, ({ request }) => run(c, { anon: request, rest: noAccount }));
    else test(name, ({ request, rest }) => run(c, { anon: request, rest }));
  }
});

test.describe("malformed %-escapes in page paths", () => {
  for (const path of ["/debates/%E0%A4%A", "/s/%", "/join/%"]) {
    test(`GET ${path} is a 4xx, never a 500`, async ({ request }) => {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), await res.text()).toBeGreaterThanOrEqual(400);
      expect(res.status()).toBeLessThan(500);
    });
  }
  test("GET /s/%25 (a code that decodes to %) renders the join page", async ({ request }) => {
    expect((await request.get("/s/%25")).status()).toBe(200);
  });
});
