import { describe, expect, it } from "vitest";
import { fixture, seedDebate, thrown, toExportable } from "./__fixtures__/helpers";
import {
  CLASH_JSON_VERSION,
  ClashJsonV1,
  ClashJsonV2,
  parseClashJson,
  toClashJson,
  upgrade,
  upgradeV1,
  type ClashJson,
} from "./clash-json";
import { parseJsonGuarded } from "./guard";
import { importFile } from "./index";
import { ImportError, type ExportableDebate } from "./types";

const NOW = new Date("2026-05-04T10:00:00.000Z");

/** Ids replaced by their kind and position, so two exports can be compared "modulo ids". */
function withoutIds(doc: ClashJson): unknown {
  const node = new Map(doc.nodes.map((n, i) => [n.id, `node${i}`]));
  const source = new Map(doc.sources.map((s, i) => [s.id, `source${i}`]));
  return {
    ...doc,
    nodes: doc.nodes.map((n) => ({
      ...n,
      id: node.get(n.id),
      evidence: n.evidence && { ...n.evidence, sourceId: source.get(n.evidence.sourceId) },
    })),
    edges: doc.edges.map((e, i) => ({ ...e, id: `edge${i}`, source: node.get(e.source), target: node.get(e.target) })),
    sources: doc.sources.map((s) => ({ ...s, id: source.get(s.id) })),
  };
}

const roundTrip = (json: unknown) => parseClashJson(parseJsonGuarded(JSON.stringify(json)));

describe("Clash JSON on the seeded debate", () => {
  const d = seedDebate();
  const exported = toClashJson(d, { now: NOW });

  it("holds everything: arguments with positions, cards with anchors and highlights, relations, sources with text", () => {
    expect(ClashJsonV2.safeParse(exported).success).toBe(true);
    expect(exported).toMatchObject({
      clash: "debate",
      schemaVersion: CLASH_JSON_VERSION,
      exportedAt: NOW.toISOString(),
    });
    expect(exported.nodes).toHaveLength(d.nodes.length);
    expect(exported.edges).toHaveLength(d.edges.length);
    expect(exported.sources.map((s) => s.text.length)).toEqual(d.sources.map((s) => s.text.length));
    const card = exported.nodes.find((n) => n.evidence && n.evidence.highlights.length > 0)!;
    const src = exported.sources.find((s) => s.id === card.evidence!.sourceId)!;
    expect(src.text.slice(card.evidence!.start, card.evidence!.end)).toBe(card.evidence!.quote);
    // Server state stays out of the document.
    expect(JSON.stringify(exported)).not.toMatch(/"version"|"status"/);
  });

  it("import → export is identical modulo ids", () => {
    const g = roundTrip(exported);
    expect(g.report).toMatchObject({ format: "json", skipped: [], warnings: [] });
    expect(g.report.counts).toEqual({ nodes: d.nodes.length, edges: d.edges.length, sources: d.sources.length });
    const again = toClashJson(toExportable(g, "new-"), { now: NOW });
    expect(again.nodes[0]!.id).not.toBe(exported.nodes[0]!.id);
    expect(withoutIds(again)).toEqual(withoutIds(exported));
  });

  it("keeps card anchors for the server to re-anchor", () => {
    const g = roundTrip(exported);
    const cards = g.nodes.filter((n) => n.evidence);
    expect(cards).toHaveLength(d.nodes.filter((n) => n.evidence).length);
    for (const c of cards) {
      const s = g.sources.find((x) => x.key === c.evidence!.sourceKey)!;
      expect(s.text.slice(c.evidence!.start, c.evidence!.end)).toBe(c.evidence!.quote);
    }
  });
});

