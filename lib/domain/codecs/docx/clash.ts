// Between a Verbatim document and Clash: a read file becomes an ImportedGraph (groups for
// pockets, hats and blocks, an evidence node per card anchored in a source per cited article,
// analytics as claims), and a debate (or part of it) becomes Verbatim items for the writer.
import { describeSpan } from "../../anchoring";
import type { NodeGroupDto } from "../../schemas";
import { GraphBuilder } from "../common";
import type { ExportableDebate, ImportedGraph, ImportedGroup } from "../types";
import type { HeadingLevel, VerbatimCard, VerbatimDoc, VerbatimItem } from "./types";

export type GroupKind = ImportedGroup["kind"];

/** The highlight colour with the most highlighted characters in the file (the one read aloud); yellow on a tie or none. */
export function mainHighlightColor(doc: VerbatimDoc): string {
  const total = new Map<string, number>();
  for (const item of doc.items)
    if (item.type === "card")
      for (const h of item.highlights) total.set(h.color, (total.get(h.color) ?? 0) + h.end - h.start);
  let best = "yellow";
  let most = total.get("yellow") ?? 0;
  for (const [color, n] of total)
    if (n > most) {
      best = color;
      most = n;
    }
  return best;
}

/**
 * A read Verbatim file as a graph for the importer. Cards with the same full cite share one source
 * whose text is their bodies joined by blank lines, so each card anchors exactly; a card with no
 * cite gets a source of its own. A tag with a cite but no card text becomes a claim.
 */
export function docxToImportedGraph(doc: VerbatimDoc, meta: { fileName?: string | null } = {}): ImportedGraph {
  const b = new GraphBuilder("docx");
  const main = mainHighlightColor(doc);
  const open: Partial<Record<HeadingLevel, string>> = {};
  let groupKey: string | undefined;

  // Sources first: one per distinct full cite, its text the bodies of its cards.
  const sourceText = new Map<string, string>();
  const cardPlace = new Map<VerbatimCard, { sourceKey: string; start: number }>();
  const citeKey = new Map<string, string>();
  const sources: { key: string; cite: string; shortCite: string }[] = [];
  for (const item of doc.items) {
    if (item.type !== "card" || item.body === "") continue;
    const cite = item.cite.trim();
    let key = cite ? citeKey.get(cite) : undefined;
    if (!key) {
      key = `s${sources.length + 1}`;
      if (cite) citeKey.set(cite, key);
      sources.push({ key, cite, shortCite: item.shortCite });
      sourceText.set(key, "");
    }
    const before = sourceText.get(key)!;
    const start = before === "" ? 0 : before.length + 2;
    sourceText.set(key, before === "" ? item.body : `${before}\n\n${item.body}`);
    cardPlace.set(item, { sourceKey: key, start });
  }
  for (const s of sources)
    b.addSource({
      key: s.key,
      title: s.cite || s.shortCite || "Card without a cite",
      author: "",
      qualifications: "",
      publication: "",
      date: "",
      url: "",
      attribution: s.cite,
      text: sourceText.get(s.key)!,
    });

  let n = 0;
  const add = (title: string) => {
    n++;
    const node = b.addNode({ key: `n${n}`, title, kind: "claim", tags: [] });
    if (groupKey) node.groupKey = groupKey;
    return node;
  };
  for (const item of doc.items) {
    switch (item.type) {
      case "pocket":
      case "hat":
      case "block": {
        const parentKey =
          item.type === "pocket" ? undefined : item.type === "hat" ? open.pocket : (open.hat ?? open.pocket);
        const key = b.addGroup({ title: item.text, kind: item.type, ...(parentKey ? { parentKey } : {}) });
        open[item.type] = key;
        if (item.type === "pocket") delete open.hat;
        if (item.type !== "block") delete open.block;
        groupKey = key;
        break;
      }
      case "analytic":
        add(item.text);
        break;
      case "card": {
        const place = cardPlace.get(item);
        const node = add(item.tag || item.shortCite || "Card");
        if (!place) {
          // A tag and cite with no card text: nothing to anchor, the cite is kept in the body.
          node.body = item.cite;
          break;
        }
        const text = sourceText.get(place.sourceKey)!;
        const span = describeSpan(text, place.start, place.start + item.body.length);
        node.kind = "evidence";
        node.evidence = {
          sourceKey: place.sourceKey,
          ...span,
          cite: item.cite,
          highlights: item.highlights.filter((h) => h.color === main).map(({ start, end }) => ({ start, end })),
          underline: item.underline,
          emphasis: item.emphasis,
          highlights2: item.highlights.filter((h) => h.color !== main).map(({ start, end }) => ({ start, end })),
          insertions: item.insertions,
          citeFields: item.shortCite ? { shortCite: item.shortCite } : {},
        };
        break;
      }
    }
  }
  const { counts, notUnderstood } = doc.report;
  b.report.warn(
    `read ${counts.pockets} pockets, ${counts.hats} hats, ${counts.blocks} blocks, ${counts.cards} cards and ${counts.analytics} analytics`,
  );
  for (const w of doc.report.warnings) b.report.warn(w);
  for (const p of notUnderstood) b.report.warn(`paragraph ${p.paragraph} was not understood (${p.why}): “${p.text}”`);
  if (notUnderstood.length > 0) b.report.skip("paragraphs", "they were not under a tag", notUnderstood.length);
  const firstPocket = doc.items.find((i) => i.type === "pocket") as { text: string } | undefined;
  const fromName = (meta.fileName ?? "").replace(/\.(docx|docm)$/i, "").trim();
  const graph = b.build({
    title: fromName || firstPocket?.text || "Imported Verbatim file",
    resolution: "",
    description: "",
  });
  const { pockets, hats, blocks, cards, analytics } = counts;
  graph.report.document = { pockets, hats, blocks, cards, analytics };
  return graph;
}

