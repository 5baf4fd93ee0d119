import { describe, expect, it } from "vitest";
import { handVerbatimDocx, plainWordDocx } from "@/lib/domain/codecs/docx/fixtures";
import { mainHighlightColor, readVerbatimDocx } from "@/lib/domain/codecs/docx";
import type { VerbatimCard, VerbatimDoc } from "@/lib/domain/codecs/docx";
import type { NodeDto } from "@/lib/domain/schemas";
import { getDebate } from "@/lib/server/debates/get-debate";
import { loadExportable } from "@/lib/server/exports/export-debate";
import { exportDebateDocx } from "@/lib/server/exports/export-debate-docx";
import { importDebate } from "@/lib/server/imports/import-debate";
import { expectAppError, makeUser } from "./helpers";

type R = { start: number; end: number };
const texts = (body: string, rs: readonly R[] | undefined) => (rs ?? []).map((r) => body.slice(r.start, r.end));
const cardsOf = (doc: VerbatimDoc) => doc.items.filter((i): i is VerbatimCard => i.type === "card" && i.body !== "");

/** A card's content in characters, so a range shifted by one fails (`main`: the colour read aloud). */
const cardText = (main: string) => (c: VerbatimCard) => {
  return {
    tag: c.tag,
    cite: c.cite,
    shortCite: c.shortCite,
    body: c.body,
    underline: texts(c.body, c.underline),
    emphasis: texts(c.body, c.emphasis),
    highlights: texts(
      c.body,
      c.highlights.filter((h) => h.color === main),
    ),
    highlights2: texts(
      c.body,
      c.highlights.filter((h) => h.color !== main),
    ),
    insertions: c.insertions.map((i) => [i.at, i.text]),
  };
};
const cardsText = (doc: VerbatimDoc) => cardsOf(doc).map(cardText(mainHighlightColor(doc)));

function nodeText(n: NodeDto) {
  const e = n.evidence!;
  return {
    tag: n.title,
    cite: e.cite,
    shortCite: e.citeFields?.shortCite ?? "",
    body: e.quote,
    underline: texts(e.quote, e.underline),
    emphasis: texts(e.quote, e.emphasis),
    highlights: texts(e.quote, e.highlights),
    highlights2: texts(e.quote, e.highlights2),
    insertions: (e.insertions ?? []).map((i) => [i.at, i.text]),
  };
}

describe(".docx import and export", () => {
  it("imports a Verbatim file: groups, cards with their layers, anchored sources; exports it back the same", async () => {
    const user = await makeUser("docx");
    const bytes = handVerbatimDocx();
    const read = readVerbatimDocx(bytes);
    expect(cardsOf(read).length).toBeGreaterThan(0);

    const { debate, report } = await importDebate({ user, text: bytes, fileName: "aff-file.docx" });
    expect(report.format).toBe("docx");
    expect(report.document).toEqual(read.report.counts);
    expect(debate.title).toBe("aff-file");

    const d = await getDebate({ user, debateId: debate.id });
    // Pockets, hats and blocks, nested as in the file.
    const groups = d.groups ?? [];
    const pocket = groups.find((g) => g.kind === "pocket");
    const hat = groups.find((g) => g.kind === "hat");
    const block = groups.find((g) => g.kind === "block");
    expect(pocket?.title).toBe("Aff");
    expect(hat).toMatchObject({ title: "Warming", parentId: pocket!.id });
    expect(block).toMatchObject({ title: "Impact block", parentId: hat!.id });

    // Every card an evidence node in its block, tag, cite, body and layers character for character.
    const evidence = d.nodes.filter((n) => n.kind === "evidence");
    expect(evidence.map(nodeText)).toEqual(cardsText(read));
    const first = evidence.find((n) => n.title === "Warming causes extinction")!;
    expect(first.groupId).toBe(block!.id);
    expect(first.evidence!.quote).toContain("\n"); // paragraph breaks inside the card are kept

    // Each card anchored in a source whose text holds it at its offsets.
    const full = await loadExportable({ user, debateId: debate.id });
    for (const n of evidence) {
      const src = full.sources.find((s) => s.id === n.evidence!.sourceId)!;
      expect(src.text.slice(n.evidence!.start, n.evidence!.end)).toBe(n.evidence!.quote);
    }

    // Export as .docx and read it again: the same cards.
    const file = await exportDebateDocx({ user, debateId: debate.id, selection: { kind: "debate" } });
    expect(file.fileName).toBe("aff-file.docx");
    expect(file.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    // What Word cannot hold is said (the route sends it as X-Clash-Not-Exported): the sources, at least.
    expect(file.notes?.map((n) => n.what).join(" ")).toMatch(/source/i);
    const again = readVerbatimDocx(file.body);
    expect(cardsText(again)).toEqual(cardsText(read));
    expect(again.items.filter((i) => i.type !== "card")).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "pocket", text: "Aff" }),
        expect.objectContaining({ type: "hat", text: "Warming" }),
        expect.objectContaining({ type: "block", text: "Impact block" }),
      ]),
    );

    // One block, or chosen cards only.
    const one = readVerbatimDocx(
      (await exportDebateDocx({ user, debateId: debate.id, selection: { kind: "nodes", ids: [first.id] } })).body,
    );
    expect(cardsOf(one).map((c) => c.tag)).toEqual(["Warming causes extinction"]);
    const byBlock = readVerbatimDocx(
      (await exportDebateDocx({ user, debateId: debate.id, selection: { kind: "group", groupId: block!.id } })).body,
    );
    expect(cardsOf(byBlock).map((c) => c.tag)).toContain("Warming causes extinction");
    await expectAppError(
      exportDebateDocx({ user, debateId: debate.id, selection: { kind: "nodes", ids: ["nope"] } }),
      "validation_failed",
    );
  });

  it("imports a plain Word file (no Verbatim styles) with its cards", async () => {
    const user = await makeUser("docx-plain");
    const bytes = plainWordDocx();
    const read = readVerbatimDocx(bytes);
    const { debate } = await importDebate({ user, text: bytes, format: "docx", fileName: "plain.docx" });
    const d = await getDebate({ user, debateId: debate.id });
    const evidence = d.nodes.filter((n) => n.kind === "evidence");
    expect(evidence.length).toBe(cardsOf(read).length);
    expect(evidence.map(nodeText)).toEqual(cardsText(read));
  });

  it("refuses a damaged .docx with a 422", async () => {
    const user = await makeUser("docx-bad");
    const bytes = handVerbatimDocx().slice(0, 200);
    await expectAppError(importDebate({ user, text: bytes, fileName: "cut.docx" }), "validation_failed");
  });
});
