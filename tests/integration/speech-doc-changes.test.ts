// Speech-document writes in the change log (issue 11): history lists each one, the live stream
// carries it, a stale reorder is still a 409 that records nothing, and a seminar's unrevealed
// arguments stay out of both.
import { describe, expect, it } from "vitest";
import { readChange, toLiveEvent } from "@/lib/domain/changes";
import { AddSpeechItemsInput, ReorderSpeechDocInput } from "@/lib/domain/speech-doc-schemas";
import { RevealInput, StartSeminarInput } from "@/lib/domain/seminar-schemas";
import { listHistory } from "@/lib/server/history/list-history";
import { startSeminar } from "@/lib/server/seminars/start-seminar";
import { revealSpeech } from "@/lib/server/seminars/reveal-speech";
import { addSpeechItems } from "@/lib/server/speech-docs/add-speech-items";
import { deleteSpeechDoc } from "@/lib/server/speech-docs/delete-speech-doc";
import { getSpeechDoc } from "@/lib/server/speech-docs/get-speech-doc";
import { removeSpeechItem } from "@/lib/server/speech-docs/remove-speech-item";
import { reorderSpeechDoc } from "@/lib/server/speech-docs/reorder-speech-doc";
import { updateSpeechItem } from "@/lib/server/speech-docs/update-speech-item";
import { db, expectAppError, makeDebate, makeUser, unique } from "./helpers";

const docChanges = (debateId: string) =>
  db.change.findMany({ where: { debateId, entity: "speechDoc" }, orderBy: { seq: "asc" } });

describe("speech documents in the change log", () => {
  it("records every write with the document before and after, lists it in history and streams it", async () => {
    const editor = await makeUser("editor");
    const f = await makeDebate({ members: [{ user: editor, role: "editor" }] });
    const seqBefore = (await getSpeechDoc({ user: f.owner, debateId: f.debateId, name: "1AC" })).seq!;

    const created = await addSpeechItems({
      user: editor,
      debateId: f.debateId,
      name: "1AC",
      input: AddSpeechItemsInput.parse({ nodeIds: [f.nodes.a, f.nodes.c] }),
    });
    // the read a page starts its live stream from includes this write
    expect(created.seq).toBeGreaterThan(seqBefore);
    const analytic = await addSpeechItems({
      user: editor,
      debateId: f.debateId,
      name: "1AC",
      input: AddSpeechItemsInput.parse({ text: "Extend the link" }),
    });
    const ids = analytic.items.map((i) => i.id);
    const reordered = await reorderSpeechDoc({
      user: f.owner,
      debateId: f.debateId,
      name: "1AC",
      input: ReorderSpeechDocInput.parse({ version: analytic.version, itemIds: [ids[2]!, ids[0]!, ids[1]!] }),
    });
    await updateSpeechItem({
      user: f.owner,
      debateId: f.debateId,
      name: "1AC",
      itemId: ids[2]!,
      input: { text: "Extend the link twice" },
    });
    await removeSpeechItem({ user: f.owner, debateId: f.debateId, name: "1AC", itemId: ids[0]! });

    // A stale reorder is refused and leaves no trace in the log.
    const before = (await docChanges(f.debateId)).length;
    await expectAppError(
      reorderSpeechDoc({
        user: editor,
        debateId: f.debateId,
        name: "1AC",
        input: ReorderSpeechDocInput.parse({ version: reordered.version - 1, itemIds: ids }),
      }),
      "conflict",
    );
    expect((await docChanges(f.debateId)).length).toBe(before);

    await deleteSpeechDoc({ user: f.owner, debateId: f.debateId, name: "1AC" });

    const rows = await docChanges(f.debateId);
    expect(rows.map((r) => r.action)).toEqual(["create", "update", "update", "update", "update", "delete"]);
    expect(rows.map((r) => r.actorId)).toEqual([editor.id, editor.id, f.owner.id, f.owner.id, f.owner.id, f.owner.id]);
    const reorder = readChange(rows[2]!);
    if ("unreadable" in reorder || reorder.entity !== "speechDoc" || reorder.action !== "update")
      throw new Error("the reorder is not a readable speech document update");
    expect(reorder.before.items.map((i) => i.id)).toEqual(ids);
    expect(reorder.after.items.map((i) => i.id)).toEqual([ids[2], ids[0], ids[1]]);
    expect(reorder.after.version).toBe(reordered.version);

    const live = toLiveEvent(reorder, { seq: rows[2]!.seq, at: new Date().toISOString(), actorId: f.owner.id });
    expect(live).toMatchObject({ entity: "speechDoc", action: "update", after: { name: "1AC" } });

    const { entries } = await listHistory({ user: editor, debateId: f.debateId, limit: 50 });
    const summaries = entries.filter((e) => e.entity === "speechDoc").map((e) => e.summary);
    expect(summaries).toHaveLength(6);
    expect(summaries.at(-1)).toMatch(/added speech document 1AC$/);
    expect(summaries[0]).toMatch(/deleted speech document 1AC$/);
  });

  it("keeps a document naming an unrevealed argument out of a seminar reader's history", async () => {
    const f = await makeDebate({ visibility: "public" });
    const [a1, n1] = [unique("a1"), unique("n1")];
    await db.argNode.createMany({
      data: [
        { id: a1, debateId: f.debateId, kind: "claim", side: "aff", speech: "1AC", title: "Revealed" },
        { id: n1, debateId: f.debateId, kind: "rebuttal", side: "neg", speech: "1NC", title: "Not yet" },
      ],
    });
    const s = await startSeminar({ user: f.owner, input: StartSeminarInput.parse({ debateId: f.debateId }) });
    const version = (await db.seminar.findUniqueOrThrow({ where: { id: s.id } })).version;
    await revealSpeech({ user: f.owner, seminarId: s.id, input: RevealInput.parse({ version, step: "next" }) });

    const send = (name: string, nodeId: string) =>
      addSpeechItems({
        user: f.owner,
        debateId: f.debateId,
        name,
        input: AddSpeechItemsInput.parse({ nodeIds: [nodeId] }),
      });
    await send("1AC", a1);
    await send("1NC", n1);

    const docNames = async (user: typeof f.owner | null) =>
      (await listHistory({ user, debateId: f.debateId, limit: 50 })).entries
        .filter((e) => e.entity === "speechDoc")
        .map((e) => e.summary.split(" ").at(-1));
    expect(await docNames(null)).toEqual(["1AC"]);
    expect((await docNames(f.owner)).sort()).toEqual(["1AC", "1NC"]);
  });
});
