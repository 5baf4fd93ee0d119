import type { EdgeDto, NodeDto } from "./schemas";
import { ATTACK_RELATIONS, SPEECH_SIDE, SPEECHES, type Speech } from "./vocabulary";

/** A node's computed status: grounded IN → standing, OUT → refuted, UNDEC → contested. */
export const STATUSES = ["standing", "refuted", "contested"] as const;
export type Status = (typeof STATUSES)[number];

/** What evaluation says about one node. */
export type NodeEvaluation = {
  id: string;
  status: Status;
  /** made by a side that the other side never answered, although it spoke after it */
  dropped: boolean;
  /** the other side's next speech after this argument's speech: where it should have been answered */
  droppedIn?: Speech;
  /** plain language, naming the arguments that decide the status */
  why: string;
};

/** The fields evaluation reads; a full NodeDto / EdgeDto fits. */
export type EvalNode = Pick<NodeDto, "id" | "kind" | "side" | "speech" | "title">;
export type EvalEdge = Pick<EdgeDto, "source" | "target" | "relation">;
export type EvalGraph = { nodes: readonly EvalNode[]; edges: readonly EvalEdge[] };

/** How many deciding arguments a why names before it says "and N more". */
const MAX_NAMED = 3;

const UNDEC = 0;
const IN = 1;
const OUT = 2;

const SIDE_NAME = { aff: "Aff", neg: "Neg" } as const;
const SPEECH_INDEX = new Map<string, number>(SPEECHES.map((s, i) => [s, i]));
const isCx = (s: Speech) => s.startsWith("CX");

/**
 * For each speech index, the next constructive or rebuttal speech (not a cross-examination) of
 * each side strictly after it: where an argument made in that speech must be answered.
 */
const NEXT_SPEECH: { aff: Speech | undefined; neg: Speech | undefined }[] = SPEECHES.map((_, i) => {
  const after = SPEECHES.slice(i + 1).filter((s) => !isCx(s));
  return { aff: after.find((s) => SPEECH_SIDE[s] === "aff"), neg: after.find((s) => SPEECH_SIDE[s] === "neg") };
});

/**
 * The attack graph in index form. Attacks are numbered; each node lists the attacks it receives
 * and makes. Duplicate (source, target) pairs collapse into one attack (a turn if any of them is).
 */
type AttackGraph = {
  from: number[];
  to: number[];
  turn: boolean[];
  /** incoming[t]: the attacks on t */
  incoming: number[][];
  /** outgoing[s]: the attacks s makes */
  outgoing: number[][];
};

function attackGraph(index: Map<string, number>, n: number, edges: readonly EvalEdge[]): AttackGraph {
  const g: AttackGraph = { from: [], to: [], turn: [], incoming: Array.from({ length: n }, () => []), outgoing: Array.from({ length: n }, () => []) };
  const seen = new Map<string, number>();
  for (const e of edges) {
    if (!ATTACK_RELATIONS.has(e.relation)) continue;
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined) continue;
    const key = `${s} ${t}`;
    const known = seen.get(key);
    if (known !== undefined) {
      if (e.relation === "turns") g.turn[known] = true;
      continue;
    }
    const k = g.from.length;
    seen.set(key, k);
    g.from.push(s);
    g.to.push(t);
    g.turn.push(e.relation === "turns");
    g.incoming[t]!.push(k);
    g.outgoing[s]!.push(k);
  }
  return g;
}

/**
 * The grounded labelling, by the standard linear algorithm: a node is IN once every attacker is
 * OUT, OUT as soon as one attacker is IN; whatever the propagation never reaches is UNDEC.
 * Each attack is looked at a bounded number of times, so this is O(nodes + attacks).
 */
function groundedLabels(g: AttackGraph, n: number): Uint8Array {
  const label = new Uint8Array(n);
  const live = new Int32Array(n); // attackers not (yet) OUT
  const queue: number[] = [];
  for (let i = 0; i < n; i++) {
    live[i] = g.incoming[i]!.length;
    if (live[i] === 0) queue.push(i);
  }
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    if (label[v] !== UNDEC) continue;
    label[v] = IN;
    for (const k of g.outgoing[v]!) {
      const t = g.to[k]!;
      if (label[t] !== UNDEC) continue;
      label[t] = OUT;
      for (const k2 of g.outgoing[t]!) {
        const u = g.to[k2]!;
        if (--live[u]! === 0 && label[u] === UNDEC) queue.push(u);
      }
    }
  }
  return label;
}

const STATUS_OF: Record<number, Status> = { [IN]: "standing", [OUT]: "refuted", [UNDEC]: "contested" };

function quoted(title: string): string {
  const t = title.replace(/\s+/g, " ").trim();
  return `'${t === "" ? "(untitled)" : t}'`;
}

