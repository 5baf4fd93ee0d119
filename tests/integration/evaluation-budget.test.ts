// Server-side evaluation of a big debate runs in the worker pool with a time budget: the same
// answer as the inline evaluation, and a budget it cannot meet stops it with a clear refusal.
import { describe, expect, it } from "vitest";
import { ballot } from "@/lib/domain/ballot";
import { evaluate } from "@/lib/domain/evaluation";
import { evaluateDebate, INLINE_EVALUATION_NODES } from "@/lib/server/debates/evaluate-debate";
import { getDebate } from "@/lib/server/debates/get-debate";
import { bigDebate } from "./big-debate";
import { expectAppError } from "./helpers";

describe("evaluating a big debate on the server", () => {
  it("runs in the worker pool and answers what the inline evaluation answers", async () => {
    const f = await bigDebate(INLINE_EVALUATION_NODES + 100);
    const result = await evaluateDebate({ user: f.owner, debateId: f.debateId, budgetMs: 120_000 });
    const debate = await getDebate({ user: f.owner, debateId: f.debateId });
    expect(debate.nodes.length).toBeGreaterThan(INLINE_EVALUATION_NODES);
    const inline = evaluate(debate);
    expect(result.nodes).toEqual(JSON.parse(JSON.stringify(debate.nodes.map((n) => inline.get(n.id)!))));
    expect(result.ballot).toEqual(JSON.parse(JSON.stringify(ballot(debate, inline))));
  });

  it("is stopped when it runs out of its budget: 422 too_complex", async () => {
    const f = await bigDebate(INLINE_EVALUATION_NODES + 100);
    const err = await expectAppError(
      evaluateDebate({ user: f.owner, debateId: f.debateId, budgetMs: 1 }),
      "validation_failed",
    );
    expect(err.details).toMatchObject({ kind: "too_complex", reason: "budget" });
  });
});
