import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ANSWER_COLUMN, MIN_ROW, rowStep } from "@/lib/domain/placement";
import { CreateSourceInput, CutCardInput, UpdateSourceInput } from "@/lib/domain/schemas";
import { cutCard } from "@/lib/server/cards/cut-card";
import { searchDebate } from "@/lib/server/debates/search-debate";
import { createSource } from "@/lib/server/sources/create-source";
import { deleteSource } from "@/lib/server/sources/delete-source";
import { getSource } from "@/lib/server/sources/get-source";
import { updateSource } from "@/lib/server/sources/update-source";
import { getDebate } from "@/lib/server/debates/get-debate";
import { countsOf, db, expectAppError, makeDebate, makeUser } from "./helpers";

const DOC = readFileSync("prisma/seed-data/sources/002_42597468b928aec7.txt", "utf8");
const SENTENCE = "For starters, most recipients of U.S. training do not join ISIS or other terrorist groups.";

async function debateWithDoc() {
  const f = await makeDebate({});
  const src = await createSource({
    user: f.owner,
    debateId: f.debateId,
    input: CreateSourceInput.parse({ title: "A Misplaced Focus", author: "Anon", date: "2015", text: DOC }),
  });
  return { ...f, src };
}

const cut = (user: Awaited<ReturnType<typeof makeUser>>, sourceId: string, fields: Partial<Record<string, unknown>>) =>
  cutCard({
    user,
    sourceId,
    input: CutCardInput.parse({
      tag: "Most trainees never defect",
      cite: "Misplaced Focus 15",
      relation: "supports",
      ...fields,
    }),
  });

describe("sources", () => {
  it("reduces uploaded HTML to its text: no script or style survives", async () => {
    const f = await makeDebate({});
    const html = `<html><head><title>T</title><style>p{color:red}</style></head><body><p>First &amp; foremost.</p><script>alert("pwned")</script><p onclick="evil()">Second.</p></body></html>`;
    const s = await createSource({
      user: f.owner,
      debateId: f.debateId,
      input: CreateSourceInput.parse({ title: "Page", format: "html", text: html }),
    });
    expect(s.text).toContain("First & foremost.");
    expect(s.text).toContain("Second.");
    expect(s.text).not.toMatch(/alert|color:red|evil|<p/);
  });

  it("refuses non-http URLs at the boundary", () => {
    expect(CreateSourceInput.safeParse({ title: "x", text: "y", url: "javascript:alert(1)" }).success).toBe(false);
    expect(CreateSourceInput.safeParse({ title: "x", text: "y", url: "https://example.org/a" }).success).toBe(true);
  });

  it("a viewer can read a source but not add one", async () => {
    const viewer = await makeUser("viewer");
    const f = await makeDebate({ members: [{ user: viewer, role: "viewer" }] });
    await expectAppError(
      createSource({ user: viewer, debateId: f.debateId, input: CreateSourceInput.parse({ title: "t", text: "x" }) }),
      "forbidden",
    );
  });
});

