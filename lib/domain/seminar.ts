import { nextSpeech } from "./flow-layout";
import { relationFor, sideFor } from "./sides";
import {
  ATTACK_RELATIONS,
  SPEECHES,
  type NodeKind,
  type Relation,
  type Role,
  type Side,
  type Speech,
} from "./vocabulary";

/**
 * Join codes: ten characters without look-alikes (no 0/O, no 1/I), shown as `K7QH2-MXB3C`: 2^50
 * codes, so guessing one at the rate the server allows is hopeless (the arithmetic is in
 * lib/server/seminars/join-limit.ts). Six-character codes (`K7Q-2MX`) from before still read.
 */
export const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
export const CODE_LENGTH = 10;
const CODE_CHARS = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);
const LEGACY_CODE_CHARS = new RegExp(`^[${CODE_ALPHABET}]{6}$`);

/** A fresh code from ten random bytes (32 symbols divide 256, so every symbol is equally likely). */
export function generateCode(randomBytes: (n: number) => Uint8Array): string {
  const chars = [...randomBytes(CODE_LENGTH)].map((b) => CODE_ALPHABET[b & 31]!);
  return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}

/** What a person typed, as a stored code (`k7qh2 mxb3c` → `K7QH2-MXB3C`), or null when it cannot be one. */
export function normalizeCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s\-–—_.]/g, "");
  if (CODE_CHARS.test(s)) return `${s.slice(0, 5)}-${s.slice(5)}`;
  return LEGACY_CODE_CHARS.test(s) ? `${s.slice(0, 3)}-${s.slice(3)}` : null;
}

export const VERDICTS = ["strong", "needs-evidence", "off-topic"] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABEL: Record<Verdict, string> = {
  strong: "Strong",
  "needs-evidence": "Needs evidence",
  "off-topic": "Off-topic",
};

/** How other students are named in an anonymous seminar: stable for the seminar. */
export const studentLabel = (n: number) => `Student ${n}`;

/** The speeches shown once the instructor has revealed up to `index` (-1: none yet). */
export function revealedSpeeches(index: number): Speech[] {
  return SPEECHES.slice(0, Math.max(0, Math.min(index + 1, SPEECHES.length)));
}

export function liveSpeech(index: number): Speech | null {
  return index >= 0 ? (SPEECHES[index] ?? null) : null;
}

/**
 * The reveal's step after every speech: the judge's decision (arguments of role "decision"). A
 * debate with one has it as its last step; `revealed` at this index shows every speech too.
 */
export const DECISION_STEP = SPEECHES.length;

/**
 * Step the reveal to the next or previous speech the debate actually uses (empty CX columns are
 * skipped), then to its decision when it has one. Previous from the first speech hides everything
 * (-1). Null when there is no such step.
 */
export function stepReveal(
  index: number,
  present: readonly Speech[],
  step: "next" | "previous",
  decision = false,
): number | null {
  const used = new Set(present);
  if (step === "next") {
    for (let i = index + 1; i < SPEECHES.length; i++) if (used.has(SPEECHES[i]!)) return i;
    return decision && index < DECISION_STEP ? DECISION_STEP : null;
  }
  if (index < 0) return null;
  for (let i = Math.min(index, SPEECHES.length) - 1; i >= 0; i--) if (used.has(SPEECHES[i]!)) return i;
  return -1;
}

/**
 * Whether the reveal at `revealed` shows a debate's own argument: the judge's decision only at its
 * step, after the last speech (it tells who won); else one of a revealed speech, or one without a
 * speech (the resolution, framing), which shows from the start.
 */
export function revealShows(n: { speech: Speech | null; role: Role | null }, revealed: number): boolean {
  if (n.role === "decision") return revealed >= DECISION_STEP;
  return n.speech === null || SPEECHES.indexOf(n.speech) <= revealed;
}

/**
 * What students see of a debate. An argument shows when it is a contribution of this seminar
 * (always), or when it is no seminar's contribution and the reveal shows it (revealShows). A
 * connection shows when both ends do.
 */
export function studentGraph<
  N extends { id: string; speech: Speech | null; role: Role | null },
  E extends { source: string; target: string },
>(
  g: { nodes: readonly N[]; edges: readonly E[] },
  o: { revealed: number; ours: ReadonlySet<string>; others: ReadonlySet<string> },
): { nodes: N[]; edges: E[] } {
  const nodes = g.nodes.filter((n) => o.ours.has(n.id) || (!o.others.has(n.id) && revealShows(n, o.revealed)));
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: g.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

/** The next constructive or rebuttal speech of `side` after `speech` (where an answer to it belongs). */
export function nextSpeechOf(side: "aff" | "neg", after: Speech): Speech | null {
  return nextSpeech(after, side) ?? null;
}

/**
 * Where a student's argument sits: a rebuttal answers its target (undercuts a card), claims and
 * cards support it. Answers take the other side and that side's next speech; support takes the
 * target's side and speech. Without a target it is a neutral, speechless argument.
 */
export function contributionShape(
  kind: NodeKind,
  target: { kind: NodeKind; side: Side; speech: Speech | null } | null,
  relation?: Relation,
): { side: Side; speech: Speech | null; relation: Relation | null } {
  if (!target) return { side: "neutral", speech: null, relation: null };
  const rel = relation ?? relationFor(kind, target.kind);
  const side = sideFor(rel, target.side);
  if (!ATTACK_RELATIONS.has(rel)) return { side, speech: target.speech, relation: rel };
  const speech = target.speech && side !== "neutral" ? nextSpeechOf(side, target.speech) : null;
  return { side, speech, relation: rel };
}
