import { ATTACK_RELATIONS, type ResponseType, type Role } from "../vocabulary";
import type { Ctx, EvalNode } from "./context";
import { quoted } from "./text";

const TURN_TYPES: ReadonlySet<ResponseType> = new Set<ResponseType>(["turn", "link-turn", "impact-turn"]);
/** Response types that only deny: an edge labelled "turns" from one of these is still defence. */
const DEFENSIVE_TYPES: ReadonlySet<ResponseType> = new Set<ResponseType>([
  "answer",
  "no-link",
  "non-unique",
  "impact-defense",
  "extension",
  "permutation",
]);
/** Roles that are offence, a reason to vote for their side (a real turn is offence too). */
export const OFFENCE_ROLES: ReadonlySet<Role> = new Set<Role>([
  "harms",
  "advantage",
  "disadvantage",
  "counterplan",
  "kritik",
  "topicality",
  "theory",
  "impact",
  "link",
  "internal-link",
]);
/** What a turn can capture: offence, or a link in a chain to it. */
const TURNABLE_ROLES: ReadonlySet<Role> = new Set<Role>([...OFFENCE_ROLES, "solvency", "uniqueness"]);

export type TurnKind = { kind: "real" | "fake"; why: string };

/** Is a node offence a turn can capture: a case or off-case position, or itself a turn? */
function isOffence(n: EvalNode): boolean {
  if (n.role) return TURNABLE_ROLES.has(n.role);
  if (n.responseType && TURN_TYPES.has(n.responseType)) return true;
  return n.kind === "claim";
}

/**
 * Classify a node that is labelled a turn (response type turn/link-turn/impact-turn, or a
 * `turns` edge). A real turn argues the opposite link or impact of offence and is offence for its
 * side. A "turn" that only denies (its response type is no-link, non-unique, answer …) or that
 * turns a defensive answer (there is no offence there to take) is defence: it answers, nothing more.
 */
export function classifyTurn(ctx: Ctx, i: number): TurnKind | null {
  const node = ctx.nodes[i]!;
  const turnEdges = ctx.out[i]!.map((k) => ctx.edges[k]!).filter((e) => e.relation === "turns");
  const labelled = !!node.responseType && TURN_TYPES.has(node.responseType);
  if (!labelled && turnEdges.length === 0) return null;
  if (node.responseType && DEFENSIVE_TYPES.has(node.responseType)) {
    return {
      kind: "fake",
      why: `Not a real turn: it is wired as a turn but argues "${node.responseType}", which denies rather than claims the opposite — defence, not offence.`,
    };
  }
  if (node.responseType === "link-turn" || node.responseType === "impact-turn") {
    return {
      kind: "real",
      why: `A real ${node.responseType === "link-turn" ? "link" : "impact"} turn: it argues the ${node.responseType === "link-turn" ? "link runs the other way" : "impact is good"}, so it is offence for its side.`,
    };
  }
  const targets = (
    turnEdges.length > 0
      ? turnEdges
      : ctx.out[i]!.map((k) => ctx.edges[k]!).filter((e) => ATTACK_RELATIONS.has(e.relation))
  ).map((e) => ctx.nodes[e.to]!);
  const defensive = targets.filter((t) => !isOffence(t));
  if (targets.length > 0 && defensive.length === targets.length) {
    return {
      kind: "fake",
      why: `Not a real turn: it turns ${quoted(defensive[0]!.title)}, a defensive answer with no offence to capture — it only answers it (mark it a link turn if it argues the link runs the other way).`,
    };
  }
  return { kind: "real", why: "A real turn: it argues the opposite of offence, so it is offence for its side." };
}
