// Clash's own JSON: everything a debate holds (arguments with positions, cards with their
// anchors and highlights, relations, sources with their text), versioned and validated.
import { z } from "zod";
import {
  EvidenceFields,
  evidenceSchema,
  HttpUrl,
  MAX_SOURCE_CHARS,
  Position,
  PremisePosition,
  Range,
  Scheme,
} from "../schemas";
import { NodeKind, Relation, ResponseType, Role, Side, Speech } from "../vocabulary-schemas";
import { markupOf } from "../card-markup";
import { GraphBuilder, assertCount, describeZodIssues, isRecord } from "./common";
import { IMPORT_LIMITS, ImportError, type ExportableDebate, type ImportedGraph } from "./types";

/** The version `toClashJson` writes. */
export const CLASH_JSON_VERSION = 2;
/** The oldest version `parseClashJson` still reads (through `upgrade`). */
export const CLASH_JSON_OLDEST = 1;

const Key = z.string().trim().min(1).max(200);
const MAX_EDGES = IMPORT_LIMITS.maxNodes * 10;
const MAX_SOURCES = 10_000;

const DebateMeta = z.object({
  title: z.string().trim().min(1, "a debate needs a title").max(200),
  resolution: z.string().trim().max(1_000),
  description: z.string().trim().max(5_000),
});

// How the anchor was last found is informative only here: the server re-anchors on import.
const EvidenceV2 = evidenceSchema(EvidenceFields.extend({ sourceId: Key }));

const NodeV2 = z.object({
  id: Key,
  kind: NodeKind,
  side: Side,
  role: Role.nullable(),
  speech: Speech.nullable(),
  responseType: ResponseType.nullable(),
  title: z.string().trim().max(500),
  body: z.string().max(20_000),
  position: Position,
  evidence: EvidenceV2.nullable(),
  // Added within version 2 as optional fields: older version 2 files (without them) still read.
  groupId: Key.nullable().optional(),
  tags: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  scheme: Scheme.nullable().optional(),
});

const GroupV2 = z.object({
  id: Key,
  parentId: Key.nullable(),
  kind: z.enum(["pocket", "hat", "block", "heading"]),
  title: z.string().trim().max(500),
  order: z.number().int(),
});

const EdgeV2 = z.object({
  id: Key,
  source: Key,
  target: Key,
  relation: Relation,
  position: PremisePosition.nullable().optional(),
});

const SourceV2 = z.object({
  id: Key,
  title: z.string().trim().min(1, "a source needs a title").max(500),
  author: z.string().trim().max(300),
  qualifications: z.string().trim().max(1_000),
  publication: z.string().trim().max(500),
  date: z.string().trim().max(100),
  url: HttpUrl,
  attribution: z.string().trim().max(1_000),
  text: z.string().min(1, "a source needs its text").max(MAX_SOURCE_CHARS),
});

/** Clash JSON, version 2 (current). */
export const ClashJsonV2 = z.object({
  clash: z.literal("debate"),
  schemaVersion: z.literal(2),
  exportedAt: z.string().max(100),
  debate: DebateMeta,
  nodes: z.array(NodeV2).max(IMPORT_LIMITS.maxNodes),
  edges: z.array(EdgeV2).max(MAX_EDGES),
  sources: z.array(SourceV2).max(MAX_SOURCES),
  groups: z.array(GroupV2).max(IMPORT_LIMITS.maxNodes).optional(),
});
export type ClashJson = z.infer<typeof ClashJsonV2>;

/**
 * Clash JSON, version 1: the first shape, before sources were exported. Positions were `[x, y]`
 * pairs, there were no response types and no edge ids, and a card held only its quote, cite and
 * highlights (no source, no offsets).
 */
export const ClashJsonV1 = z.object({
  clash: z.literal("debate"),
  schemaVersion: z.literal(1),
  exportedAt: z.string().max(100).optional(),
  debate: DebateMeta,
  nodes: z
    .array(
      z.object({
        id: Key,
        kind: NodeKind,
        side: Side,
        role: Role.nullable(),
        speech: Speech.nullable(),
        title: z.string().trim().max(500),
        body: z.string().max(20_000),
        position: z.tuple([z.number().finite().min(-1e7).max(1e7), z.number().finite().min(-1e7).max(1e7)]),
        evidence: z
          .object({
            quote: z.string().min(1).max(20_000),
            cite: z.string().max(2_000),
            highlights: z.array(Range).max(200),
          })
          .refine((e) => e.highlights.every((h) => h.end <= e.quote.length), {
            message: "a highlight lies outside the quote",
            path: ["highlights"],
          })
          .nullable(),
      }),
    )
    .max(IMPORT_LIMITS.maxNodes),
  edges: z.array(z.object({ source: Key, target: Key, relation: Relation })).max(MAX_EDGES),
});
export type ClashJsonV1 = z.infer<typeof ClashJsonV1>;

