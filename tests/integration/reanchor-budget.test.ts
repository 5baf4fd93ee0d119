import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";

// A budget no re-anchoring in a worker can meet: every long-source edit is stopped. Set before
// any server module reads the environment (loadEnv caches it per test file).
vi.stubEnv("CLASH_REANCHOR_BUDGET_MS", "1");

const { reanchorAll } = await import("@/lib/domain/anchoring");
const { CreateSourceInput, CutCardInput, UpdateSourceInput } = await import("@/lib/domain/schemas");
const { cutCard } = await import("@/lib/server/cards/cut-card");
const { createSource } = await import("@/lib/server/sources/create-source");
const { updateSource } = await import("@/lib/server/sources/update-source");
const { INLINE_REANCHOR_CHARS, reanchorCards } = await import("@/lib/server/sources/reanchor-cards");
const { db, expectAppError, makeDebate } = await import("./helpers");

const DOC = readFileSync("prisma/seed-data/sources/002_42597468b928aec7.txt", "utf8");
const SENTENCE = "For starters, most recipients of U.S. training do not join ISIS or other terrorist groups.";
// Long enough to leave the request thread: the shipped source repeated past the inline limit.
const LONG = Array.from({ length: Math.ceil((INLINE_REANCHOR_CHARS * 1.2) / DOC.length) }, () => DOC).join("\n\n");
const REWORDED = LONG.replaceAll(SENTENCE, SENTENCE.replace("most recipients", "the great majority of recipients"));

describe("re-anchoring a long source", () => {
  it("runs in the worker pool and finds what inline re-anchoring finds", async () => {
    const anchors = [0, 1, 2].map((k) => {
      const start = LONG.indexOf(SENTENCE) + k * (DOC.length + 2);
      return { quote: SENTENCE, start, end: start + SENTENCE.length, prefix: "", suffix: "" };
    });
    const edited = `A new opening paragraph.\n\n${LONG}`;
    const inWorker = await reanchorCards(edited, anchors, 60_000);
    expect(inWorker).toEqual(reanchorAll(edited, anchors));
    expect(inWorker.every((r) => r.status === "moved" || r.status === "exact")).toBe(true);
  });

  it("is stopped when it runs out of its budget: 422 too_complex, and neither the source nor its cards change", async () => {
    const f = await makeDebate({});
    const src = await createSource({
      user: f.owner,
      debateId: f.debateId,
      input: CreateSourceInput.parse({ title: "Long", author: "Anon", date: "2015", text: LONG }),
    });
    const at = LONG.indexOf(SENTENCE);
    await cutCard({
      user: f.owner,
      sourceId: src.id,
      input: CutCardInput.parse({
        tag: "Most trainees never defect",
        cite: "Anon 15",
        relation: "supports",
        start: at,
        end: at + SENTENCE.length,
        quote: SENTENCE,
        targetId: f.nodes.a,
      }),
    });
    const cardBefore = await db.argNode.findFirstOrThrow({ where: { sourceId: src.id } });
    const err = await expectAppError(
      updateSource({
        user: f.owner,
        sourceId: src.id,
        // The quoted sentence reworded everywhere: no exact match, so the search is long enough
        // that a 1 ms budget always runs out first (a warm worker found an exact match within it).
        input: UpdateSourceInput.parse({ version: src.version, text: `Inserted first.\n\n${REWORDED}` }),
      }),
      "validation_failed",
    );
    expect(err.details).toMatchObject({ kind: "too_complex", reason: "budget" });
    const after = await db.source.findUniqueOrThrow({ where: { id: src.id } });
    expect(after.text).toBe(LONG);
    expect(after.version).toBe(src.version);
    const cardAfter = await db.argNode.findFirstOrThrow({ where: { sourceId: src.id } });
    expect(cardAfter.quoteStart).toBe(cardBefore.quoteStart);
    expect(cardAfter.version).toBe(cardBefore.version);
  });
});
