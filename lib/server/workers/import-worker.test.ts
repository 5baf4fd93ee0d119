import { describe, expect, it } from "vitest";
import { parseAndPlan } from "../imports/parse-plan";
import { sampleDocx, warm } from "./import-worker";

describe("the import worker's warm-up", () => {
  it("reads and plans its samples: statements, an argument with premises, relations; a Word card", () => {
    // Argdown: 5 arguments (the claim, the reason, the objection, two premises) and 4 connections;
    // Word: one card.
    expect(warm()).toBe(10);
  });

  it("holds a Word card with its cite and layers, so the reader's every step is compiled", () => {
    const r = parseAndPlan({ format: "docx", text: sampleDocx(), fileName: "warm-up.docx" });
    if (!r.ok) throw new Error(r.refusal.message);
    expect(r.value.plan.groups).toHaveLength(1);
    const [card] = r.value.plan.nodes;
    expect(card).toMatchObject({ kind: "evidence", title: "A tag" });
    // "[sic]" is set aside as an insertion.
    expect(card!.evidence).toMatchObject({ quote: "Card text underlined  and emphasised" });
    expect(card!.evidence!.underline?.length).toBeGreaterThan(0);
    expect(card!.evidence!.highlights.length).toBeGreaterThan(0);
  });
});
