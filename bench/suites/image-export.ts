// image-export: the map's SVG (lib/domain/map-svg, what the Export menu's "SVG image" saves) and the
// PNG the browser rasterises from it (the Export menu's "PNG image": the SVG drawn as an image into
// a canvas, then canvas.toBlob), on the seeded demo and on generated maps laid out compactly.
// The PNG half runs in the e2e suite's Chromium, on a blank page: the same work the map page does.
import * as demo from "@/prisma/seed-data/tajikistan";
import { layoutCompact } from "@/lib/domain/compact-layout";
import { estimateSize } from "@/lib/domain/layout";
import { mapToSvg, pngScale, svgBounds, type MapSvgEdge, type MapSvgNode } from "@/lib/domain/map-svg";
import { generateDebate } from "../generate";
import { launch } from "../browser/measure";
import { record, type Row } from "../lib/results";
import { figure, runsFor, SIZES, timeRuns } from "../lib/stats";

type Input = { nodes: MapSvgNode[]; edges: MapSvgEdge[] };

function laidOut(
  nodes: { id: string; title: string; kind: string; side: string; evidence: { quote: string } | null }[],
  edges: { source: string; target: string; relation: string }[],
): Input {
  const pos = layoutCompact(nodes as Parameters<typeof layoutCompact>[0], edges as Parameters<typeof layoutCompact>[1]);
  return {
    nodes: nodes.map((n) => ({
      ...n,
      quote: n.evidence?.quote ?? null,
      ...pos.get(n.id)!,
      ...estimateSize(n as Parameters<typeof estimateSize>[0]),
    })),
    edges: edges.map((e, i) => ({ id: `e${i}`, ...e })),
  };
}

const demoInput = laidOut(
  demo.nodes.map((n) => ({
    id: n.key,
    title: n.title,
    kind: n.kind,
    side: n.side,
    evidence: n.evidence ? { quote: n.evidence.quote } : null,
  })),
  demo.edges.map((e) => ({ source: e.from, target: e.to, relation: e.relation })),
);

const cases: [string, Input][] = [[`${demo.nodes.length} (demo)`, demoInput]];
for (const n of SIZES.filter((s) => s <= 5_000)) {
  const d = generateDebate(n);
  cases.push([n.toLocaleString("en-US"), laidOut(d.nodes, d.edges)]);
}

const browser = await launch();
const page = await browser.newPage();
await page.setContent("<!doctype html><title>png</title>");
const rows: Row[] = [];
try {
  for (const [n, input] of cases) {
    let svg = "";
    const svgTimes = await timeRuns(() => (svg = mapToSvg(input.nodes, input.edges)), { runs: 5, warmup: true });
    const b = svgBounds(input.nodes);
    const pngTimes: number[] = [];
    for (let i = 0; i < Math.min(3, runsFor(input.nodes.length)); i++) {
      pngTimes.push(
        await page.evaluate(
          async ({ svg, w, h, scale }) => {
            const t0 = performance.now();
            const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
            const img = new Image();
            img.src = url;
            await img.decode();
            const c = document.createElement("canvas");
            c.width = Math.round(w * scale);
            c.height = Math.round(h * scale);
            const ctx = c.getContext("2d")!;
            ctx.fillStyle = "#fff";
            ctx.fillRect(0, 0, c.width, c.height);
            ctx.drawImage(img, 0, 0, c.width, c.height);
            const blob = await new Promise<Blob | null>((r) => c.toBlob(r, "image/png"));
            URL.revokeObjectURL(url);
            if (!blob) throw new Error("no PNG");
            return performance.now() - t0;
          },
          {
            svg,
            w: Math.ceil(b.width),
            h: Math.ceil(b.height),
            scale: pngScale(Math.ceil(b.width), Math.ceil(b.height)),
          },
        ),
      );
    }
    const kb = Math.round(Buffer.byteLength(svg) / 1024);
    const isDemo = n.includes("demo");
    rows.push(
      {
        bench: "image-export",
        what: "SVG image of the whole map",
        n,
        clash: figure(svgTimes, "ms"),
        baseline: null,
        target: isDemo ? "< 1 MB" : "—",
        met: isDemo ? kb < 1024 : null,
        note: `${kb.toLocaleString("en-US")} KB`,
      },
      {
        bench: "image-export",
        what: "PNG image of the whole map (SVG drawn to a canvas)",
        n,
        clash: figure(
          pngTimes.map((t, i) => t + (svgTimes[i] ?? svgTimes[0]!)),
          "ms",
        ),
        baseline: null,
        target: isDemo ? "< 3 s (was 20–41 s)" : "—",
        met: isDemo ? Math.max(...pngTimes) + Math.max(...svgTimes) < 3000 : null,
      },
    );
  }
} finally {
  await browser.close();
}
record("image-export", rows);