describe("cutting a card", () => {
  it("creates the evidence node and its edge in one transaction, anchored to the exact span", async () => {
    const f = await debateWithDoc();
    const start = DOC.indexOf(SENTENCE);
    const before = await countsOf(f.debateId);
    const { node, edge } = await cut(f.owner, f.src.id, {
      start,
      end: start + SENTENCE.length,
      quote: SENTENCE,
      targetId: f.nodes.b,
      highlights: [{ start: 14, end: 18 }],
    });
    expect(node.kind).toBe("evidence");
    expect(node.side).toBe("neg"); // supports the neg rebuttal
    expect(node.evidence).toMatchObject({
      quote: SENTENCE,
      start,
      end: start + SENTENCE.length,
      status: "exact",
      cite: "Misplaced Focus 15",
    });
    expect(node.evidence!.prefix).toBe(DOC.slice(start - 32, start));
    expect(node.evidence!.suffix).toBe(DOC.slice(start + SENTENCE.length, start + SENTENCE.length + 32));
    expect(edge).toMatchObject({ source: node.id, target: f.nodes.b, relation: "supports" });
    const after = await countsOf(f.debateId);
    expect(after.nodes - before.nodes).toBe(1);
    expect(after.edges - before.edges).toBe(1);
    expect(after.changes - before.changes).toBe(2);
    expect((await getSource({ user: f.owner, sourceId: f.src.id })).cardCount).toBe(1);
  });

  it("gives a card on the (neutral) resolution the side of the speech it is cut for", async () => {
    const f = await debateWithDoc();
    const resolution = await db.argNode.create({
      data: { id: `${f.nodes.a}-res`, debateId: f.debateId, kind: "claim", side: "neutral", title: "Resolved" },
    });
    const start = DOC.indexOf(SENTENCE);
    const at = { start, end: start + SENTENCE.length, quote: SENTENCE, targetId: resolution.id };
    expect((await cut(f.owner, f.src.id, { ...at, speech: "1AC" })).node.side).toBe("aff");
    expect((await cut(f.owner, f.src.id, { ...at, speech: "1NC", relation: "rebuts" })).node.side).toBe("neg");
    expect((await cut(f.owner, f.src.id, at)).node.side).toBe("neutral");
  });

  it("places each card beside its target, below the cards already there, never on another argument", async () => {
    const f = await debateWithDoc(); // the fixture's arguments all sit at 0,0
    const start = DOC.indexOf(SENTENCE);
    const span = { start, end: start + SENTENCE.length, quote: SENTENCE, targetId: f.nodes.b };
    const first = (await cut(f.owner, f.src.id, span)).node;
    expect(first.position).toEqual({ x: ANSWER_COLUMN, y: 0 });
    const second = (await cut(f.owner, f.src.id, span)).node;
    expect(second.position).toEqual({ x: ANSWER_COLUMN, y: rowStep(first) });
    // An argument that answers something else sits exactly where the third card would go.
    const squatter = await db.argNode.update({
      where: { id: f.nodes.c },
      data: { x: ANSWER_COLUMN, y: second.position.y + rowStep(second) },
    });
    const third = (await cut(f.owner, f.src.id, span)).node;
    expect(third.position).toEqual({ x: ANSWER_COLUMN, y: squatter.y + MIN_ROW });
  });

  it("answers each bad cut with a 422 naming the problem, writing nothing", async () => {
    const f = await debateWithDoc();
    const other = await makeDebate({ owner: f.owner });
    const start = DOC.indexOf(SENTENCE);
    const ok = { start, end: start + SENTENCE.length, quote: SENTENCE, targetId: f.nodes.b };
    const before = await countsOf(f.debateId);
    const cases: [Partial<Record<string, unknown>>, RegExp][] = [
      [{ start: DOC.length + 5, end: DOC.length + 10 }, /past the end/],
      [{ start: 10, end: 10 }, /empty/],
      [{ quote: "Something else entirely." }, /does not match/],
      [{ targetId: other.nodes.a }, /not in this debate/],
      [{ highlights: [{ start: 0, end: SENTENCE.length + 5 }] }, /outside the quote/],
    ];
    for (const [patch, message] of cases) {
      const e = await expectAppError(cut(f.owner, f.src.id, { ...ok, ...patch }), "validation_failed");
      expect(e.message).toMatch(message);
    }
    expect(await countsOf(f.debateId)).toEqual(before);
  });

  it("refuses a viewer", async () => {
    const viewer = await makeUser("viewer");
    const f = await debateWithDoc();
    await db.membership.create({ data: { debateId: f.debateId, userId: viewer.id, role: "viewer" } });
    const start = DOC.indexOf(SENTENCE);
    await expectAppError(
      cut(viewer, f.src.id, { start, end: start + SENTENCE.length, quote: SENTENCE, targetId: f.nodes.b }),
      "forbidden",
    );
  });
});

describe("editing a source re-anchors its cards", () => {
  async function withCard() {
    const f = await debateWithDoc();
    const start = DOC.indexOf(SENTENCE);
    const { node } = await cut(f.owner, f.src.id, {
      start,
      end: start + SENTENCE.length,
      quote: SENTENCE,
      targetId: f.nodes.b,
      highlights: [{ start: 14, end: 18 }],
    });
    return { ...f, node, start };
  }

  it("a paragraph added at the top moves the card to the same sentence", async () => {
    const f = await withCard();
    const top = "Editor's note: this post was written in 2015.\n\n";
    const r = await updateSource({
      user: f.owner,
      sourceId: f.src.id,
      input: UpdateSourceInput.parse({ version: f.src.version, text: top + DOC }),
    });
    expect(r.cards).toHaveLength(1);
    const e = r.cards[0]!.evidence!;
    expect(e.status).toBe("moved");
    expect(e.start).toBe(f.start + top.length);
    expect(r.source.text.slice(e.start, e.end)).toBe(SENTENCE);
    expect(e.highlights).toEqual([{ start: 14, end: 18 }]);
    const stored = await db.argNode.findUniqueOrThrow({ where: { id: f.node.id } });
    expect(stored).toMatchObject({
      anchorStatus: "moved",
      quoteStart: f.start + top.length,
      version: f.node.version + 1,
    });
  });

  it("deleting the sentence orphans the card with its stored quote, never moving it to other words", async () => {
    const f = await withCard();
    const r = await updateSource({
      user: f.owner,
      sourceId: f.src.id,
      input: UpdateSourceInput.parse({ version: f.src.version, text: DOC.replace(SENTENCE, "") }),
    });
    expect(r.cards[0]!.evidence).toMatchObject({ status: "orphaned", quote: SENTENCE, start: f.start });
  });

  it("a stale version is a conflict and changes nothing", async () => {
    const f = await withCard();
    await expectAppError(
      updateSource({
        user: f.owner,
        sourceId: f.src.id,
        input: UpdateSourceInput.parse({ version: f.src.version + 7, text: "x" }),
      }),
      "conflict",
    );
    expect((await getSource({ user: f.owner, sourceId: f.src.id })).text).toBe(DOC);
  });
});

