import { ATTACK_RELATIONS, type Speech } from "../vocabulary";
import { dropPhrase } from "./block";
import { context, TEAM_NAME, type Ctx, type EvalGraph } from "./context";
import { crossExNote, isCrossEx } from "./cx";
import { findDrops, type Drop } from "./drops";
import { extensionChains, type Chains } from "./extensions";
import { IN, OUT, UNDEC, type Attack } from "./grounded";
import { liveness, type LiveInfo, type Liveness } from "./live-at-end";
import { isMitigation } from "./mitigation";
import { labelsWithPremises, premisesLabelled } from "./premises";
import { unsupported } from "./supports";
import { listOf, quoted } from "./text";
import { classifyTurn, type TurnKind } from "./turns";

/**
 * A node's status as a judge reads it: standing; mitigated (stands, reduced by impact defence);
 * unsupported (its cards fell and nothing else warrants it); refuted; contested (the grounded
 * core cannot settle it: an odd cycle, or answers that are themselves contested).
 */
export const STATUSES = ["standing", "mitigated", "unsupported", "refuted", "contested"] as const;
export type Status = (typeof STATUSES)[number];

/** One mark per status, the same on the flow, the map and the ballot. */
export const STATUS_MARK: Record<Status, string> = {
  standing: "✓",
  mitigated: "≈",
  unsupported: "?",
  refuted: "✗",
  contested: "~",
};
/** Labels for filters and headings. */
export const STATUS_LABEL: Record<Status, string> = {
  standing: "Standing",
  mitigated: "Mitigated",
  unsupported: "Unsupported",
  refuted: "Refuted",
  contested: "Contested",
};

/** What evaluation says about one node. */
export type NodeEvaluation = {
  id: string;
  status: Status;
  /** the other side never answered it where it had to: shown once per argument (extension chain) */
  dropped: boolean;
  /** the first speech of the window in which it should have been answered */
  droppedIn?: Speech;
  /** dropped by the block (2NC and 1NR) as one unit */
  byBlock?: boolean;
  /** not carried into its side's last rebuttal, or new there: shown, not weighed */
  live?: Liveness;
  /** labelled a turn: real (offence for its side) or fake (defence) */
  turn?: TurnKind["kind"];
  /** the argument an extension carries forward (its chain's first node), when it is an extension */
  argument?: string;
  /** a cross-examination answer: a concession, never dropped */
  concession?: boolean;
  /** plain language, naming the arguments that decide the status */
  why: string;
};

type Judged = {
  ctx: Ctx;
  chains: Chains;
  label: Uint8Array;
  /** attIn[i]: the edges whose attack counts against node i (its own, and those its chain inherits) */
  attIn: number[][];
  drops: Map<number, Drop>;
  late: Set<number>;
  live: Map<number, LiveInfo>;
  unsup: Map<number, string>;
  turns: Map<number, TurnKind>;
};

const MAX_ROUNDS = 6;

/** Does an edge's attack count at all: not too late, not from kicked, new or unsupported arguments, not impact defence? */
function counts(j: Omit<Judged, "label" | "attIn">, k: number): boolean {
  const e = j.ctx.edges[k]!;
  if (!ATTACK_RELATIONS.has(e.relation) || j.late.has(k) || isMitigation(j.ctx.nodes[e.from]!)) return false;
  const s = j.chains.rep[e.from]!;
  return !j.live.has(s) && !j.unsup.has(s);
}

/**
 * The attacks that count, node by node. An attack on one member of an extension chain answers the
 * whole argument: it hits every member, up to the first later member that answers the attacker
 * back — from there on the chain carries that answer (a bare "extend" answers nothing; the later
 * answer wins the exchange, as on a judge's flow).
 */
