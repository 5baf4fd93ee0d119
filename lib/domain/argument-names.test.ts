import { describe, expect, it } from "vitest";
import { argumentName, connectionName, quotedTitle } from "./argument-names";

describe("argument names", () => {
  it("names a connection by its titles", () => {
    expect(connectionName("Training is conditioned", "rebuts", "Unconditioned U.S. training fuels extremism")).toBe(
      "‘Training is conditioned’ rebuts ‘Unconditioned U.S. training fuels extremism’",
    );
    expect(connectionName("", "supports", undefined)).toBe("an untitled argument supports an untitled argument");
  });

  it("shortens very long titles", () => {
    const q = quotedTitle("x".repeat(300));
    expect(q.length).toBeLessThan(125);
    expect(q.endsWith("…’")).toBe(true);
  });

  it("names an outline item with side, kind, status, drop and relation", () => {
    expect(
      argumentName({
        side: "neg",
        kind: "rebuttal",
        title: "Training is conditioned",
        status: "Standing",
        dropped: "dropped in the 1AR",
        relation: "rebuts",
        parentTitle: "Unconditioned U.S. training fuels extremism",
      }),
    ).toBe(
      "Negative rebuttal: ‘Training is conditioned’ — Standing, dropped in the 1AR, rebuts ‘Unconditioned U.S. training fuels extremism’",
    );
    expect(argumentName({ side: "neutral", kind: "claim", title: "Resolved" })).toBe("Neutral claim: ‘Resolved’");
  });
});
