import type { EvalEdge, NodeEvaluation } from "./evaluation";
import type { NodeDto } from "./schemas";
import type { Role } from "./vocabulary";

/** One argument on the ballot, with the reason for where it sits. */
export type Item = { id: string; title: string; why: string };
export type SideSummary = { standing: Item[]; refuted: Item[]; contested: Item[]; droppedByOpponent: Item[] };
export type Ballot = { aff: SideSummary; neg: SideSummary; decision: string };

/** Roles that make a rebuttal a case or off-case position of its own, not just an answer. */
export const POSITION_ROLES: ReadonlySet<Role> = new Set<Role>([
  "harms", "inherency", "plan", "solvency", "advantage", "disadvantage", "counterplan", "kritik", "topicality", "theory", "framework",
]);

/** The fields the ballot reads; a full NodeDto / EdgeDto fits. */
export type BallotGraph = { nodes: readonly Pick<NodeDto, "id" | "kind" | "side" | "role" | "title">[]; edges: readonly EvalEdge[] };
type Team = "aff" | "neg";

const TEAM_NAME: Record<Team, string> = { aff: "Aff", neg: "Neg" };
const NAMED = 3;

function quoted(title: string): string {
  const t = title.replace(/\s+/g, " ").trim();
  return `'${t === "" ? "(untitled)" : t}'`;
}

/** "'a'", "'a' and 'b'", "'a', 'b', 'c' and 2 others" */
function names(items: readonly Item[]): string {
  const q = items.slice(0, NAMED).map((i) => quoted(i.title));
  const rest = items.length - q.length;
  if (rest > 0) return `${q.join(", ")} and ${rest} ${rest === 1 ? "other" : "others"}`;
  return q.length <= 1 ? q.join("") : `${q.slice(0, -1).join(", ")} and ${q[q.length - 1]}`;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * What each side still has, ballot-style. A side's top-level arguments are its claims and the
 * rebuttals that carry a case or off-case role (harms … framework); a standing turn also counts
 * as a standing argument of the side that made it. `droppedByOpponent` lists every argument of
 * the side (top-level or not) that the other side dropped. The decision is a summary, not a verdict.
 */
export function ballot(graph: BallotGraph, evaluation: ReadonlyMap<string, NodeEvaluation>): Ballot {
  const turners = new Set(graph.edges.filter((e) => e.relation === "turns").map((e) => e.source));
  const summary = (): SideSummary => ({ standing: [], refuted: [], contested: [], droppedByOpponent: [] });
  const sides: Record<Team, SideSummary> = { aff: summary(), neg: summary() };
  const turnsStanding: Record<Team, Item[]> = { aff: [], neg: [] };
  const theses: { item: Item; status: NodeEvaluation["status"] }[] = [];
  const seen = new Set<string>();

  for (const node of graph.nodes) {
    const ev = evaluation.get(node.id);
    if (!ev || seen.has(node.id)) continue;
    seen.add(node.id);
    const item: Item = { id: node.id, title: node.title, why: ev.why };
    if (node.side === "neutral") {
      if (node.kind === "claim" && node.role === "thesis") theses.push({ item, status: ev.status });
      continue;
    }
    const s = sides[node.side];
    if (ev.dropped) s.droppedByOpponent.push(item);
    const topLevel = node.kind === "claim" || (node.kind === "rebuttal" && node.role !== null && POSITION_ROLES.has(node.role));
    const standingTurn = ev.status === "standing" && turners.has(node.id);
    if (standingTurn) turnsStanding[node.side].push(item);
    if (topLevel || standingTurn) s[ev.status].push(item);
  }

  return { ...sides, decision: decision(sides, turnsStanding, theses) };
}

function decision(
  sides: Record<Team, SideSummary>,
  turns: Record<Team, Item[]>,
  theses: { item: Item; status: NodeEvaluation["status"] }[],
): string {
  const out: string[] = [];
  for (const team of ["aff", "neg"] as const) {
    const s = sides[team];
    const total = s.standing.length + s.refuted.length + s.contested.length;
    if (total === 0) {
      out.push(`The ${TEAM_NAME[team]} has no top-level arguments on the map.`);
      continue;
    }
    const standing = s.standing.length > 0 ? ` (${names(s.standing)})` : "";
    out.push(
      `The ${TEAM_NAME[team]} has ${count(s.standing.length, "standing argument")}${standing} out of ${total}; ` +
        `${s.refuted.length} refuted and ${s.contested.length} contested.`,
    );
  }
  // What the Aff made and the Neg dropped first, then the other way round.
  for (const team of ["aff", "neg"] as const) {
    const dropper: Team = team === "aff" ? "neg" : "aff";
    const dropped = sides[team].droppedByOpponent;
    if (dropped.length > 0) out.push(`The ${TEAM_NAME[dropper]} dropped ${count(dropped.length, "argument")}: ${names(dropped)}.`);
  }
  if (sides.aff.droppedByOpponent.length === 0 && sides.neg.droppedByOpponent.length === 0) out.push("Neither side dropped an argument.");
  for (const team of ["aff", "neg"] as const) {
    if (turns[team].length > 0) out.push(`Standing ${turns[team].length === 1 ? "turn" : "turns"} for the ${TEAM_NAME[team]}: ${names(turns[team])}.`);
  }
  for (const t of theses) out.push(`The resolution, ${quoted(t.item.title)}, is ${t.status}.`);
  out.push("This summarizes the map; weighing what stands is the judge's call.");
  return out.join(" ");
}

/** Escape text so Markdown shows it as written (titles may contain *, _, [ and the like). */
function md(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/[\\`*_[\]<>~&]/g, "\\$&");
}

/** The ballot as Markdown: the decision, then per side its standing, refuted, contested and dropped arguments with why. */
export function ballotMarkdown(b: Ballot, title: string): string {
  const lines: string[] = [`# Ballot: ${md(title) || "Untitled debate"}`, "", md(b.decision)];
  const section = (heading: string, items: readonly Item[]) => {
    lines.push("", `### ${heading} (${items.length})`, "");
    if (items.length === 0) lines.push("- none");
    for (const i of items) lines.push(`- **${md(i.title) || "(untitled)"}** — ${md(i.why)}`);
  };
  for (const [team, heading] of [["aff", "Affirmative"], ["neg", "Negative"]] as const) {
    const s = b[team];
    const other = TEAM_NAME[team === "aff" ? "neg" : "aff"];
    lines.push("", `## ${heading}`);
    section("Standing", s.standing);
    section("Refuted", s.refuted);
    section("Contested", s.contested);
    section(`Dropped by the ${other}`, s.droppedByOpponent);
  }
  return `${lines.join("\n")}\n`;
}
