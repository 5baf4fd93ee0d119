// AIF JSON as AIFdb and OVA write it: `nodes[{nodeID,text,type,timestamp,scheme?}]` and
// `edges[{edgeID,fromID,toID}]`, either bare (an AIFdb nodeset, with `locutions` and
// `participants` beside them) or wrapped by OVA as `{AIF: {...}, OVA: {nodes: [{nodeID, x, y,
// visible}], edges}, text}` with layout and the analysed text (OVA3: a string of HTML; OVA2: `{txt}`).
import { z } from "zod";
import { CiteFields, Insertion, MAX_LAYER_RANGES, Position, Range, type NodeDto } from "../schemas";
import { ATTACK_RELATIONS, type Relation } from "../vocabulary-schemas";
import { NodeKind, ResponseType, Role, Side, Speech } from "../vocabulary-schemas";
import {
  DIALOGUE_ATTRIBUTION_NO_TRANSITIONS,
  dialogueCards,
  importDialogue,
  locutionText,
  participantName,
  transcriptHtml,
} from "./aif-dialogue";
import {
  GraphBuilder,
  abbreviate,
  addQuoteSources,
  assertCount,
  isRecord,
  joinClaimText,
  splitCardText,
  splitClaimText,
  type QuotedCard,
  type ReportBuilder,
} from "./common";
import { IMPORT_LIMITS, ImportError, type ExportableDebate, type ImportedGraph } from "./types";

/** Scheme names Clash writes on RA/CA nodes so that relations AIF has no word for come back. */
export const CLASH_SCHEMES = {
  extends: "Clash: extends",
  undercuts: "Clash: undercuts",
  turns: "Clash: turns",
  contradicts: "Clash: contradicts",
} as const satisfies Partial<Record<Relation, string>>;

const SUPPORT_TEXT = "Default Inference";
const CONFLICT_TEXT = "Default Conflict";
const TRANSITION_TEXT = "Default Transition";
const ASSERTING = "Asserting";
/** RA/CA texts that name no scheme (OVA writes the scheme's name as the node's text). */
const NO_SCHEME = new Set(["", "ra", "ca", "ma", "default inference", "default conflict", "default rephrase"]);

// ---------- the schema (applied after the JSON guard) ----------

const AifId = z.union([z.string().trim().min(1).max(200), z.number().finite()]).transform((v) => String(v));
const ClashNodeMeta = z
  .object({
    kind: z.unknown(),
    side: z.unknown(),
    role: z.unknown(),
    speech: z.unknown(),
    responseType: z.unknown(),
    title: z.unknown(),
    body: z.unknown(),
    card: z.unknown(),
  })
  .partial();
/** A card's own fields written beside its proposition by `toAif`: each layer read leniently (a bad one is none). */
const ClashCard = z.object({
  quote: z.string().min(1).max(20_000),
  cite: z.string().max(2_000).catch(""),
  citeFields: CiteFields.optional().catch(undefined),
  highlights: z.array(Range).max(MAX_LAYER_RANGES).optional().catch(undefined),
  underline: z.array(Range).max(MAX_LAYER_RANGES).optional().catch(undefined),
  emphasis: z.array(Range).max(MAX_LAYER_RANGES).optional().catch(undefined),
  highlights2: z.array(Range).max(MAX_LAYER_RANGES).optional().catch(undefined),
  insertions: z.array(Insertion).max(200).optional().catch(undefined),
});
/** A node as read: ids compared as strings, its type in upper case, its text a string. */
type AifNode = {
  nodeID: string;
  text: string;
  type: string;
  scheme?: string;
  clash?: z.infer<typeof ClashNodeMeta>;
};
// OVA writes coordinates as numbers or as numeric strings ("94.045"), depending on the version.
const OvaCoordinate = z.union([
  z.number().finite(),
  z
    .string()
    .regex(/^-?\d+(?:\.\d+)?$/)
    .transform(Number),
]);
const OvaLayout = z.object({
  // One node without a usable position does not cost the others theirs.
  nodes: z
    .array(z.object({ nodeID: AifId, x: OvaCoordinate, y: OvaCoordinate }).loose().nullable().catch(null))
    .default([]),
});
const ClashMeta = z.object({
  title: z.string().max(200),
  resolution: z.string().max(1_000),
  description: z.string().max(5_000),
});

export type AifNodeJson = {
  nodeID: string;
  text: string;
  type: string;
  timestamp: string;
  scheme?: string;
  /** Clash's fields of the argument (AIF readers ignore keys they do not know) */
  clash?: {
    kind: string;
    side: string;
    role?: string;
    speech?: string;
    responseType?: string;
    /** argument nodes (RA/CA): the title and description AIF has no place for */
    title?: string;
    body?: string;
    /** a card: its quote and cite (also in the node's text) with the cite's parts and markup layers */
    card?: {
      quote: string;
      cite: string;
      citeFields?: NonNullable<NodeDto["evidence"]>["citeFields"];
      highlights: { start: number; end: number }[];
      underline?: { start: number; end: number }[];
      emphasis?: { start: number; end: number }[];
      highlights2?: { start: number; end: number }[];
      insertions?: { at: number; text: string }[];
    };
  };
};
export type AifEdgeJson = { edgeID: string; fromID: string; toID: string; formEdgeID: null };
export type AifParticipantJson = { participantID: string; firstname: string; surname: string };
export type AifLocutionJson = { nodeID: string; personID: string; timestamp: string };
/** What an export could not write in AIF, said in the file (JSON has no comments). */
export type ExportNote = { what: string; count: number; why: string };
export type AifJson = {
  AIF: {
    nodes: AifNodeJson[];
    edges: AifEdgeJson[];
    schemefulfillments: unknown[];
    locutions: AifLocutionJson[];
    participants: AifParticipantJson[];
  };
  OVA: {
    firstname: string;
    surname: string;
    url: string;
    nodes: { nodeID: string; visible: boolean; x: number; y: number; timestamp: string }[];
    edges: { fromID: string; toID: string; visible: boolean }[];
  };
  /** the analysed text, as OVA3 writes it: HTML of the text pane (a dialogue's transcript) */
  text: string;
  /** Clash's own metadata (AIF tools ignore keys they do not know). */
  clashDebate: { title: string; resolution: string; description: string };
  /** what this file could not hold of the debate */
  clashNotExported: ExportNote[];
};

