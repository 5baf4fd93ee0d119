import { describe, expect, it } from "vitest";
import type { NodeEvaluation } from "@/lib/domain/evaluation";
import { sameEvaluation } from "./same-evaluation";

const standing: NodeEvaluation = { id: "a", status: "standing", dropped: false, why: "Standing: nothing answers it." };

describe("sameEvaluation", () => {
  it("takes a fresh object with the same status, marks and why as the same", () => {
    expect(sameEvaluation(standing, { ...standing })).toBe(true);
    expect(sameEvaluation(undefined, undefined)).toBe(true);
  });

  it("tells apart what a cell shows: status, dropped marks, liveness, turns and the why", () => {
    expect(sameEvaluation(standing, { ...standing, status: "refuted" })).toBe(false);
    expect(sameEvaluation(standing, { ...standing, dropped: true, droppedIn: "1NC" })).toBe(false);
    expect(sameEvaluation(standing, { ...standing, live: "new" })).toBe(false);
    expect(sameEvaluation(standing, { ...standing, turn: "fake" })).toBe(false);
    expect(sameEvaluation(standing, { ...standing, why: "Standing: every answer to it is refuted." })).toBe(false);
  });

  it("treats no evaluation (statuses not shown yet, a draft) as different from one", () => {
    expect(sameEvaluation(standing, undefined)).toBe(false);
    expect(sameEvaluation(undefined, standing)).toBe(false);
  });
});
