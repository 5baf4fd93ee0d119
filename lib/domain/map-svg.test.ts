import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import * as demo from "@/prisma/seed-data/tajikistan";
import { layoutCompact } from "./compact-layout";
import { estimateSize } from "./layout";
import {
  edgePath,
  escapeXml,
  mapToSvg,
  FULL_SIZE_PIXELS,
  MAX_IMAGE_PIXELS,
  MAX_IMAGE_PX,
  pngScale,
  READABLE_SCALE,
  wrapText,
  type MapSvgEdge,
  type MapSvgNode,
} from "./map-svg";

/** The demo debate as the export sees it: seeded positions and estimated sizes. */
function demoSvgInput(): { nodes: MapSvgNode[]; edges: MapSvgEdge[] } {
  const edges = demo.edges.map((e, i) => ({ id: `e${i}`, source: e.from, target: e.to, relation: e.relation }));
  const base = demo.nodes.map((n) => ({
    id: n.key,
    kind: n.kind,
    side: n.side,
    title: n.title,
    evidence: n.evidence ? { quote: n.evidence.quote } : null,
  }));
  const pos = layoutCompact(base, edges);
  const nodes = demo.nodes.map((n, i) => ({
    id: n.key,
    kind: n.kind,
    side: n.side,
    title: n.title,
    speech: n.speech ?? null,
    status: i % 2 ? "standing" : "refuted",
    cite: n.evidence ? "Author 2024" : null,
    quote: n.evidence?.quote ?? null,
    ...pos.get(n.key)!,
    ...estimateSize(base[i]!),
  }));
  return { nodes, edges };
}

function parse(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => {
      if (level !== "warning") errors.push(msg);
    },
  }).parseFromString(svg, "image/svg+xml");
  return { doc, errors };
}

const box = (over: Partial<MapSvgNode> = {}): MapSvgNode => ({
  id: "a",
  title: "A",
  kind: "claim",
  side: "aff",
  x: 0,
  y: 0,
  width: 280,
  height: 90,
  ...over,
});

