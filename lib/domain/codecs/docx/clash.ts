// Between a Verbatim document and Clash: a read file becomes an ImportedGraph (groups for
// pockets, hats and blocks, an evidence node per card anchored in a source per cited article,
// analytics as claims), and a debate (or part of it) becomes Verbatim items for the writer.
import { plural } from "../../evaluation/text";
import { describeSpan } from "../../anchoring";
import type { NodeGroupDto } from "../../schemas";
import { shortCiteOf } from "../../cite";
import { GraphBuilder, citeSource } from "../common";
import { edgeMark, isOutline, nodeMark, OUTLINE_MARK, readMarks } from "./clash-marks";
import type { ExportableDebate, ImportedGraph, ImportedGroup, ImportedNode } from "../types";
import { SPEECHES, SPEECH_LABELS, type Relation } from "../../vocabulary";
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
  // Clash writes its main highlight yellow whatever its length; another file's main is its most used colour.
  const main = doc.items.some((i) => readMarks(i.marks).node) ? "yellow" : mainHighlightColor(doc);
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
  for (const s of sources) b.addSource(citeSource(s.key, s.cite || s.shortCite, s.cite, sourceText.get(s.key)!));

  let n = 0;
  const add = (title: string) => {
    n++;
    const node = b.addNode({ key: `n${n}`, title, kind: "claim", tags: [] });
    if (groupKey) node.groupKey = groupKey;
    return node;
  };
  // Clash's marks (a file Clash wrote): each argument's fields, its number and its connections.
  const byNumber = new Map<number, string>();
  const edges: { from: number; to: number; relation: Relation }[] = [];
  /** the claim whose block heading the cards below stand under, until the next heading */
  let claimBlock: string | null = null;
  const structural: { card: string; claim: string }[] = [];
  const apply = (node: ImportedNode, marks: string[] | undefined) => {
    const read = readMarks(marks);
    if (read.node) {
      const { kind, ...fields } = read.node.fields;
      Object.assign(node, fields);
      // A card stays a card; an analytic keeps the kind it had (a rebuttal, an argument).
      if (node.kind !== "evidence" && kind !== "evidence") node.kind = kind;
      if (!byNumber.has(read.node.n)) byNumber.set(read.node.n, node.key);
    }
    edges.push(...read.edges);
    return read;
  };
  for (const item of doc.items) {
    switch (item.type) {
      case "pocket":
      case "hat":
      case "block": {
        // A block heading Clash marked as an argument is that claim, its cards under it backing it.
        if (item.type === "block" && readMarks(item.marks).node) {
          const node = add(item.text);
          apply(node, item.marks);
          claimBlock = node.key;
          break;
        }
        claimBlock = null;
        // A pocket Clash wrote only to order the file: under it the arguments are in no group.
        if (isOutline(item.marks)) {
          delete open.pocket;
          delete open.hat;
          delete open.block;
          groupKey = undefined;
          break;
        }
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
        apply(add(item.text), item.marks);
        break;
      case "card": {
        const place = cardPlace.get(item);
        const node = add(item.tag || item.shortCite || "Card");
        if (!place) {
          // A tag and cite with no card text: nothing to anchor, the cite is kept in the body.
          node.body = item.cite;
          apply(node, item.marks);
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
        // A card under a claim's block backs it, unless its marks say what it answers.
        if (apply(node, item.marks).edges.length === 0 && claimBlock)
          structural.push({ card: node.key, claim: claimBlock });
        break;
      }
    }
  }
  for (const e of edges) {
    const from = byNumber.get(e.from);
    const to = byNumber.get(e.to);
    if (from && to) b.addEdge(from, to, e.relation);
    else
      b.report.skip("connections to an argument the file no longer has", "its paragraph was deleted or lost its mark");
  }
  for (const s of structural) b.addEdge(s.card, s.claim, "supports");
  const { counts, notUnderstood } = doc.report;
  // The pockets Clash wrote only to order its file are no pockets of the debate's.
  const pockets = counts.pockets - doc.items.filter((i) => i.type === "pocket" && isOutline(i.marks)).length;
  b.report.warn(
    `read ${plural(pockets, "pocket")}, ${plural(counts.hats, "hat")}, ${plural(counts.blocks, "block")}, ${plural(counts.cards, "card")} and ${plural(counts.analytics, "analytic")}`,
  );
  for (const w of doc.report.warnings) b.report.warn(w);
  for (const p of notUnderstood) b.report.warn(`paragraph ${p.paragraph} was not understood (${p.why}): “${p.text}”`);
  if (notUnderstood.length > 0) b.report.skip("paragraphs", "they were not under a tag", notUnderstood.length);
  const firstPocket = doc.items.find((i) => i.type === "pocket") as { text: string } | undefined;
  const fromName = (meta.fileName ?? "").replace(/\.(docx|docm)$/i, "").trim();
  // A file Clash wrote has the debate's title, resolution and description in its properties.
  const props = byNumber.size > 0 ? doc.properties : undefined;
  const graph = b.build({
    title: props?.title || fromName || firstPocket?.text || "Imported Verbatim file",
    resolution: props?.subject ?? "",
    description: props?.description ?? "",
  });
  const { hats, blocks, cards, analytics } = counts;
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
  const chosen = chosenNodes(debate, selection);
  // Each chosen argument's number in the file, for the marks that carry its fields and connections.
  const number = new Map(chosen.map((node, i) => [node.id, i + 1]));
  // Each argument's outgoing connections, in the debate's order: looked up per argument, never
  // scanned (a scan per argument made a 5,000-argument file's export quadratic).
  const from = new Map<string, VerbatimExportable["edges"]>();
  for (const e of debate.edges) if (number.has(e.source) && number.has(e.target)) pushTo(from, e.source, e);
  const marksOf = (node: (typeof chosen)[number]): string[] => {
    const n = number.get(node.id)!;
    return [nodeMark(n, node), ...(from.get(node.id) ?? []).map((e) => edgeMark(n, number.get(e.target)!, e.relation))];
  };
  const item = (node: (typeof chosen)[number]): VerbatimItem => {
    const e = node.evidence;
    const marks = marksOf(node);
    if (node.kind !== "evidence" || !e) return { type: "analytic", text: node.title, paragraph: 0, marks };
    return {
      type: "card",
      tag: node.title,
      cite: e.cite,
      shortCite: citeHeadFor(e),
      body: e.quote,
      underline: e.underline ?? [],
      emphasis: e.emphasis ?? [],
      highlights: [
        ...e.highlights.map((h) => ({ ...h, color: "yellow" })),
        ...(e.highlights2 ?? []).map((h) => ({ ...h, color: "cyan" })),
      ].sort((x, y) => x.start - y.start),
      insertions: e.insertions ?? [],
      paragraph: 0,
      marks,
    };
  };
  // A claim backed by cards in the same group is a block heading with its cards under it (the
  // Verbatim way: a block answers one argument with its cards); the rest of the group comes first.
  const isCard = (node: (typeof chosen)[number]) => node.kind === "evidence" && !!node.evidence;
  const itemsOf = (nodes: typeof chosen): VerbatimItem[] => {
    const here = new Map(nodes.map((x) => [x.id, x]));
    const backing = new Map<string, typeof chosen>();
    const placed = new Set<string>();
    for (const node of nodes) {
      if (!isCard(node)) continue;
      const claim = from.get(node.id)?.find((x) => {
        const target = x.relation === "supports" ? here.get(x.target) : undefined;
        return target !== undefined && !isCard(target);
      });
      if (!claim) continue;
      pushTo(backing, claim.target, node);
      placed.add(node.id);
    }
    const out = nodes.filter((x) => !placed.has(x.id) && !backing.has(x.id)).map(item);
    for (const node of nodes) {
      const cards = backing.get(node.id);
      if (!cards) continue;
      out.push({ type: "block", text: node.title, paragraph: 0, marks: marksOf(node) }, ...cards.map(item));
    }
    return out;
  };
  // Walk the group tree in order; nodes without a group come first.
  const children = new Map<string | null, ExportGroup[]>();
  for (const g of groups.values()) {
    const parent = g.parentId && groups.has(g.parentId) ? g.parentId : null;
    pushTo(children, parent, g);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order);
  const byGroup = new Map<string | null, typeof chosen>();
  for (const node of chosen) {
    const g = node.groupId && groups.has(node.groupId) ? node.groupId : null;
    pushTo(byGroup, g, node);
  }
  // A debate with no groups (built in Clash): the arguments without a speech first (the
  // resolution, framing), then a pocket per speech in the round's order, so it reads in Word's
  // Navigation Pane as a file does (it was one flat list of tags, Aff and Neg mixed). Marked as
  // outline, they come back as no group. A speech's own file needs no pocket for it.
  const loose = byGroup.get(null) ?? [];
  const bySpeech = groups.size === 0 && selection.kind !== "speech";
  const out: VerbatimItem[] = itemsOf(bySpeech ? loose.filter((x) => !x.speech) : loose);
  for (const speech of bySpeech ? SPEECHES : []) {
    const here = loose.filter((x) => x.speech === speech);
    if (here.length === 0) continue;
    out.push({ type: "pocket", text: SPEECH_LABELS[speech], paragraph: 0, marks: [OUTLINE_MARK] });
    out.push(...itemsOf(here));
  }
  const hasChosen = (g: ExportGroup): boolean =>
    (byGroup.get(g.id)?.length ?? 0) > 0 || (children.get(g.id) ?? []).some(hasChosen);
  const visit = (g: ExportGroup, depth: number) => {
    if (depth > 64 || !hasChosen(g)) return;
    out.push({ type: HEADING_OF[g.kind], text: g.title, paragraph: 0 });
    out.push(...itemsOf(byGroup.get(g.id) ?? []));
    for (const c of children.get(g.id) ?? []) visit(c, depth + 1);
  };
  for (const g of children.get(null) ?? []) visit(g, 0);
  return out;
}

/** Append to the list under `key`, in place (a copy per append is quadratic in the list's length). */
function pushTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/**
 * The short cite to set in the Cite style: the debater's, else the one Clash shows (derived from
 * the cite's parts), when the cite holds it; else the cite's opening words ("Lemon 15" of
 * "Lemon 15 — …"). A cite line with no Cite run reads back as card text, so a card with a cite
 * always has one, and the line is written as it stands so the cite comes back unchanged.
 */
function citeHeadFor(e: NonNullable<ExportableDebate["nodes"][number]["evidence"]>): string {
  const written = e.citeFields?.shortCite?.trim();
  if (written) return written;
  const cite = e.cite.trim();
  if (!cite) return "";
  const shown = shortCiteOf(e);
  if (shown && cite.includes(shown)) return shown;
  return cite.split(/\s+[—–-]\s+|[;,([]/)[0]!.trim() || cite;
}

/** The arguments a selection takes, in the debate's order. */
function chosenNodes(debate: VerbatimExportable, selection: VerbatimSelection): VerbatimExportable["nodes"] {
  const groups = new Map((debate.groups ?? []).map((g) => [g.id, g]));
  const within = (groupId: string | null | undefined, root: string): boolean => {
    for (let g = groupId ? groups.get(groupId) : undefined, d = 0; g && d < 64; d++) {
      if (g.id === root) return true;
      g = g.parentId ? groups.get(g.parentId) : undefined;
    }
    return false;
  };
  const ids = selection.kind === "nodes" ? new Set(selection.ids) : null;
  return debate.nodes.filter((node) => {
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
}

/**
 * What a .docx of the selection cannot hold, for the download to say (X-Clash-Not-Exported). The
 * file keeps the groups, the cards (tag, cite with its short cite, quote and its layers), each
 * argument's kind, side, role, speech and response type and its connections (as Clash's hidden
 * bookmarks), and the debate's title, resolution and description (as the file's properties).
 */
export function verbatimNotes(
  debate: VerbatimExportable,
  selection: VerbatimSelection,
): { what: string; count: number; why: string }[] {
  const chosen = chosenNodes(debate, selection);
  const cards = chosen.filter((n) => n.kind === "evidence" && n.evidence);
  const ids = new Set(chosen.map((n) => n.id));
  const sources = new Set(cards.map((n) => n.evidence!.sourceId));
  const notes = [
    {
      what: "positions on the map",
      count: chosen.length,
      why: "a Word file is read top to bottom: the import lays the map out again",
    },
    {
      what: "sources (title, author, date, address and full text)",
      count: sources.size,
      why: "Verbatim has no source record: each card comes back quoting a source made of its cards' text, named by its cite",
    },
    {
      what: "cite parts (author, qualifications, date, title…) of cards",
      count: cards.filter((n) => Object.entries(n.evidence!.citeFields ?? {}).some(([k, v]) => k !== "shortCite" && v))
        .length,
      why: "a cite is one line in Verbatim: it comes back whole, its short cite in the Cite style",
    },
    {
      what: "descriptions of arguments",
      count: chosen.filter((n) => n.body.trim() !== "").length,
      why: "a tag or block heading is one line: only the title is written",
    },
    {
      what: "tags and inference schemes of arguments",
      count: chosen.filter((n) => (n.tags ?? []).length > 0 || n.scheme?.trim()).length,
      why: "Verbatim has no labels on a tag",
    },
    {
      what: "connections to arguments outside the export",
      count: debate.edges.filter((e) => ids.has(e.source) !== ids.has(e.target)).length,
      why: "only connections between exported arguments are written",
    },
    {
      what: "headings (Argdown sections)",
      count: (debate.groups ?? []).filter((g) => g.kind === "heading").length,
      why: "Verbatim has pockets, hats and blocks only: headings are written as blocks",
    },
  ];
  return notes.filter((n) => n.count > 0);
}
