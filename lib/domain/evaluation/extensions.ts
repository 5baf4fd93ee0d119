import type { Ctx } from "./context";

/** Extension chains: each node's argument (the chain's first node) and each argument's members by speech. */
export type Chains = { rep: Int32Array; members: Map<number, number[]> };

/**
 * An `extends` edge carries an argument forward: the extension and what it extends are one
 * argument (on the ballot, in drop counts, and in who attacks whom). Only same-side extensions
 * merge; the earliest member (by speech, then order) represents the chain.
 */
export function extensionChains(ctx: Ctx): Chains {
  const n = ctx.nodes.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const e of ctx.edges) {
    if (e.relation !== "extends" || e.from === e.to) continue;
    if (ctx.team(e.from) === null || ctx.team(e.from) !== ctx.team(e.to)) continue;
    // Weighing is attached to the impact it weighs, not merged into it: answering it is not answering the impact.
    if (ctx.nodes[e.from]!.role === "weighing" || ctx.nodes[e.to]!.role === "weighing") continue;
    const a = find(e.from);
    const b = find(e.to);
    if (a !== b) parent[a] = b;
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  const rep = new Int32Array(n);
  const members = new Map<number, number[]>();
  for (const g of groups.values()) {
    g.sort((a, b) => ctx.at[a]! - ctx.at[b]! || a - b);
    const first = g[0]!;
    members.set(first, g);
    for (const i of g) rep[i] = first;
  }
  return { rep, members };
}
