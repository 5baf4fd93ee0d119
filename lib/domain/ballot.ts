import { evaluate, type EvalEdge, type NodeEvaluation } from "./evaluation";
import type { DebateDto } from "./schemas";
import { decide, type Arg } from "./evaluation/decision";
import type { NodeDto } from "./schemas";
import { opposite } from "./sides";
import { SPEECHES, type Role, type Speech } from "./vocabulary";

/** One argument on the ballot, with the reason for where it sits. */
export type Item = { id: string; title: string; why: string };
export type SideSummary = {
  /** live offence: what the decision weighs for this side */
  offence: Item[];
  standing: Item[];
  mitigated: Item[];
  unsupported: Item[];
  refuted: Item[];
  contested: Item[];
  /** not carried into the side's last rebuttal, or new there: not weighed */
  notExtended: Item[];
  /** labelled a turn, but only defence */
  fakeTurns: Item[];
  weighing: Item[];
  /** arguments of this side the other side dropped, one per extension chain */
  droppedByOpponent: Item[];
};
/** The explained decision: who wins (or null: no decision) and the reason for decision. */
export type Ballot = { aff: SideSummary; neg: SideSummary; winner: "aff" | "neg" | null; decision: string };

/** Roles that make a rebuttal a case or off-case position of its own, not just an answer. */
export const POSITION_ROLES: ReadonlySet<Role> = new Set<Role>([
  "harms",
  "inherency",
  "plan",
  "solvency",
  "advantage",
  "disadvantage",
  "counterplan",
  "kritik",
  "topicality",
  "theory",
  "framework",
  "weighing",
]);

/** The fields the ballot reads; a full NodeDto / EdgeDto fits. */
export type BallotGraph = {
  nodes: readonly (Pick<NodeDto, "id" | "kind" | "side" | "role" | "title"> & Partial<Pick<NodeDto, "responseType">>)[];
  edges: readonly EvalEdge[];
};
type Team = "aff" | "neg";

const TEAM_NAME: Record<Team, string> = { aff: "Aff", neg: "Neg" };

const summary = (): SideSummary => ({
  offence: [],
  standing: [],
  mitigated: [],
  unsupported: [],
  refuted: [],
  contested: [],
  notExtended: [],
  fakeTurns: [],
  weighing: [],
  droppedByOpponent: [],
});

/**
 * The speech a round stands at when it has not reached its last rebuttal (the 2AR): the latest
 * speech its arguments are in. Null when it has (the decision is the judge's), or when its
 * arguments have no speeches at all (a map, not a round).
 */
export function roundStandsAt(nodes: readonly { speech: Speech | null }[]): Speech | null {
  let last = -1;
  for (const n of nodes) if (n.speech) last = Math.max(last, SPEECHES.indexOf(n.speech));
  return last < 0 || SPEECHES[last] === "2AR" ? null : SPEECHES[last]!;
}

/**
 * The ballot: per side its top-level arguments (claims, position rebuttals, turns; an extension
 * chain counts once, under its first node) by status, what was not extended, fake turns, weighing,
 * what the other side dropped (once per argument), and the explained decision.
 */
export function ballot(graph: BallotGraph, evaluation: ReadonlyMap<string, NodeEvaluation>): Ballot {
  const sides: Record<Team, SideSummary> = { aff: summary(), neg: summary() };
  const args: Arg[] = [];
  const drops: Record<Team, Arg[]> = { aff: [], neg: [] };
  const seen = new Set<string>();
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const node of graph.nodes) {
    const ev = evaluation.get(node.id);
    if (!ev || seen.has(node.id) || node.side === "neutral") continue;
    seen.add(node.id);
    const s = sides[node.side];
    // An extension speaks for its argument: list the argument under its first node.
    const head = ev.argument ? (byId.get(ev.argument) ?? node) : node;
    const item: Item = { id: head.id, title: head.title, why: ev.why };
    if (ev.dropped) {
      s.droppedByOpponent.push(item);
      drops[node.side].push({ id: head.id, title: head.title, side: node.side, kind: head.kind, role: head.role, ev });
    }
    if (ev.argument || node.kind === "evidence") continue;
    const arg: Arg = {
      id: node.id,
      title: node.title,
      side: node.side,
      kind: node.kind,
      role: node.role,
      responseType: node.responseType ?? null,
      ev,
    };
    args.push(arg);
    if (ev.turn === "fake") s.fakeTurns.push(item);
    if (node.role === "weighing") s.weighing.push(item);
    const topLevel =
      node.kind === "claim" || (node.role !== null && POSITION_ROLES.has(node.role)) || ev.turn === "real";
    if (!topLevel) continue;
    if (ev.live) s.notExtended.push(item);
    s[ev.status].push(item);
  }
  const d = decide(args, drops);
  for (const team of ["aff", "neg"] as const) {
    sides[team].offence = d.offence[team].map((a) => ({ id: a.id, title: a.title, why: a.ev.why }));
  }
  return { ...sides, winner: d.winner, decision: d.text };
}

/** Escape text so Markdown shows it as written (titles may contain *, _, [ and the like). */
function md(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]<>~&]/g, "\\$&");
}

/** The ballot as Markdown: the reason for decision, then per side its offence, statuses and drops with why. */
export function ballotMarkdown(b: Ballot, title: string): string {
  const lines: string[] = [
    `# Ballot: ${md(title) || "Untitled debate"}`,
    "",
    "## Reason for decision",
    "",
    md(b.decision),
  ];
  const section = (heading: string, items: readonly Item[]) => {
    lines.push("", `### ${heading} (${items.length})`, "");
    if (items.length === 0) lines.push("- none");
    for (const i of items) lines.push(`- **${md(i.title) || "(untitled)"}** — ${md(i.why)}`);
  };
  for (const [team, heading] of [
    ["aff", "Affirmative"],
    ["neg", "Negative"],
  ] as const) {
    const s = b[team];
    const other = TEAM_NAME[opposite(team)];
    lines.push("", `## ${heading}`);
    section("Live offence", s.offence);
    section("Standing", s.standing);
    section("Mitigated", s.mitigated);
    section("Unsupported", s.unsupported);
    section("Refuted", s.refuted);
    section("Contested", s.contested);
    section("Not extended or new in the last rebuttal", s.notExtended);
    section(`Dropped by the ${other}`, s.droppedByOpponent);
  }
  return `${lines.join("\n")}\n`;
}

/** A whole debate judged: every argument's evaluation in node order, and the ballot. */
export function judgeDebate(debate: DebateDto): { nodes: NodeEvaluation[]; ballot: Ballot } {
  const evaluation = evaluate(debate);
  return { nodes: debate.nodes.map((n) => evaluation.get(n.id)!), ballot: ballot(debate, evaluation) };
}
