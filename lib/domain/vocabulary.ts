// Plain constants and types, no zod: the browser imports this everywhere. The zod enums of these
// lists, for the server's schemas, are in vocabulary-schemas.ts.

/**
 * What an argument node is. "argument" is an inference rather than a statement: an Argdown
 * argument (`<Title>`, with or without a premise-conclusion structure) or an AIF RA node with
 * linked premises, a scheme name or an undercut. Its premises point at it with `premise` edges, its
 * conclusion is its outgoing `supports` edge (or an attack relation against a claim).
 */
export const NODE_KINDS = ["claim", "rebuttal", "evidence", "argument"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const SIDES = ["aff", "neg", "neutral"] as const;
export type Side = (typeof SIDES)[number];

/** The policy-debate speech order, cross-examinations included. */
export const SPEECHES = ["1AC", "CX1", "1NC", "CX2", "2AC", "CX3", "2NC", "CX4", "1NR", "1AR", "2NR", "2AR"] as const;
export type Speech = (typeof SPEECHES)[number];

export const SPEECH_LABELS: Record<Speech, string> = {
  "1AC": "1AC — First Affirmative Constructive",
  CX1: "CX of 1AC",
  "1NC": "1NC — First Negative Constructive",
  CX2: "CX of 1NC",
  "2AC": "2AC — Second Affirmative Constructive",
  CX3: "CX of 2AC",
  "2NC": "2NC — Second Negative Constructive",
  CX4: "CX of 2NC",
  "1NR": "1NR — First Negative Rebuttal",
  "1AR": "1AR — First Affirmative Rebuttal",
  "2NR": "2NR — Second Negative Rebuttal",
  "2AR": "2AR — Second Affirmative Rebuttal",
};

/** Which side gives a speech (cross-examinations: the side asking). */
export const SPEECH_SIDE: Record<Speech, "aff" | "neg"> = {
  "1AC": "aff",
  CX1: "neg",
  "1NC": "neg",
  CX2: "aff",
  "2AC": "aff",
  CX3: "neg",
  "2NC": "neg",
  CX4: "aff",
  "1NR": "neg",
  "1AR": "aff",
  "2NR": "neg",
  "2AR": "aff",
};

export const ROLES = [
  "thesis",
  "harms",
  "inherency",
  "plan",
  "solvency",
  "advantage",
  "disadvantage",
  "uniqueness",
  "link",
  "internal-link",
  "impact",
  "counterplan",
  "kritik",
  "topicality",
  "theory",
  "framework",
  // A definition is, like a framework or a plan text, not an argument to answer; weighing compares
  // impacts (magnitude, probability, timeframe, reversibility) and is what a decision rests on.
  "definition",
  "weighing",
  // The judge's written decision (a reason for decision): it comes after the last speech, so a
  // seminar shows it only when the instructor reveals it, after every speech (lib/domain/seminar).
  // Last in the list: the map's slim evaluation and Word's marks code a role by its place.
  "decision",
] as const;
export type Role = (typeof ROLES)[number];

/**
 * How an answer answers. "turn" claims the opposite; "link-turn" and "impact-turn" say which half
 * (the link runs the other way / the impact is good), which makes a turn of a defensive answer real.
 * "impact-defense" reduces an impact without refuting it: the argument is mitigated, not refuted.
 */
export const RESPONSE_TYPES = [
  "answer",
  "turn",
  "link-turn",
  "impact-turn",
  "no-link",
  "non-unique",
  "impact-defense",
  "permutation",
  "extension",
] as const;
export type ResponseType = (typeof RESPONSE_TYPES)[number];

/**
 * Typed relations; an edge reads "source <relation> target". "premise": the source is one premise of
 * the target argument, linked with the others (the argument holds only if all of them hold); the
 * edge's position is its number in the premise-conclusion structure. "contradicts": the two
 * statements cannot both be true (Argdown `><`); it attacks its target. An undercut is `undercuts`
 * with an argument node as target.
 */
export const RELATIONS = ["supports", "rebuts", "undercuts", "turns", "extends", "premise", "contradicts"] as const;
export type Relation = (typeof RELATIONS)[number];

/** Relations that attack their target (used by evaluation later). */
export const ATTACK_RELATIONS: ReadonlySet<Relation> = new Set(["rebuts", "undercuts", "turns", "contradicts"]);

export const VISIBILITIES = ["private", "public"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Per-debate roles, strongest first. */
export const MEMBER_ROLES = ["owner", "editor", "commenter", "viewer"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Roles that may be granted to others (ownership is not transferable through sharing). */
export const GRANTABLE_ROLES = ["editor", "commenter", "viewer"] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

const RANK: Record<MemberRole, number> = { owner: 3, editor: 2, commenter: 1, viewer: 0 };

/** True when `role` carries at least the rights of `needed`. */
export function roleAtLeast(role: MemberRole | null, needed: MemberRole): boolean {
  return role !== null && RANK[role] >= RANK[needed];
}

/** The map's resolution claim: what New debate creates, and what Settings and the map keep in step with the resolution. */
export const RESOLUTION_CLAIM = { kind: "claim", side: "neutral", role: "thesis" } as const;