function countedAttacks(j: Omit<Judged, "label" | "attIn">): { attacks: Attack[]; attIn: number[][] } {
  const { ctx, chains } = j;
  const attacks: Attack[] = [];
  const attIn: number[][] = ctx.nodes.map(() => []);
  ctx.edges.forEach((e, k) => {
    if (!counts(j, k)) return;
    const members = chains.members.get(chains.rep[e.to]!)!;
    let cutoff = Infinity;
    if (ctx.at[e.from]! >= 0) {
      for (const y of members) {
        if (ctx.at[y]! <= ctx.at[e.from]!) continue;
        if (ctx.out[y]!.some((k2) => ctx.edges[k2]!.to === e.from && ATTACK_RELATIONS.has(ctx.edges[k2]!.relation)))
          cutoff = Math.min(cutoff, ctx.at[y]!);
      }
    }
    for (const y of members) {
      if (y !== e.to && (chains.rep[e.from] === chains.rep[y] || ctx.at[y]! >= cutoff)) continue;
      attacks.push({ from: e.from, to: y });
      attIn[y]!.push(k);
    }
  });
  return { attacks, attIn };
}

function judge(ctx: Ctx): Judged {
  const chains = extensionChains(ctx);
  const { drops, late } = findDrops(ctx, chains);
  const live = liveness(ctx, chains);
  const turns = new Map<number, TurnKind>();
  ctx.nodes.forEach((_, i) => {
    const t = classifyTurn(ctx, i);
    if (t) turns.set(i, t);
  });
  const conceded = new Set(drops.keys());
  let unsup = new Map<number, string>();
  // Unsupported arguments' attacks do not count, which can change which cards stand: iterate to a
  // fixed point (in practice one or two rounds; capped, since support is not monotone).
  for (let round = 0; ; round++) {
    const { attacks, attIn } = countedAttacks({ ctx, chains, drops, late, live, unsup, turns });
    const label = labelsWithPremises(ctx, attacks);
    const judged = { ctx, chains, label, attIn, drops, late, live, unsup, turns };
    if (round === MAX_ROUNDS) return judged;
    const next = unsupported(ctx, chains, (i) => label[i]! as 0 | 1 | 2, conceded);
    if (next.size === unsup.size && [...next.keys()].every((k) => unsup.has(k))) return judged;
    unsup = next;
  }
}

/** Why a counted attack does not count, if it does not. */
function discounted(j: Judged, k: number): string | null {
  const e = j.ctx.edges[k]!;
  const s = j.chains.rep[e.from]!;
  if (j.late.has(k)) return "too late";
  const l = j.live.get(s);
  if (l) return l.live === "new" ? "new in the last rebuttal" : "not extended";
  if (j.unsup.has(s)) return "unsupported";
  return null;
}

function baseWhy(j: Judged, i: number): string {
  const { ctx, chains, label } = j;
  const r = chains.rep[i]!;
  const lab = (x: number) => label[x]!;
  const members = chains.members.get(r)!;
  const incoming = members.flatMap((m) => ctx.into[m]!.filter((k) => ATTACK_RELATIONS.has(ctx.edges[k]!.relation)));
  const counted = [...new Set(j.attIn[i])];
  const title = (x: number) => quoted(ctx.nodes[x]!.title);
  let why: string;
  if (label[i] === IN) {
    why =
      counted.length === 0
        ? "Standing: nothing answers it."
        : `Standing: every answer to it is refuted — ${listOf(counted.map((k) => `${title(ctx.edges[k]!.from)} (refuted)`))}.`;
    const premises = premisesLabelled(ctx, label, i, IN);
    if (premises.length > 0)
      why = `${why.slice(0, -1)}, and ${premises.length === 1 ? "its premise" : "all its premises"} ${listOf(premises.map(title))} ${premises.length === 1 ? "stands" : "stand"}.`;
  } else if (label[i] === OUT) {
    const answers: string[] = [];
    const turned: string[] = [];
    const indicts: string[] = [];
    let turner: string | null = null;
    const seen = new Set<number>();
    for (const k of counted) {
      const e = ctx.edges[k]!;
      if (lab(e.from) !== IN || seen.has(e.from)) continue;
      seen.add(e.from);
      const answered = ctx.into[e.from]!.some((x) => ATTACK_RELATIONS.has(ctx.edges[x]!.relation));
      const phrase = `${title(e.from)} (standing), which ${answered ? "stands" : "no one answered"}`;
      const turnEdge = counted.some((x) => ctx.edges[x]!.from === e.from && ctx.edges[x]!.relation === "turns");
      if (turnEdge && j.turns.get(e.from)?.kind === "real") {
        turned.push(phrase);
        turner = ctx.team(e.from);
      } else if (e.relation === "undercuts" && ctx.nodes[i]!.kind === "evidence") indicts.push(phrase);
      else answers.push(phrase);
    }
    const parts: string[] = [];
    const failed = premisesLabelled(ctx, label, i, OUT);
    if (failed.length > 0)
      parts.push(
        `${failed.length === 1 ? "its premise" : "its premises"} ${listOf(failed.map(title))} ${failed.length === 1 ? "does" : "do"} not stand, and an argument stands only if all its premises do`,
      );
    if (indicts.length > 0)
      parts.push(`indicted by ${listOf(indicts, "; ", "; and ")} — the card no longer supports its claim`);
    if (answers.length > 0) parts.push(`answered by ${listOf(answers, "; ", "; and ")}`);
    if (turned.length > 0)
      parts.push(
        `turned by ${listOf(turned, "; ", "; and ")}${turner ? ` — it now counts for the ${TEAM_NAME[turner as "aff"]}` : ""}`,
      );
    why = `Refuted: ${parts.join("; and ")}.`;
  } else {
    why = contestedWhy(j, i, counted);
  }
  const ignored = [...new Set(incoming)].map((k) => [k, discounted(j, k)] as const).filter(([, d]) => d);
  if (ignored.length > 0) {
    why += ` Not counted against it: ${listOf(ignored.map(([k, d]) => `${title(ctx.edges[k]!.from)} (${d})`))}.`;
  }
  return why;
}

