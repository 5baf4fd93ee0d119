import { describe, expect, it } from "vitest";
import { corpusFiles, fixture, seedDebate, signature, toExportable } from "./__fixtures__/helpers";
import { exportDebate, exportWithNotes, importFile } from "./index";
import { parseKialo } from "./kialo";
import { toKialo } from "./kialo-export";
import type { ImportedGraph } from "./types";

const corpus = corpusFiles("kialo", ".txt").filter((f) => !f.name.startsWith("LICENSE"));

/** Titles and bodies of every claim, sorted. */
const texts = (g: ImportedGraph) => g.nodes.map((n) => `${n.title}\n${n.body}`).sort();

describe("Kialo → Clash → Kialo", () => {
  for (const file of [{ name: "kialo-small.txt", text: fixture("kialo-small.txt") }, ...corpus]) {
    it(`${file.name}: the same claims, Pro/Con tree, links and sources come back`, () => {
      const g1 = parseKialo(file.text);
      const out = toKialo(toExportable(g1));
      const g2 = parseKialo(out.text);
      expect(g2.title).toBe(g1.title);
      expect(g2.resolution).toBe(g1.resolution);
      expect(signature(g2)).toEqual(signature(g1));
      expect(texts(g2)).toEqual(texts(g1));
      expect(g2.sources.map((s) => [s.title, s.url]).sort()).toEqual(g1.sources.map((s) => [s.title, s.url]).sort());
      expect(g2.report.skipped.filter((s) => s.what !== '"-> See" links to a claim that is not in the file')).toEqual(
        [],
      );
    });
  }

  it("writes a Kialo link back as a Markdown link where its words are", () => {
    const out = toKialo(toExportable(parseKialo(fixture("kialo-small.txt")))).text;
    expect(out).toContain(
      "A second line of the same claim, with a [study](https://example.org/study?a=1\\(b\\)) cited.",
    );
    expect(out).toMatch(
      /^Discussion Title: Should schools \\\(public ones\\\) ban phones\?\n\n1\. Schools should ban phones\.\n/,
    );
    expect(out).toMatch(/^1\.\d+\.\d+\. Con: -> See 1\.\d+(\.\d+)*\.$/m);
  });
});

describe("toKialo on a Clash debate", () => {
  const d = seedDebate();
  const out = toKialo(d);
  const back = parseKialo(out.text);

  it("hangs every argument in one Pro/Con tree under the resolution, each relation a line", () => {
    expect(out.text.startsWith(`Discussion Title: ${d.title}\n\n1. `)).toBe(true);
    // Every argument once (the first thesis is the root; the second hangs under it).
    expect(back.nodes).toHaveLength(d.nodes.length);
    const cons = d.edges.filter((e) => ["rebuts", "undercuts", "turns"].includes(e.relation)).length;
    expect(back.edges.filter((e) => e.relation === "rebuts").length).toBeGreaterThanOrEqual(cons);
    expect(back.edges.length).toBeGreaterThanOrEqual(d.edges.length);
  });

  it("links each card's cite to its source's address", () => {
    const withUrl = d.nodes.filter((n) => n.evidence && d.sources.find((s) => s.id === n.evidence!.sourceId)?.url);
    expect(withUrl.length).toBeGreaterThan(0);
    const urls = new Set(back.sources.map((s) => s.url));
    for (const n of withUrl) expect(urls.has(d.sources.find((s) => s.id === n.evidence!.sourceId)!.url)).toBe(true);
  });

  it("says what Kialo could not hold", () => {
    const what = out.notes.map((n) => n.what);
    expect(what).toContain("card anchors and markup");
    expect(what).toContain("speeches, roles and response types");
    expect(out.notes.find((n) => n.what === "card anchors and markup")!.count).toBe(
      d.nodes.filter((n) => n.evidence).length,
    );
    expect(exportWithNotes("kialo", d).notes).toEqual(out.notes);
    expect(exportWithNotes("json", d).notes).toEqual([]);
  });

  it("escapes text that Kialo would read as a link, a claim number or a -> See line", () => {
    const tricky = toExportable(
      parseKialo("Discussion Title: T\n1. Thesis\n1.1. Pro: Reasons:\n2. a numbered list item\n1.1.1. Con: x\n"),
    );
    tricky.nodes[2]!.title = "-> See 1.1.";
    tricky.nodes[1]!.body = "Reasons:\n2. a numbered list item\n1.1.1. not a claim [a](https://x.org) \\ end";
    const again = parseKialo(toKialo(tricky).text);
    expect(again.nodes.map((n) => n.title)).toEqual(tricky.nodes.map((n) => n.title));
    expect(again.nodes[1]!.body).toBe(tricky.nodes[1]!.body);
    expect(again.sources).toEqual([]);
  });

  it("without a thesis, makes the resolution the thesis and hangs every unanswering claim under it by side", () => {
    const noThesis = { ...d, nodes: d.nodes.map((n) => (n.role === "thesis" ? { ...n, role: null } : n)) };
    const g = parseKialo(toKialo(noThesis).text);
    expect(g.resolution).toBe(d.resolution);
    expect(g.nodes).toHaveLength(d.nodes.length + 1);
    const roots = d.nodes.filter((n) => !d.edges.some((e) => e.source === n.id));
    expect(g.edges.filter((e) => e.to === "1")).toHaveLength(roots.length);
  });

  it("is an export format of its own, imported back by the Kialo importer", () => {
    const text = exportDebate("kialo", d);
    expect(importFile("kialo", text).nodes).toHaveLength(d.nodes.length);
  });
});
