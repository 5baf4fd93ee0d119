// A debate as a Kialo discussion export (.txt), the format parseKialo reads: "Discussion Title:",
// the thesis "1.", then "1.2. Pro: …" / "1.2. Con: …" depth-first, "-> See 1.2." for a claim that
// answers more than one other. Sources go back as Markdown links, as Kialo writes them.
import { ATTACK_RELATIONS } from "../vocabulary";
import type { EdgeDto, NodeDto } from "../schemas";
import { joinClaimText } from "./common";
import type { ExportableDebate } from "./types";

/** What a Kialo file could not hold of a debate (Kialo's text format has no comments). */
export type KialoNote = { what: string; count: number; why: string };

/** Where parseKialo says a source came from: the link text is the source's title. */
export const KIALO_LINK_ATTRIBUTION = /^Linked from Kialo claim /;

/** Kialo's backslash escapes: brackets and parentheses (so text is never read as a link) and backslashes. */
export function escapeKialo(text: string): string {
  return text.replace(/[\\[\]()]/g, (c) => `\\${c}`);
}

function markdownLink(title: string, url: string): string {
  return `[${escapeKialo(title)}](${url.replace(/[\\()\s]/g, (c) => (/\s/.test(c) ? encodeURIComponent(c) : `\\${c}`))})`;
}

/** One claim's text on Kialo lines: escaped, links written in, no line that parses as a claim or a link. */
function claimLines(text: string, links: { title: string; url: string }[]): string {
  let out = escapeKialo(text);
  for (const l of [...links].sort((a, b) => b.title.length - a.title.length)) {
    const needle = escapeKialo(l.title);
    const at = needle ? out.indexOf(needle) : -1;
    // A title inside a link already written is left alone.
    if (at >= 0 && !/\]\([^)]*$/.test(out.slice(0, at)) && !/\[[^\]]*$/.test(out.slice(0, at)))
      out = out.slice(0, at) + markdownLink(l.title, l.url) + out.slice(at + needle.length);
    else out += ` ${markdownLink(l.title, l.url)}`;
  }
  return out
    .split("\n")
    .map((line, i) => {
      let l = line.replace(/^(\d+(?:\.\d+)*)\./, "$1\\.");
      if (i === 0 && /^->/.test(l)) l = `\\${l}`;
      return l;
    })
    .join("\n");
}

/** A card's words as Kialo shows a claim with evidence: the quote, then its cite linked to the source. */
function nodeText(n: NodeDto, sources: Map<string, ExportableDebate["sources"][number]>) {
  const links: { title: string; url: string }[] = [];
  let body = n.body;
  if (n.evidence) {
    const src = sources.get(n.evidence.sourceId);
    const cite = n.evidence.cite || src?.title || "";
    body = [body, `“${n.evidence.quote}”${cite ? ` — ${cite}` : ""}`].filter(Boolean).join("\n\n");
    if (src?.url) links.push({ title: cite || src.title, url: src.url });
  }
  return { text: joinClaimText(n.title, body) || "(empty)", links };
}

/**
 * Write a debate as Kialo text. The thesis is the node with the role "thesis", else the
 * resolution; claims that answer nothing hang under it (Pro unless on the negative). A supports or
 * extends edge is a Pro, an attack a Con. Sources that came from Kialo links are written back as
 * links where their words are; a card's cite links to its source. `notes` says what Kialo lost.
 */