/** "a", "a and b", "a, b and c", "a, b, c and 2 more" */
function listOf(items: string[], sep = ", ", last = " and "): string {
  const shown = items.slice(0, MAX_NAMED);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(sep)}${last}${rest} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(sep)}${last}${shown[shown.length - 1]}`;
}

/**
 * Evaluate a debate's graph: every node's status under grounded semantics over the attack edges
 * (rebuts, undercuts, turns: source attacks target), whether it was dropped, and why.
 *
 * Dropped: a claim or rebuttal of the Aff or Neg, made in a speech, that no node of the other side
 * attacks from a later speech (or from no speech), once the other side has spoken after it (a
 * constructive or rebuttal; cross-examination is not a place to answer). `droppedIn` is the other
 * side's next such speech. Linear in the size of the graph.
 */
export function evaluate(graph: EvalGraph): Map<string, NodeEvaluation> {
  const nodes: EvalNode[] = [];
  const index = new Map<string, number>();
  for (const node of graph.nodes) {
    if (index.has(node.id)) continue; // a repeated id: the first one counts
    index.set(node.id, nodes.length);
    nodes.push(node);
  }
  const n = nodes.length;
  const g = attackGraph(index, n, graph.edges);
  const label = groundedLabels(g, n);

  // The latest speech (not a CX) in which each side has spoken.
  const lastSpoke = { aff: -1, neg: -1 };
  for (const node of nodes) {
    if (node.speech && (node.side === "aff" || node.side === "neg") && !isCx(node.speech)) {
      lastSpoke[node.side] = Math.max(lastSpoke[node.side], SPEECH_INDEX.get(node.speech)!);
    }
  }

  const title = (i: number) => quoted(nodes[i]!.title);
  const sideOf = (i: number) => {
    const side = nodes[i]!.side;
    return side === "aff" || side === "neg" ? side : null;
  };
  const mark = new Int32Array(n).fill(-1); // mark[t] === i: node i attacks t
  const out = new Map<string, NodeEvaluation>();
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    const incoming = g.incoming[i]!;
    let why: string;
    if (label[i] === IN) {
      why =
        incoming.length === 0
          ? "Standing: nothing answers it."
          : `Standing: every answer to it is refuted — ${listOf(incoming.map((k) => `${title(g.from[k]!)} (refuted)`))}.`;
      // A standing turn carries what it turns over to the turner's side.
      const side = sideOf(i);
      const turned = g.outgoing[i]!.filter((k) => g.turn[k]).map((k) => title(g.to[k]!));
      if (side && turned.length > 0) {
        why += ` It turns ${listOf(turned)}, which now ${turned.length === 1 ? "counts" : "count"} for the ${SIDE_NAME[side]}.`;
      }
    } else if (label[i] === OUT) {
      const answers: string[] = [];
      const turns: string[] = [];
      const turners = new Set<"aff" | "neg" | null>();
      for (const k of incoming) {
        const a = g.from[k]!;
        if (label[a] !== IN) continue;
        const phrase = `${title(a)} (standing), which ${g.incoming[a]!.length === 0 ? "no one answered" : "stands"}`;
        if (g.turn[k]) {
          turns.push(phrase);
          turners.add(sideOf(a));
        } else answers.push(phrase);
      }
      const parts: string[] = [];
      if (answers.length > 0) parts.push(`answered by ${listOf(answers, "; ", "; and ")}`);
      if (turns.length > 0) {
        const [turner] = turners;
        const counts = turners.size === 1 && turner ? ` — it now counts for the ${SIDE_NAME[turner]}` : "";
        parts.push(`turned by ${listOf(turns, "; ", "; and ")}${counts}`);
      }
      why = `Refuted: ${parts.join("; and ")}.`;
    } else {
      // Contested: no attacker stands, and at least one is itself contested.
      const undecided = incoming.map((k) => g.from[k]!).filter((a) => label[a] === UNDEC);
      for (const k of g.outgoing[i]!) mark[g.to[k]!] = i;
      const partner = undecided.find((a) => a !== i && mark[a] === i);
      if (undecided.includes(i)) {
        why = "Contested: it attacks itself.";
      } else if (partner !== undefined) {
        why = `Contested: it and ${title(partner)} attack each other and nothing settles it.`;
        const others = undecided.filter((a) => a !== partner);
        if (others.length > 0) {
          why += ` ${others.length === 1 ? "Its other answer" : "Its other answers"} ${listOf(others.map(title))} ${others.length === 1 ? "is" : "are"} contested too.`;
        }
      } else {
        why =
          undecided.length === 1
            ? `Contested: its answer ${title(undecided[0]!)} is itself contested.`
            : `Contested: its answers ${listOf(undecided.map(title))} are themselves contested.`;
      }
    }

    const drop = droppedIn(node, i, g, nodes, lastSpoke);
    if (drop) why += ` Conceded: the ${SIDE_NAME[drop.by]} never answered it (dropped in the ${drop.speech}).`;
    out.set(node.id, {
      id: node.id,
      status: STATUS_OF[label[i]!]!,
      dropped: drop !== null,
      ...(drop ? { droppedIn: drop.speech } : {}),
      why,
    });
  }
  return out;
}

/** Where a node was dropped and by whom, or null when it was answered, is pending, or cannot be dropped. */
function droppedIn(
  node: EvalNode,
  i: number,
  g: AttackGraph,
  nodes: readonly EvalNode[],
  lastSpoke: { aff: number; neg: number },
): { by: "aff" | "neg"; speech: Speech } | null {
  if (node.kind === "evidence" || !node.speech || (node.side !== "aff" && node.side !== "neg")) return null;
  const other = node.side === "aff" ? "neg" : "aff";
  const at = SPEECH_INDEX.get(node.speech)!;
  const speech = NEXT_SPEECH[at]![other];
  // Not dropped yet: the other side has not spoken since (or has no speech left at all).
  if (!speech || lastSpoke[other] <= at) return null;
  for (const k of g.incoming[i]!) {
    const by = nodes[g.from[k]!]!;
    if (by.side !== other) continue;
    if (!by.speech || SPEECH_INDEX.get(by.speech)! > at) return null; // answered
  }
  return { by: other, speech };
}
