import { describe, expect, it } from "vitest";
import { relationWarning, relationWarnings, suggestRelation } from "./relation-hints";
import { RELATIONS } from "./vocabulary";

const aff = { side: "aff", kind: "claim" } as const;
const neg = { side: "neg", kind: "claim" } as const;
const res = { side: "neutral", kind: "claim" } as const;

describe("suggestRelation", () => {
  it("suggests rebuts between opposite sides and supports within a side", () => {
    expect(suggestRelation(neg, aff)).toBe("rebuts");
    expect(suggestRelation(aff, neg)).toBe("rebuts");
    expect(suggestRelation(aff, aff)).toBe("supports");
    expect(suggestRelation(neg, neg)).toBe("supports");
  });

  it("suggests undercuts against the other side's card and supports toward the resolution", () => {
    expect(suggestRelation(neg, { side: "aff", kind: "evidence" })).toBe("undercuts");
    expect(suggestRelation(aff, res)).toBe("supports");
    expect(suggestRelation({ side: "neg", kind: "evidence" }, aff)).toBe("rebuts");
    expect(suggestRelation({ side: "aff", kind: "evidence" }, aff)).toBe("supports");
  });
});

describe("relationWarning", () => {
  it("warns on a same-side rebuttal, undercut or turn", () => {
    expect(relationWarning(aff, aff, "rebuts")).toMatch(/Both arguments are affirmative/);
    expect(relationWarning(neg, neg, "undercuts")).toMatch(/negative/);
    expect(relationWarning(aff, aff, "turns")).toMatch(/turn its own/);
  });

  it("warns on support across sides", () => {
    expect(relationWarning(neg, aff, "supports")).toBe(
      '"Supports" links a negative argument to an affirmative one: backing usually comes from the same side.',
    );
  });

  it("accepts what fits the sides, and anything touching a neutral argument", () => {
    expect(relationWarning(neg, aff, "rebuts")).toBeNull();
    expect(relationWarning(aff, aff, "supports")).toBeNull();
    expect(relationWarning(aff, aff, "extends")).toBeNull();
    for (const r of RELATIONS) expect(relationWarning(neg, res, r)).toBeNull();
  });

  it("never warns on the relation it suggests", () => {
    for (const s of [aff, neg, res])
      for (const t of [aff, neg, res]) expect(relationWarnings(s, t, RELATIONS).has(suggestRelation(s, t))).toBe(false);
  });
});
