// A speech document turned into what its exports need: caselist entries and the neutral list
// of items a Verbatim .docx writer lays out. Pure; the server loads the document and its nodes.
import type { CaselistEntry } from "./caselist";
import { markLabel, shortCiteOf, type ReadableEvidence, type ReadRange } from "./read-mode";

/** The parts of a node the exports use; group fields are read defensively (they arrive with node groups). */
export type SpeechDocNode = {
  id: string;
  title: string;
  body: string;
  evidence: (ReadableEvidence & { underline?: readonly ReadRange[]; emphasis?: readonly ReadRange[] }) | null;
  groupId?: string | null;
};

export type SpeechDocLike = {
  name: string;
  items: readonly { id: string; nodeId: string | null; text: string; markedAt: number | null }[];
  nodes: readonly SpeechDocNode[];
};

/** A group as the debate lists it (pocket > hat > block), when groups are available. */
export type GroupLike = { id: string; parentId?: string | null; kind: string; title: string };

/** The pocket, hat and block a node sits in, from its group and the group's parents. */
function groupPath(groupId: string | null | undefined, groups: ReadonlyMap<string, GroupLike>) {
  const path: { pocket?: string; hat?: string; block?: string } = {};
  for (let g = groupId ? groups.get(groupId) : undefined, depth = 0; g && depth < 10; depth++) {
    if (g.kind === "pocket" || g.kind === "hat" || g.kind === "block") path[g.kind] ??= g.title;
    g = g.parentId ? groups.get(g.parentId) : undefined;
  }
  return path;
}

/**
 * Caselist cite entries of a speech: its cards in order, under the speech's name as the pocket
 * unless the card's own groups say otherwise. Typed analytics are the debater's notes, not
 * evidence, and stay out of the disclosure.
 */
export function speechDocCaselistEntries(doc: SpeechDocLike, groups: readonly GroupLike[] = []): CaselistEntry[] {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const groupMap = new Map(groups.map((g) => [g.id, g]));
  return doc.items.flatMap((item): CaselistEntry[] => {
    const node = item.nodeId ? byId.get(item.nodeId) : undefined;
    if (!node?.evidence) return [];
    const path = groupPath(node.groupId, groupMap);
    return [
      {
        pocket: path.pocket ?? doc.name,
        hat: path.hat ?? null,
        block: path.block ?? null,
        tag: node.title,
        cite: node.evidence.cite,
        text: node.evidence.quote,
      },
    ];
  });
}

/** One entry of a Verbatim document, in reading order (see `speechDocToVerbatimItems`). */
export type VerbatimItem =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "analytic"; tag: string }
  | {
      kind: "card";
      tag: string;
      shortCite: string;
      cite: string;
      quote: string;
      highlights: readonly ReadRange[];
      highlights2: readonly ReadRange[];
      underline: readonly ReadRange[];
      emphasis: readonly ReadRange[];
      insertions: readonly { at: number; text: string }[];
      /** 'marked at "…"' for a marked copy; the writer puts it where reading stopped */
      mark: { at: number; label: string } | null;
    };

/**
 * The seam for the Verbatim .docx export (h4's writer in lib/domain/codecs/docx): a speech
 * document as a neutral list — the speech's name as the Pocket, then each card (Tag, cite,
 * body with its three layers) and each analytic as a Tag. `marked` keeps reading marks.
 */
export function speechDocToVerbatimItems(doc: SpeechDocLike, opts: { marked?: boolean } = {}): VerbatimItem[] {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const out: VerbatimItem[] = [{ kind: "heading", level: 1, text: doc.name }];
  for (const item of doc.items) {
    const node = item.nodeId ? byId.get(item.nodeId) : undefined;
    if (!item.nodeId) {
      out.push({ kind: "analytic", tag: item.text });
      continue;
    }
    if (!node) continue;
    const ev = node.evidence;
    if (!ev) {
      out.push({ kind: "analytic", tag: node.title || node.body });
      continue;
    }
    out.push({
      kind: "card",
      tag: node.title,
      shortCite: shortCiteOf(ev),
      cite: ev.cite,
      quote: ev.quote,
      highlights: ev.highlights,
      highlights2: ev.highlights2 ?? [],
      underline: ev.underline ?? [],
      emphasis: ev.emphasis ?? [],
      insertions: ev.insertions ?? [],
      mark:
        opts.marked && item.markedAt !== null ? { at: item.markedAt, label: markLabel(ev.quote, item.markedAt) } : null,
    });
  }
  return out;
}

/** A group as sending a block needs it. */
export type BlockGroup = { id: string; parentId: string | null; kind: string; order: number };

/**
 * The group a "send its block" from a node sends: the nearest block above the node's group, or
 * the node's own group when no block holds it (a card under a hat or a pocket directly).
 */
export function blockOf(groupId: string, groups: readonly BlockGroup[]): string {
  const byId = new Map(groups.map((g) => [g.id, g]));
  for (let g = byId.get(groupId), d = 0; g && d < 64; d++) {
    if (g.kind === "block") return g.id;
    g = g.parentId ? byId.get(g.parentId) : undefined;
  }
  return groupId;
}

/**
 * The nodes of a group in reading order, as the file had them: the group's own nodes (in the
 * order given, which is the debate's node order) then each group under it by its `order`, depth
 * first. Cards and analytics alike: a block is read whole.
 */
export function groupReadingOrder(
  rootId: string,
  groups: readonly BlockGroup[],
  nodes: readonly { id: string; groupId: string | null }[],
): string[] {
  const children = new Map<string, BlockGroup[]>();
  for (const g of groups) if (g.parentId) children.set(g.parentId, [...(children.get(g.parentId) ?? []), g]);
  for (const list of children.values()) list.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const byGroup = new Map<string, string[]>();
  for (const n of nodes) if (n.groupId) byGroup.set(n.groupId, [...(byGroup.get(n.groupId) ?? []), n.id]);
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string, depth: number) => {
    if (depth > 64 || seen.has(id)) return;
    seen.add(id);
    out.push(...(byGroup.get(id) ?? []));
    for (const c of children.get(id) ?? []) visit(c.id, depth + 1);
  };
  visit(rootId, 0);
  return out;
}
