import { IN, type Label } from "./grounded";
import type { Ctx } from "./context";
import type { Chains } from "./extensions";
import { quoted } from "./text";

/**
 * Cards count: an argument whose cards (evidence supporting any member of its chain) are all
 * refuted or indicted, and that has no standing analytic warrant (a non-card argument of its side
 * supporting it), is unsupported. A conceded (dropped) argument keeps the concession instead.
 * Returns the why per unsupported chain.
 */
export function unsupported(
  ctx: Ctx,
  chains: Chains,
  label: (i: number) => Label,
  conceded: ReadonlySet<number>,
): Map<number, string> {
  const out = new Map<number, string>();
  for (const [rep, members] of chains.members) {
    if (conceded.has(rep) || ctx.nodes[rep]!.kind === "evidence") continue;
    const cards: number[] = [];
    let warrant = false;
    for (const m of members) {
      for (const k of ctx.into[m]!) {
        const e = ctx.edges[k]!;
        if (e.relation !== "supports" || ctx.team(e.from) !== ctx.team(rep)) continue;
        if (ctx.nodes[e.from]!.kind === "evidence") cards.push(e.from);
        else if (label(e.from) === IN) warrant = true;
      }
    }
    if (cards.length === 0 || warrant || cards.some((c) => label(c) === IN || label(c) === 0)) continue;
    const names = cards.map((c) => quoted(ctx.nodes[c]!.title));
    out.set(
      rep,
      `Unsupported: ${cards.length === 1 ? `its card ${names[0]} is` : `all its cards (${names.join(", ")}) are`} refuted or indicted, and no analytic warrant stands in for ${cards.length === 1 ? "it" : "them"}.`,
    );
  }
  return out;
}
