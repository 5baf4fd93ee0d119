import { z } from "zod";

/** What an argument node is. */
export const NODE_KINDS = ["claim", "rebuttal", "evidence"] as const;
export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;

export const SIDES = ["aff", "neg", "neutral"] as const;
export const Side = z.enum(SIDES);
export type Side = z.infer<typeof Side>;

/** The policy-debate speech order, cross-examinations included. */
export const SPEECHES = ["1AC", "CX1", "1NC", "CX2", "2AC", "CX3", "2NC", "CX4", "1NR", "1AR", "2NR", "2AR"] as const;
export const Speech = z.enum(SPEECHES);
export type Speech = z.infer<typeof Speech>;

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
  "1AC": "aff", CX1: "neg", "1NC": "neg", CX2: "aff", "2AC": "aff", CX3: "neg",
  "2NC": "neg", CX4: "aff", "1NR": "neg", "1AR": "aff", "2NR": "neg", "2AR": "aff",
};

export const ROLES = [
  "thesis", "harms", "inherency", "plan", "solvency", "advantage", "disadvantage", "uniqueness",
  "link", "internal-link", "impact", "counterplan", "kritik", "topicality", "theory", "framework",
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const RESPONSE_TYPES = [
  "answer", "turn", "no-link", "non-unique", "impact-defense", "permutation", "extension",
] as const;
export const ResponseType = z.enum(RESPONSE_TYPES);
export type ResponseType = z.infer<typeof ResponseType>;

/** Typed relations; an edge reads "source <relation> target". */
export const RELATIONS = ["supports", "rebuts", "undercuts", "turns", "extends"] as const;
export const Relation = z.enum(RELATIONS);
export type Relation = z.infer<typeof Relation>;

/** Relations that attack their target (used by evaluation later). */
export const ATTACK_RELATIONS: ReadonlySet<Relation> = new Set(["rebuts", "undercuts", "turns"]);

export const VISIBILITIES = ["private", "public"] as const;
export const Visibility = z.enum(VISIBILITIES);
export type Visibility = z.infer<typeof Visibility>;

/** Per-debate roles, strongest first. */
export const MEMBER_ROLES = ["owner", "editor", "commenter", "viewer"] as const;
export const MemberRole = z.enum(MEMBER_ROLES);
export type MemberRole = z.infer<typeof MemberRole>;

/** Roles that may be granted to others (ownership is not transferable through sharing). */
export const GrantableRole = z.enum(["editor", "commenter", "viewer"]);
export type GrantableRole = z.infer<typeof GrantableRole>;

const RANK: Record<MemberRole, number> = { owner: 3, editor: 2, commenter: 1, viewer: 0 };

/** True when `role` carries at least the rights of `needed`. */
export function roleAtLeast(role: MemberRole | null, needed: MemberRole): boolean {
  return role !== null && RANK[role] >= RANK[needed];
}
