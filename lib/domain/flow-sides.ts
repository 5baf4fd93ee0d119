import type { EdgeDto, NodeDto } from "./schemas";
import { speechesByDepth } from "./speech-by-depth";
import { ATTACK_RELATIONS, type Relation, type Speech } from "./vocabulary";

/**
 * Sides for a map that has none (Argdown, AIF and most other imports), so its arguments can go in
 * speeches: each part of the map that hangs together gets a resolution, and every other argument a
 * side read from its links to it.
 *
 * - The resolution of a part is the argument that answers nothing and is answered most (the first
 *   of them in map order on a tie); when every argument there answers another (a map of theses that
 *   answer each other), the one answered most. It stays neutral, off the speeches.
 * - What supports (extends, is a premise of) the resolution is Aff, what attacks it Neg; further
 *   down, an argument that attacks another takes the opposite side, one that supports it the same.
 * - Sides spread outward from the resolution, nearest first. An argument whose links to the
 *   arguments already sided point both ways (it rebuts both an Aff and a Neg argument) is unclear:
 *   it stays neutral and nothing is read through it. Arguments reached only through unclear ones
 *   stay neutral too.
 * - A loop can still disagree with the sides given (A backs the resolution, B rebuts it, and A
 *   also backs B): each keeps the side its nearest links give, and the links that disagree are
 *   listed, so the UI can say so.
 *
 * Arguments that have a side keep it; a part of the map where some do is read from them alone,
 * without a resolution (its neutral arguments that answer nothing stay neutral).
 */
export type SideGuess = {
  /** the side each neutral argument gets */
  sides: Map<string, "aff" | "neg">;
  /** one argument per part of the map with no side at all: what it is about; stays neutral */
  resolutions: string[];
  /** neutral arguments whose links point to both sides: they stay neutral */
  unclear: string[];
  /** neutral arguments linked to the rest only through unclear ones, or to nothing: they stay neutral */
  unreached: string[];
  /** links between sided arguments that the sides contradict (a support across sides, an attack within one) */
  against: { source: string; target: string; relation: Relation }[];
};

type SideNode = Pick<NodeDto, "id" | "side">;
type SideEdge = Pick<EdgeDto, "source" | "target" | "relation">;
type Known = "aff" | "neg";

const flip = (s: Known): Known => (s === "aff" ? "neg" : "aff");