function contestedWhy(j: Judged, i: number, counted: number[]): string {
  const { ctx, chains, label } = j;
  const r = chains.rep[i]!;
  const undecided = [...new Set(counted.map((k) => ctx.edges[k]!.from))].filter((a) => label[a] === UNDEC);
  const title = (x: number) => quoted(ctx.nodes[x]!.title);
  if (undecided.includes(i)) return "Contested: it attacks itself.";
  const mine = new Set(chains.members.get(r));
  const partner = undecided.find(
    (a) =>
      ctx.out[a] &&
      ctx.into[a]!.some((k) => mine.has(ctx.edges[k]!.from) && ATTACK_RELATIONS.has(ctx.edges[k]!.relation)),
  );
  if (partner !== undefined) {
    let why = `Contested: it and ${title(partner)} attack each other and nothing settles it.`;
    const others = undecided.filter((a) => a !== partner);
    if (others.length > 0)
      why += ` ${others.length === 1 ? "Its other answer" : "Its other answers"} ${listOf(others.map(title))} ${others.length === 1 ? "is" : "are"} contested too.`;
    return why;
  }
  if (undecided.length === 0) {
    const premises = premisesLabelled(ctx, label, i, UNDEC);
    if (premises.length > 0)
      return `Contested: ${premises.length === 1 ? "its premise" : "its premises"} ${listOf(premises.map(title))} ${premises.length === 1 ? "is" : "are"} contested, and an argument stands only if all its premises do.`;
    return "Contested: nothing settles it.";
  }
  return undecided.length === 1
    ? `Contested: its answer ${title(undecided[0]!)} is itself contested.`
    : `Contested: its answers ${listOf(undecided.map(title))} are themselves contested.`;
}

/** Standing impact defence on the chain: the titles of what mitigates it. */
function mitigators(j: Judged, r: number): string[] {
  const out: string[] = [];
  for (const m of j.chains.members.get(r)!) {
    for (const k of j.ctx.into[m]!) {
      const e = j.ctx.edges[k]!;
      const s = j.chains.rep[e.from]!;
      if (!ATTACK_RELATIONS.has(e.relation) || !isMitigation(j.ctx.nodes[e.from]!) || j.late.has(k)) continue;
      if (j.label[e.from] === IN && !j.live.has(s) && !j.unsup.has(s)) out.push(quoted(j.ctx.nodes[e.from]!.title));
    }
  }
  return out;
}

/** The status and the why's first part. */
function chainStatus(j: Judged, r: number, i: number): { status: Status; why: string } {
  let status: Status = j.label[i] === IN ? "standing" : j.label[i] === OUT ? "refuted" : "contested";
  let why = baseWhy(j, i);
  const unsup = j.unsup.get(r);
  if (status === "standing" && unsup) {
    status = "unsupported";
    why = `${unsup} ${why.replace(/^Standing: /, "Otherwise: ")}`;
  }
  const mit = status === "standing" ? mitigators(j, r) : [];
  if (mit.length > 0) {
    status = "mitigated";
    why = `Mitigated: it stands, but ${listOf(mit)} ${mit.length === 1 ? "reduces" : "reduce"} it without refuting it (impact defence). ${why}`;
  }
  return { status, why };
}

