import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArgdown } from "./codecs/argdown";
import { guessSides, placeWithoutSides } from "./flow-sides";
import type { Relation, Side } from "./vocabulary";

const n = (id: string, side: Side = "neutral", y = 0) => ({ id, side, speech: null, position: { x: 0, y } });
const e = (source: string, relation: Relation, target: string) => ({ source, target, relation });
const sidesOf = (g: { sides: Map<string, string> }) => Object.fromEntries(g.sides);

describe("guessSides", () => {
  it("reads sides down from the resolution: supports its side, rebuts the other", () => {
    const g = guessSides(
      [n("res"), n("a"), n("b"), n("c"), n("d"), n("card")],
      [
        e("a", "supports", "res"),
        e("b", "rebuts", "res"),
        e("c", "rebuts", "b"),
        e("d", "undercuts", "a"),
        e("card", "supports", "d"),
      ],
    );
    expect(g.resolutions).toEqual(["res"]);
    expect(sidesOf(g)).toEqual({ a: "aff", b: "neg", c: "aff", d: "neg", card: "neg" });
    expect(g.unclear).toEqual([]);
    expect(g.unreached).toEqual([]);
    expect(g.against).toEqual([]);
  });

  it("takes the root answered most as the resolution; other roots get a side from their links", () => {
    const g = guessSides(
      [n("side-thesis"), n("main"), n("a"), n("b"), n("x")],
      [
        e("a", "supports", "main"),
        e("b", "rebuts", "main"),
        e("x", "rebuts", "main"),
        e("b", "supports", "side-thesis"),
      ],
    );
    expect(g.resolutions).toEqual(["main"]);
    expect(sidesOf(g)).toEqual({ a: "aff", b: "neg", x: "neg", "side-thesis": "neg" });
  });

  it("picks the thesis answered most when every argument answers another (a loop of theses)", () => {
    // p and q rebut each other; p is backed twice, q once
    const g = guessSides(
      [n("q"), n("p"), n("s1"), n("s2"), n("s3")],
      [
        e("p", "rebuts", "q"),
        e("q", "rebuts", "p"),
        e("s1", "supports", "p"),
        e("s2", "supports", "p"),
        e("s3", "supports", "q"),
      ],
    );
    expect(g.resolutions).toEqual(["p"]);
    expect(sidesOf(g)).toEqual({ q: "neg", s1: "aff", s2: "aff", s3: "neg" });
    expect(g.against).toEqual([]);
  });

  it("leaves an argument answered both ways unassigned, with what hangs only from it, and says so", () => {
    const g = guessSides(
      [n("res"), n("a"), n("b"), n("both"), n("under")],
      [
        e("a", "supports", "res"),
        e("b", "rebuts", "res"),
        e("both", "rebuts", "a"), // neg by this link
        e("both", "rebuts", "b"), // aff by this one
        e("under", "supports", "both"),
      ],
    );
    expect(sidesOf(g)).toEqual({ a: "aff", b: "neg" });
    expect(g.unclear).toEqual(["both"]);
    expect(g.unreached).toEqual(["under"]);
  });

  it("lets the nearest reading win in a loop and lists the links that disagree", () => {
    // a and b answer the resolution at the same distance, and a also backs b: one link must give
    const g = guessSides(
      [n("res"), n("a"), n("b"), n("c")],
      [e("a", "supports", "res"), e("b", "rebuts", "res"), e("a", "supports", "b"), e("c", "rebuts", "b")],
    );
    expect(sidesOf(g)).toEqual({ a: "aff", b: "neg", c: "aff" });
    expect(g.against).toEqual([{ source: "a", target: "b", relation: "supports" }]);
  });

  it("gives no side to arguments linked to nothing", () => {
    const g = guessSides([n("lonely"), n("res"), n("a")], [e("a", "supports", "res")]);
    expect(g.resolutions).toEqual(["res"]);
    expect(g.unreached).toEqual(["lonely"]);
    expect(sidesOf(g)).toEqual({ a: "aff" });
  });

  it("keeps the sides a map has, reads neutral arguments from them, and needs no resolution there", () => {
    const g = guessSides(
      [n("res"), n("aff1", "aff"), n("neg1", "neg"), n("premise"), n("ans")],
      [
        e("aff1", "supports", "res"),
        e("neg1", "rebuts", "res"),
        e("premise", "premise", "aff1"),
        e("ans", "rebuts", "neg1"),
      ],
    );
    expect(g.resolutions).toEqual([]);
    expect(sidesOf(g)).toEqual({ premise: "aff", ans: "aff" });
    expect(g.sides.has("res")).toBe(false);
  });

  it("gives each separate part of a map its own resolution", () => {
    const g = guessSides([n("r1"), n("a1"), n("r2"), n("b2")], [e("a1", "rebuts", "r1"), e("b2", "supports", "r2")]);
    expect(g.resolutions).toEqual(["r1", "r2"]);
    expect(sidesOf(g)).toEqual({ a1: "neg", b2: "aff" });
  });
});

describe("placeWithoutSides", () => {
  it("puts each side's answers in its next speech, the resolution off the flow", () => {
    const p = placeWithoutSides(
      [n("res", "neutral", 0), n("a", "neutral", 1), n("b", "neutral", 2), n("c", "neutral", 3)],
      [e("a", "supports", "res"), e("b", "rebuts", "a"), e("c", "rebuts", "b")],
    );
    expect(Object.fromEntries(p.speeches)).toEqual({ a: "1AC", b: "1NC", c: "2AC" });
    expect(p.speeches.has("res")).toBe(false);
  });

  it("reads a map of theses that answer each other down from its resolution", () => {
    // q comes first in map order, but p is the resolution: p's answers start the threads
    const p = placeWithoutSides(
      [n("q", "neutral", 0), n("p", "neutral", 1), n("s1", "neutral", 2), n("s2", "neutral", 3)],
      [e("p", "rebuts", "q"), e("q", "rebuts", "p"), e("s1", "supports", "p"), e("s2", "supports", "p")],
    );
    expect(Object.fromEntries(p.speeches)).toEqual({ q: "1NC", s1: "1AC", s2: "1AC" });
  });

  it("places the Argdown veggie debate (43 arguments, no sides): all but what is unclear", () => {
    const text = readFileSync(
      new URL("../../tests/fixtures/corpus/argdown/veggie_debate.argdown", import.meta.url),
      "utf8",
    );
    const g = parseArgdown(text);
    const nodes = g.nodes.map((x, i) => ({
      id: x.key,
      side: x.side,
      speech: x.speech,
      position: { x: 0, y: i * 100 },
    }));
    const edges = g.edges.map((x) => ({ source: x.from, target: x.to, relation: x.relation }));
    const title = new Map(g.nodes.map((x) => [x.key, x.title]));
    const p = placeWithoutSides(nodes, edges);
    expect(nodes).toHaveLength(43);
    expect(p.resolutions.map((id) => title.get(id))).toEqual(["Fleisch-OK"]);
    expect(p.unclear.map((id) => title.get(id))).toEqual(["Einzelne-unerheblich-Einwand"]);
    expect(p.speeches.size).toBe(41);
    const sideOf = (t: string) => p.sides.get([...title].find(([, v]) => v === t)![0]);
    expect(sideOf("Alles-Esser")).toBe("aff");
    expect(sideOf("Strikt-Veggie")).toBe("neg");
    expect(sideOf("Tierschutz-Argument")).toBe("neg");
    // the theses loop back on each other: some links disagree, and the panel says how many
    expect(p.against.length).toBeGreaterThan(0);
  });
});
