import type { Speech } from "../vocabulary";
import { ATTACK_RELATIONS } from "../vocabulary";
import { answerWindow, LAST_REBUTTAL, SPEECH_COUNT } from "./block";
import { isTermOrRecord } from "./cx";
import { other, type Ctx, type Team } from "./context";
import type { Chains } from "./extensions";

export type Drop = { by: Team; speech: Speech; byBlock: boolean; at: number };

/**
 * Which arguments the other side dropped, per extension chain. Walking the chain's members in
 * speech order, each member's answer window must hold an answer (an attack from the other side on
 * any member, or one with no speech); the first window that passes with none is where it was
 * dropped — once, however often it is extended. Attacks on a dropped argument after that window
 * are too late: `late` lists them, and they are not weighed. Pending windows (the other side has
 * not spoken there yet) drop nothing.
 */
export function findDrops(ctx: Ctx, chains: Chains): { drops: Map<number, Drop>; late: Set<number> } {
  const lastSpoke = { aff: -1, neg: -1 };
  ctx.nodes.forEach((node, i) => {
    const t = ctx.team(i);
    if (t && node.speech && !node.speech.startsWith("CX")) lastSpoke[t] = Math.max(lastSpoke[t], ctx.at[i]!);
  });
  const drops = new Map<number, Drop>();
  const late = new Set<number>();
  for (const [rep, members] of chains.members) {
    const team = ctx.team(rep);
    if (!team) continue;
    const arguing = members.filter((i) => ctx.nodes[i]!.speech && !isTermOrRecord(ctx.nodes[i]!));
    if (arguing.length === 0) continue;
    const answerer = other(team);
    const answers: { edge: number; at: number }[] = [];
    // Answering an argument's card (an indict) answers the argument.
    const targets = [...members];
    for (const m of members) {
      for (const k of ctx.into[m]!) {
        const e = ctx.edges[k]!;
        if (e.relation === "supports" && ctx.nodes[e.from]!.kind === "evidence" && ctx.team(e.from) === team)
          targets.push(e.from);
      }
    }
    for (const m of targets) {
      for (const k of ctx.into[m]!) {
        const e = ctx.edges[k]!;
        if (ATTACK_RELATIONS.has(e.relation) && ctx.team(e.from) === answerer)
          answers.push({ edge: k, at: ctx.at[e.from]! });
      }
    }
    if (answers.some((a) => a.at < 0)) continue; // answered off the flow (no speech): never dropped
    // Which speeches hold an answer (there are only twelve): each window is then checked in O(1).
    const answeredAt = new Uint8Array(SPEECH_COUNT);
    for (const a of answers) answeredAt[a.at] = 1;
    let prevWindow = "";
    for (const m of arguing) {
      const w = answerWindow(ctx.nodes[m]!.speech!, answerer);
      if (!w || lastSpoke[answerer] < w.first) break; // nothing left to answer in, or still pending
      const key = `${ctx.at[m]} ${w.first}`;
      if (key === prevWindow) continue; // members in the same speech share a window
      prevWindow = key;
      let answered = false;
      for (let s = Math.max(ctx.at[m]! + 1, w.first); s <= w.last; s++) if (answeredAt[s]) answered = true;
      if (answered) continue;
      drops.set(rep, { by: answerer, speech: w.speeches[0]!, byBlock: w.byBlock, at: m });
      for (const a of answers) if (a.at > w.last) late.add(a.edge);
      break;
    }
  }
  // A 2NR argument made only to answer too late is not weighed, and the 2AR is protected from new
  // 2NR arguments (nobody speaks after it to point them out): leaving it unanswered concedes
  // nothing. A 1AR's late answer the 2NR leaves alone stays dropped: the 2NR could have said so.
  for (const [rep, drop] of drops) {
    if (drop.speech !== LAST_REBUTTAL.aff) continue;
    const attacks = chains.members
      .get(rep)!
      .flatMap((m) => ctx.out[m]!.filter((k) => ATTACK_RELATIONS.has(ctx.edges[k]!.relation)));
    if (attacks.length > 0 && attacks.every((k) => late.has(k))) drops.delete(rep);
  }
  return { drops, late };
}
