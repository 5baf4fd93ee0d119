import { describe, expect, it } from "vitest";
import { parseClashJson, toClashJson } from "@/lib/domain/codecs/clash-json";
import { CreateNodeInput, RestoreInput, UpdateNodeInput } from "@/lib/domain/schemas";
import { getDebate } from "@/lib/server/debates/get-debate";
import { listHistory } from "@/lib/server/history/list-history";
import { restore } from "@/lib/server/history/restore";
import { createNode } from "@/lib/server/nodes/create-node";
import { updateNode } from "@/lib/server/nodes/update-node";
import { card, db, expectAppError, makeDebate, makeSource } from "./helpers";

// "Alpha beta gamma delta epsilon zeta eta theta." — the card quotes all of it.
const TEXT = "Alpha beta gamma delta epsilon zeta eta theta.";

async function cardFixture() {
  const f = await makeDebate({});
  const src = await makeSource(f.debateId, TEXT);
  const node = await createNode({
    user: f.owner,
    debateId: f.debateId,
    input: CreateNodeInput.parse({ kind: "evidence", side: "aff", title: "Tag", evidence: card(src, 0, TEXT.length) }),
  });
  return { ...f, src, node };
}

describe("card markup", () => {
  it("a versioned PATCH stores every layer and the cite fields, readable back and in history", async () => {
    const f = await cardFixture();
    const evidence = {
      ...f.node.evidence!,
      highlights: [{ start: 0, end: 5 }],
      underline: [{ start: 0, end: 22 }],
      emphasis: [{ start: 6, end: 10 }],
      highlights2: [{ start: 11, end: 16 }],
      insertions: [{ at: 6, text: "the" }],
      citeFields: { authors: "Ann Smith", date: "2015", initials: "AB" },
    };
    const updated = await updateNode({
      user: f.owner,
      nodeId: f.node.id,
      input: UpdateNodeInput.parse({ version: f.node.version, evidence }),
    });
    expect(updated.version).toBe(f.node.version + 1);
    const row = await db.argNode.findUniqueOrThrow({ where: { id: f.node.id } });
    expect(JSON.parse(row.markup!)).toEqual({
      underline: [{ start: 0, end: 22 }],
      emphasis: [{ start: 6, end: 10 }],
      highlights2: [{ start: 11, end: 16 }],
      insertions: [{ at: 6, text: "the" }],
    });
    expect(JSON.parse(row.highlights!)).toEqual([{ start: 0, end: 5 }]);
    const debate = await getDebate({ user: f.owner, debateId: f.debateId });
    const read = debate.nodes.find((n) => n.id === f.node.id)!.evidence!;
    expect(read).toMatchObject({
      underline: evidence.underline,
      emphasis: evidence.emphasis,
      highlights2: evidence.highlights2,
      insertions: evidence.insertions,
      citeFields: evidence.citeFields,
    });

    const { entries } = await listHistory({ user: f.owner, debateId: f.debateId, limit: 5 });
    const change = entries.find((e) => e.entityId === f.node.id && e.action === "update")!;
    expect((change.after as { evidence: { underline: unknown } }).evidence.underline).toEqual(evidence.underline);
    expect((change.before as { evidence: { underline?: unknown } }).evidence.underline).toBeUndefined();
  });

  it("refuses a stale version with 409 and a range outside the quote at the boundary", async () => {
    const f = await cardFixture();
    await updateNode({
      user: f.owner,
      nodeId: f.node.id,
      input: UpdateNodeInput.parse({
        version: f.node.version,
        evidence: { ...f.node.evidence!, underline: [{ start: 0, end: 5 }] },
      }),
    });
    await expectAppError(
      updateNode({
        user: f.owner,
        nodeId: f.node.id,
        input: UpdateNodeInput.parse({
          version: f.node.version,
          evidence: { ...f.node.evidence!, emphasis: [{ start: 0, end: 5 }] },
        }),
      }),
      "conflict",
    );
    const row = await db.argNode.findUniqueOrThrow({ where: { id: f.node.id } });
    expect(JSON.parse(row.markup!)).toEqual({ underline: [{ start: 0, end: 5 }] });
    const outside = UpdateNodeInput.safeParse({
      version: 2,
      evidence: { ...f.node.evidence!, underline: [{ start: 0, end: TEXT.length + 1 }] },
    });
    expect(outside.success).toBe(false);
  });

  it("restoring an earlier version brings the earlier markup back (undo through history)", async () => {
    const f = await cardFixture();
    const first = await updateNode({
      user: f.owner,
      nodeId: f.node.id,
      input: UpdateNodeInput.parse({
        version: f.node.version,
        evidence: { ...f.node.evidence!, underline: [{ start: 0, end: 5 }] },
      }),
    });
    const seq = (await db.change.aggregate({ where: { debateId: f.debateId }, _max: { seq: true } }))._max.seq!;
    await updateNode({
      user: f.owner,
      nodeId: f.node.id,
      input: UpdateNodeInput.parse({
        version: first.version,
        evidence: { ...first.evidence!, underline: [], emphasis: [{ start: 6, end: 10 }] },
      }),
    });
    await restore({
      user: f.owner,
      debateId: f.debateId,
      input: RestoreInput.parse({ scope: "node", entityId: f.node.id, seq }),
    });
    const row = await db.argNode.findUniqueOrThrow({ where: { id: f.node.id } });
    expect(JSON.parse(row.markup!)).toEqual({ underline: [{ start: 0, end: 5 }] });
  });

  it("Clash JSON export and import keep the layers and cite fields", async () => {
    const f = await cardFixture();
    await updateNode({
      user: f.owner,
      nodeId: f.node.id,
      input: UpdateNodeInput.parse({
        version: f.node.version,
        evidence: {
          ...f.node.evidence!,
          underline: [{ start: 0, end: 10 }],
          highlights2: [{ start: 0, end: 5 }],
          citeFields: { shortCite: "Smith 15" },
        },
      }),
    });
    const debate = await getDebate({ user: f.owner, debateId: f.debateId });
    const sources = await db.source.findMany({ where: { debateId: f.debateId } });
    const json = toClashJson({ ...debate, sources });
    const back = parseClashJson(JSON.parse(JSON.stringify(json)));
    const ev = back.nodes.find((n) => n.kind === "evidence")!.evidence!;
    expect(ev.underline).toEqual([{ start: 0, end: 10 }]);
    expect(ev.highlights2).toEqual([{ start: 0, end: 5 }]);
    expect(ev.citeFields).toEqual({ shortCite: "Smith 15" });
  });
});
