import { groundedLabels, type Attack } from "./grounded";
import type { Ctx } from "./context";

/**
 * Grounded labels with linked premises: an argument stands only if all its premises stand. Each
 * premise edge P → A becomes a stand-in "P fails", attacked by P and attacking A, so A is OUT as
 * soon as one premise is OUT, and at best contested while a premise is contested. The stand-ins
 * keep the core algorithm unchanged (still linear) and are dropped from the result.
 */
export function labelsWithPremises(ctx: Ctx, attacks: readonly Attack[]): Uint8Array {
  const n = ctx.nodes.length;
  const extra: Attack[] = [];
  ctx.edges.forEach((e) => {
    if (e.relation !== "premise") return;
    const fails = n + extra.length / 2;
    extra.push({ from: e.from, to: fails }, { from: fails, to: e.to });
  });
  if (extra.length === 0) return groundedLabels(n, attacks);
  return groundedLabels(n + extra.length / 2, [...attacks, ...extra]).slice(0, n);
}

/** The premises of argument i whose label is `label` (OUT: failed; UNDEC: contested), by node index. */
export function premisesLabelled(ctx: Ctx, labels: Uint8Array, i: number, label: number): number[] {
  const out: number[] = [];
  for (const k of ctx.into[i]!) {
    const e = ctx.edges[k]!;
    if (e.relation === "premise" && labels[e.from] === label && !out.includes(e.from)) out.push(e.from);
  }
  return out;
}
