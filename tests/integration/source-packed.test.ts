// A source's text packed both ways. GET /api/sources/{id}: a long article's text crosses the
// network as raw deflate when the client asks (Next.js does not compress API answers), the same
// JSON once inflated; a short one, a refusal and a client that does not ask get plain JSON. POST
// and PATCH: a JSON body sent packed is read as the same body, under the route's cap.
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import * as createRoute from "@/app/api/debates/[id]/sources/route";
import * as sourceRoute from "@/app/api/sources/[id]/route";
import { PACK_HEADER, PACKED_HEADER, PACKING } from "@/lib/domain/packing";
import { CreateDebateInput, CreateSourceInput, type SourceDto } from "@/lib/domain/schemas";
import { db } from "@/lib/server/db";
import { createDebate } from "@/lib/server/debates/create-debate";
import { createSource } from "@/lib/server/sources/create-source";
import { makeUser } from "./helpers";
import { call } from "./route-matrix";

type Handler = Parameters<typeof call>[0];
const GET = sourceRoute.GET as unknown as Handler;
const PATCH = sourceRoute.PATCH as unknown as Handler;
const POST = createRoute.POST as unknown as Handler;
const SENT_PACKED = { [PACKED_HEADER]: PACKING };
const packed = (value: unknown) => new Uint8Array(deflateRawSync(Buffer.from(JSON.stringify(value))));
const ASK = { [PACK_HEADER]: PACKING };

describe("GET /api/sources/{id}, packed when asked", () => {
  it("packs a long source for a client that asks, the same body as plain JSON; a short one stays plain", async () => {
    const owner = await makeUser("src-pack");
    const debate = await createDebate({ user: owner, input: CreateDebateInput.parse({ title: "Packed sources" }) });
    const paragraph =
      "Security assistance to Tajikistan's border forces grew after 2015, and with it the question of oversight. ";
    const long = await createSource({
      user: owner,
      debateId: debate.id,
      input: CreateSourceInput.parse({ title: "A long report", text: paragraph.repeat(2_000) }),
    });
    const short = await createSource({
      user: owner,
      debateId: debate.id,
      input: CreateSourceInput.parse({ title: "A note", text: paragraph }),
    });
    const url = (s: SourceDto) => `/api/sources/${s.id}`;

    const plain = await call(GET, url(long), "GET", owner, { id: long.id });
    const asked = await call(GET, url(long), "GET", owner, { id: long.id }, undefined, ASK);
    expect(plain.status).toBe(200);
    expect(plain.packed).toBeUndefined();
    expect(asked.status).toBe(200);
    expect(asked.packed).toBeDefined();
    expect(asked.body).toBe(plain.body);
    expect((JSON.parse(asked.body) as SourceDto).text).toBe(long.text);
    expect(asked.packed!.bytes).toBeLessThan(Buffer.byteLength(plain.body) / 10);

    const small = await call(GET, url(short), "GET", owner, { id: short.id }, undefined, ASK);
    expect(small.status).toBe(200);
    expect(small.packed).toBeUndefined();
    expect((JSON.parse(small.body) as SourceDto).text).toBe(short.text);

    // Refusals stay plain JSON in the one error shape; a packing Clash does not make is a 400.
    const stranger = await makeUser("src-pack-stranger");
    const refused = await call(GET, url(long), "GET", stranger, { id: long.id }, undefined, ASK);
    expect(refused.status).toBe(403);
    expect(refused.packed).toBeUndefined();
    expect((JSON.parse(refused.body) as { error: { code: string } }).error.code).toBe("forbidden");
    const wrong = await call(GET, url(long), "GET", owner, { id: long.id }, undefined, { [PACK_HEADER]: "gzip" });
    expect(wrong.status).toBe(400);
  });

  it("reads a source's JSON sent packed, under the route's cap: a bomb is a 413, a damaged body a 400, nothing written", async () => {
    const owner = await makeUser("src-upload");
    const debate = await createDebate({ user: owner, input: CreateDebateInput.parse({ title: "Packed uploads" }) });
    const text = "Border forces trained under the programme were vetted under the Leahy law. ".repeat(3_000);
    const post = (body: Uint8Array<ArrayBuffer>) =>
      call(POST, `/api/debates/${debate.id}/sources`, "POST", owner, { id: debate.id }, body, SENT_PACKED);
    const made = await post(packed({ title: "Long", text }));
    expect(made.status).toBe(201);
    const source = JSON.parse(made.body) as SourceDto;
    expect(source.text).toBe(text.trim());

    const edited = text.replace("Leahy law", "Leahy laws");
    const patched = await call(
      PATCH,
      `/api/sources/${source.id}`,
      "PATCH",
      owner,
      { id: source.id },
      packed({ version: source.version, text: edited }),
      SENT_PACKED,
    );
    expect(patched.status).toBe(200);
    expect((JSON.parse(patched.body) as { source: SourceDto }).source.text).toBe(edited); // an edit keeps its text as sent (a new source is trimmed)

    // 3 MB of text packs into a few kB and inflates past the route's 2.6 MB cap.
    const bomb = packed({ title: "Bomb", text: "x".repeat(3_000_000) });
    expect(bomb.byteLength).toBeLessThan(20_000);
    expect((await post(bomb)).status).toBe(413);
    expect((await post(packed({ title: "Cut", text }).subarray(0, 200))).status).toBe(400);
    const after = await call(GET, `/api/sources/${source.id}`, "GET", owner, { id: source.id });
    expect((JSON.parse(after.body) as SourceDto).version).toBe(source.version + 1);
    expect(await db.source.count({ where: { debateId: debate.id } })).toBe(1);
  });
});