const DIALOGUE_TYPES = new Set(["L", "YA", "TA"]);

/** A scheme name of an RA/CA node: `scheme`, a named `schemeID`, or OVA's node text. */
function schemeName(n: AifNode, fulfilled: ReadonlyMap<string, string>): string {
  for (const v of [n.scheme, fulfilled.get(n.nodeID), n.text]) {
    if (typeof v !== "string") continue;
    const t = v.trim();
    // A number names a scheme in AIFdb's own table, which the file does not carry.
    if (t && !/^\d+$/.test(t) && !NO_SCHEME.has(t.toLowerCase())) return t;
  }
  return "";
}

/** schemefulfillments: nodeID → schemeID, when the id is a name. */
function schemeFulfillments(list: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!Array.isArray(list)) return out;
  for (const f of list) {
    if (!isRecord(f)) continue;
    const node = f.nodeID;
    const scheme = f.schemeID ?? f.scheme;
    if ((typeof node === "string" || typeof node === "number") && typeof scheme === "string")
      out.set(String(node), scheme);
  }
  return out;
}

/**
 * A card Clash wrote as a proposition: its quote, cite, cite parts and layers from `clash.card`, and
 * the text before the quote as its description; a file without `clash.card` (an older export)
 * gives its quote and cite from the text (`“quote” — cite`). Null when neither holds a quote.
 */
function readCard(meta: unknown, body: string): (Omit<QuotedCard, "node"> & { body: string }) | null {
  const record = ClashCard.safeParse(meta);
  const fromText = splitCardText(body);
  if (!record.success) return fromText && { body: fromText.body, quote: fromText.quote, cite: fromText.cite };
  const { quote, cite, ...markup } = record.data;
  const written = `“${quote}”${cite ? ` — ${cite}` : ""}`;
  const rest = body.endsWith(written) ? body.slice(0, body.length - written.length).trim() : (fromText?.body ?? "");
  return { body: rest, quote, cite, markup };
}

/** Clash's own fields written on an I node by `toAif`, each checked against the vocabulary. */
function clashFields(meta: AifNode["clash"]) {
  if (!meta) return {};
  const pick = <T>(schema: z.ZodType<T>, v: unknown): T | undefined => schema.safeParse(v).data;
  const kind = pick(NodeKind, meta.kind);
  return {
    ...(kind && kind !== "evidence" ? { kind } : {}),
    side: pick(Side, meta.side),
    role: pick(Role, meta.role) ?? null,
    speech: pick(Speech, meta.speech) ?? null,
    responseType: pick(ResponseType, meta.responseType) ?? null,
  };
}

/**
 * Read AIF JSON (already through `parseJsonGuarded`). I-nodes become claims; an RA node makes
 * its premise support its conclusion; a CA node makes its attacker rebut what it attacks (a CA
 * aimed at an RA node undercuts that inference's premises). The dialogue layer (L, YA, TA)
 * becomes a transcript source with a card per locution (see aif-dialogue.ts). MA (rephrase) and
 * PA have no Clash counterpart: they are counted in the report. A node or an edge that cannot be
 * read (see readNodes, linkEdges) is left out and reported, as is an edge to a node the file
 * lacks; the file is refused when it is not AIF at all or none of its nodes can be read.
 */
