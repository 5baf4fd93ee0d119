// Speech documents (issue 11): send cards to a speech, reorder against a version, analytics and
// reading marks, removal, the caselist export, and who may read and write them.
import { DOCX_MIME, readVerbatimDocx } from "@/lib/domain/codecs/docx";
import { describe, expect, it } from "vitest";
import { CreateLinkInput } from "@/lib/domain/schemas";
import { AddSpeechItemsInput, ReorderSpeechDocInput, UpdateSpeechItemInput } from "@/lib/domain/speech-doc-schemas";
import { createLink } from "@/lib/server/links/create-link";
import { redeemLink } from "@/lib/server/links/redeem-link";
import { addSpeechItems } from "@/lib/server/speech-docs/add-speech-items";
import { deleteSpeechDoc } from "@/lib/server/speech-docs/delete-speech-doc";
import { exportSpeechDoc } from "@/lib/server/speech-docs/export-speech-doc";
import { getSpeechDoc } from "@/lib/server/speech-docs/get-speech-doc";
import { listSpeechDocs } from "@/lib/server/speech-docs/list-speech-docs";
import { removeSpeechItem } from "@/lib/server/speech-docs/remove-speech-item";
import { reorderSpeechDoc } from "@/lib/server/speech-docs/reorder-speech-doc";
import { updateSpeechItem } from "@/lib/server/speech-docs/update-speech-item";
import { db, expectAppError, makeDebate, makeSource, makeUser, unique } from "./helpers";

/** A debate with two evidence cards (highlighted) besides the helper's three arguments. */
async function debateWithCards() {
  const editor = await makeUser("editor");
  const viewer = await makeUser("viewer");
  const f = await makeDebate({
    members: [
      { user: editor, role: "editor" },
      { user: viewer, role: "viewer" },
    ],
  });
  const src = await makeSource(f.debateId, "Warming is not reversible and the damage will compound for centuries.");
  const cards = { x: unique("cx"), y: unique("cy") };
  await db.argNode.createMany({
    data: [
      {
        id: cards.x,
        debateId: f.debateId,
        kind: "evidence",
        side: "aff",
        title: "Warming is irreversible",
        sourceId: src.id,
        quote: src.text,
        quoteStart: 0,
        quoteEnd: src.text.length,
        prefix: "",
        suffix: "",
        cite: "Swerdlow 15 — MIT",
        highlights: JSON.stringify([{ start: 0, end: 25 }]),
      },
      {
        id: cards.y,
        debateId: f.debateId,
        kind: "evidence",
        side: "aff",
        title: "Damage compounds",
        sourceId: src.id,
        quote: "the damage will compound",
        quoteStart: 30,
        quoteEnd: 54,
        prefix: "",
        suffix: "",
        cite: "Lemon 20 — Exeter",
        highlights: "[]",
      },
    ],
  });
  return { ...f, editor, viewer, cards };
}

const add = (o: Record<string, unknown>) => AddSpeechItemsInput.parse(o);

