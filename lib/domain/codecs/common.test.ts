import { describe, expect, it } from "vitest";
import { thrown } from "./__fixtures__/helpers";
import {
  BODY_MAX,
  GraphBuilder,
  SHORT_TITLE_MAX,
  TitleRegistry,
  abbreviate,
  cleanText,
  joinClaimText,
  splitClaimText,
} from "./common";
import { IMPORT_LIMITS, ImportError } from "./types";

describe("splitClaimText / joinClaimText", () => {
  const long = "Tajikistan is the second largest exporter of foreign fighters in Central Asia. ".repeat(5).trim();
  const samples = [
    "",
    "A short claim.",
    long,
    "Heading line\n\nThe body paragraph.\nSecond line.",
    "First line\nsecond line",
    "x".repeat(SHORT_TITLE_MAX + 50),
    "  padded text with CRLF\r\nline two  ",
  ];

  it("is reversible: join(split(t)) is the cleaned text", () => {
    for (const t of samples) {
      const { title, body } = splitClaimText(t);
      expect(joinClaimText(title, body), JSON.stringify(t)).toBe(cleanText(t));
      expect(title.length).toBeLessThanOrEqual(SHORT_TITLE_MAX);
    }
  });

  it("makes short text a title, a first short paragraph a title, and long text a body under a short title", () => {
    expect(splitClaimText("A short claim.")).toEqual({ title: "A short claim.", body: "" });
    expect(splitClaimText("Heading line\n\nThe body.")).toEqual({ title: "Heading line", body: "The body." });
    expect(splitClaimText(long)).toEqual({
      title: "Tajikistan is the second largest exporter of foreign fighters in Central Asia.",
      body: long,
    });
    expect(abbreviate("word ".repeat(100), 50)).toMatch(/^(word ){8}word…$/);
  });

  it("joins a title and an unrelated body with a blank line, and splits that back", () => {
    const text = joinClaimText("Claim", "Some explanation.");
    expect(text).toBe("Claim\n\nSome explanation.");
    expect(splitClaimText(text)).toEqual({ title: "Claim", body: "Some explanation." });
  });
});

describe("TitleRegistry", () => {
  it("numbers repeats", () => {
    const r = new TitleRegistry(["Resolution"]);
    expect([r.take("A"), r.take("A"), r.take("A"), r.take("Resolution")]).toEqual([
      "A",
      "A (2)",
      "A (3)",
      "Resolution (2)",
    ]);
  });
});

describe("GraphBuilder", () => {
  it("refuses the node after IMPORT_LIMITS.maxNodes as too_many", () => {
    const g = new GraphBuilder("kialo");
    for (let i = 0; i < IMPORT_LIMITS.maxNodes; i++) g.addNode({ key: `n${i}`, title: "t" });
    const e = thrown(() => g.addNode({ key: "one-more", title: "t" })) as ImportError;
    expect(e.kind).toBe("too_many");
  });

  it("keeps the first edge of a pair and reports self-loops, repeats, missing ends and forbidden connections", () => {
    const g = new GraphBuilder("aif");
    g.addNode({ key: "a", title: "A" });
    g.addNode({ key: "b", title: "B" });
    g.addNode({ key: "card", title: "Card", kind: "evidence" });
    expect(g.addEdge("a", "b", "supports")).toBe(true);
    expect(g.addEdge("a", "b", "rebuts")).toBe(false);
    expect(g.addEdge("a", "a", "rebuts")).toBe(false);
    expect(g.addEdge("a", "zzz", "rebuts")).toBe(false);
    expect(g.addEdge("a", "card", "supports")).toBe(false);
    expect(g.addEdge("card", "a", "turns")).toBe(false);
    expect(g.addEdge("card", "a", "supports")).toBe(true);
    expect(g.addEdge("card", "a", "supports")).toBe(false);
    const built = g.build({ title: "T", resolution: "", description: "" });
    expect(built.edges).toEqual([
      { from: "a", to: "b", relation: "supports" },
      { from: "card", to: "a", relation: "supports" },
    ]);
    expect(built.report.skipped.map((s) => [s.what, s.count])).toEqual([
      ["second relations of another kind between the same two nodes", 1],
      ["relations of a node to itself", 1],
      ["relations to a missing node", 1],
      ["supports relations the graph rules forbid", 1],
      ["turns relations the graph rules forbid", 1],
      ["repeated supports relations between the same two nodes", 1],
    ]);
    // What was merged is named: both titles, the relation kept and the one left out.
    expect(built.report.warnings).toEqual([
      "“A” → “B”: the file also has a rebuts relation; Clash kept supports, the first one",
    ]);
    expect(() => g.addNode({ key: "a", title: "again" })).toThrow(ImportError);
  });

  it("shortens over-long titles into the body, cuts over-long bodies and long debate fields, with warnings", () => {
    const g = new GraphBuilder("kialo");
    const n = g.addNode({ key: "a", title: "t".repeat(600), body: "b".repeat(BODY_MAX + 10) });
    expect(n.title.length).toBeLessThanOrEqual(500);
    expect(n.body.length).toBe(BODY_MAX);
    const built = g.build({ title: "T".repeat(300), resolution: "R", description: "" });
    expect(built.title).toHaveLength(200);
    expect(built.report.warnings.join(" ")).toMatch(/cut/);
  });
});
