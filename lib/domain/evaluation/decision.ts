import { opposite } from "../sides";
import type { Role } from "../vocabulary";
import type { NodeEvaluation } from "./evaluate";
import { OFFENCE_ROLES as OFFENCE } from "./turns";
import { dimensionsOf } from "./weighing";
import { listOf, plural, quoted } from "./text";

type Team = "aff" | "neg";
const NAME: Record<Team, string> = { aff: "Aff", neg: "Neg" };
const LAST: Record<Team, string> = { aff: "2AR", neg: "2NR" };

/** Roles that are the terms of the round, never offence. */
const TERMS: ReadonlySet<Role> = new Set<Role>([
  "thesis",
  "plan",
  "framework",
  "definition",
  "weighing",
  "decision",
  "solvency",
  "inherency",
  "uniqueness",
]);

/** One argument as the decision sees it: its first node, with the evaluation shared by its chain. */
export type Arg = {
  id: string;
  title: string;
  side: Team;
  kind: string;
  role: Role | null;
  responseType?: string | null;
  ev: NodeEvaluation;
};

export type Decision = {
  winner: Team | null;
  text: string;
  offence: Record<Team, Arg[]>;
  weighing: Record<Team, Arg[]>;
};

const alive = (a: Arg) => !a.ev.live && (a.ev.status === "standing" || a.ev.status === "mitigated");
/** Answers that only deny or reduce are defence whatever role they carry. */
const DEFENCE: ReadonlySet<string> = new Set(["no-link", "non-unique", "impact-defense", "extension"]);
export const isOffence = (a: Arg) =>
  a.ev.turn === "real" ||
  (!!a.responseType && DEFENCE.has(a.responseType)
    ? false
    : a.role
      ? OFFENCE.has(a.role)
      : a.kind === "claim" && a.ev.turn !== "fake");

/** Why an offensive argument is not live: its status or liveness, in a few words. */
function fate(a: Arg): string {
  if (a.ev.live === "not-extended") return `${quoted(a.title)} was not extended into the ${LAST[a.side]}`;
  if (a.ev.live === "new") return `${quoted(a.title)} is new in the ${LAST[a.side]}`;
  return `${quoted(a.title)} is ${a.ev.status}`;
}

function named(args: Arg[]): string {
  return listOf(
    args.map(
      (a) =>
        `${quoted(a.title)}${a.ev.status === "mitigated" ? " (mitigated)" : ""}${a.ev.turn === "real" ? " (a turn)" : ""}`,
    ),
  );
}

/** The Aff's prerequisites: without solvency, or without inherency, its offence is no reason to vote Aff. */
function affVoid(args: Arg[]): string | null {
  for (const [role, what] of [
    ["solvency", "it cannot solve"],
    ["inherency", "the status quo already solves"],
  ] as const) {
    const mine = args.filter((a) => a.side === "aff" && a.role === role);
    // The Neg has to win the takeout: a prerequisite the 2AR did not re-extend still stands.
    if (mine.length > 0 && !mine.some((a) => a.ev.status === "standing" || a.ev.status === "mitigated"))
      return `the Aff's offence does not count because ${what}: ${listOf(mine.map(fate))}`;
  }
  return null;
}

/**
 * The reason for decision: each side's live offence (after drops, turns, extension, support and
 * mitigation), and then — only if both have some — the weighing. It votes only when the flow
 * says why; otherwise it says "No decision" and what is missing.
 */
export function decide(args: Arg[], drops: Record<Team, Arg[]>): Decision {
  const offence: Record<Team, Arg[]> = { aff: [], neg: [] };
  const dead: Record<Team, Arg[]> = { aff: [], neg: [] };
  const weighing: Record<Team, Arg[]> = { aff: [], neg: [] };
  for (const a of args) {
    if (a.role === "weighing") {
      if (alive(a)) weighing[a.side].push(a);
      continue;
    }
    if (a.role && TERMS.has(a.role)) continue;
    if (!isOffence(a)) continue;
    (alive(a) ? offence : dead)[a.side].push(a);
  }
  const voided = affVoid(args);
  const lines: string[] = [];
  const sideLine = (t: Team) => {
    if (offence[t].length > 0) return `The ${NAME[t]}'s live offence: ${named(offence[t])}.`;
    return `The ${NAME[t]} has no live offence${dead[t].length > 0 ? `: ${listOf(dead[t].map(fate), "; ", "; and ")}` : ""}.`;
  };
  if (voided && offence.aff.length > 0) {
    lines.push(`${sideLine("aff")} But ${voided}.`);
    offence.aff = [];
  } else lines.push(sideLine("aff"));
  lines.push(sideLine("neg"));
  const fake = args.filter((a) => a.ev.turn === "fake");
  if (fake.length > 0)
    lines.push(
      `${listOf(fake.map((a) => quoted(a.title)))} ${fake.length === 1 ? "is" : "are"} labelled a turn but only defence, so not offence.`,
    );
  const dropLine = (["neg", "aff"] as const)
    .map((t) => `the ${NAME[t]} dropped ${plural(drops[opposite(t)].length, "argument")}`)
    .join(" and ");
  lines.push(`Drops: ${dropLine}.`);

  const [a, n] = [offence.aff.length > 0, offence.neg.length > 0];
  let winner: Team | null = null;
  let head: string;
  if (a !== n) {
    winner = a ? "aff" : "neg";
    head = `Vote ${NAME[winner]}: the ${NAME[winner]} has live offence and the ${NAME[opposite(winner)]} has none left, so no weighing is needed.`;
  } else if (!a) {
    head =
      "No decision: neither side has live offence at the end of the round, so the flow gives no reason to vote either way (a judge would fall back on presumption, which the flow does not settle).";
  } else {
    const [wa, wn] = [weighing.aff.length > 0, weighing.neg.length > 0];
    const w = (t: Team) =>
      listOf(
        weighing[t].map(
          (x) => `${quoted(x.title)}${dimensionsOf(x.title).length ? ` (${dimensionsOf(x.title).join(", ")})` : ""}`,
        ),
      );
    if (wa !== wn) {
      winner = wa ? "aff" : "neg";
      head = `Vote ${NAME[winner]}: both sides have live offence, and only the ${NAME[winner]} weighs — ${w(winner)} stands unanswered by any comparison from the ${NAME[opposite(winner)]}.`;
    } else if (!wa) {
      head =
        "No decision: both sides have live offence and neither weighs it (magnitude, probability, timeframe, reversibility); the flow cannot say whose impact is bigger.";
    } else {
      head = `No decision: both sides have live offence and both weigh it — Aff ${w("aff")}; Neg ${w("neg")} — and neither answers the other's weighing, so the judge must compare them.`;
    }
  }
  return { winner, text: [head, ...lines].join(" "), offence, weighing };
}
