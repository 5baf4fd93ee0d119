// What a new connection most likely means, read from the two arguments' sides: an answer from the
// other side rebuts, an argument of the same side supports. Shown by the relation picker, which
// also warns when a choice contradicts the sides (a rebuttal of one's own side).
import { ATTACK_RELATIONS, type NodeKind, type Relation, type Side } from "./vocabulary";

type End = { side: Side; kind: NodeKind };

const SIDE_NAME: Record<Side, string> = { aff: "affirmative", neg: "negative", neutral: "neutral" };
const A_SIDE: Record<Side, string> = { aff: "an affirmative", neg: "a negative", neutral: "a neutral" };

/** The relation a connection from `source` to `target` most likely means. */
export function suggestRelation(source: End, target: End): Relation {
  const opposed = source.side !== "neutral" && target.side !== "neutral" && source.side !== target.side;
  if (source.kind === "evidence")
    return source.side === target.side || target.side === "neutral" ? "supports" : "rebuts";
  if (!opposed) return "supports";
  // A card is answered by attacking what it proves or how it proves it.
  return target.kind === "evidence" ? "undercuts" : "rebuts";
}

/** Why `relation` from `source` to `target` looks wrong for their sides, or null when it fits. */
export function relationWarning(source: End, target: End, relation: Relation): string | null {
  if (source.side === "neutral" || target.side === "neutral") return null;
  const side = SIDE_NAME[source.side];
  if (ATTACK_RELATIONS.has(relation) && source.side === target.side)
    return `Both arguments are ${side}: a side does not ${relation === "turns" ? "turn" : "attack"} its own argument. Did you mean "supports", or should one change side?`;
  if (relation === "supports" && source.side !== target.side)
    return `"Supports" links ${A_SIDE[source.side]} argument to ${A_SIDE[target.side]} one: backing usually comes from the same side.`;
  return null;
}

/** Every relation's warning for this pair (only the ones that have one). */
export function relationWarnings(source: End, target: End, relations: readonly Relation[]): Map<Relation, string> {
  const out = new Map<Relation, string>();
  for (const r of relations) {
    const w = relationWarning(source, target, r);
    if (w) out.set(r, w);
  }
  return out;
}
