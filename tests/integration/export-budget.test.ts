// Exports of a big debate are encoded in the worker pool with a time budget: the same file as an
// inline encoding, and a budget it cannot meet stops it with a clear refusal.
import { describe, expect, it } from "vitest";
import { exportDebate as encode } from "@/lib/domain/codecs";
import { readVerbatimDocx } from "@/lib/domain/codecs/docx";
import { exportDebateDocx } from "@/lib/server/exports/export-debate-docx";
import { exportDebate, loadExportable } from "@/lib/server/exports/export-debate";
import { INLINE_EXPORT_NODES } from "@/lib/server/exports/encode-export";
import { bigDebate } from "./big-debate";
import { expectAppError } from "./helpers";

describe("exporting a big debate", () => {
  it("encodes it in the worker pool: the same Argdown as inline, and a .docx that reads back", async () => {
    const f = await bigDebate(INLINE_EXPORT_NODES + 100);
    const file = await exportDebate({ user: f.owner, debateId: f.debateId, format: "argdown", budgetMs: 120_000 });
    const exportable = await loadExportable({ user: f.owner, debateId: f.debateId });
    expect(exportable.nodes.length).toBeGreaterThan(INLINE_EXPORT_NODES);
    expect(file.body).toBe(encode("argdown", exportable));
    const docx = await exportDebateDocx({
      user: f.owner,
      debateId: f.debateId,
      selection: { kind: "debate" },
      budgetMs: 120_000,
    });
    const read = readVerbatimDocx(docx.body);
    expect(read.report.counts.analytics).toBe(exportable.nodes.length);
  });

  it("is stopped when it runs out of its budget: 422 too_complex", async () => {
    const f = await bigDebate(INLINE_EXPORT_NODES + 100);
    const err = await expectAppError(
      exportDebate({ user: f.owner, debateId: f.debateId, format: "json", budgetMs: 1 }),
      "validation_failed",
    );
    expect(err.details).toMatchObject({ kind: "too_complex", reason: "budget" });
  });
});