/**
 * Bring a version 1 document to version 2. A version 1 card has no source: each becomes a source
 * whose text is the card's quote (titled by its cite), and the card quotes all of it.
 */
export function upgradeV1(v1: ClashJsonV1): { doc: ClashJson; notes: string[] } {
  const sources: ClashJson["sources"] = [];
  const ids = new Set(v1.nodes.map((n) => n.id));
  const nodes: ClashJson["nodes"] = v1.nodes.map((n) => {
    let evidence: ClashJson["nodes"][number]["evidence"] = null;
    if (n.evidence) {
      let sourceId = `source-${n.id}`;
      for (let i = 2; ids.has(sourceId); i++) sourceId = `source-${n.id}-${i}`;
      ids.add(sourceId);
      sources.push({
        id: sourceId,
        title: (n.evidence.cite.trim() || n.title.trim() || "Card").slice(0, 500),
        author: "",
        qualifications: "",
        publication: "",
        date: "",
        url: "",
        attribution: "Recovered from a card in a Clash JSON version 1 file (which did not keep sources)",
        text: n.evidence.quote,
      });
      evidence = {
        sourceId,
        quote: n.evidence.quote,
        start: 0,
        end: n.evidence.quote.length,
        prefix: "",
        suffix: "",
        cite: n.evidence.cite,
        highlights: n.evidence.highlights,
      };
    }
    return {
      id: n.id,
      kind: n.kind,
      side: n.side,
      role: n.role,
      speech: n.speech,
      responseType: null,
      title: n.title,
      body: n.body,
      position: { x: n.position[0], y: n.position[1] },
      evidence,
    };
  });
  const notes = sources.length
    ? [
        `${sources.length} cards came from a version 1 file without sources: each now quotes a source holding just its quote`,
      ]
    : [];
  return {
    doc: {
      clash: "debate",
      schemaVersion: 2,
      exportedAt: v1.exportedAt ?? "",
      debate: v1.debate,
      nodes,
      edges: v1.edges.map((e, i) => ({ id: `edge-${i + 1}`, ...e })),
      sources,
    },
    notes,
  };
}

const parseOrThrow = <T>(schema: z.ZodType<T>, value: unknown, version: number): T => {
  const r = schema.safeParse(value);
  if (!r.success)
    throw new ImportError(
      "malformed",
      `the Clash file (version ${version}) is not valid: ${describeZodIssues(r.error.issues)}`,
    );
  return r.data;
};

/**
 * Validate a Clash JSON document of any version this Clash knows and bring it to the current
 * version; a newer version is refused (ImportError "unsupported") rather than half-read.
 */
export function upgrade(json: unknown): { doc: ClashJson; notes: string[] } {
  if (!isRecord(json) || json.clash !== "debate") {
    throw new ImportError("malformed", 'this is not a Clash debate file (it lacks "clash": "debate")');
  }
  const version = json.schemaVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < CLASH_JSON_OLDEST) {
    throw new ImportError(
      "malformed",
      `this Clash file has no valid schemaVersion (found ${JSON.stringify(version) ?? "none"})`,
    );
  }
  if (version > CLASH_JSON_VERSION) {
    throw new ImportError(
      "unsupported",
      `this file was written by a newer Clash (format version ${version}); this Clash reads versions ${CLASH_JSON_OLDEST} to ${CLASH_JSON_VERSION}`,
      { version, supported: [CLASH_JSON_OLDEST, CLASH_JSON_VERSION] },
    );
  }
  assertCount(json.nodes, "arguments");
  assertCount(json.edges, "relations", MAX_EDGES);
  assertCount(json.sources, "sources", MAX_SOURCES);
  if (version === 1) {
    const { doc, notes } = upgradeV1(parseOrThrow(ClashJsonV1, json, 1));
    return { doc: parseOrThrow(ClashJsonV2, doc, 2), notes };
  }
  return { doc: parseOrThrow(ClashJsonV2, json, 2), notes: [] };
}

