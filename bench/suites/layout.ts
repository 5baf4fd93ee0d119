// layout: Clash's auto-layout (lib/domain/layout.ts, the function the editor and imports call) on
// the generated graphs, against dagre and ELK layered on the same nodes, sizes and edges.
// Each baseline run is a process of its own, killed at BENCH_TIMEOUT_S (45 s by default).
import { layoutGraph } from "@/lib/domain/layout";
import { layoutCompact } from "@/lib/domain/compact-layout";
import { openingViewport } from "@/lib/domain/opening-view";
import { freeSpot } from "@/lib/domain/placement";
import { generateDebate, dataFile } from "../generate";
import { run, resultOf } from "../lib/child";
import { record, type Row } from "../lib/results";
import { figure, runsFor, SIZES, timedOut, timeRuns, type Figure } from "../lib/stats";

const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 45) * 1000;

async function engine(name: "dagre" | "elk", n: number): Promise<Figure> {
  const times: number[] = [];
  // Engines take seconds to minutes here: two runs from 5,000 up, and no retry after a timeout.
  const runs = n >= 5_000 ? 2 : 3;
  for (let i = 0; i < runs; i++) {
    const r = await run(process.execPath, ["bench/baselines/layout-engine.mjs", name, dataFile(n, "flow.json")], {
      timeoutMs: TIMEOUT_MS,
      quiet: true,
    });
    if (r.timedOut) return times.length ? figure(times, "ms") : timedOut(TIMEOUT_MS);
    const res = resultOf<{ ms: number }>(r.out);
    if (!res) throw new Error(`${name} failed at ${n}:\n${r.out}`);
    times.push(res.ms);
  }
  return figure(times, "ms");
}

for (const n of SIZES) {
  const d = generateDebate(n);
  const clash = figure(
    await timeRuns(() => layoutGraph(d.nodes, d.edges), { runs: runsFor(n) + 2, warmup: true }),
    "ms",
  );
  const engines = { dagre: await engine("dagre", n), "ELK layered": await engine("elk", n) };
  // The best engine's time; a timed-out engine counts as its time limit (it would be slower still).
  const best = Math.min(...Object.values(engines).map((f) => f.timedOutAt ?? f.median));
  const target = n === 20_000 ? "≤ 1 s and ≤ 0.05× the best engine" : "—";
  const met = n === 20_000 ? clash.median <= 1000 && clash.median / best <= 0.05 : null;
  const rows: Row[] = Object.entries(engines).map(([name, f]) => ({
    bench: "layout",
    what: "auto-layout of the whole map",
    n: n.toLocaleString("en-US"),
    clash,
    baseline: { name, ...f },
    target,
    met,
  }));
  // Issue 12: the compact layout, the opening view's choice of what to show first, and placing a
  // new argument clear of every other (the work done on each C press), on the same graphs.
  const compact = figure(
    await timeRuns(() => layoutCompact(d.nodes, d.edges), { runs: runsFor(n) + 2, warmup: true }),
    "ms",
  );
  const pos = layoutCompact(d.nodes, d.edges);
  const placed = d.nodes.map((node) => ({ ...node, position: pos.get(node.id)! }));
  const view = { width: 1140, height: 780 };
  const opening = figure(
    await timeRuns(() => openingViewport(placed, d.edges, view), { runs: runsFor(n) + 2, warmup: true }),
    "ms",
  );
  const place = figure(
    await timeRuns(() => freeSpot({ x: 400, y: 0 }, placed), { runs: runsFor(n) + 2, warmup: true }),
    "ms",
  );
  const extra = (what: string, f: Figure): Row => ({
    bench: "layout",
    what,
    n: n.toLocaleString("en-US"),
    clash: f,
    baseline: null,
    target: "—",
    met: null,
  });
  rows.push(
    extra("compact layout of the whole map", compact),
    extra("opening view (resolution and first ring, readable zoom)", opening),
    extra("placing a new argument clear of all others", place),
  );
  record("layout", rows);
}