describe("mapToSvg", () => {
  it("draws the demo as well-formed standalone SVG: a rectangle per argument, a path per connection, under 1 MB", () => {
    const { nodes, edges } = demoSvgInput();
    const svg = mapToSvg(nodes, edges, { title: "U.S. Security Assistance to Tajikistan" });
    const { doc, errors } = parse(svg);
    expect(errors).toEqual([]);
    const root = doc.documentElement!;
    expect(root.tagName).toBe("svg");
    expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(Number(root.getAttribute("width"))).toBeGreaterThan(280);
    expect(doc.getElementsByTagName("foreignObject").length).toBe(0);
    const boxes = Array.from(doc.getElementsByTagName("rect")).filter((r) => r.getAttribute("class") === "arg-box");
    expect(boxes).toHaveLength(demo.nodes.length);
    const rels = Array.from(doc.getElementsByTagName("path")).filter((p) =>
      /\brel\b/.test(p.getAttribute("class") ?? ""),
    );
    expect(rels).toHaveLength(demo.edges.length);
    expect(Buffer.byteLength(svg, "utf8")).toBeLessThan(1_000_000);
    // Every argument's title is in the file (its first words at least, wrapped into tspans).
    const text = Array.from(doc.getElementsByTagName("text"))
      .map((t) => t.textContent)
      .join(" ");
    for (const n of demo.nodes) expect(text).toContain(n.title.split(" ").slice(0, 2).join(" "));
    // Fonts are generic families, nothing to fetch.
    expect(svg).not.toMatch(/@font-face|url\(http|<style/);
    expect(root.getAttribute("font-family")).toMatch(/sans-serif$/);
  });

  it("escapes < & \" ' > in titles, quotes and relations, and drops characters XML cannot hold", () => {
    const nodes = [
      box({
        id: 'x"1',
        height: 200,
        title: `Tom & Jerry <script>alert("x")</script> 'q'\u0001`,
        quote: "a < b && c",
        cite: "A&B",
      }),
      box({ id: "b", x: 400, title: "B" }),
    ];
    const svg = mapToSvg(nodes, [{ id: "e", source: 'x"1', target: "b", relation: "rebuts" }], { title: "a<b" });
    const { doc, errors } = parse(svg);
    expect(errors).toEqual([]);
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("\u0001");
    const title = Array.from(doc.getElementsByTagName("text")).find((t) => t.getAttribute("class") === "arg-title");
    expect(title?.textContent).toContain("Tom & Jerry");
    expect(title?.textContent).toContain(`<script>alert("x")`);
    expect(escapeXml(`<&">'`)).toBe("&lt;&amp;&quot;&gt;&apos;");
  });

  it("colours sides and relations, marks rebuttals dashed and shows the status", () => {
    const nodes = [
      box({ id: "a", side: "aff" }),
      box({ id: "b", x: 400, side: "neg", kind: "rebuttal", status: "refuted" }),
    ];
    const svg = mapToSvg(nodes, [
      { id: "e1", source: "b", target: "a", relation: "rebuts" },
      { id: "e2", source: "a", target: "b", relation: "supports" },
    ]);
    expect(svg).toContain('fill="#2563eb"');
    expect(svg).toContain('fill="#dc2626"');
    expect(svg).toMatch(/class="rel rel-rebuts"[^>]+stroke="#b91c1c" stroke-width="1.8" stroke-dasharray="6 4"/);
    expect(svg).toMatch(/class="rel rel-supports"[^>]+stroke="#15803d"/);
    expect(svg).toContain("✗ refuted");
    expect(svg).toContain('marker-end="url(#arrow-b91c1c)"');
    expect(svg).toContain('<marker id="arrow-b91c1c"');
  });

  it("skips connections to arguments it does not draw (filtered out)", () => {
    const svg = mapToSvg([box()], [{ id: "e", source: "a", target: "gone", relation: "supports" }]);
    expect(svg).not.toContain("rel-supports");
    expect(parse(svg).errors).toEqual([]);
  });
});

describe("wrapText", () => {
  it("wraps at word boundaries within the width, breaks overlong words and ends cut text in an ellipsis", () => {
    const lines = wrapText("one two three four five six seven eight nine ten", 60, 13, 10);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(" ")).toBe("one two three four five six seven eight nine ten");
    const long = wrapText("x".repeat(100), 100, 13, 10);
    expect(long.join("")).toBe("x".repeat(100));
    expect(long.length).toBeGreaterThan(1);
    const cut = wrapText("word ".repeat(50), 100, 13, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith("…")).toBe(true);
  });
});

describe("edgePath", () => {
  it("runs from the source's left side to the target's right side", () => {
    const { d } = edgePath(box({ id: "s", x: 400, y: 0 }), box({ id: "t", x: 0, y: 200 }));
    expect(d.startsWith("M400,45 ")).toBe(true);
    expect(d.endsWith(" 280,245")).toBe(true);
  });
});

describe("pngScale", () => {
  it("gives a small map 2 pixels per unit and keeps a big one within the side and pixel caps", () => {
    expect(pngScale(800, 600)).toBe(2);
    for (const [w, h] of [
      [1520, 4000],
      [20_000, 900],
      [9_000, 9_000],
      [2_950, 7_827],
      [4_000, 6_000],
    ] as const) {
      const k = pngScale(w, h);
      expect(Math.max(w, h) * k).toBeLessThanOrEqual(MAX_IMAGE_PX + 1e-6);
      // Over 1 pixel per unit only within the pixel budget; titles at 12 px or more unless the side cap binds.
      if (k > 1) expect(w * h * k * k).toBeLessThanOrEqual(MAX_IMAGE_PIXELS * (1 + 1e-9));
      if (Math.max(w, h) * READABLE_SCALE <= MAX_IMAGE_PX) expect(k).toBeGreaterThanOrEqual(READABLE_SCALE);
    }
    expect(pngScale(2950, 5000)).toBe(1);
    // The demo at 1 pixel per unit is 23 megapixels: it gets fewer, but its 13-unit titles stay at 12 px.
    expect(pngScale(2950, 7827)).toBeCloseTo(READABLE_SCALE);
    expect(pngScale(2950, 7827) * 13).toBeGreaterThanOrEqual(12 - 1e-9);
    expect(pngScale(3000, 5000)).toBe(1);
    expect(pngScale(4000, 4500)).toBeCloseTo(Math.sqrt(FULL_SIZE_PIXELS / 18_000_000));
    expect(pngScale(20_000, 900)).toBeCloseTo(0.4);
  });
});