export function parseAif(input: unknown): ImportedGraph {
  const ova2 = fromOva2(input);
  const json = ova2?.json ?? lowerCaseWrapper(input);
  const wrapped = isRecord(json) && isRecord(json.AIF);
  const aifRaw = wrapped ? json.AIF : json;
  if (!isRecord(aifRaw) || !Array.isArray(aifRaw.nodes)) {
    throw new ImportError(
      "malformed",
      'this is not AIF JSON: expected an object with a "nodes" list (or an OVA file with "AIF")',
    );
  }
  assertCount(aifRaw.nodes, "AIF nodes", IMPORT_LIMITS.maxNodes * 4);
  assertCount(aifRaw.edges, "AIF edges", IMPORT_LIMITS.maxNodes * 8);
  const top = isRecord(json) ? json : {};

  const positions = new Map<string, NodeDto["position"]>();
  if (wrapped && isRecord(top.OVA)) {
    const ova = OvaLayout.safeParse(top.OVA);
    if (ova.success) {
      for (const n of ova.data.nodes) {
        if (!n) continue;
        const p = Position.safeParse({ x: n.x, y: n.y });
        if (p.success) positions.set(n.nodeID, p.data);
      }
    }
  }
  const metaParsed = ClashMeta.safeParse(top.clashDebate);
  const meta = metaParsed.success ? metaParsed.data : null;

  const g = new GraphBuilder("aif");
  if (ova2) {
    g.report.warn("an OVA2 analysis: read as the AIF it holds (nodes, edges, participants and the analysed text)");
    g.report.skip(
      "OVA2 bookkeeping nodes (hidden “Analysing” and “Publishing” locutions)",
      "they record who analysed the text, not what was said",
      ova2.hidden,
    );
  }
  const { byId, leftOut } = readNodes(aifRaw.nodes, g.report);
  const { ins, outs } = linkEdges(aifRaw.edges, byId, leftOut, g.report);

  const typeOf = (id: string) => byId.get(id)?.type.toUpperCase() ?? "";
  const isI = (id: string) => typeOf(id) === "I";
  const fulfilled = schemeFulfillments(aifRaw.schemefulfillments);

  // 1. Propositions. One Clash marked as a card is a card again (unless a locution asserts it:
  // then the dialogue's card is the card, and the proposition what it claims).
  let emptyTexts = 0;
  let directEdges = 0;
  const cards: QuotedCard[] = [];
  for (const n of byId.values()) {
    if (n.type.toUpperCase() !== "I") continue;
    const { title, body } = splitClaimText(n.text);
    if (!title) emptyTexts++;
    const asserted = (ins.get(n.nodeID) ?? []).some((id) => typeOf(id) === "YA");
    const card = n.clash?.kind === "evidence" && !asserted ? readCard(n.clash.card, body) : null;
    const node = g.addNode({
      key: n.nodeID,
      title: title || "(empty proposition)",
      body: card ? card.body : body,
      position: positions.get(n.nodeID) ?? null,
      tags: [`aif:${n.nodeID}`],
      ...clashFields(n.clash),
      ...(card ? { kind: "evidence" as const } : {}),
    });
    if (card) cards.push({ node, ...card });
    directEdges += (outs.get(n.nodeID) ?? []).filter(isI).length;
  }
  addQuoteSources(g, cards);
  if (emptyTexts > 0) g.report.warn(`${emptyTexts} propositions (I nodes) had no text`);
  // AIF joins two propositions only through an RA, CA or MA node; an edge straight from one to
  // the other (some AIFdb nodesets have them) names no relation, so none is guessed.
  g.report.skip(
    "direct edges between propositions (I → I)",
    "AIF relates propositions through an RA, CA or MA node; a bare edge says neither support nor attack",
    directEdges,
  );

  // 2. The dialogue: a transcript source and a card per locution.
  importDialogue(g, {
    byId,
    ins,
    outs,
    positions,
    text: top.text,
    locutions: aifRaw.locutions ?? top.locutions,
    participants: aifRaw.participants ?? top.participants,
  });

  // 3. Inferences and conflicts. An RA node with several premises (linked), a scheme name or an
  // undercut against it is an argument node: its premises point at it (numbered in file order)
  // and it supports its conclusion. A plain RA (one premise, no scheme, unattacked) stays a
  // direct support. A CA with several attackers is likewise an argument attacking its target.
  const caOuts = (id: string) => (outs.get(id) ?? []).filter((t) => typeOf(t) === "RA");
  const attackedRA = new Set<string>();
  for (const n of byId.values()) if (n.type.toUpperCase() === "CA") for (const t of caOuts(n.nodeID)) attackedRA.add(t);
  const clashScheme = (s: string) => (Object.values(CLASH_SCHEMES) as string[]).includes(s);
  const titleFor = (scheme: string, conclusions: string[]) => {
    const c = conclusions.map((k) => g.node(k)?.title ?? "").find(Boolean);
    const name = scheme || "Argument";
    return c ? `${name} for: ${abbreviate(c, 160)}` : name;
  };
  const argumentNode = (n: AifNode, scheme: string, premises: string[], conclusions: string[]) => {
    const meta = n.clash;
    const title = typeof meta?.title === "string" && meta.title.trim() ? meta.title : titleFor(scheme, conclusions);
    g.addNode({
      key: n.nodeID,
      kind: "argument",
      title,
      body: typeof meta?.body === "string" ? meta.body : "",
      side: Side.safeParse(meta?.side).data ?? "neutral",
      position: positions.get(n.nodeID) ?? null,
      tags: [`aif:${n.nodeID}`],
      scheme: scheme || null,
    });
    premises.forEach((p, i) => g.addEdge(p, n.nodeID, "premise", i + 1));
  };
  const schemes = new Map<string, number>();
  const raNodes = [...byId.values()].filter((n) => n.type.toUpperCase() === "RA");
  for (const n of raNodes) {
    const scheme = schemeName(n, fulfilled);
    const from = (ins.get(n.nodeID) ?? []).filter(isI);
    const to = outs.get(n.nodeID) ?? [];
    const conclusions = to.filter(isI);
    const relation: Relation = scheme === CLASH_SCHEMES.extends ? "extends" : "supports";
    const named = scheme && !clashScheme(scheme) ? scheme : "";
    if (named) schemes.set(named, (schemes.get(named) ?? 0) + 1);
    if (to.some((t) => !isI(t) && !DIALOGUE_TYPES.has(typeOf(t)))) {
      g.report.skip(
        "inferences that support another inference or conflict",
        "Clash relations connect arguments, not relations",
      );
    }
    if (from.length === 0 || (conclusions.length === 0 && !attackedRA.has(n.nodeID))) {
      g.report.skip("inferences (RA nodes) without a premise or a conclusion", "a support needs both ends");
      continue;
    }
    if (from.length > 1 || named || attackedRA.has(n.nodeID)) {
      argumentNode(n, named, from, conclusions);
      for (const c of conclusions) g.addEdge(n.nodeID, c, relation);
    } else for (const p of from) for (const c of conclusions) g.addEdge(p, c, relation);
  }
  for (const n of byId.values()) {
    const type = n.type.toUpperCase();
    if (type === "I" || type === "RA" || DIALOGUE_TYPES.has(type)) continue;
    if (type === "CA") {
      const scheme = schemeName(n, fulfilled);
      const from = (ins.get(n.nodeID) ?? []).filter(isI);
      const to = outs.get(n.nodeID) ?? [];
      const relation: Relation =
        scheme === CLASH_SCHEMES.undercuts
          ? "undercuts"
          : scheme === CLASH_SCHEMES.turns
            ? "turns"
            : scheme === CLASH_SCHEMES.contradicts
              ? "contradicts"
              : "rebuts";
      if (from.length === 0 || to.length === 0) {
        g.report.skip("conflicts (CA nodes) without an attacker or a target", "an attack needs both ends");
        continue;
      }
      const named = scheme && !clashScheme(scheme) ? scheme : "";
      const targets = to.filter((t) => isI(t) || (typeOf(t) === "RA" && g.hasNode(t)));
      // Several attackers together (or a named conflict scheme) are one argument against the target.
      const linked = from.length > 1 || Boolean(named);
      if (linked && targets.length > 0) {
        if (named) schemes.set(named, (schemes.get(named) ?? 0) + 1);
        argumentNode(n, named, from, targets.filter(isI));
      }
      const attackers = linked && targets.length > 0 ? [n.nodeID] : from;
      for (const target of to) {
        const targetType = typeOf(target);
        if (targetType === "I") {
          for (const a of attackers) g.addEdge(a, target, relation);
        } else if (targetType === "RA") {
          // An attack on an inference undercuts it: the RA is an argument node in Clash.
          if (!g.hasNode(target)) g.report.skip("attacks on an inference without premises", "nothing to undercut");
          else for (const a of attackers) g.addEdge(a, target, "undercuts");
        } else if (!DIALOGUE_TYPES.has(targetType)) {
          g.report.skip(
            "attacks on a conflict or other non-proposition",
            "Clash relations connect arguments, not relations",
          );
        }
      }
    } else if (type === "MA") {
      g.report.skip("rephrases (AIF MA nodes)", "Clash has no rephrase relation; both propositions are kept, unlinked");
    } else if (type === "PA") {
      g.report.skip("preferences (AIF PA nodes)", "Clash has no preference relation");
    } else {
      g.report.skip(`AIF nodes of type ${abbreviate(n.type, 40)}`, "Clash does not know this node type");
    }
  }

  if (meta) return g.build(meta);
  // Without Clash's metadata: the one proposition everything leads to, if there is one, is the
  // resolution, and names the map when it reads as a title; else the file's name does (the
  // importer's fallback for an empty title). Corpora hold fragments cut from a transcript
  // ("involve an enormous amount of work a"), which made poor titles, as did "AIF argument map".
  const graph = g.build({ title: "", resolution: "", description: "" });
  const acting = new Set(graph.edges.map((e) => e.from));
  const answered = new Set(graph.edges.map((e) => e.to));
  const roots = graph.nodes.filter((n) => n.kind !== "evidence" && !acting.has(n.key) && answered.has(n.key));
  if (roots.length === 1) {
    const root = roots[0]!;
    if (/^[\p{Lu}\p{N}"“‘'(]/u.test(root.title)) graph.title = abbreviate(root.title, 200);
    graph.resolution = joinClaimText(root.title, root.body).slice(0, 1_000);
  }
  return graph;
}

// ---------- reading nodes and edges leniently ----------
// Real files carry debris (a node without a type, an edge with a null end, a text written as a
// number, the same edge twice): one bad element costs only itself, and the report says so. The
// file is refused only when none of its nodes can be read.

/** Longest node text read (a longer one is cut, and said). */
const TEXT_MAX = 200_000;

/** A nodeID or an edge's end, as a string: AIFdb writes numbers, OVA strings, and files mix them. */
function readId(v: unknown): string | null {
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : null;
  if (typeof v !== "string") return null;
  const t = v.trim();
  return t !== "" && t.length <= 200 ? t : null;
}

/** A node's text: a number or a boolean is its own text (the meaning is plain); null, a list or an object, none. */
function readText(v: unknown, cut: () => void): string {
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v !== "string") return "";
  if (v.length <= TEXT_MAX) return v;
  cut();
  return v.slice(0, TEXT_MAX);
}

/** Why a node cannot be read: in the report (`what`, `why`), and in the refusal when none can. */
const UNREADABLE = {
  object: { what: "AIF nodes that are not objects", why: "a node is an object with a nodeID, a type and a text" },
  nodeID: {
    what: "AIF nodes without a nodeID",
    why: "its nodeID is missing, null or not an id, so no edge can reach it",
  },
  type: {
    what: "AIF nodes without a type",
    why: 'nothing says whether it is a proposition ("I"), an inference ("RA"), a conflict ("CA") or a locution ("L")',
  },
} as const;
type Unreadable = { field: keyof typeof UNREADABLE; value: unknown; id: string | null };

/** How a wrong value reads in the refusal. */
function shown(v: unknown): string {
  if (v === undefined) return "missing";
  if (v === null) return "null";
  if (typeof v === "string") return v.trim() === "" ? "empty" : "too long";
  if (typeof v === "number" || typeof v === "boolean") return `${typeof v} ${v}`;
  return Array.isArray(v) ? "a list" : "an object";
}

/** One node, or why it cannot be read. Types are read in upper case ("i", "ra" are I and RA). */
function readNode(raw: unknown, cut: () => void): AifNode | Unreadable {
  if (!isRecord(raw)) return { field: "object", value: raw, id: null };
  const nodeID = readId(raw.nodeID);
  if (nodeID === null) return { field: "nodeID", value: raw.nodeID, id: null };
  const type = typeof raw.type === "string" ? raw.type.trim().toUpperCase() : "";
  if (!type) return { field: "type", value: raw.type, id: nodeID };
  const clash = ClashNodeMeta.safeParse(raw.clash).data;
  return {
    nodeID,
    type,
    text: readText(raw.text, cut),
    ...(typeof raw.scheme === "string" ? { scheme: raw.scheme } : {}),
    ...(clash ? { clash } : {}),
  };
}

/**
 * The file's nodes by nodeID. A node that cannot be read is left out and counted; a repeated
 * nodeID keeps the first node. Refused when the list has nodes and none can be read.
 */
function readNodes(
  list: readonly unknown[],
  report: ReportBuilder,
): { byId: Map<string, AifNode>; leftOut: Set<string> } {
  const byId = new Map<string, AifNode>();
  const leftOut = new Set<string>();
  const rounded = roundedIds(list);
  const problems: string[] = [];
  let cut = 0;
  list.forEach((raw, i) => {
    const n = readNode(raw, () => cut++);
    if ("field" in n) {
      const { what, why } = UNREADABLE[n.field];
      report.skip(what, why);
      problems.push(
        n.field === "object" ? `nodes[${i}] is not an object` : `nodes[${i}].${n.field} is ${shown(n.value)}`,
      );
      // Its edges are then said to join a node that was left out, not one the file lacks.
      if (n.id !== null) leftOut.add(n.id);
      return;
    }
    if (byId.has(n.nodeID)) {
      if (rounded.has(n.nodeID)) throw roundedIdError(n.nodeID);
      report.skip("repeated nodeIDs", "a second node with the same nodeID was ignored");
      return;
    }
    byId.set(n.nodeID, n);
  });
  if (byId.size === 0 && problems.length > 0) {
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : "";
    throw new ImportError(
      "malformed",
      `no node of this AIF file can be read (each needs a nodeID and a type): ${problems.slice(0, 3).join("; ")}${more}`,
    );
  }
  if (cut > 0)
    report.warn(`${cut} node texts were longer than ${TEXT_MAX.toLocaleString("en")} characters and were cut`);
  return { byId, leftOut };
}

/**
 * The edges between read nodes, as each node's in- and out-neighbours. An edge without both ends,
 * to a node left out or absent, from a node to itself, or repeating one already read is left out
 * and counted: a repeat would otherwise read as a second premise of the same inference.
 */
function linkEdges(
  list: unknown,
  byId: ReadonlyMap<string, AifNode>,
  leftOut: ReadonlySet<string>,
  report: ReportBuilder,
): { ins: Map<string, string[]>; outs: Map<string, string[]> } {
  const ins = new Map<string, string[]>();
  const outs = new Map<string, string[]>();
  // A map of propositions alone has no edges: some tools then write `"edges": null`.
  if (list === null || list === undefined) return { ins, outs };
  if (!Array.isArray(list)) {
    report.warn('the file\'s "edges" is not a list: its nodes were read without edges');
    return { ins, outs };
  }
  const seen = new Set<string>();
  const missing: string[] = [];
  for (const e of list) {
    if (!isRecord(e)) {
      report.skip("AIF edges that are not objects", "an edge is an object with a fromID and a toID");
      continue;
    }
    const from = readId(e.fromID);
    const to = readId(e.toID);
    if (from === null || to === null) {
      report.skip("AIF edges without both ends", "its fromID or toID is missing, null or not an id");
      continue;
    }
    if (!byId.has(from) || !byId.has(to)) {
      if (leftOut.has(from) || leftOut.has(to))
        report.skip("AIF edges to a node that was left out", "a node it joins could not be read (see above)");
      else missing.push(`${from} → ${to}`);
      continue;
    }
    if (from === to) {
      report.skip("AIF edges from a node to itself", "a node cannot lead to itself");
      continue;
    }
    const key = `${from}\u0000${to}`;
    if (seen.has(key)) {
      report.skip("repeated AIF edges", "the same fromID → toID again says nothing more: it was read once");
      continue;
    }
    seen.add(key);
    (outs.get(from) ?? outs.set(from, []).get(from)!).push(to);
    (ins.get(to) ?? ins.set(to, []).get(to)!).push(from);
  }
  if (missing.length > 0) {
    const examples = missing.slice(0, 3).join(", ") + (missing.length > 3 ? ", …" : "");
    report.skip("AIF edges to a node that is not in the file", `no node has that nodeID (${examples})`, missing.length);
  }
  return { ins, outs };
}

/**
 * nodeIDs written as JSON numbers beyond 2^53: JSON keeps about 16 digits of a number, so two
 * long ids that differ only in their last digits read as the same number, and the edges cannot
 * tell the nodes apart. Such a repeat is refused (ids written as strings are read exactly).
 */
function roundedIds(nodes: readonly unknown[]): Set<string> {
  const out = new Set<string>();
  for (const n of nodes) {
    const id = isRecord(n) ? n.nodeID : undefined;
    if (typeof id === "number" && Number.isFinite(id) && Math.abs(id) > Number.MAX_SAFE_INTEGER) out.add(String(id));
  }
  return out;
}

function roundedIdError(id: string): ImportError {
  return new ImportError(
    "malformed",
    `two nodes read as the same nodeID (${id}): their ids are numbers longer than JSON can hold exactly (about 16 digits), so the file's nodes and edges cannot be told apart; write the ids as strings ("nodeID": "…") and import again`,
    { nodeID: id },
  );
}

/** xAIF as some argument-mining pipelines write it, `{"aif": {...}, "text": …}`: OVA3's shape, lower-case. */
function lowerCaseWrapper(json: unknown): unknown {
  if (!isRecord(json) || "AIF" in json || !isRecord(json.aif)) return json;
  const { aif, ...rest } = json;
  return { ...rest, AIF: aif };
}

/** An OVA2 node or edge end: a node object (OVA2 saves the whole node) or its id. */
const ova2Id = (v: unknown): string | null => {
  const id = isRecord(v) ? v.id : v;
  return typeof id === "string" || typeof id === "number" ? String(id) : null;
};

/**
 * OVA2 (OVA before OVA3) saves its canvas, not AIF: nodes `{id, x, y, text, type, scheme,
 * visible, participantID}`, edges `{from, to, visible}` whose ends are whole node objects,
 * participants `{id, firstname, surname}` and the analysed text in `analysis.txt`. Read as the
 * OVA3 file it would be: `{AIF, OVA (positions), text}`. Hidden nodes are OVA's own bookkeeping
 * (an "Analysing" YA and an L per node, naming the analyst) and are left out. Null when the file
 * is not in this shape (AIF's nodes have `nodeID`).
 */
function fromOva2(json: unknown): { json: Record<string, unknown>; hidden: number } | null {
  if (!isRecord(json) || isRecord(json.AIF) || !Array.isArray(json.nodes)) return null;
  const nodes = json.nodes.filter(isRecord);
  if (nodes.some((n) => "nodeID" in n) || !nodes.some((n) => ova2Id(n) !== null)) return null;
  const edges: unknown[] = Array.isArray(json.edges) ? json.edges : [];
  if (edges.some((e) => isRecord(e) && ("fromID" in e || "toID" in e))) return null;
  assertCount(json.nodes, "OVA nodes", IMPORT_LIMITS.maxNodes * 4);
  assertCount(json.edges, "OVA edges", IMPORT_LIMITS.maxNodes * 8);
  const hidden = new Set(nodes.filter((n) => n.visible === false).flatMap((n) => ova2Id(n) ?? []));
  const isHidden = (id: string | null) => id !== null && hidden.has(id);
  // A node without an id, an edge without an end, a text that is a number: passed on as they are,
  // for the AIF reader to leave out or read and report like any AIF file's.
  const shown = (json.nodes as unknown[]).filter((n) => !isRecord(n) || !isHidden(ova2Id(n)));
  const aifNodes = shown.map((n) =>
    isRecord(n)
      ? {
          nodeID: ova2Id(n),
          text: n.text,
          type: n.type,
          ...(typeof n.scheme === "string" || typeof n.scheme === "number" ? { schemeID: n.scheme } : {}),
        }
      : n,
  );
  const aifEdges: unknown[] = [];
  for (const e of edges) {
    if (!isRecord(e)) {
      aifEdges.push(e);
      continue;
    }
    const fromID = ova2Id(e.from);
    const toID = ova2Id(e.to);
    if (!isHidden(fromID) && !isHidden(toID)) aifEdges.push({ fromID, toID });
  }
  const known = shown.filter(isRecord).filter((n) => ova2Id(n) !== null);
  // participantID "0" is OVA2's "nobody" (a locution typed without choosing a speaker).
  const locutions = known
    .map((n) => ({ n, person: ova2Id(n.participantID) }))
    .filter(({ n }) => typeof n.type === "string" && n.type.trim().toUpperCase() === "L")
    .filter(({ person }) => person !== null && person !== "0")
    .map(({ n, person }) => ({ nodeID: ova2Id(n)!, personID: person! }));
  const layout = known
    .filter((n) => typeof n.x === "number" && typeof n.y === "number")
    .map((n) => ({ nodeID: ova2Id(n)!, x: n.x, y: n.y }));
  const analysis = isRecord(json.analysis) ? json.analysis : {};
  return {
    json: {
      AIF: { nodes: aifNodes, edges: aifEdges, locutions, participants: json.participants ?? [] },
      OVA: { nodes: layout },
      text: analysis.txt ?? json.text ?? "",
    },
    hidden: hidden.size,
  };
}

// ---------- export ----------

function timestamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace("T", " ");
}

