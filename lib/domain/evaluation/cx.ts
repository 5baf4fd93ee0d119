import type { Role } from "../vocabulary";
import { TEAM_NAME, isCxSpeech, type EvalNode } from "./context";

/** Roles that state the terms of the round rather than argue: never "dropped", never need extending. */
const TERMS: ReadonlySet<Role> = new Set<Role>(["thesis", "plan", "framework", "definition"]);

/** A cross-examination answer: a concession binding on the side that gave it, not an argument to answer. */
export const isCrossEx = (node: EvalNode) => isCxSpeech(node.speech);

/**
 * Nodes that are not arguments the other side must answer: cards (their claim is), the
 * resolution and other neutral nodes, plan texts, frameworks and definitions, and CX answers.
 */
export function isTermOrRecord(node: EvalNode): boolean {
  if (node.kind === "evidence" || node.side === "neutral" || isCrossEx(node)) return true;
  return !!node.role && TERMS.has(node.role) && node.kind === "claim";
}

/** The why's note for a CX answer. */
export function crossExNote(node: EvalNode): string | null {
  if (!isCrossEx(node) || (node.side !== "aff" && node.side !== "neg")) return null;
  return ` Cross-examination answer (${node.speech}): a concession binding on the ${TEAM_NAME[node.side]}, not an argument the other side had to answer, so never dropped.`;
}