/**
 * Read Clash JSON (already through `parseJsonGuarded`). Keys are the file's ids. A card must
 * quote a source in the file; relations the graph rules forbid, self-loops and repeats are left
 * out and reported.
 */
export function parseClashJson(json: unknown): ImportedGraph {
  const { doc, notes } = upgrade(json);
  const g = new GraphBuilder("json");
  for (const note of notes) g.report.warn(note);
  const sourceIds = new Set<string>();
  for (const s of doc.sources) {
    g.addSource({
      key: s.id,
      title: s.title,
      author: s.author,
      qualifications: s.qualifications,
      publication: s.publication,
      date: s.date,
      url: s.url,
      attribution: s.attribution,
      text: s.text,
    });
    sourceIds.add(s.id);
  }
  // Groups in file order; a parent must come first (toClashJson writes them that way).
  const groupKeys = new Map<string, string>();
  for (const grp of doc.groups ?? []) {
    const parentKey = grp.parentId ? groupKeys.get(grp.parentId) : undefined;
    if (grp.parentId && !parentKey) g.report.skip("group nesting", "a group's parent is not listed before it");
    groupKeys.set(grp.id, g.addGroup({ title: grp.title, kind: grp.kind, parentKey }));
  }
  for (const n of doc.nodes) {
    if (n.evidence && !sourceIds.has(n.evidence.sourceId)) {
      throw new ImportError(
        "malformed",
        `the card "${n.title || n.id}" quotes source "${n.evidence.sourceId}", which is not in the file`,
      );
    }
    if (n.evidence && n.kind !== "evidence") {
      throw new ImportError(
        "malformed",
        `"${n.title || n.id}" has a card but is a ${n.kind}; only evidence holds a card`,
      );
    }
    const { sourceId, status: _status, ...anchor } = n.evidence ?? { sourceId: "", status: undefined };
    g.addNode({
      key: n.id,
      kind: n.kind,
      side: n.side,
      role: n.role,
      speech: n.speech,
      responseType: n.responseType,
      title: n.title,
      body: n.body,
      position: n.position,
      tags: n.tags ?? [],
      groupKey: n.groupId ? groupKeys.get(n.groupId) : undefined,
      scheme: n.scheme ?? null,
      evidence: n.evidence
        ? { ...(anchor as Omit<NonNullable<typeof n.evidence>, "sourceId" | "status">), sourceKey: sourceId }
        : null,
    });
  }
  for (const e of doc.edges) g.addEdge(e.source, e.target, e.relation, e.position ?? null);
  return g.build(doc.debate);
}

/** A debate as Clash JSON (current version). Row versions and anchor statuses are server state and stay out. */
export function toClashJson(d: ExportableDebate, options: { now?: Date } = {}): ClashJson {
  return {
    clash: "debate",
    schemaVersion: CLASH_JSON_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    debate: { title: d.title, resolution: d.resolution, description: d.description },
    nodes: d.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      side: n.side,
      role: n.role,
      speech: n.speech,
      responseType: n.responseType,
      title: n.title,
      body: n.body,
      position: { x: n.position.x, y: n.position.y },
      evidence: n.evidence
        ? {
            sourceId: n.evidence.sourceId,
            quote: n.evidence.quote,
            start: n.evidence.start,
            end: n.evidence.end,
            prefix: n.evidence.prefix,
            suffix: n.evidence.suffix,
            cite: n.evidence.cite,
            highlights: n.evidence.highlights.map((h) => ({ start: h.start, end: h.end })),
            ...(markupOf(n.evidence) ?? {}),
            ...(n.evidence.citeFields ? { citeFields: { ...n.evidence.citeFields } } : {}),
          }
        : null,
      groupId: n.groupId ?? null,
      tags: n.tags ?? [],
      ...(n.scheme ? { scheme: n.scheme } : {}),
    })),
    edges: d.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      relation: e.relation,
      ...(e.position != null ? { position: e.position } : {}),
    })),
    sources: d.sources.map((s) => ({
      id: s.id,
      title: s.title,
      author: s.author,
      qualifications: s.qualifications,
      publication: s.publication,
      date: s.date,
      url: s.url,
      attribution: s.attribution,
      text: s.text,
    })),
    groups: (d.groups ?? []).map((grp) => ({
      id: grp.id,
      parentId: grp.parentId,
      kind: grp.kind,
      title: grp.title,
      order: grp.order,
    })),
  };
}