export function guessSides(nodes: readonly SideNode[], edges: readonly SideEdge[]): SideGuess {
  const byId = new Map<string, SideNode>();
  for (const n of nodes) if (!byId.has(n.id)) byId.set(n.id, n);
  const order = new Map([...byId.keys()].map((id, i) => [id, i]));
  // Each link both ways: whether the two ends share a side (support) or not (attack).
  const links = new Map<string, { other: string; same: boolean }[]>();
  const answered = new Map<string, number>();
  const answers = new Set<string>();
  const used: SideEdge[] = [];
  const link = (a: string, b: string, same: boolean) => {
    const list = links.get(a);
    if (list) list.push({ other: b, same });
    else links.set(a, [{ other: b, same }]);
  };
  for (const e of edges) {
    if (e.source === e.target || !byId.has(e.source) || !byId.has(e.target)) continue;
    const same = !ATTACK_RELATIONS.has(e.relation);
    link(e.source, e.target, same);
    link(e.target, e.source, same);
    answers.add(e.source);
    answered.set(e.target, (answered.get(e.target) ?? 0) + 1);
    used.push(e);
  }

  // The parts of the map that hang together, in map order.
  const part = new Map<string, number>();
  const parts: string[][] = [];
  for (const id of byId.keys()) {
    if (part.has(id)) continue;
    const members = [id];
    part.set(id, parts.length);
    for (let i = 0; i < members.length; i++)
      for (const l of links.get(members[i]!) ?? [])
        if (!part.has(l.other)) {
          part.set(l.other, parts.length);
          members.push(l.other);
        }
    parts.push(members);
  }

  // What each argument counts as while sides spread: a given side, or aff for a resolution.
  const known = new Map<string, Known>();
  const resolutions: string[] = [];
  const keepNeutral = new Set<string>();
  const seeds: string[] = [];
  for (const members of parts) {
    const sided = members.filter((id) => byId.get(id)!.side !== "neutral");
    if (sided.length > 0) {
      for (const id of sided) known.set(id, byId.get(id)!.side as Known);
      for (const id of members) if (!known.has(id) && !answers.has(id)) keepNeutral.add(id);
      seeds.push(...sided);
      continue;
    }
    if (members.length === 1 && !links.has(members[0]!)) continue; // linked to nothing: no side to read
    const roots = members.filter((id) => !answers.has(id));
    const pool = roots.length > 0 ? roots : members;
    const most = (a: string, b: string) =>
      (answered.get(b) ?? 0) - (answered.get(a) ?? 0) || order.get(a)! - order.get(b)!;
    const resolution = [...pool].sort(most)[0]!;
    resolutions.push(resolution);
    keepNeutral.add(resolution);
    known.set(resolution, "aff");
    seeds.push(resolution);
  }

  // Nearest first: a ring at a time, so an argument linked to two at the same distance hears both.
  const unclear = new Set<string>();
  let ring = seeds;
  while (ring.length > 0) {
    const heard = new Map<string, Set<Known>>();
    for (const id of ring) {
      const side = known.get(id)!;
      for (const l of links.get(id) ?? []) {
        if (known.has(l.other) || unclear.has(l.other) || keepNeutral.has(l.other)) continue;
        const said = heard.get(l.other) ?? new Set<Known>();
        said.add(l.same ? side : flip(side));
        heard.set(l.other, said);
      }
    }
    const next: string[] = [];
    for (const [id, said] of heard) {
      if (said.size > 1) unclear.add(id);
      else {
        known.set(id, [...said][0]!);
        next.push(id);
      }
    }
    ring = next.sort((a, b) => order.get(a)! - order.get(b)!);
  }

  const sides = new Map<string, Known>();
  const unreached: string[] = [];
  for (const [id, n] of byId) {
    if (n.side !== "neutral" || keepNeutral.has(id) || unclear.has(id)) continue;
    const side = known.get(id);
    if (side) sides.set(id, side);
    else unreached.push(id);
  }
  const against: SideGuess["against"] = [];
  for (const e of used) {
    const s = known.get(e.source);
    const t = known.get(e.target);
    // A resolution counts as aff; arguments left neutral say nothing.
    if (!s || !t) continue;
    if ((s === t) !== !ATTACK_RELATIONS.has(e.relation))
      against.push({ source: e.source, target: e.target, relation: e.relation });
  }
  const inOrder = (ids: Iterable<string>) => [...ids].sort((a, b) => order.get(a)! - order.get(b)!);
  return { sides, resolutions, unclear: inOrder(unclear), unreached, against };
}

export type SidePlacement = SideGuess & {
  /** the speech each argument goes in (arguments left neutral get none) */
  speeches: Map<string, Speech>;
};

/**
 * Sides, then speeches by depth (lib/domain/speech-by-depth) for a map without sides: what the
 * flow's "Infer sides and place them" button does, in one step. Resolutions lead the reading, so a
 * map of theses that answer each other is read down from its resolution.
 */
export function placeWithoutSides(
  nodes: readonly Pick<NodeDto, "id" | "side" | "speech" | "position">[],
  edges: readonly SideEdge[],
): SidePlacement {
  const guess = guessSides(nodes, edges);
  const first = new Set(guess.resolutions);
  const sided = nodes.map((n) => {
    const side = guess.sides.get(n.id);
    return side ? { ...n, side } : n;
  });
  const ordered = [...sided.filter((n) => first.has(n.id)), ...sided.filter((n) => !first.has(n.id))];
  return { ...guess, speeches: speechesByDepth(ordered, edges) };
}
