// GET /api/sources/{id} packed: a long article's text crosses the network as raw deflate when the
// client asks (Next.js does not compress API answers), the same JSON once inflated; a short one,
// a refusal and a client that does not ask get plain JSON.
import { describe, expect, it } from "vitest";
import * as sourceRoute from "@/app/api/sources/[id]/route";
import { PACK_HEADER, PACKING } from "@/lib/domain/packing";
import { CreateDebateInput, CreateSourceInput, type SourceDto } from "@/lib/domain/schemas";
import { createDebate } from "@/lib/server/debates/create-debate";
import { createSource } from "@/lib/server/sources/create-source";
import { makeUser } from "./helpers";
import { call } from "./route-matrix";

type Handler = Parameters<typeof call>[0];
const GET = sourceRoute.GET as unknown as Handler;
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
    const packed = await call(GET, url(long), "GET", owner, { id: long.id }, undefined, ASK);
    expect(plain.status).toBe(200);
    expect(plain.packed).toBeUndefined();
    expect(packed.status).toBe(200);
    expect(packed.packed).toBeDefined();
    expect(packed.body).toBe(plain.body);
    expect((JSON.parse(packed.body) as SourceDto).text).toBe(long.text);
    expect(packed.packed!.bytes).toBeLessThan(Buffer.byteLength(plain.body) / 10);

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
});
