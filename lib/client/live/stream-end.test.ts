import { describe, expect, it } from "vitest";
import { DEFAULT_END_REASON, parseStreamEnd } from "./stream-end";

describe("parseStreamEnd", () => {
  it("shows the server's reason", () => {
    expect(parseStreamEnd(JSON.stringify({ reason: "you were signed out" }))).toBe(
      "Live updates stopped: you were signed out.",
    );
  });

  it("falls back to a general reason for data it cannot read", () => {
    for (const data of [
      "not json",
      "{}",
      JSON.stringify({ reason: 3 }),
      JSON.stringify({ reason: "" }),
      JSON.stringify({ reason: "x".repeat(501) }),
      "null",
      undefined,
    ])
      expect(parseStreamEnd(data)).toBe(DEFAULT_END_REASON);
  });
});
