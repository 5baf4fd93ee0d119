import { describe, expect, it } from "vitest";
import { warm } from "./import-worker";

describe("the import worker's warm-up", () => {
  it("reads and plans its sample: statements, an argument with premises, relations", () => {
    // 5 arguments (the claim, the reason, the objection, two premises) and 4 connections.
    expect(warm()).toBe(9);
  });
});