/** The one text an I-node has: title and body, and for a card its quote and cite. */
export function nodeText(n: NodeDto): string {
  let body = n.body;
  if (n.evidence) {
    const card = `“${n.evidence.quote}”${n.evidence.cite ? ` — ${n.evidence.cite}` : ""}`;
    body = body ? `${body}\n\n${card}` : card;
  }
  return joinClaimText(n.title, body);
}

/** Clash's fields of a node, kept beside the AIF node (other readers ignore them). */
function nodeMeta(n: NodeDto): NonNullable<AifNodeJson["clash"]> {
  const e = n.kind === "evidence" ? n.evidence : null;
  return {
    kind: n.kind,
    side: n.side,
    ...(n.role ? { role: n.role } : {}),
    ...(n.speech ? { speech: n.speech } : {}),
    ...(n.responseType ? { responseType: n.responseType } : {}),
    ...(e
      ? {
          card: {
            quote: e.quote,
            cite: e.cite,
            ...(e.citeFields && Object.values(e.citeFields).some(Boolean) ? { citeFields: e.citeFields } : {}),
            highlights: e.highlights,
            ...(e.underline?.length ? { underline: e.underline } : {}),
            ...(e.emphasis?.length ? { emphasis: e.emphasis } : {}),
            ...(e.highlights2?.length ? { highlights2: e.highlights2 } : {}),
            ...(e.insertions?.length ? { insertions: e.insertions } : {}),
          },
        }
      : {}),
  };
}

