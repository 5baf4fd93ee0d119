import { ATTACK_RELATIONS } from "../vocabulary";
import { LAST_REBUTTAL, STAGES } from "./block";
import { isTermOrRecord } from "./cx";
import { other, speechAt, type Ctx, type Team } from "./context";
import type { Chains } from "./extensions";

/**
 * What a judge votes on: "not-extended" — its side's last rebuttal did not carry it (kicked or
 * abandoned: shown, but not weighed); "new" — it first appears in a last rebuttal with nothing
 * earlier it extends or answers, or a last rebuttal revives it after an earlier rebuttal of its
 * side (the block, the 1AR) let it go.
 */
export type Liveness = "not-extended" | "new";
export type LiveInfo = { live: Liveness; why: string };

/**
 * The chains that some node of `team` in `speeches` carries: the node is in the chain, points at
 * it (extends, supports or answers it), or answers what attacks it. One pass over those speeches.
 */
function carriedIn(ctx: Ctx, chains: Chains, team: Team, speeches: readonly string[]): Set<number> {
  const carried = new Set<number>();
  for (let i = 0; i < ctx.nodes.length; i++) {
    const node = ctx.nodes[i]!;
    if (ctx.team(i) !== team || !node.speech || !speeches.includes(node.speech)) continue;
    carried.add(chains.rep[i]!);
    for (const k of ctx.out[i]!) {
      const e = ctx.edges[k]!;
      carried.add(chains.rep[e.to]!);
      if (!ATTACK_RELATIONS.has(e.relation) || ctx.team(e.to) !== other(team)) continue;
      // e.to is an answer of the other side: whatever of ours its argument attacks is defended here.
      for (const x of chains.members.get(chains.rep[e.to]!)!) {
        for (const k2 of ctx.out[x]!) {
          const e2 = ctx.edges[k2]!;
          if (ATTACK_RELATIONS.has(e2.relation) && ctx.team(e2.to) === team) carried.add(chains.rep[e2.to]!);
        }
      }
    }
  }
  return carried;
}

/** A node of the other side supports the chain: it was conceded into relevance. */
function concededByOther(ctx: Ctx, members: number[], team: Team): boolean {
  return members.some((m) =>
    ctx.into[m]!.some((k) => ctx.edges[k]!.relation === "supports" && ctx.team(ctx.edges[k]!.from) === other(team)),
  );
}

/** Does a node in a last rebuttal reach back to anything earlier (extend, support or answer it)? */
function reachesBack(ctx: Ctx, i: number): boolean {
  return ctx.out[i]!.some((k) => {
    const t = ctx.edges[k]!.to;
    return ctx.at[t]! >= 0 && ctx.at[t]! < ctx.at[i]!;
  });
}

/** Liveness per chain (by its representative); chains not listed are live or not yet judged. */
export function liveness(ctx: Ctx, chains: Chains): Map<number, LiveInfo> {
  const spokeIn = new Set<string>();
  ctx.nodes.forEach((n, i) => {
    if (n.speech && ctx.team(i)) spokeIn.add(`${ctx.team(i)} ${n.speech}`);
  });
  const spoke = (team: Team, speeches: readonly string[]) => speeches.some((s) => spokeIn.has(`${team} ${s}`));
  const cache = new Map<string, Set<number>>();
  const carried = (members: number[], team: Team, speeches: readonly string[]) => {
    const key = `${team} ${speeches.join(",")}`;
    let set = cache.get(key);
    if (!set) cache.set(key, (set = carriedIn(ctx, chains, team, speeches)));
    return set.has(chains.rep[members[0]!]!);
  };
  const out = new Map<number, LiveInfo>();
  for (const [rep, members] of chains.members) {
    const team = ctx.team(rep);
    const root = ctx.nodes[rep]!;
    if (!team || !root.speech || isTermOrRecord(root)) continue;
    const last = LAST_REBUTTAL[team];
    if (!spoke(team, [last])) continue; // the round is not over for this side: nothing to judge yet
    if (root.speech === last) {
      if (!reachesBack(ctx, rep) && members.length === 1) {
        out.set(rep, {
          live: "new",
          why: `New in the ${last}: it neither extends nor answers anything said before, so it is not weighed against the ${other(team) === "aff" ? "Aff" : "Neg"}.`,
        });
      }
      continue;
    }
    const stages = STAGES[team].filter((s) => speechAt(s[0]!) > ctx.at[rep]!);
    const finalCarried = carried(members, team, [last]);
    if (!finalCarried) {
      if (concededByOther(ctx, members, team)) continue;
      out.set(rep, {
        live: "not-extended",
        why: `Not extended: the ${last} does not carry it, so it is not a reason to vote ${team === "aff" ? "Aff" : "Neg"}.`,
      });
      continue;
    }
    const gap = stages.slice(0, -1).find((s) => spoke(team, s) && !carried(members, team, s));
    if (gap) {
      const where = gap.length > 1 ? "the block" : `the ${gap[0]}`;
      out.set(rep, {
        live: "new",
        why: `New in the ${last}: ${where} let it go, so carrying it again in the ${last} is a new argument and is not weighed.`,
      });
    }
  }
  return out;
}
