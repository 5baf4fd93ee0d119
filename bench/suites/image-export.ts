// image-export: the map's SVG (lib/domain/map-svg, what the Export menu's "SVG image" saves) and its
// PNG (the Export menu's "PNG image": the same shapes painted onto an OffscreenCanvas in a worker by
// lib/domain/map-paint, then convertToBlob), on the seeded demo and on generated maps laid out
// compactly. The PNG half runs in the e2e suite's Chromium, in the app's own worker
// (components/import-export/map-png-worker.ts, bundled by esbuild) started from a blank page: the
// same work the map page does, with its phases (paint, encode) and the longest main-thread stall
// while it runs. Up to 1,000 arguments, the way the PNG was made before (the SVG decoded into an
// <img>, drawn into a canvas, canvas.toBlob) is timed once beside it, phase by phase.
import * as demo from "@/prisma/seed-data/tajikistan";
import { layoutCompact } from "@/lib/domain/compact-layout";
import { estimateSize } from "@/lib/domain/layout";
import { build } from "esbuild";
import type { MapPngResponse } from "@/components/import-export/map-png-worker";
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

const worker = await build({
  entryPoints: ["components/import-export/map-png-worker.ts"],
  bundle: true,
  write: false,
  format: "iife",
  platform: "browser",
  target: "es2022",
  tsconfig: "tsconfig.json",
  logLevel: "error",
});
const workerJs = worker.outputFiles[0]!.text;

const ORIGIN = "http://image-export.bench";
const browser = await launch();
const page = await browser.newPage();
await page.route(`${ORIGIN}/**`, (route) =>
  route.request().url().endsWith("/map-png-worker.js")
    ? route.fulfill({ contentType: "text/javascript", body: workerJs })
    : route.fulfill({ contentType: "text/html", body: "<!doctype html><title>png</title>" }),
);
await page.goto(`${ORIGIN}/`);
const rows: Row[] = [];
const ms = (t: number) => `${Math.round(t).toLocaleString("en-US")} ms`;
const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
try {
  for (const [n, input] of cases) {
    let svg = "";
    const svgTimes = await timeRuns(() => (svg = mapToSvg(input.nodes, input.edges)), { runs: 5, warmup: true });
    const b = svgBounds(input.nodes);
    const w = Math.ceil(b.width);
    const h = Math.ceil(b.height);
    const scale = pngScale(w, h);
    const req = { ...input, width: Math.round(w * scale), height: Math.round(h * scale), scale };
    // What the Export menu does: a fresh worker per export, the map's nodes and edges posted to it.
    const runs: { total: number; paintMs: number; encodeMs: number; stall: number; bytes: number }[] = [];
    for (let i = 0; i < Math.min(3, runsFor(input.nodes.length)); i++) {
      runs.push(
        await page.evaluate(async (req) => {
          let last = performance.now();
          let stall = 0;
          const tick = setInterval(() => {
            const now = performance.now();
            stall = Math.max(stall, now - last);
            last = now;
          }, 10);
          const t0 = performance.now();
          const r = await new Promise<MapPngResponse>((resolve, reject) => {
            const w = new Worker("/map-png-worker.js");
            w.onmessage = (e: MessageEvent<MapPngResponse>) => {
              w.terminate();
              resolve(e.data);
            };
            w.onerror = (e) => reject(new Error(e.message));
            w.postMessage(req);
          });
          const total = performance.now() - t0;
          clearInterval(tick);
          if (!r.ok) throw new Error(r.error);
          return { total, paintMs: r.paintMs, encodeMs: r.encodeMs, stall, bytes: r.png.size };
        }, req),
      );
    }
    // The way the PNG was made before, once, for comparison (it takes seconds past 1,000 arguments).
    const before =
      input.nodes.length <= 1_000
        ? await page.evaluate(
            async ({ svg, width, height }) => {
              const t0 = performance.now();
              const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
              const img = new Image();
              img.src = url;
              await img.decode();
              const t1 = performance.now();
              const c = document.createElement("canvas");
              c.width = width;
              c.height = height;
              const ctx = c.getContext("2d")!;
              ctx.fillStyle = "#fff";
              ctx.fillRect(0, 0, c.width, c.height);
              ctx.drawImage(img, 0, 0, c.width, c.height);
              ctx.getImageData(0, 0, 1, 1); // the draw is lazy: make it happen here, not in toBlob
              const t2 = performance.now();
              const blob = await new Promise<Blob | null>((r) => c.toBlob(r, "image/png"));
              URL.revokeObjectURL(url);
              if (!blob) throw new Error("no PNG");
              const t3 = performance.now();
              return { decode: t1 - t0, draw: t2 - t1, encode: t3 - t2, total: t3 - t0 };
            },
            { svg, width: req.width, height: req.height },
          )
        : null;
    const kb = Math.round(Buffer.byteLength(svg) / 1024);
    const isDemo = n.includes("demo");
    const totals = runs.map((r) => r.total);
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
        what: "PNG image of the whole map (painted in a worker)",
        n,
        clash: figure(totals, "ms"),
        baseline: null,
        target: isDemo ? "< 3 s (was 20–41 s)" : "—",
        met: isDemo ? Math.max(...totals) < 3000 : null,
        note:
          `${req.width.toLocaleString("en-US")} × ${req.height.toLocaleString("en-US")} px at ${scale.toFixed(2)} px/unit, ` +
          `${Math.round(medianOf(runs.map((r) => r.bytes)) / 1024).toLocaleString("en-US")} KB; ` +
          `paint ${ms(medianOf(runs.map((r) => r.paintMs)))}, encode ${ms(medianOf(runs.map((r) => r.encodeMs)))}, ` +
          `longest main-thread stall ${ms(Math.max(...runs.map((r) => r.stall)))}` +
          (before
            ? `; before (SVG decoded as an image, one run): ${ms(before.total)} = decode ${ms(before.decode)}, ` +
              `draw ${ms(before.draw)}, encode ${ms(before.encode)}`
            : ""),
      },
    );
  }
} finally {
  await browser.close();
}
record("image-export", rows);
