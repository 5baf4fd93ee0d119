import { describe, expect, it } from "vitest";
import type { ImportedGraph, ImportedNode } from "@/lib/domain/codecs";
import { planImport, shiftPlan } from "./plan-import";

const TEXT = "Alpha beta gamma delta epsilon zeta eta theta iota kappa.";

function node(key: string, over: Partial<ImportedNode> = {}): ImportedNode {
  return {
    key,
    kind: "claim",
    side: "aff",
    role: null,
    speech: null,
    responseType: null,
    title: `Node ${key}`,
    body: "",
    position: null,
    tags: [],
    evidence: null,
    ...over,
  };
}

function graph(over: Partial<ImportedGraph> = {}): ImportedGraph {
  return {
    title: "T",
    resolution: "",
    description: "",
    nodes: [],
    groups: [],
    edges: [],
    sources: [],
    report: { format: "json", counts: { nodes: 0, edges: 0, sources: 0 }, skipped: [], warnings: [] },
    ...over,
  };
}

const source = {
  key: "s1",
  title: "Src",
  author: "",
  qualifications: "",
  publication: "",
  date: "",
  url: "",
  attribution: "",
  text: TEXT,
};
const card = (quote: string, start: number) => ({
  sourceKey: "s1",
  quote,
  start,
  end: start + quote.length,
  prefix: "",
  suffix: "",
  cite: "C 26",
  highlights: [],
});

describe("planImport", () => {
  it("mints ids that sort in file order and maps edges onto them", () => {
    const p = planImport(
      graph({
        nodes: [node("a"), node("b"), node("c")],
        edges: [
          { from: "b", to: "a", relation: "rebuts" },
          { from: "c", to: "a", relation: "supports" },
        ],
      }),
    );
    const ids = p.nodes.map((n) => n.id);
    expect([...ids].sort()).toEqual(ids);
    expect(p.edges.map((e) => [e.source, e.target])).toEqual([
      [ids[1], ids[0]],
      [ids[2], ids[0]],
    ]);
    expect(p.report.counts).toEqual({ nodes: 3, edges: 2, sources: 0 });
  });

  it("keeps the file's positions when every node has one, and lays out the whole map otherwise", () => {
    const kept = planImport(
      graph({ nodes: [node("a", { position: { x: 5, y: 6 } }), node("b", { position: { x: 500, y: 6 } })] }),
    );
    expect(kept.nodes.map((n) => n.position)).toEqual([
      { x: 5, y: 6 },
      { x: 500, y: 6 },
    ]);
    const laid = planImport(
      graph({
        nodes: [node("a", { position: { x: 5, y: 6 } }), node("b"), node("c")],
        edges: [
          { from: "b", to: "a", relation: "rebuts" },
          { from: "c", to: "a", relation: "rebuts" },
        ],
      }),
    );
    const [a, b, c] = laid.nodes;
    expect(b!.position.x).toBeGreaterThan(a!.position.x); // answers sit right of what they answer
    expect(b!.position.y).not.toBe(c!.position.y);
    expect(laid.report.warnings.join()).toMatch(/2 of 3 arguments had no position/);
    expect(kept.report.positions).toBe("file");
    expect(laid.report.positions).toBe("laid-out");
  });

  it("lays out a file whose arguments all sit on one point, as if it had no positions", () => {
    const p = planImport(
      graph({
        nodes: [node("a", { position: { x: 0, y: 0 } }), node("b", { position: { x: 0, y: 0 } })],
        edges: [{ from: "b", to: "a", relation: "rebuts" }],
      }),
    );
    expect(p.report.positions).toBe("laid-out");
    expect(p.nodes[1]!.position).not.toEqual(p.nodes[0]!.position);
    expect(p.report.warnings.join()).not.toMatch(/had no position/);
  });

  it("skips and reports connections the rules forbid, duplicates and dangling ends", () => {
    const p = planImport(
      graph({
        nodes: [node("a"), node("e", { kind: "evidence" })],
        edges: [
          { from: "e", to: "a", relation: "turns" },
          { from: "e", to: "a", relation: "supports" },
          { from: "e", to: "a", relation: "rebuts" },
          { from: "a", to: "a", relation: "rebuts" },
          { from: "x", to: "a", relation: "supports" },
        ],
      }),
    );
    expect(p.edges).toHaveLength(1);
    expect(p.report.skipped).toEqual(
      expect.arrayContaining([
        { what: "connections", why: "evidence can only support or rebut", count: 1 },
        { what: "connections", why: "these two arguments are already connected", count: 1 },
        { what: "connections", why: "an argument cannot answer itself", count: 1 },
        { what: "connections", why: "it refers to an argument that is not in the file", count: 1 },
      ]),
    );
  });

  it("anchors cards in their source: exact, moved when the offsets are off, orphaned when the words are not there", () => {
    const p = planImport(
      graph({
        sources: [source],
        nodes: [
          node("exact", { kind: "evidence", evidence: card("gamma delta", 11) }),
          node("moved", { kind: "evidence", evidence: card("gamma delta", 20) }),
          node("gone", { kind: "evidence", evidence: card("omega psi", 0) }),
        ],
      }),
    );
    const ev = p.nodes.map((n) => n.evidence);
    expect(ev.map((e) => e?.status)).toEqual(["exact", "moved", "orphaned"]);
    expect(ev[1]).toMatchObject({
      start: 11,
      end: 22,
      quote: "gamma delta",
      prefix: "Alpha beta ",
      suffix: " epsilon zeta eta theta iota kap",
    });
    expect(ev[2]).toMatchObject({ quote: "omega psi", start: 0, end: 9 });
    expect(p.sources[0]!.cardCount).toBe(3);
  });

  it("a card whose source is missing keeps its words in the body, as plain evidence", () => {
    const p = planImport(
      graph({
        nodes: [
          node("e", {
            kind: "evidence",
            body: "Tag line",
            evidence: { ...card("quoted words", 0), sourceKey: "nope" },
          }),
        ],
      }),
    );
    expect(p.nodes[0]!.evidence).toBeNull();
    expect(p.nodes[0]!.body).toBe("Tag line\n\nquoted words");
    expect(p.report.warnings.join()).toMatch(/source is not in the file/);
  });

  it("clips what the API would refuse: long titles keep their words in the body; bad URLs are dropped", () => {
    const long = "word ".repeat(150).trim();
    const p = planImport(
      graph({
        nodes: [node("a", { title: long, body: "more" })],
        sources: [{ ...source, url: "javascript:alert(1)", title: "" }],
      }),
    );
    expect(p.nodes[0]!.title.length).toBe(500);
    expect(p.nodes[0]!.body).toBe(`${long}\n\nmore`);
    expect(p.sources[0]).toMatchObject({ url: "", title: "Untitled source" });
  });

  it("shiftPlan moves the group so its top-left corner lands where asked", () => {
    const p = planImport(
      graph({ nodes: [node("a", { position: { x: 10, y: 20 } }), node("b", { position: { x: 300, y: 220 } })] }),
    );
    shiftPlan(p, { x: -50, y: 1000 });
    expect(p.nodes.map((n) => n.position)).toEqual([
      { x: -50, y: 1000 },
      { x: 240, y: 1200 },
    ]);
  });
});