describe("Clash JSON versions", () => {
  const v1 = parseJsonGuarded(fixture("clash-v1.json"));

  it("upgrades version 1: positions, response types, edge ids, and a source for each card", () => {
    const { doc, notes } = upgradeV1(ClashJsonV1.parse(v1));
    expect(ClashJsonV2.safeParse(doc).success).toBe(true);
    expect(doc.schemaVersion).toBe(2);
    expect(doc.nodes.map((n) => n.position)).toEqual([
      { x: 0, y: 0 },
      { x: 320, y: -40 },
      { x: 320, y: 80 },
    ]);
    expect(doc.nodes.every((n) => n.responseType === null)).toBe(true);
    expect(doc.edges.map((e) => e.id)).toEqual(["edge-1", "edge-2"]);
    expect(doc.sources).toHaveLength(1);
    const card = doc.nodes[1]!.evidence!;
    expect(doc.sources[0]!.text.slice(card.start, card.end)).toBe(card.quote);
    expect(doc.sources[0]!.title).toBe("Lee 2023, Journal of Learning");
    expect(card.highlights).toEqual([{ start: 36, end: 55 }]);
    expect(notes).toHaveLength(1);
  });

  it("imports version 1 through upgrade, with the upgrade noted in the report", () => {
    const g = parseClashJson(v1);
    expect(g.nodes.map((n) => [n.key, n.kind, n.side, n.speech])).toEqual([
      ["thesis", "claim", "aff", "1AC"],
      ["card1", "evidence", "aff", "1AC"],
      ["answer", "rebuttal", "neg", "1NC"],
    ]);
    expect(g.edges).toEqual([
      { from: "card1", to: "thesis", relation: "supports" },
      { from: "answer", to: "thesis", relation: "rebuts" },
    ]);
    expect(g.report.warnings.join(" ")).toMatch(/version 1/);
  });

  it("refuses a newer version with a clear message", () => {
    const e = thrown(() => upgrade({ clash: "debate", schemaVersion: 3, nodes: [] })) as ImportError;
    expect(e).toBeInstanceOf(ImportError);
    expect(e.kind).toBe("unsupported");
    expect(e.message).toMatch(/newer Clash \(format version 3\).*versions 1 to 2/);
    expect(
      (thrown(() => importFile("json", JSON.stringify({ clash: "debate", schemaVersion: 99 }))) as ImportError).kind,
    ).toBe("unsupported");
  });

  it("refuses files without the marker or with a broken version", () => {
    expect((thrown(() => parseClashJson({ schemaVersion: 2 })) as ImportError).message).toMatch(
      /not a Clash debate file/,
    );
    expect((thrown(() => parseClashJson({ clash: "debate", schemaVersion: "2" })) as ImportError).kind).toBe(
      "malformed",
    );
    expect((thrown(() => parseClashJson({ clash: "debate", schemaVersion: 0 })) as ImportError).kind).toBe("malformed");
  });
});

