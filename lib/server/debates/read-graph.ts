import "server-only";
import { asciiJson } from "@/lib/domain/ascii-json";
import type { ArgNode, Edge } from "@/generated/prisma/client";
import { packFlowGraph, type FlowHeadWire } from "@/lib/domain/flow-graph";
import { flowHead } from "@/lib/domain/flow-head";
import type { EdgeDto, NodeDto, NodeGroupDto, SourceSummaryDto } from "@/lib/domain/schemas";
import { loadEnv } from "@/lib/env";
import { readDb } from "../db";
import { packedSize } from "../packed-body";
import { parentsFirst, toEdgeDto, toNodeDto, toNodeGroupDto, toSourceSummary } from "../mappers";
import { sourceStats } from "../sources/source-stats";

export type Graph = { nodes: NodeDto[]; edges: EdgeDto[]; sources: SourceSummaryDto[]; groups: NodeGroupDto[] };

type NodeRow = Pick<
  ArgNode,
  | "id"
  | "kind"
  | "side"
  | "role"
  | "speech"
  | "responseType"
  | "title"
  | "body"
  | "x"
  | "y"
  | "sourceId"
  | "quote"
  | "quoteStart"
  | "quoteEnd"
  | "prefix"
  | "suffix"
  | "cite"
  | "highlights"
  | "markup"
  | "citeFields"
  | "anchorStatus"
  | "groupId"
  | "tags"
  | "scheme"
  | "version"
>;

/**
 * A debate's whole graph. Raw SQL for the two big reads: Prisma's query engine spends most of
 * its time decoding rows (measured: ~490 ms vs ~90 ms for 5,000 arguments on SQLite).
 */
async function readGraph(debateId: string): Promise<Graph> {
  const [nodes, edges, sources, stats, groups] = await Promise.all([
    readDb.$queryRaw<NodeRow[]>`
      SELECT "id", "kind", "side", "role", "speech", "responseType", "title", "body", "x", "y", "sourceId", "quote",
             "quoteStart", "quoteEnd", "prefix", "suffix", "cite", "highlights", "markup", "citeFields", "anchorStatus", "groupId", "tags", "scheme",
             "version"
      FROM "ArgNode" WHERE "debateId" = ${debateId} ORDER BY "createdAt", "id"`,
    readDb.$queryRaw<Pick<Edge, "id" | "sourceId" | "targetId" | "relation" | "position" | "version">[]>`
      SELECT "id", "sourceId", "targetId", "relation", "position", "version" FROM "Edge" WHERE "debateId" = ${debateId} ORDER BY "createdAt", "id"`,
    readDb.source.findMany({ where: { debateId }, orderBy: { createdAt: "asc" }, omit: { text: true } }),
    sourceStats(debateId),
    readDb.nodeGroup.findMany({ where: { debateId }, orderBy: [{ order: "asc" }, { id: "asc" }] }),
  ]);
  return {
    nodes: nodes.map((n) =>
      toNodeDto({
        ...n,
        x: Number(n.x),
        y: Number(n.y),
        version: Number(n.version),
        quoteStart: n.quoteStart === null ? null : Number(n.quoteStart),
        quoteEnd: n.quoteEnd === null ? null : Number(n.quoteEnd),
      } as ArgNode),
    ),
    edges: edges.map((e) =>
      toEdgeDto({
        ...e,
        version: Number(e.version),
        position: e.position === null ? null : Number(e.position),
      } as Edge),
    ),
    sources: sources.map((s) => toSourceSummary({ ...s, ...(stats.get(s.id) ?? { length: 0, cardCount: 0 }) })),
    groups: parentsFirst(groups.map(toNodeGroupDto)),
  };
}

// One graph per debate, tagged with the change-log position it reflects. Every write records a
// change (the log is the single source of truth), so an unchanged seq means an unchanged graph;
// each server checks the seq against the database, so the cache is exact across servers too.
// Next to the objects it keeps the graph encoded as JSON, so a warm GET of a big map copies bytes
// instead of serialising megabytes again.
// The flow sheet's body (row tables, see lib/domain/flow-graph.ts) and its first threads' are kept the same way.
type Entry = { seq: number; graph: Graph; json?: Buffer; flow?: Buffer; flowHead?: Buffer };
const g = globalThis as unknown as { clashGraphCache?: Map<string, Entry> };
const cache = (g.clashGraphCache ??= new Map<string, Entry>());
const MAX_CACHED = 64;

