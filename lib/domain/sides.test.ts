import { describe, expect, it } from "vitest";
import { opposite, relationFor, sideFor, sideInSpeech } from "./sides";

describe("opposite", () => {
  it("swaps aff and neg and leaves neutral alone", () => {
    expect(opposite("aff")).toBe("neg");
    expect(opposite("neg")).toBe("aff");
    expect(opposite("neutral")).toBe("neutral");
  });
});

describe("sideFor", () => {
  it("gives an attack the other side and support the same side", () => {
    expect(sideFor("rebuts", "aff")).toBe("neg");
    expect(sideFor("undercuts", "neg")).toBe("aff");
    expect(sideFor("turns", "aff")).toBe("neg");
    expect(sideFor("supports", "neg")).toBe("neg");
    expect(sideFor("extends", "aff")).toBe("aff");
  });

  it("keeps answers to a neutral target neutral unless told what neutral counts as", () => {
    expect(sideFor("rebuts", "neutral")).toBe("neutral");
    expect(sideFor("supports", "neutral")).toBe("neutral");
    expect(sideFor("rebuts", "neutral", "aff")).toBe("neg");
    expect(sideFor("supports", "neutral", "aff")).toBe("aff");
  });
});

describe("sideInSpeech", () => {
  it("gives a card on the resolution the side of the speech it is cut for; otherwise follows its target", () => {
    expect(sideInSpeech("supports", "neutral", "1AC")).toBe("aff");
    expect(sideInSpeech("rebuts", "neutral", "1NC")).toBe("neg");
    expect(sideInSpeech("supports", "neutral", null)).toBe("neutral");
    expect(sideInSpeech("supports", "neutral", "CX1")).toBe("neutral");
    expect(sideInSpeech("rebuts", "aff", "2AC")).toBe("neg");
  });
});

describe("relationFor", () => {
  it("makes a rebuttal rebut a claim and undercut a card; claims and cards support", () => {
    expect(relationFor("rebuttal", "claim")).toBe("rebuts");
    expect(relationFor("rebuttal", "rebuttal")).toBe("rebuts");
    expect(relationFor("rebuttal", "evidence")).toBe("undercuts");
    expect(relationFor("claim", "rebuttal")).toBe("supports");
    expect(relationFor("evidence", "claim")).toBe("supports");
  });
});