describe("deleting a source", () => {
  it("is refused with 409 while cards quote it, and deletes them too only when asked", async () => {
    const f = await debateWithDoc();
    const start = DOC.indexOf(SENTENCE);
    const { node, edge } = await cut(f.owner, f.src.id, {
      start,
      end: start + SENTENCE.length,
      quote: SENTENCE,
      targetId: f.nodes.b,
    });
    const e = await expectAppError(deleteSource({ user: f.owner, sourceId: f.src.id, deleteCards: false }), "conflict");
    expect((e.details as { cards: { id: string }[] }).cards.map((c) => c.id)).toEqual([node.id]);
    expect(await db.source.count({ where: { id: f.src.id } })).toBe(1);
    const r = await deleteSource({ user: f.owner, sourceId: f.src.id, deleteCards: true });
    expect(r.deleted).toEqual({ nodes: [node.id], edges: [edge.id] });
    expect(await db.source.count({ where: { id: f.src.id } })).toBe(0);
    expect(await db.argNode.count({ where: { id: node.id } })).toBe(0);
    const d = await getDebate({ user: f.owner, debateId: f.debateId });
    expect(d.sources).toEqual([]);
  });
});

describe("search", () => {
  it("finds arguments, cards and sources by their words, with the matches in context", async () => {
    const f = await debateWithDoc();
    const start = DOC.indexOf(SENTENCE);
    const { node } = await cut(f.owner, f.src.id, {
      start,
      end: start + SENTENCE.length,
      quote: SENTENCE,
      targetId: f.nodes.b,
      tag: "Trainees rarely defect",
    });
    const hits = await searchDebate({ user: f.owner, debateId: f.debateId, q: "recipients training", limit: 20 });
    const card = hits.find((h) => h.type === "argument" && h.id === node.id);
    const source = hits.find((h) => h.type === "source" && h.id === f.src.id);
    expect(card, JSON.stringify(hits)).toBeDefined();
    expect(source).toBeDefined();
    const matched = source!.parts.filter((p) => p.match).map((p) => p.text.toLowerCase());
    expect(matched.some((m) => m.startsWith("recipient"))).toBe(true);
    expect(source!.parts.map((p) => p.text).join("").length).toBeGreaterThan(20);
  });

  it("sees only the debate searched, and nothing for words that are absent", async () => {
    const f = await debateWithDoc();
    const other = await debateWithDoc();
    const hits = await searchDebate({ user: f.owner, debateId: f.debateId, q: "Khalimov", limit: 50 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.id !== other.src.id)).toBe(true);
    expect(await searchDebate({ user: f.owner, debateId: f.debateId, q: "zyzzyva", limit: 20 })).toEqual([]);
  });

  it("follows edits: a renamed argument is found by its new words only", async () => {
    const f = await debateWithDoc();
    await db.argNode.update({ where: { id: f.nodes.c }, data: { title: "Quixotic aardvark" } });
    expect(
      (await searchDebate({ user: f.owner, debateId: f.debateId, q: "aardvark", limit: 5 })).map((h) => h.id),
    ).toEqual([f.nodes.c]);
    const old = await searchDebate({ user: f.owner, debateId: f.debateId, q: "Claim C", limit: 5 });
    expect(old.map((h) => h.id)).not.toContain(f.nodes.c);
  });

  it("answers the same while another request's transaction is open, and sees none of its rows", async () => {
    const f = await debateWithDoc();
    const search = () => searchDebate({ user: f.owner, debateId: f.debateId, q: "Khalimov training", limit: 10 });
    const quiet = await search();
    expect(quiet.length).toBeGreaterThan(0);
    let during: Awaited<ReturnType<typeof search>> = [];
    await db.$transaction(async (tx) => {
      await tx.argNode.create({
        data: { debateId: f.debateId, kind: "claim", title: "Khalimov training, uncommitted" },
      });
      during = await search();
    });
    expect(during).toEqual(quiet);
    // Committed, it is found.
    expect((await search()).map((h) => h.title)).toContain("Khalimov training, uncommitted");
  });

  it("is refused to someone without access to a private debate", async () => {
    const f = await debateWithDoc();
    await expectAppError(
      searchDebate({ user: await makeUser("stranger"), debateId: f.debateId, q: "training", limit: 5 }),
      "forbidden",
    );
  });
});