export function toKialo(d: ExportableDebate): { text: string; notes: KialoNote[] } {
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const nodes = new Map(d.nodes.map((n) => [n.id, n]));
  const edges = d.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target) && e.source !== e.target);
  const answers = new Map<string, typeof edges>();
  const answering = new Set<string>();
  for (const e of edges) {
    (answers.get(e.target) ?? answers.set(e.target, []).get(e.target)!).push(e);
    answering.add(e.source);
  }
  const kialoLinks = d.sources.filter((s) => s.url && KIALO_LINK_ATTRIBUTION.test(s.attribution));
  const linksIn = (text: string) =>
    kialoLinks.filter((s) => s.title && text.includes(s.title)).map((s) => ({ title: s.title, url: s.url }));
  const used = new Set<string>();

  const thesisNode = d.nodes.find((n) => n.role === "thesis") ?? null;
  const lines: string[] = [`Discussion Title: ${escapeKialo(d.title).split("\n")[0]}`, ""];
  const idOf = new Map<string, string>();
  const write = (id: string, stance: "Pro" | "Con" | null, n: NodeDto) => {
    const { text, links } = nodeText(n, sources);
    const all = [...links, ...linksIn(text)];
    for (const l of all) used.add(l.url);
    lines.push(`${id}. ${stance ? `${stance}: ` : ""}${claimLines(text, all)}`);
  };
  const stanceOf = (relation: EdgeDto["relation"]): "Pro" | "Con" => (ATTACK_RELATIONS.has(relation) ? "Con" : "Pro");

  const roots: { node: NodeDto; stance: "Pro" | "Con" }[] = [];
  const stanceBySide = (n: NodeDto): "Pro" | "Con" => (n.side === "neg" ? "Con" : "Pro");
  for (const n of d.nodes)
    if (!answering.has(n.id) && n !== thesisNode) roots.push({ node: n, stance: stanceBySide(n) });

  // Each claim is written in full under the claim it answers first (its first edge, as Kialo's
  // own file puts it where it was first posted) and as "-> See" under every other one.
  const primary = new Map<string, (typeof edges)[number]>();
  for (const e of edges) if (!primary.has(e.source)) primary.set(e.source, e);
  type Entry = { id: string; stance: "Pro" | "Con" | null; node: string | null; see?: string };
  const entries: Entry[] = [];
  if (thesisNode) {
    idOf.set(thesisNode.id, "1");
    entries.push({ id: "1", stance: null, node: thesisNode.id });
  } else entries.push({ id: "1", stance: null, node: null });

  // Depth-first, over an explicit stack of frames: a deep debate must not overflow the call stack.
  type Child = { source: string; stance: "Pro" | "Con"; edge: (typeof edges)[number] | null };
  type Frame = { kialo: string; children: Child[]; next: number };
  const childrenOf = (id: string): Child[] =>
    (answers.get(id) ?? []).map((e) => ({ source: e.source, stance: stanceOf(e.relation), edge: e }));
  const run = (first: Frame) => {
    const stack: Frame[] = [first];
    while (stack.length > 0) {
      const f = stack[stack.length - 1]!;
      if (f.next >= f.children.length) {
        stack.pop();
        continue;
      }
      const c = f.children[f.next++]!;
      const childId = `${f.kialo}.${f.next}`;
      if (idOf.has(c.source) || (c.edge && primary.get(c.source) !== c.edge)) {
        entries.push({ id: childId, stance: c.stance, node: null, see: c.source });
        continue;
      }
      idOf.set(c.source, childId);
      entries.push({ id: childId, stance: c.stance, node: c.source });
      stack.push({ kialo: childId, children: childrenOf(c.source), next: 0 });
    }
  };
  const thesisFrame: Frame = {
    kialo: "1",
    children: [
      ...(thesisNode ? childrenOf(thesisNode.id) : []),
      ...roots.map((r) => ({ source: r.node.id, stance: r.stance, edge: null })),
    ],
    next: 0,
  };
  run(thesisFrame);
  // Claims that reach no root (a cycle of answers) hang under the thesis, which breaks the cycle.
  for (const n of d.nodes) {
    if (idOf.has(n.id)) continue;
    thesisFrame.children.push({ source: n.id, stance: stanceBySide(n), edge: null });
    run(thesisFrame);
  }

  for (const e of entries) {
    if (e.see !== undefined) lines.push(`${e.id}. ${e.stance}: -> See ${idOf.get(e.see)}.`);
    else if (e.node) write(e.id, e.stance, nodes.get(e.node)!);
    else {
      const thesis = (d.resolution || d.title).trim() || "Thesis";
      lines.push(`1. ${claimLines(thesis, linksIn(thesis))}`);
    }
  }

  const notes: KialoNote[] = [];
  const note = (what: string, why: string, count: number) => {
    if (count > 0) notes.push({ what, count, why });
  };
  note(
    "relation kinds other than support and attack (undercuts, turns, extends…)",
    "Kialo has only Pro and Con: an attack is a Con, anything else a Pro",
    edges.filter((e) => e.relation !== "supports" && e.relation !== "rebuts").length,
  );
  note(
    "speeches, roles and response types",
    "a Kialo claim has only its text and its stance",
    d.nodes.filter((n) => n.speech || (n.role && n.role !== "thesis") || n.responseType).length,
  );
  note(
    "card anchors and markup",
    "Kialo has no cards: the quote and cite are in the claim's text, the cite linked to its source",
    d.nodes.filter((n) => n.evidence).length,
  );
  note(
    "sources without a web address, and every source's text",
    "Kialo keeps a source only as a Markdown link",
    d.sources.filter((s) => !s.url || !used.has(s.url)).length,
  );
  note("groups (headings, pockets, hats, blocks)", "Kialo has no grouping of claims", d.groups?.length ?? 0);
  note(
    "tags on arguments",
    "Kialo claims carry no tags in its export",
    d.nodes.filter((n) => (n.tags ?? []).length > 0).length,
  );
  note("positions on the map", "Kialo lays its tree out itself", d.nodes.length);
  return { text: lines.join("\n") + "\n", notes };
}
