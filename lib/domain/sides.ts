import { ATTACK_RELATIONS, SPEECH_SIDE, type NodeKind, type Relation, type Side, type Speech } from "./vocabulary";

/** The other side of a debate: aff ↔ neg. Neutral (the resolution, framing) has no other side. */
export function opposite(side: "aff" | "neg"): "aff" | "neg";
export function opposite(side: Side): Side;
export function opposite(side: Side): Side {
  return side === "aff" ? "neg" : side === "neg" ? "aff" : "neutral";
}

/**
 * The side of a new argument linked to `target` by `relation`: an attack (rebuts, undercuts, turns)
 * takes the side opposite to its target, support and extension the target's own side. A neutral
 * target has no opposite, so its answers stay neutral, unless the caller says which side a neutral
 * target counts as (the map editor and the Kialo import count it as aff: backing is aff, answers neg).
 */
export function sideFor(relation: Relation, target: Side, neutralAs: Side = "neutral"): Side {
  const t = target === "neutral" ? neutralAs : target;
  return ATTACK_RELATIONS.has(relation) ? opposite(t) : t;
}

/**
 * The side of a card cut for `speech` and linked to `target`: as `sideFor`, except that a neutral
 * target (the resolution) has no side to follow, and the speech it is read in says whose it is (a
 * card for the 1AC is the Aff's). Cross-examinations say nothing of the card's side.
 */
export function sideInSpeech(relation: Relation, target: Side, speech: Speech | null): Side {
  if (target === "neutral" && speech && !speech.startsWith("CX")) return SPEECH_SIDE[speech];
  return sideFor(relation, target);
}

/** What a new argument of `kind` means for its target: a rebuttal answers (undercuts a card), the rest support. */
export function relationFor(kind: NodeKind, targetKind: NodeKind): Relation {
  if (kind !== "rebuttal") return "supports";
  return targetKind === "evidence" ? "undercuts" : "rebuts";
}