/** Collects what an export leaves out, grouped by what and why. */
class ExportNotes {
  private readonly notes = new Map<string, ExportNote>();
  add(what: string, why: string, count = 1) {
    if (count <= 0) return;
    const key = `${what}\u0000${why}`;
    const cur = this.notes.get(key);
    if (cur) cur.count += count;
    else this.notes.set(key, { what, count, why });
  }
  list(): ExportNote[] {
    return [...this.notes.values()];
  }
}

/**
 * A debate as AIF JSON in OVA's wrapping (which AIFdb's importer also reads): an I-node per
 * argument (Clash's kind, side, speech, role and response type beside it as `clash`), an RA node
 * per supports/extends edge, a CA node per rebuts/undercuts/turns edge, OVA layout from the
 * positions. Relations AIF has no word for are named in the node's `scheme` ("Clash: turns") so
 * they come back on import. Cards quoting a dialogue transcript are locutions again (L nodes with
 * their speakers, YA "Asserting" to the claims they support, TA between consecutive ones) and the
 * transcript is the file's text. `clashNotExported` lists what AIF could not hold.
 */
export function toAif(d: ExportableDebate, options: { now?: Date } = {}): AifJson {
  const ts = timestamp(options.now ?? new Date());
  let next = 1;
  const id = () => String(next++);
  const notes = new ExportNotes();
  const out: AifJson = {
    AIF: { nodes: [], edges: [], schemefulfillments: [], locutions: [], participants: [] },
    OVA: { firstname: "", surname: "", url: "", nodes: [], edges: [] },
    text: "",
    clashDebate: { title: d.title, resolution: d.resolution, description: d.description },
    clashNotExported: [],
  };
  const node = (n: AifNodeJson, at: { x: number; y: number }) => {
    out.AIF.nodes.push(n);
    out.OVA.nodes.push({ nodeID: n.nodeID, visible: true, x: Math.round(at.x), y: Math.round(at.y), timestamp: ts });
  };
  const link = (fromID: string, toID: string) => {
    out.AIF.edges.push({ edgeID: id(), fromID, toID, formEdgeID: null });
    out.OVA.edges.push({ fromID, toID, visible: true });
  };
  const between = (a: string, b: string) => {
    const p = position.get(a)!;
    const q = position.get(b)!;
    return { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
  };

  // Locutions: cards quoting a transcript. A card that only supports claims is its L node alone;
  // one that is answered or answers in another way also needs a proposition to carry that.
  const { transcripts, cards } = dialogueCards(d);
  const locutions = new Set(cards.map((c) => c.id));
  const onlySupports = (c: NodeDto) =>
    d.edges.every((e) => (e.source !== c.id && e.target !== c.id) || (e.source === c.id && e.relation === "supports"));

  const aifId = new Map<string, string>();
  const pendingTargets: { from: string; target: string }[] = [];
  const lId = new Map<string, string>();
  const position = new Map<string, { x: number; y: number }>();
  for (const n of d.nodes) {
    if (n.kind === "argument") continue;
    if (locutions.has(n.id)) {
      const nodeID = id();
      lId.set(n.id, nodeID);
      position.set(nodeID, n.position);
      node({ nodeID, text: locutionText(n), type: "L", timestamp: ts }, n.position);
      if (onlySupports(n)) continue;
    }
    const nodeID = id();
    aifId.set(n.id, nodeID);
    position.set(nodeID, n.position);
    node({ nodeID, text: nodeText(n) || "(empty)", type: "I", timestamp: ts, clash: nodeMeta(n) }, n.position);
    if (lId.has(n.id)) {
      const ya = id();
      position.set(ya, n.position);
      node({ nodeID: ya, text: ASSERTING, type: "YA", timestamp: ts, scheme: ASSERTING }, n.position);
      link(lId.get(n.id)!, ya);
      link(ya, nodeID);
    }
  }
  notes.add(
    "cards answered, or answering, other than by support",
    "a locution cannot be attacked in AIF: the card is also written as a proposition its L node asserts",
    cards.filter((c) => !onlySupports(c)).length,
  );

  // Speakers as AIFdb participants, each locution tied to its speaker.
  const people = new Map<string, string>();
  for (const c of cards) {
    const speaker = (c.evidence?.cite ?? "").trim();
    if (!speaker) continue;
    if (!people.has(speaker)) {
      const participantID = String(people.size + 1);
      people.set(speaker, participantID);
      out.AIF.participants.push({ participantID, ...participantName(speaker) });
    }
    out.AIF.locutions.push({ nodeID: lId.get(c.id)!, personID: people.get(speaker)!, timestamp: ts });
  }

  /** the RA/CA node of each relation between two propositions, by "source>target" */
  const relationNode = new Map<string, { nodeID: string; attack: boolean }>();
  const relationScheme = (relation: Relation) =>
    relation === "supports" || relation === "premise"
      ? SUPPORT_TEXT
      : relation === "rebuts"
        ? CONFLICT_TEXT
        : CLASH_SCHEMES[relation];

  // Arguments: one RA node for the inference (its scheme the node's text, as OVA writes it), each
  // premise an edge into it in PCS order, each conclusion an edge out; an argument against a claim
  // is a CA node from the same premises. An argument's kind, title and description ride along.
  const raOf = new Map<string, string>();
  const arguments_ = new Set(d.nodes.filter((n) => n.kind === "argument").map((n) => n.id));
  const premisesOf = (a: string) =>
    d.edges
      .filter((e) => e.target === a && e.relation === "premise")
      .sort((x, y) => (x.position ?? Infinity) - (y.position ?? Infinity));
  let premiseless = 0;
  for (const a of d.nodes.filter((n) => n.kind === "argument")) {
    const premises = premisesOf(a.id)
      .map((e) => aifId.get(e.source))
      .filter((x): x is string => Boolean(x));
    const conclusions = d.edges.filter((e) => e.source === a.id && e.relation !== "premise");
    const supportsOut = conclusions.filter((e) => !ATTACK_RELATIONS.has(e.relation));
    const attacksOut = conclusions.filter((e) => ATTACK_RELATIONS.has(e.relation));
    if (premises.length === 0) premiseless++;
    const meta = { kind: "argument", side: a.side, title: a.title, ...(a.body ? { body: a.body } : {}) };
    const scheme = a.scheme?.trim() || "";
    const emit = (type: "RA" | "CA", text: string) => {
      const nodeID = id();
      position.set(nodeID, a.position);
      node({ nodeID, text, type, timestamp: ts, scheme: text, clash: meta }, a.position);
      for (const p of premises) link(p, nodeID);
      return nodeID;
    };
    if (supportsOut.length > 0 || attacksOut.length === 0) {
      const ra = emit("RA", scheme || SUPPORT_TEXT);
      raOf.set(a.id, ra);
      for (const e of supportsOut) {
        const to = aifId.get(e.target);
        if (to) {
          link(ra, to);
          relationNode.set(`${a.id}>${e.target}`, { nodeID: ra, attack: false });
        }
      }
    }
    for (const e of attacksOut) {
      const ca = emit(
        "CA",
        raOf.has(a.id)
          ? (relationScheme(e.relation) ?? CONFLICT_TEXT)
          : scheme || (relationScheme(e.relation) ?? CONFLICT_TEXT),
      );
      if (!raOf.has(a.id)) raOf.set(a.id, ca);
      pendingTargets.push({ from: ca, target: e.target });
      relationNode.set(`${a.id}>${e.target}`, { nodeID: ca, attack: true });
    }
  }
  notes.add("arguments without premises", "an AIF inference needs a premise: the RA node stands alone", premiseless);

  for (const e of d.edges) {
    if (e.relation === "premise") continue;
    if (arguments_.has(e.source)) continue;
    const lFrom = lId.get(e.source);
    const toArgument = raOf.get(e.target);
    const to = aifId.get(e.target) ?? toArgument;
    if (lFrom && !aifId.has(e.source) && e.relation === "supports") {
      // A locution asserting the claim it supports.
      if (!to) continue;
      const ya = id();
      position.set(ya, between(lFrom, to));
      node({ nodeID: ya, text: ASSERTING, type: "YA", timestamp: ts, scheme: ASSERTING }, position.get(ya)!);
      link(lFrom, ya);
      link(ya, to);
      continue;
    }
    const from = aifId.get(e.source);
    if (!from || !to) continue;
    const attack = ATTACK_RELATIONS.has(e.relation);
    // An attack on an argument is an undercut: AIF writes it CA → RA whatever Clash called it.
    if (toArgument && attack && e.relation !== "undercuts")
      notes.add("attacks on an argument other than undercuts", "AIF reads any CA → RA as an undercut", 1);
    if (toArgument && !attack)
      notes.add(
        "supports of an argument",
        "AIF has no support of an inference; written RA → RA, which AIF tools may drop",
        1,
      );
    const nodeID = id();
    const scheme = toArgument && attack ? CONFLICT_TEXT : relationScheme(e.relation);
    position.set(nodeID, between(from, to));
    node(
      { nodeID, text: attack ? CONFLICT_TEXT : SUPPORT_TEXT, type: attack ? "CA" : "RA", timestamp: ts, scheme },
      position.get(nodeID)!,
    );
    link(from, nodeID);
    link(nodeID, to);
    relationNode.set(`${e.source}>${e.target}`, { nodeID, attack });
  }
  // An argument's attack on another argument links to that argument's RA, known only now.
  for (const p of pendingTargets) {
    const to = aifId.get(p.target) ?? raOf.get(p.target);
    if (to) link(p.from, to);
  }

  // What each locution asserts: the claims its card supports (or its own proposition).
  const asserted = new Map<string, string[]>();
  for (const c of cards) {
    const claims = d.edges.filter((e) => e.source === c.id && e.relation === "supports").map((e) => e.target);
    asserted.set(c.id, aifId.has(c.id) ? [c.id] : claims);
  }

  const anchored = new Set<string>();
  // Transitions: each transcript's locutions in the order they were said (their place in it).
  for (const t of transcripts.filter((x) => x.attribution !== DIALOGUE_ATTRIBUTION_NO_TRANSITIONS)) {
    const said = cards
      .filter((c) => c.evidence!.sourceId === t.id)
      .sort((a, b) => a.evidence!.start - b.evidence!.start || a.evidence!.end - b.evidence!.end);
    const earlier = new Set<string>();
    for (let i = 1; i < said.length; i++) {
      const a = lId.get(said[i - 1]!.id)!;
      const b = lId.get(said[i]!.id)!;
      const ta = id();
      position.set(ta, between(a, b));
      node(
        { nodeID: ta, text: TRANSITION_TEXT, type: "TA", timestamp: ts, scheme: TRANSITION_TEXT },
        position.get(ta)!,
      );
      link(a, ta);
      link(ta, b);
      // IAT anchors an inference or conflict in the transition to the locution that draws it:
      // between what this locution asserts and what was asserted before it.
      for (const y of asserted.get(said[i - 1]!.id) ?? []) earlier.add(y);
      for (const x of asserted.get(said[i]!.id) ?? [])
        for (const y of earlier)
          for (const key of [`${x}>${y}`, `${y}>${x}`]) {
            const rel = relationNode.get(key);
            if (!rel || anchored.has(key)) continue;
            anchored.add(key);
            const force = rel.attack ? "Disagreeing" : "Arguing";
            const ya = id();
            position.set(ya, between(ta, rel.nodeID));
            node({ nodeID: ya, text: force, type: "YA", timestamp: ts, scheme: force }, position.get(ya)!);
            link(ta, ya);
            link(ya, rel.nodeID);
          }
    }
  }
  if (transcripts[0]) out.text = transcriptHtml(transcripts[0].text);
  notes.add(
    "dialogue transcripts beyond the first",
    "OVA holds one text; their cards are still locutions",
    transcripts.length - 1,
  );

  // What AIF has no place for.
  const others = d.sources.filter((s) => !transcripts.includes(s));
  notes.add(
    "sources (title, author, date, address and text)",
    "AIF has no source record; each card's quote and cite are written into its proposition's text",
    others.length,
  );
  const otherCards = d.nodes.filter((n) => n.evidence && !locutions.has(n.id));
  notes.add(
    "places of card quotes in their sources",
    "AIF has no card: its quote and cite are in the proposition's text, its cite parts and markup beside it (clash.card); on import Clash gives each cite a source holding its cards' quotes",
    otherCards.length,
  );
  notes.add("groups (headings, pockets, hats, blocks)", "AIF has no grouping of propositions", d.groups?.length ?? 0);
  const tagged = d.nodes.filter((n) => (n.tags ?? []).length > 0).length;
  notes.add("tags on arguments", "AIF has no labels on propositions", tagged);
  out.clashNotExported = notes.list();
  return out;
}
