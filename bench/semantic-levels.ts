// `node --import tsx bench/semantic-levels.ts [n]`: how long the overview takes to compute each
// zoom level of a generated n-argument map (lib/domain/semantic-zoom: semanticView), on the
// page's thread when a zoom first crosses into it. Prints the median of five runs per level.
import { generatedMap } from "@/lib/domain/__fixtures__/demo-map";
import { buildTree, semanticView, ZOOM_BUCKETS } from "@/lib/domain/semantic-zoom";

const N = Number(process.argv[2] ?? 20_000);
const m = generatedMap(N, 7);
const nodes = new Map(m.nodes.map((n) => [n.id, n]));
const tree = buildTree(m.nodes, m.edges);
let total = 0;
console.log(`semanticView on a generated ${N.toLocaleString("en-US")}-argument map (median of 5):`);
for (const zoom of ZOOM_BUCKETS.slice(1)) {
  const times: number[] = [];
  let shown = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    shown = semanticView({ nodes, tree, zoom }).shown.size;
    times.push(performance.now() - t);
  }
  const med = times.sort((a, b) => a - b)[2]!;
  total += med;
  console.log(`  zoom ${String(zoom).padEnd(6)} ${med.toFixed(1).padStart(7)} ms  ${shown} cards`);
}
console.log(`  all levels ${total.toFixed(0)} ms`);