function nodeEvaluation(j: Judged, i: number, shared: Map<number, { status: Status; why: string }>): NodeEvaluation {
  const { ctx, chains } = j;
  const node = ctx.nodes[i]!;
  const r = chains.rep[i]!;
  const members = chains.members.get(r)!;
  let base = shared.get(i);
  if (!base) shared.set(i, (base = chainStatus(j, r, i)));
  const status = base.status;
  let why = base.why;
  const turn = j.turns.get(i);
  if (turn) {
    why += ` ${turn.why}`;
    const turned = ctx.out[i]!.filter((k) => ctx.edges[k]!.relation === "turns").map((k) =>
      quoted(ctx.nodes[ctx.edges[k]!.to]!.title),
    );
    const team = ctx.team(i);
    if (turn.kind === "real" && team && (status === "standing" || status === "mitigated") && turned.length > 0) {
      why += ` It turns ${listOf(turned)}, which now ${turned.length === 1 ? "counts" : "count"} for the ${TEAM_NAME[team]}.`;
    }
  }
  if (members.length > 1) {
    why +=
      i === r
        ? ` Extended by ${listOf(members.slice(1).map((m) => quoted(ctx.nodes[m]!.title)))}: one argument.`
        : ` It extends ${quoted(ctx.nodes[r]!.title)}: one argument.`;
  }
  const drop = j.drops.get(r);
  if (drop) {
    const phrase = dropPhrase(drop.speech, drop.byBlock);
    why +=
      drop.at === i
        ? ` Conceded: the ${TEAM_NAME[drop.by]} never answered it (${phrase}).`
        : ` Conceded as one argument where it was ${phrase}.`;
  }
  const late = ctx.out[i]!.filter((k) => j.late.has(k));
  if (late.length > 0)
    why += ` Too late: it answers ${listOf(late.map((k) => quoted(ctx.nodes[ctx.edges[k]!.to]!.title)))} after it was dropped, so it is not weighed.`;
  const live = j.live.get(r);
  if (live) why += ` ${live.why}`;
  const cx = crossExNote(node);
  if (cx) why += cx;
  const dropped = !!drop && drop.at === i;
  return {
    id: node.id,
    status,
    dropped,
    ...(dropped ? { droppedIn: drop.speech, ...(drop.byBlock ? { byBlock: true } : {}) } : {}),
    ...(live ? { live: live.live } : {}),
    ...(turn ? { turn: turn.kind } : {}),
    ...(i !== r ? { argument: ctx.nodes[r]!.id } : {}),
    ...(isCrossEx(node) && ctx.team(i) ? { concession: true } : {}),
    why,
  };
}

/**
 * Evaluate a debate's graph as a judge reads the flow. The core is grounded semantics over the
 * attack edges (rebuts, undercuts, turns, contradicts), with linked premises (an argument node
 * stands only if all its premises stand); on top of it: extension chains are one argument; CX
 * answers, plan texts, frameworks and the resolution are never dropped; the block is one unit;
 * answers after an argument was dropped are too late; what the last rebuttals do not carry is not
 * extended, and what they bring up new is not weighed; arguments whose cards all fell are
 * unsupported; impact defence mitigates; turns are real or fake. Every result carries its why.
 */
export function evaluate(graph: EvalGraph): Map<string, NodeEvaluation> {
  const j = judge(context(graph));
  const out = new Map<string, NodeEvaluation>();
  const shared = new Map<number, { status: Status; why: string }>();
  j.ctx.nodes.forEach((node, i) => out.set(node.id, nodeEvaluation(j, i, shared)));
  return out;
}

/** The short badge: "dropped in 1NC" / "dropped by the block", for an evaluation that is dropped. */
export function dropLabel(ev: Pick<NodeEvaluation, "dropped" | "droppedIn" | "byBlock">): string | null {
  if (!ev.dropped || !ev.droppedIn) return null;
  return ev.byBlock ? "dropped by the block" : `dropped in ${ev.droppedIn}`;
}
