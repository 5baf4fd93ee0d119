import { describe, expect, it } from "vitest";
import type { EdgeDto, NodeDto } from "../schemas";
import { seedDebate } from "./__fixtures__/helpers";
import { MAX_MARKDOWN_DEPTH, escapeMarkdown, quoteMarkdown, toMarkdown } from "./markdown";
import type { ExportableDebate } from "./types";

const node = (id: string, title: string, extra: Partial<NodeDto> = {}): NodeDto => ({
  id,
  kind: "claim",
  side: "neutral",
  role: null,
  speech: null,
  responseType: null,
  title,
  body: "",
  position: { x: 0, y: 0 },
  version: 1,
  evidence: null,
  ...extra,
});
const edge = (source: string, target: string, relation: EdgeDto["relation"]): EdgeDto => ({
  id: `${source}-${target}`,
  source,
  target,
  relation,
  version: 1,
});
const debate = (nodes: NodeDto[], edges: EdgeDto[]): ExportableDebate => ({
  id: "d",
  title: "T",
  resolution: "R",
  description: "",
  nodes,
  edges,
  sources: [],
});

describe("toMarkdown on the seeded debate", () => {
  const d = seedDebate();
  const md = toMarkdown(d);
  const lines = md.split("\n");

  it("starts with the title and the resolution, then the thesis", () => {
    expect(lines[0]).toBe(`# ${escapeMarkdown(d.title)}`);
    expect(md).toContain(`**Resolution:** ${escapeMarkdown(d.resolution)}`);
    const thesis = d.nodes.find((n) => n.role === "thesis" && !d.edges.some((e) => e.source === n.id))!;
    expect(lines.find((l) => l.startsWith("## "))).toContain(escapeMarkdown(thesis.title));
  });

  it("labels supports Pro and attacks Con, nesting answers under what they answer", () => {
    expect(md).toMatch(/^- \*\*Pro:\*\* /m);
    expect(md).toMatch(/^ {2,}- \*\*Con:\*\* /m);
    if (d.edges.some((e) => e.relation === "turns")) expect(md).toContain("**Con (turn):**");
  });

  it("writes every argument once in full and quotes every card with its cite and highlights", () => {
    for (const n of d.nodes) expect(md, n.title).toContain(escapeMarkdown(n.title));
    const cards = d.nodes.filter((n) => n.evidence);
    for (const c of cards) {
      const e = c.evidence!;
      expect(md).toContain(`> ${quoteMarkdown(e)}`);
      expect(md).toContain(`> — ${escapeMarkdown(e.cite)}`);
      for (const h of e.highlights) {
        const bold = e.quote.slice(h.start, h.end).trim();
        expect(quoteMarkdown(e)).toContain(`**${escapeMarkdown(bold.replace(/\s*\n\s*/g, " "))}`);
      }
    }
    // The card count in full: each card's quote appears exactly once.
    for (const c of cards) expect(md.split(`> ${quoteMarkdown(c.evidence!)}`).length - 1, c.title).toBe(1);
  });
});

describe("toMarkdown structure", () => {
  it("mentions a shared node again with 'see above' instead of repeating it", () => {
    const md = toMarkdown(
      debate(
        [node("a", "Root A"), node("b", "Root B"), node("x", "Shared", { body: "Shared body" })],
        [edge("x", "a", "supports"), edge("x", "b", "rebuts")],
      ),
    );
    expect(md.match(/Shared body/g)).toHaveLength(1);
    expect(md).toContain("- **Con:** Shared *(see above)*");
  });

  it("survives cycles and writes nodes only a cycle reaches", () => {
    const md = toMarkdown(
      debate(
        [node("a", "Alpha"), node("b", "Beta"), node("c", "Gamma"), node("z", "Alone")],
        [edge("a", "b", "supports"), edge("b", "a", "rebuts"), edge("c", "a", "undercuts")],
      ),
    );
    for (const t of ["Alpha", "Beta", "Gamma", "Alone"]) expect(md).toContain(t);
    expect(md).toContain("*(see above)*");
    expect(md).toContain("**Con (undercuts):** Gamma");
    expect(md).toContain("## Alone");
  });

  it("writes a 10,000-long chain without recursion and with bounded indentation", () => {
    const n = 10_000;
    const nodes = Array.from({ length: n }, (_, i) => node(`n${i}`, `Step ${i}`));
    const edges = Array.from({ length: n - 1 }, (_, i) => edge(`n${i + 1}`, `n${i}`, i % 2 ? "supports" : "rebuts"));
    const md = toMarkdown(debate(nodes, edges));
    expect(md).toContain("Step 9999");
    const longestIndent = Math.max(...md.split("\n").map((l) => /^ */.exec(l)![0].length));
    expect(longestIndent).toBe(2 * MAX_MARKDOWN_DEPTH);
    expect(md).toContain("Step 9999 *(answers: Step 9998)*");
  });

  it("escapes Markdown in titles and bodies", () => {
    const md = toMarkdown(
      debate(
        [node("a", "A *star* and [link](http://x)", { body: "# not a heading\n- not a list\n1. not numbered" })],
        [],
      ),
    );
    expect(md).toContain("## A \\*star\\* and \\[link\\](http://x)");
    expect(md).toContain("\\# not a heading");
    expect(md).toContain("\\- not a list");
    expect(md).toContain("1\\. not numbered");
  });

  it("puts highlights in bold without spaces inside the markers", () => {
    const e = {
      sourceId: "s",
      quote: "one two three four",
      start: 0,
      end: 18,
      prefix: "",
      suffix: "",
      cite: "",
      highlights: [
        { start: 3, end: 8 },
        { start: 6, end: 13 },
      ],
    };
    expect(quoteMarkdown(e)).toBe("one **two three** four");
    expect(quoteMarkdown({ ...e, quote: "one\ntwo  three", highlights: [{ start: 4, end: 7 }] })).toBe(
      "one **two**  three",
    );
  });
});
