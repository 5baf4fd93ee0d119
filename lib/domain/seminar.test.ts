import { describe, expect, it } from "vitest";
import {
  CODE_ALPHABET,
  contributionShape,
  generateCode,
  liveSpeech,
  nextSpeechOf,
  normalizeCode,
  DECISION_STEP,
  revealedSpeeches,
  revealShows,
  stepReveal,
  studentGraph,
} from "./seminar";
import { SPEECHES, type Role, type Speech } from "./vocabulary";

describe("join codes", () => {
  it("use 32 unambiguous symbols: no 0/O, no 1/I", () => {
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(new Set(CODE_ALPHABET).size).toBe(32);
    for (const c of "0O1I") expect(CODE_ALPHABET).not.toContain(c);
  });

  it("are generated as XXXXX-XXXXX (2^50 codes) from random bytes, every byte value mapping into the alphabet", () => {
    const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => [0, 31, 32, 255, 100, 7, 1, 2, 3, 4][i]!);
    expect(generateCode(bytes)).toBe("2Z2Z6-93456");
    expect(generateCode((n) => crypto.getRandomValues(new Uint8Array(n)))).toMatch(
      /^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/,
    );
    expect(Math.log2(CODE_ALPHABET.length ** 10)).toBe(50);
  });

  it("are read forgivingly (case, spaces, dashes) and refused when they cannot be a code", () => {
    expect(normalizeCode(" k7qh2 mxb3c ")).toBe("K7QH2-MXB3C");
    expect(normalizeCode("K7QH2MXB3C")).toBe("K7QH2-MXB3C");
    expect(normalizeCode("K7QH2-MXB3")).toBeNull(); // nine
    expect(normalizeCode("K7QH2-MXB3CD")).toBeNull(); // eleven
    // codes of seminars started before codes grew to ten characters
    expect(normalizeCode(" k7q 2mx ")).toBe("K7Q-2MX");
    expect(normalizeCode("K7Q—2MX")).toBe("K7Q-2MX");
    expect(normalizeCode("k7q2mx")).toBe("K7Q-2MX");
    expect(normalizeCode("K7Q-2M")).toBeNull();
    expect(normalizeCode("K0Q-2MX")).toBeNull(); // 0 is not in the alphabet
    expect(normalizeCode("' OR 1=1 --")).toBeNull();
  });
});

describe("progressive reveal", () => {
  const present: Speech[] = ["1AC", "1NC", "2AC", "2NC", "1AR"];

  it("reveals the speeches up to the index", () => {
    expect(revealedSpeeches(-1)).toEqual([]);
    expect(revealedSpeeches(2)).toEqual(["1AC", "CX1", "1NC"]);
    expect(liveSpeech(-1)).toBeNull();
    expect(liveSpeech(4)).toBe("2AC");
  });

  it("steps over speeches the debate does not use (empty CX columns)", () => {
    expect(stepReveal(-1, present, "next")).toBe(0);
    expect(stepReveal(0, present, "next")).toBe(2); // CX1 skipped
    expect(stepReveal(6, present, "next")).toBe(9); // 2NC → 1AR (no 1NR)
    expect(stepReveal(9, present, "next")).toBeNull();
    expect(stepReveal(2, present, "previous")).toBe(0);
    expect(stepReveal(0, present, "previous")).toBe(-1);
    expect(stepReveal(-1, present, "previous")).toBeNull();
  });

  it("ends on the judge's decision when the debate has one, and steps back from it to the last speech", () => {
    expect(stepReveal(9, present, "next", true)).toBe(DECISION_STEP);
    expect(stepReveal(DECISION_STEP, present, "next", true)).toBeNull();
    expect(stepReveal(DECISION_STEP, present, "previous", true)).toBe(9);
    expect(revealedSpeeches(DECISION_STEP)).toEqual(SPEECHES);
    expect(liveSpeech(DECISION_STEP)).toBeNull();
  });
});

describe("what students see", () => {
  const n = (id: string, speech: Speech | null, role: Role | null = null) => ({ id, speech, role });
  const nodes = [
    n("res", null),
    n("a1", "1AC"),
    n("n1", "1NC"),
    n("a2", "2AC"),
    n("mine", "2NC"),
    n("old", null),
    n("rfd", null, "decision"),
  ];
  const edges = [
    { source: "n1", target: "a1" },
    { source: "a2", target: "n1" },
    { source: "mine", target: "a2" },
    { source: "old", target: "a1" },
  ];
  const view = (revealed: number) =>
    studentGraph({ nodes, edges }, { revealed, ours: new Set(["mine"]), others: new Set(["old"]) });

  it("shows speechless arguments and this seminar's contributions before any reveal, never another seminar's", () => {
    expect(view(-1).nodes.map((x) => x.id)).toEqual(["res", "mine"]);
    expect(view(-1).edges).toEqual([]);
  });

  it("adds each revealed speech with the connections whose both ends show", () => {
    const v = view(2);
    expect(v.nodes.map((x) => x.id)).toEqual(["res", "a1", "n1", "mine"]);
    expect(v.edges).toEqual([{ source: "n1", target: "a1" }]);
    expect(view(4).edges).toHaveLength(3);
  });

  it("keeps the judge's decision for its own step after the last speech", () => {
    expect(view(SPEECHES.length - 1).nodes.map((x) => x.id)).not.toContain("rfd");
    expect(view(DECISION_STEP).nodes.map((x) => x.id)).toEqual(["res", "a1", "n1", "a2", "mine", "rfd"]);
    // A decision given a speech still waits for its step.
    expect(revealShows({ speech: "1AC", role: "decision" }, 0)).toBe(false);
    expect(revealShows({ speech: "1AC", role: "impact" }, 0)).toBe(true);
  });
});

describe("where a contribution sits", () => {
  it("answers take the other side and that side's next speech; support keeps the target's", () => {
    expect(nextSpeechOf("neg", "2AC")).toBe("2NC");
    expect(nextSpeechOf("aff", "2NR")).toBe("2AR");
    expect(nextSpeechOf("aff", "2AR")).toBeNull();
    expect(contributionShape("rebuttal", { kind: "claim", side: "aff", speech: "2AC" })).toEqual({
      side: "neg",
      speech: "2NC",
      relation: "rebuts",
    });
    expect(contributionShape("rebuttal", { kind: "evidence", side: "neg", speech: "1NC" })).toEqual({
      side: "aff",
      speech: "2AC",
      relation: "undercuts",
    });
    expect(contributionShape("evidence", { kind: "claim", side: "aff", speech: "1AC" })).toEqual({
      side: "aff",
      speech: "1AC",
      relation: "supports",
    });
    expect(contributionShape("evidence", { kind: "claim", side: "aff", speech: "1AC" }, "rebuts")).toEqual({
      side: "neg",
      speech: "1NC",
      relation: "rebuts",
    });
    expect(contributionShape("claim", null)).toEqual({ side: "neutral", speech: null, relation: null });
  });
});
