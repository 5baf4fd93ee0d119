// Baseline: lay out one generated graph with dagre or ELK layered, the engines people reach for,
// with the node sizes Clash's own layout assumes. Plain JS because these packages live in
// bench/node_modules, outside the app's typecheck. Prints `RESULT {"ms": …}`; the caller runs it
// in a process of its own so a run can be killed at its time limit.
// Usage: node bench/baselines/layout-engine.mjs dagre|elk bench/.out/data/1000.flow.json
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const [engine, file] = process.argv.slice(2);
const { nodes, edges } = JSON.parse(readFileSync(file, "utf8"));

async function dagre() {
  const { default: d } = await import("@dagrejs/dagre");
  const t = performance.now();
  const g = new d.graphlib.Graph();
  // Left to right like Clash; longest-path ranking is dagre's fastest ranker (network simplex,
  // the default, is far slower at these sizes). Edges point from the answered to the answer.
  g.setGraph({ rankdir: "LR", ranker: "longest-path", nodesep: 24, ranksep: 90 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: n.w, height: n.h });
  for (const e of edges) g.setEdge(e.target, e.source);
  d.layout(g);
  return performance.now() - t;
}

async function elk() {
  const { default: ELK } = await import("elkjs/lib/elk.bundled.js");
  const t = performance.now();
  const graph = {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.spacing.nodeNode": "24",
      "elk.layered.spacing.nodeNodeBetweenLayers": "90",
    },
    children: nodes.map((n) => ({ id: n.id, width: n.w, height: n.h })),
    edges: edges.map((e) => ({ id: e.id, sources: [e.target], targets: [e.source] })),
  };
  await new ELK().layout(graph);
  return performance.now() - t;
}

const ms = engine === "dagre" ? await dagre() : engine === "elk" ? await elk() : NaN;
if (Number.isNaN(ms)) throw new Error(`unknown engine ${engine}`);
console.log(`RESULT ${JSON.stringify({ ms })}`);
