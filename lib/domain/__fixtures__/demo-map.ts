// The seeded demo debate as the map shows it right after seeding (laid out by layoutGraph), and
// big generated maps, for the placement and opening-view tests.
import * as demo from "@/prisma/seed-data/tajikistan";
import { layoutCompact } from "../compact-layout";
import { layoutGraph } from "../layout";
import type { OpeningNode } from "../opening-view";

export type MapFixture = { nodes: OpeningNode[]; edges: { source: string; target: string }[] };

/** The demo as seeded (compact layout), or as the tidy tree lays it out. */
export function demoMap(layout: "compact" | "tree" = "compact"): MapFixture {
  const edges = demo.edges.map((e) => ({ source: e.from, target: e.to, relation: e.relation }));
  const base = demo.nodes.map((n) => ({
    id: n.key,
    kind: n.kind,
    side: n.side,
    title: n.title,
    evidence: n.evidence ? { quote: n.evidence.quote } : null,
    speech: n.speech ?? null,
    role: n.role ?? null,
    responseType: n.responseType ?? null,
  })) satisfies Omit<OpeningNode, "position">[];
  const pos =
    layout === "compact"
      ? layoutCompact(base, edges)
      : layoutGraph(base as unknown as Parameters<typeof layoutGraph>[0], edges);
  return { nodes: base.map((n) => ({ ...n, position: pos.get(n.id)! })), edges };
}

/** A deterministic random tree of `count` arguments under one resolution, laid out compactly. */
export function generatedMap(count: number, seed = 1): MapFixture {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const nodes: Omit<OpeningNode, "position">[] = [
    { id: "n0", kind: "claim", side: "neutral", title: "Resolved: the map stays readable", evidence: null },
  ];
  const edges: { source: string; target: string; relation: "rebuts" | "supports" }[] = [];
  for (let i = 1; i < count; i++) {
    const parent = nodes[Math.floor(Math.pow(rand(), 1.5) * nodes.length)]!;
    const rebut = rand() < 0.5;
    const side = parent.side === "neutral" ? (rebut ? "neg" : "aff") : rebut ? (parent.side === "aff" ? "neg" : "aff") : parent.side;
    const kind = rand() < 0.25 ? "evidence" : rebut ? "rebuttal" : "claim";
    const title = "Argument ".concat(String(i), " ", "word ".repeat(Math.floor(rand() * 30)));
    nodes.push({ id: `n${i}`, kind, side, title, evidence: kind === "evidence" ? { quote: "q".repeat(Math.floor(rand() * 300)) } : null });
    edges.push({ source: `n${i}`, target: parent.id, relation: rebut ? "rebuts" : "supports" });
  }
  const pos = layoutCompact(nodes, edges);
  return { nodes: nodes.map((n) => ({ ...n, position: pos.get(n.id)! })), edges };
}
