import "server-only";
import type { ArgNode, Edge } from "@/generated/prisma/client";
import type { EdgeDto, NodeDto, NodeGroupDto, SourceSummaryDto } from "@/lib/domain/schemas";
import { db } from "../db";
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
  | "anchorStatus"
  | "groupId"
  | "tags"
  | "version"
>;

/**
 * A debate's whole graph. Raw SQL for the two big reads: Prisma's query engine spends most of
 * its time decoding rows (measured: ~490 ms vs ~90 ms for 5,000 arguments on SQLite).
 */
async function readGraph(debateId: string): Promise<Graph> {
  const [nodes, edges, sources, stats, groups] = await Promise.all([
    db.$queryRaw<NodeRow[]>`
      SELECT "id", "kind", "side", "role", "speech", "responseType", "title", "body", "x", "y", "sourceId", "quote",
             "quoteStart", "quoteEnd", "prefix", "suffix", "cite", "highlights", "anchorStatus", "groupId", "tags", "version"
      FROM "ArgNode" WHERE "debateId" = ${debateId} ORDER BY "createdAt", "id"`,
    db.$queryRaw<Pick<Edge, "id" | "sourceId" | "targetId" | "relation" | "version">[]>`
      SELECT "id", "sourceId", "targetId", "relation", "version" FROM "Edge" WHERE "debateId" = ${debateId} ORDER BY "createdAt", "id"`,
    db.source.findMany({ where: { debateId }, orderBy: { createdAt: "asc" }, omit: { text: true } }),
    sourceStats(debateId),
    db.nodeGroup.findMany({ where: { debateId }, orderBy: [{ order: "asc" }, { id: "asc" }] }),
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
    edges: edges.map((e) => toEdgeDto({ ...e, version: Number(e.version) } as Edge)),
    sources: sources.map((s) => toSourceSummary({ ...s, ...(stats.get(s.id) ?? { length: 0, cardCount: 0 }) })),
    groups: parentsFirst(groups.map(toNodeGroupDto)),
  };
}

// One graph per debate, tagged with the change-log position it reflects. Every write records a
// change (the log is the single source of truth), so an unchanged seq means an unchanged graph;
// each server checks the seq against the database, so the cache is exact across servers too.
// Next to the objects it keeps the graph encoded as JSON, so a warm GET of a big map copies bytes
// instead of serialising megabytes again.
type Entry = { seq: number; graph: Graph; json?: Buffer };
const g = globalThis as unknown as { clashGraphCache?: Map<string, Entry> };
const cache = (g.clashGraphCache ??= new Map<string, Entry>());
const MAX_CACHED = 64;
const MAX_JSON_BYTES = 256 * 2 ** 20;

async function entryAt(debateId: string, seq: number): Promise<Entry> {
  const hit = cache.get(debateId);
  if (hit && hit.seq === seq) return hit;
  const entry: Entry = { seq, graph: await readGraph(debateId) };
  cache.delete(debateId);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(debateId, entry);
  return entry;
}

/** The graph of a debate as of change `seq` (the caller read seq before calling). */
export async function graphAt(debateId: string, seq: number): Promise<Graph> {
  return (await entryAt(debateId, seq)).graph;
}

/** Drop the oldest encoded graphs once together they pass the byte budget (the newest stays). */
function trimEncoded(): void {
  let total = 0;
  for (const e of cache.values()) total += e.json?.byteLength ?? 0;
  for (const [id, e] of cache) {
    if (total <= MAX_JSON_BYTES || cache.size <= 1) break;
    total -= e.json?.byteLength ?? 0;
    cache.delete(id);
  }
}

/**
 * The JSON body `{...head, nodes, edges, sources}` of a debate as of `head.seq`, as parts to send
 * in turn (the cached graph bytes are never copied). `head` (the summary, which differs by viewer)
 * is encoded per call; the graph once per seq.
 */
export async function graphBodyAt(debateId: string, head: { seq: number }): Promise<Uint8Array[]> {
  const entry = await entryAt(debateId, head.seq);
  if (!entry.json) {
    entry.json = Buffer.from(JSON.stringify(entry.graph).slice(1, -1));
    trimEncoded();
  }
  const headJson = JSON.stringify(head);
  return [Buffer.from(`${headJson.slice(0, -1)},`), entry.json, Buffer.from("}")];
}