describe("speech documents", () => {
  it("starts a document on the first send, appends in order and does not add a card twice", async () => {
    const f = await debateWithCards();
    const empty = await getSpeechDoc({ user: f.viewer, debateId: f.debateId, name: "1AC" });
    expect(empty).toMatchObject({ version: 0, items: [] });
    expect(await db.speechDoc.count({ where: { debateId: f.debateId } })).toBe(0);

    const first = await addSpeechItems({
      user: f.editor,
      debateId: f.debateId,
      name: "1AC",
      input: add({ nodeIds: [f.cards.x, f.cards.y] }),
    });
    expect(first.added).toBe(2);
    expect(first.items.map((i) => i.nodeId)).toEqual([f.cards.x, f.cards.y]);
    expect(first.nodes.map((n) => n.id).sort()).toEqual([f.cards.x, f.cards.y].sort());

    const again = await addSpeechItems({
      user: f.owner,
      debateId: f.debateId,
      name: "1AC",
      input: add({ nodeIds: [f.cards.y, f.nodes.a] }),
    });
    expect(again.added).toBe(1);
    expect(again.items.map((i) => i.nodeId)).toEqual([f.cards.x, f.cards.y, f.nodes.a]);
    expect(again.items.map((i) => i.position)).toEqual([0, 1, 2]);

    // An analytic typed in between the two cards.
    const withAnalytic = await addSpeechItems({
      user: f.editor,
      debateId: f.debateId,
      name: "1AC",
      input: add({ text: "Extend Swerdlow", after: again.items[0]!.id }),
    });
    expect(withAnalytic.items.map((i) => i.nodeId ?? i.text)).toEqual([
      f.cards.x,
      "Extend Swerdlow",
      f.cards.y,
      f.nodes.a,
    ]);
    expect(await listSpeechDocs({ user: f.viewer, debateId: f.debateId })).toEqual([
      expect.objectContaining({ name: "1AC", items: 4 }),
    ]);
  });

  it("sends a whole block in file order, or the block a card sits in, and refuses a group elsewhere", async () => {
    const f = await debateWithCards();
    const g = { pocket: unique("gp"), block: unique("gb"), sub: unique("gs"), other: unique("go") };
    await db.nodeGroup.createMany({
      data: [
        { id: g.pocket, debateId: f.debateId, kind: "pocket", title: "1AC", order: 0 },
        { id: g.block, debateId: f.debateId, parentId: g.pocket, kind: "block", title: "Warming adv", order: 1 },
        { id: g.sub, debateId: f.debateId, parentId: g.block, kind: "heading", title: "Impacts", order: 0 },
        { id: g.other, debateId: f.debateId, parentId: g.pocket, kind: "block", title: "Other", order: 0 },
      ],
    });
    // file order is creation order: the analytic (claim C) was read before the card y
    const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
    await db.argNode.update({ where: { id: f.cards.x }, data: { groupId: g.sub, createdAt: at(1) } });
    await db.argNode.update({ where: { id: f.nodes.c }, data: { groupId: g.block, createdAt: at(2) } });
    await db.argNode.update({ where: { id: f.cards.y }, data: { groupId: g.block, createdAt: at(3) } });
    await db.argNode.update({ where: { id: f.nodes.a }, data: { groupId: g.other, createdAt: at(0) } });

    const sent = await addSpeechItems({
      user: f.editor,
      debateId: f.debateId,
      name: "2AC",
      input: add({ groupId: g.block }),
    });
    // the block's own nodes, then the heading under it
    expect(sent.items.map((i) => i.nodeId)).toEqual([f.nodes.c, f.cards.y, f.cards.x]);
    expect(sent.added).toBe(3);

    // from a card inside the heading: its block, once (nothing is added twice)
    const again = await addSpeechItems({
      user: f.editor,
      debateId: f.debateId,
      name: "2AC",
      input: add({ blockOf: f.cards.x }),
    });
    expect(again.added).toBe(0);
    const other = await addSpeechItems({
      user: f.editor,
      debateId: f.debateId,
      name: "1NC",
      input: add({ blockOf: f.cards.x }),
    });
    expect(other.items.map((i) => i.nodeId)).toEqual([f.nodes.c, f.cards.y, f.cards.x]);

    const elsewhere = await debateWithCards();
    await expectAppError(
      addSpeechItems({
        user: elsewhere.owner,
        debateId: elsewhere.debateId,
        name: "1AC",
        input: add({ groupId: g.block }),
      }),
      "validation_failed",
    );
    await expectAppError(
      addSpeechItems({ user: f.editor, debateId: f.debateId, name: "1AC", input: add({ blockOf: f.nodes.b }) }),
      "validation_failed",
    );
    await expectAppError(
      addSpeechItems({ user: f.viewer, debateId: f.debateId, name: "1AC", input: add({ groupId: g.block }) }),
      "forbidden",
    );
    expect(() => add({ groupId: g.block, nodeIds: [f.cards.x] })).toThrow();
  });

  it("reorders against the version read and refuses a stale or incomplete order", async () => {
    const f = await debateWithCards();
    const doc = await addSpeechItems({
      user: f.editor,
      debateId: f.debateId,
      name: "2NC Politics",
      input: add({ nodeIds: [f.cards.x, f.cards.y, f.nodes.a] }),
    });
    const ids = doc.items.map((i) => i.id);
    const reordered = await reorderSpeechDoc({
      user: f.editor,
      debateId: f.debateId,
      name: "2NC Politics",
      input: ReorderSpeechDocInput.parse({ version: doc.version, itemIds: [ids[2], ids[0], ids[1]] }),
    });
    expect(reordered.items.map((i) => i.nodeId)).toEqual([f.nodes.a, f.cards.x, f.cards.y]);
    expect(reordered.version).toBe(doc.version + 1);

    // A partner's reorder from the old version is a conflict, and changes nothing.
    await expectAppError(
      reorderSpeechDoc({
        user: f.owner,
        debateId: f.debateId,
        name: "2NC Politics",
        input: ReorderSpeechDocInput.parse({ version: doc.version, itemIds: ids }),
      }),
      "conflict",
    );
    await expectAppError(
      reorderSpeechDoc({
        user: f.owner,
        debateId: f.debateId,
        name: "2NC Politics",
        input: ReorderSpeechDocInput.parse({ version: reordered.version, itemIds: [ids[0], ids[1]] }),
      }),
      "validation_failed",
    );
    const now = await getSpeechDoc({ user: f.viewer, debateId: f.debateId, name: "2NC Politics" });
    expect(now.items.map((i) => i.nodeId)).toEqual([f.nodes.a, f.cards.x, f.cards.y]);
  });

  it("marks where reading stopped inside a card, edits analytics, removes items", async () => {
    const f = await debateWithCards();
    const doc = await addSpeechItems({
      user: f.editor,
      debateId: f.debateId,
      name: "1AC",
      input: add({ nodeIds: [f.cards.x] }),
    });
    const withNote = await addSpeechItems({
      user: f.editor,
      debateId: f.debateId,
      name: "1AC",
      input: add({ text: "They conceded it" }),
    });
    const [cardItem, note] = withNote.items;
    const marked = await updateSpeechItem({
      user: f.editor,
      debateId: f.debateId,
      name: "1AC",
      itemId: cardItem!.id,
      input: UpdateSpeechItemInput.parse({ markedAt: 14 }),
    });
    expect(marked.items[0]!.markedAt).toBe(14);
    expect(marked.version).toBeGreaterThan(doc.version);
    // A mark past the card's quote, and editing a card's text here, are refused.
    await expectAppError(
      updateSpeechItem({
        user: f.editor,
        debateId: f.debateId,
        name: "1AC",
        itemId: cardItem!.id,
        input: UpdateSpeechItemInput.parse({ markedAt: 5_000 }),
      }),
      "validation_failed",
    );
    await expectAppError(
      updateSpeechItem({
        user: f.editor,
        debateId: f.debateId,
        name: "1AC",
        itemId: cardItem!.id,
        input: UpdateSpeechItemInput.parse({ text: "rewritten" }),
      }),
      "validation_failed",
    );
    const edited = await updateSpeechItem({
      user: f.editor,
      debateId: f.debateId,
      name: "1AC",
      itemId: note!.id,
      input: UpdateSpeechItemInput.parse({ text: "They dropped it" }),
    });
    expect(edited.items[1]!.text).toBe("They dropped it");

    const removed = await removeSpeechItem({ user: f.editor, debateId: f.debateId, name: "1AC", itemId: cardItem!.id });
    expect(removed.items.map((i) => [i.text, i.position])).toEqual([["They dropped it", 0]]);
    // The card itself stays in the debate.
    expect(await db.argNode.count({ where: { id: f.cards.x } })).toBe(1);
    // An item of another document is not found through this one.
    await expectAppError(
      removeSpeechItem({ user: f.editor, debateId: f.debateId, name: "1NC", itemId: note!.id }),
      "not_found",
    );

    await deleteSpeechDoc({ user: f.owner, debateId: f.debateId, name: "1AC" });
    expect(await db.speechDocItem.count({ where: { id: note!.id } })).toBe(0);
  });

  it("drops an item when its card is deleted from the debate", async () => {
    const f = await debateWithCards();
    await addSpeechItems({ user: f.editor, debateId: f.debateId, name: "1AC", input: add({ nodeIds: [f.cards.y] }) });
    await db.argNode.delete({ where: { id: f.cards.y } });
    expect((await getSpeechDoc({ user: f.owner, debateId: f.debateId, name: "1AC" })).items).toEqual([]);
  });

  it("lets viewers read and export, and only editors and owners write", async () => {
    const f = await debateWithCards();
    const stranger = await makeUser("stranger");
    await expectAppError(
      addSpeechItems({ user: f.viewer, debateId: f.debateId, name: "1AC", input: add({ nodeIds: [f.cards.x] }) }),
      "forbidden",
    );
    await expectAppError(
      addSpeechItems({ user: null, debateId: f.debateId, name: "1AC", input: add({ nodeIds: [f.cards.x] }) }),
      "unauthorized",
    );
    await expectAppError(getSpeechDoc({ user: stranger, debateId: f.debateId, name: "1AC" }), "forbidden");
    await expectAppError(getSpeechDoc({ user: null, debateId: f.debateId, name: "1AC" }), "unauthorized");

    // A card of another debate cannot be sent here.
    const other = await makeDebate({ owner: f.owner });
    await expectAppError(
      addSpeechItems({ user: f.owner, debateId: f.debateId, name: "1AC", input: add({ nodeIds: [other.nodes.a] }) }),
      "validation_failed",
    );
    expect(await db.speechDoc.count({ where: { debateId: f.debateId } })).toBe(0);

    const doc = await addSpeechItems({
      user: f.owner,
      debateId: f.debateId,
      name: "1AC",
      input: add({ nodeIds: [f.cards.x, f.cards.y] }),
    });
    await expectAppError(
      reorderSpeechDoc({
        user: f.viewer,
        debateId: f.debateId,
        name: "1AC",
        input: ReorderSpeechDocInput.parse({ version: doc.version, itemIds: doc.items.map((i) => i.id).reverse() }),
      }),
      "forbidden",
    );
    await expectAppError(
      removeSpeechItem({ user: f.viewer, debateId: f.debateId, name: "1AC", itemId: doc.items[0]!.id }),
      "forbidden",
    );

    // The room: someone who opens a read-only share link can read the document.
    const { token } = await createLink({
      user: f.owner,
      debateId: f.debateId,
      input: CreateLinkInput.parse({ role: "viewer" }),
    });
    const judge = await makeUser("judge");
    await redeemLink({ user: judge, token });
    expect((await getSpeechDoc({ user: judge, debateId: f.debateId, name: "1AC" })).items).toHaveLength(2);
    await expectAppError(deleteSpeechDoc({ user: judge, debateId: f.debateId, name: "1AC" }), "forbidden");

    const file = await exportSpeechDoc({
      user: f.viewer,
      debateId: f.debateId,
      name: "1AC",
      format: "markdown",
      body: "full",
    });
    expect(file.contentType).toMatch(/^text\/markdown/);
    expect(file.fileName).toMatch(/-1ac-caselist\.md$/);
    expect(file.body).toBe(
      [
        "# 1AC",
        "",
        "#### Warming is irreversible",
        "",
        "Swerdlow 15 — MIT",
        "",
        "Warming is not reversible and the damage will compound for centuries.",
        "",
        "#### Damage compounds",
        "",
        "Lemon 20 — Exeter",
        "",
        "the damage will compound",
        "",
      ].join("\n"),
    );
    // The same speech as a Verbatim .docx: the speech as the Pocket, each card with its tag and body.
    const docx = await exportSpeechDoc({
      user: f.viewer,
      debateId: f.debateId,
      name: "1AC",
      format: "docx",
      body: "full",
    });
    expect(docx.contentType).toBe(DOCX_MIME);
    expect(docx.fileName).toMatch(/-1ac\.docx$/);
    const read = readVerbatimDocx(docx.body as Uint8Array);
    expect(read.items[0]).toMatchObject({ type: "pocket", text: "1AC" });
    expect(read.items.filter((i) => i.type === "card").map((c) => (c.type === "card" ? [c.tag, c.body] : []))).toEqual([
      ["Warming is irreversible", "Warming is not reversible and the damage will compound for centuries."],
      ["Damage compounds", "the damage will compound"],
    ]);
  });
});