describe("Clash JSON validation", () => {
  const base = (): ClashJson => toClashJson(seedDebate(), { now: NOW });

  it("names the field that is wrong", () => {
    const doc = base();
    (doc.nodes[3] as { kind: string }).kind = "banana";
    const e = thrown(() => roundTrip(doc)) as ImportError;
    expect(e.kind).toBe("malformed");
    expect(e.message).toMatch(/nodes\[3\]\.kind/);
  });

  it("accepts only http(s) source addresses", () => {
    const doc = base();
    doc.sources[0]!.url = "javascript:alert(1)";
    expect((thrown(() => roundTrip(doc)) as ImportError).message).toMatch(/sources\[0\]\.url/);
  });

  it("refuses a card quoting a source the file lacks, and repeated node ids", () => {
    const doc = base();
    const card = doc.nodes.find((n) => n.evidence)!;
    card.evidence!.sourceId = "nowhere";
    expect((thrown(() => roundTrip(doc)) as ImportError).message).toMatch(/quotes source "nowhere"/);
    const dup = base();
    dup.nodes[1]!.id = dup.nodes[0]!.id;
    expect((thrown(() => roundTrip(dup)) as ImportError).message).toMatch(/share the key/);
  });

  it("reports relations the graph rules forbid instead of failing", () => {
    const doc = base();
    const card = doc.nodes.find((n) => n.kind === "evidence")!;
    const claim = doc.nodes.find(
      (n) => n.kind === "claim" && !doc.edges.some((e) => e.source === n.id && e.target === card.id),
    )!;
    doc.edges.push({ id: "bad", source: claim.id, target: card.id, relation: "supports" });
    doc.edges.push({ id: "loop", source: claim.id, target: claim.id, relation: "rebuts" });
    const g = roundTrip(doc);
    expect(g.edges).toHaveLength(doc.edges.length - 2);
    expect(g.report.skipped.map((s) => s.what)).toEqual(
      expect.arrayContaining(["supports relations the graph rules forbid", "relations of a node to itself"]),
    );
  });

  it("refuses 60,000 nodes as too_many before validating them", () => {
    const doc = base();
    const many = Array.from({ length: 60_000 }, (_, i) => ({
      ...doc.nodes[0]!,
      id: `n${i}`,
      title: `claim ${i}`,
      body: "",
    }));
    const e = thrown(() => importFile("json", JSON.stringify({ ...doc, nodes: many }))) as ImportError;
    expect(e.kind).toBe("too_many");
  });

  it("refuses 10,000-deep JSON as too_deep, and ignores __proto__ keys", () => {
    const deep = `{"clash":"debate","schemaVersion":2,"x":${"[".repeat(10_000)}${"]".repeat(10_000)}}`;
    const e = thrown(() => importFile("json", deep));
    expect(e).not.toBeInstanceOf(RangeError);
    expect((e as ImportError).kind).toBe("too_deep");
    const doc = JSON.stringify(base()).replace('"clash":"debate"', '"__proto__":{"polluted":true},"clash":"debate"');
    const g = importFile("json", doc.replace('"title":', '"constructor":{"prototype":{"polluted":true}},"title":'));
    expect(g.nodes.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("Clash JSON arguments (premises, schemes, contradictions)", () => {
  const d = seedDebate();
  const [a, b, c, x] = d.nodes.filter((n) => n.kind === "claim");
  const argument = {
    ...a!,
    id: "arg1",
    kind: "argument" as const,
    title: "Modus ponens argument",
    scheme: "Modus Ponens",
    evidence: null,
  };
  const doc: ExportableDebate = {
    ...d,
    nodes: [a!, b!, c!, x!, argument],
    edges: [
      { id: "e1", source: b!.id, target: "arg1", relation: "premise", position: 2, version: 1 },
      { id: "e2", source: a!.id, target: "arg1", relation: "premise", position: 1, version: 1 },
      { id: "e3", source: "arg1", target: c!.id, relation: "supports", version: 1 },
      { id: "e4", source: x!.id, target: c!.id, relation: "contradicts", version: 1 },
    ],
  };

  it("keeps the argument kind, its scheme, premise numbers and contradictions through export and import", () => {
    const exported = toClashJson(doc, { now: NOW });
    expect(exported.nodes.find((n) => n.id === "arg1")).toMatchObject({ kind: "argument", scheme: "Modus Ponens" });
    expect(exported.edges.map((e) => [e.relation, e.position ?? null])).toEqual([
      ["premise", 2],
      ["premise", 1],
      ["supports", null],
      ["contradicts", null],
    ]);
    const g = roundTrip(exported);
    expect(g.report.skipped).toEqual([]);
    expect(g.nodes.find((n) => n.key === "arg1")).toMatchObject({ kind: "argument", scheme: "Modus Ponens" });
    expect(g.edges.filter((e) => e.relation === "premise").map((e) => [e.from, e.position])).toEqual([
      [b!.id, 2],
      [a!.id, 1],
    ]);
    expect(withoutIds(toClashJson(toExportable(g, "new-"), { now: NOW }))).toEqual(withoutIds(exported));
  });

  it("reports a premise pointing at a statement instead of an argument", () => {
    const bad = { ...toClashJson(doc, { now: NOW }) };
    bad.edges = [{ id: "e9", source: a!.id, target: c!.id, relation: "premise", position: 1 }];
    const g = roundTrip(bad);
    expect(g.edges).toEqual([]);
    expect(g.report.skipped).toEqual([
      expect.objectContaining({
        what: "premise relations the graph rules forbid",
        why: "only an argument has premises",
      }),
    ]);
  });
});