/** What to export: a whole debate, one speech, one group (with the groups under it) or chosen cards. */
export type VerbatimSelection =
  | { kind: "debate" }
  | { kind: "speech"; speech: string }
  | { kind: "group"; groupId: string }
  | { kind: "nodes"; ids: string[] };

type ExportGroup = NodeGroupDto;
/** A debate as the exporters see it (its groups are the pockets, hats and blocks). */
export type VerbatimExportable = ExportableDebate;

const HEADING_OF: Record<GroupKind, HeadingLevel> = { pocket: "pocket", hat: "hat", block: "block", heading: "block" };

/**
 * Verbatim items for a debate or a part of it: the groups as pockets, hats and blocks (ancestors of
 * what is chosen included, so the Navigation Pane shows where a card came from), each evidence
 * node as a card (main highlight yellow, the second colour cyan), other arguments as analytics.
 */
export function exportableToVerbatim(debate: VerbatimExportable, selection: VerbatimSelection): VerbatimItem[] {
  const groups = new Map((debate.groups ?? []).map((g) => [g.id, g]));
  const within = (groupId: string | null | undefined, root: string): boolean => {
    for (let g = groupId ? groups.get(groupId) : undefined, d = 0; g && d < 64; d++) {
      if (g.id === root) return true;
      g = g.parentId ? groups.get(g.parentId) : undefined;
    }
    return false;
  };
  const ids = selection.kind === "nodes" ? new Set(selection.ids) : null;
  const chosen = debate.nodes.filter((node) => {
    switch (selection.kind) {
      case "debate":
        return true;
      case "speech":
        return node.speech === selection.speech;
      case "group":
        return within(node.groupId, selection.groupId);
      case "nodes":
        return ids!.has(node.id);
    }
  });
  const item = (node: (typeof chosen)[number]): VerbatimItem => {
    const e = node.evidence;
    if (node.kind !== "evidence" || !e) return { type: "analytic", text: node.title, paragraph: 0 };
    return {
      type: "card",
      tag: node.title,
      cite: e.cite,
      shortCite: e.citeFields?.shortCite ?? "",
      body: e.quote,
      underline: e.underline ?? [],
      emphasis: e.emphasis ?? [],
      highlights: [
        ...e.highlights.map((h) => ({ ...h, color: "yellow" })),
        ...(e.highlights2 ?? []).map((h) => ({ ...h, color: "cyan" })),
      ].sort((x, y) => x.start - y.start),
      insertions: e.insertions ?? [],
      paragraph: 0,
    };
  };
  // Walk the group tree in order; nodes without a group come first.
  const children = new Map<string | null, ExportGroup[]>();
  for (const g of groups.values()) {
    const parent = g.parentId && groups.has(g.parentId) ? g.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), g]);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order);
  const byGroup = new Map<string | null, typeof chosen>();
  for (const node of chosen) {
    const g = node.groupId && groups.has(node.groupId) ? node.groupId : null;
    byGroup.set(g, [...(byGroup.get(g) ?? []), node]);
  }
  const out: VerbatimItem[] = (byGroup.get(null) ?? []).map(item);
  const hasChosen = (g: ExportGroup): boolean =>
    (byGroup.get(g.id)?.length ?? 0) > 0 || (children.get(g.id) ?? []).some(hasChosen);
  const visit = (g: ExportGroup, depth: number) => {
    if (depth > 64 || !hasChosen(g)) return;
    out.push({ type: HEADING_OF[g.kind], text: g.title, paragraph: 0 });
    out.push(...(byGroup.get(g.id) ?? []).map(item));
    for (const c of children.get(g.id) ?? []) visit(c, depth + 1);
  };
  for (const g of children.get(null) ?? []) visit(g, 0);
  return out;
}