/**
 * About how many bytes an entry holds: its JSON when encoded, else an estimate from the graph's
 * text (the objects take roughly twice their JSON). The byte budget bounds memory, not the count.
 */
export function entryBytes(e: { graph: Graph; json?: Buffer; flow?: Buffer; flowHead?: Buffer }): number {
  // With the packings of its bodies, once a client has asked for them packed (lib/server/packed-body.ts).
  const flow = (e.flow?.byteLength ?? 0) + (e.flowHead?.byteLength ?? 0) + packedSize(e.flow) + packedSize(e.json);
  if (e.json) return e.json.byteLength * 3 + flow;
  let chars = 0;
  for (const n of e.graph.nodes) chars += 200 + n.title.length + n.body.length + (n.evidence?.quote.length ?? 0);
  chars += e.graph.edges.length * 120 + e.graph.sources.length * 300;
  return chars * 2 + flow;
}

/** Drop the least recently used graphs until the cache fits CLASH_GRAPH_CACHE_BYTES (0 keeps only the newest). */
export function trimToBudget(budget = loadEnv().CLASH_GRAPH_CACHE_BYTES): void {
  let total = 0;
  for (const e of cache.values()) total += entryBytes(e);
  for (const [id, e] of cache) {
    // The newest entry stays even alone over the budget: the read that made it is using it.
    if ((total <= budget && cache.size <= MAX_CACHED) || cache.size <= 1) break;
    total -= entryBytes(e);
    cache.delete(id);
  }
}

async function entryAt(debateId: string, seq: number): Promise<Entry> {
  const hit = cache.get(debateId);
  if (hit && hit.seq === seq) {
    // Most recently used last: a Map keeps insertion order, so the first key is the eviction candidate.
    cache.delete(debateId);
    cache.set(debateId, hit);
    return hit;
  }
  const entry: Entry = { seq, graph: await readGraph(debateId) };
  cache.delete(debateId);
  cache.set(debateId, entry);
  trimToBudget();
  return entry;
}

/** The graph of a debate as of change `seq` (the caller read seq before calling). */
export async function graphAt(debateId: string, seq: number): Promise<Graph> {
  return (await entryAt(debateId, seq)).graph;
}

/**
 * The JSON body `{...head, nodes, edges, sources}` of a debate as of `head.seq`, as parts to send
 * in turn (the cached graph bytes are never copied). `head` (the summary, which differs by viewer)
 * is encoded per call; the graph once per seq.
 */
export async function graphBodyAt(debateId: string, head: { seq: number }): Promise<Uint8Array[]> {
  const entry = await entryAt(debateId, head.seq);
  if (!entry.json) {
    entry.json = Buffer.from(asciiJson(entry.graph).slice(1, -1));
    trimToBudget();
  }
  // All ASCII like the graph: one character past it would make the browser decode the whole body as two-byte text.
  const headJson = asciiJson(head);
  return [Buffer.from(`${headJson.slice(0, -1)},`), entry.json, Buffer.from("}")];
}

/** The flow sheet's JSON body of a debate as of `seq` (the caller read seq before calling). */
export async function flowBodyAt(debateId: string, seq: number): Promise<Buffer> {
  const entry = await entryAt(debateId, seq);
  if (!entry.flow) {
    entry.flow = Buffer.from(asciiJson(packFlowGraph({ seq, ...entry.graph })));
    trimToBudget();
  }
  return entry.flow;
}

/** The first threads of the flow sheet of a debate as of `seq`, as JSON (see flowHeadBody). */
export async function flowHeadBodyAt(debateId: string, seq: number): Promise<Buffer> {
  const entry = await entryAt(debateId, seq);
  if (!entry.flowHead) {
    entry.flowHead = flowHeadBody(seq, entry.graph);
    trimToBudget();
  }
  return entry.flowHead;
}

/** The body of `?part=head`: the graph's first threads as row tables, with the whole sheet's size. */
export function flowHeadBody(seq: number, graph: Pick<Graph, "nodes" | "edges" | "groups">): Buffer {
  const { nodes, edges, total, rows } = flowHead(graph.nodes, graph.edges);
  const wire: FlowHeadWire = { ...packFlowGraph({ seq, nodes, edges, groups: graph.groups }), head: { total, rows } };
  return Buffer.from(asciiJson(wire));
}

/** What the graph cache holds now: debates (least recently used first) and their estimated bytes. */
export function graphCacheStats(): { debateIds: string[]; bytes: number } {
  let bytes = 0;
  for (const e of cache.values()) bytes += entryBytes(e);
  return { debateIds: [...cache.keys()], bytes };
}
