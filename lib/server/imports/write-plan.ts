import "server-only";
import { encodeBuiltChange, type Change } from "@/lib/domain/changes";
import { recordChange } from "../change-log";
import { markupColumns } from "../mappers";
import { ARG_NODE_COLUMNS } from "../nodes/node-rows";
import type { Tx } from "../db";
import { bulkInsert, sqlTimestamp, type SqlValue } from "./bulk-insert";
import type { ImportPlan } from "./plan-import";

const SOURCE_COLUMNS = [
  "id",
  "debateId",
  "title",
  "author",
  "qualifications",
  "publication",
  "date",
  "url",
  "attribution",
  "text",
  "version",
  "createdAt",
  "updatedAt",
];
const NODE_COLUMNS = [...ARG_NODE_COLUMNS, "createdById", "version", "createdAt", "updatedAt"];
const EDGE_COLUMNS = [
  "id",
  "debateId",
  "relation",
  "sourceId",
  "targetId",
  "position",
  "version",
  "createdAt",
  "updatedAt",
];
const CHANGE_COLUMNS = [
  "debateId",
  "actorId",
  "entity",
  "entityId",
  "action",
  "before",
  "after",
  "schemaVersion",
  "createdAt",
];

/**
 * Insert a planned import inside the caller's transaction: sources, then nodes (cards point at
 * sources), then edges, then one change-log row per created row (entity, id, action "create",
 * the row as the API shows it) in that order, so history and the live stream see every row. Bulk statements keep a 50,000-argument import to
 * a few seconds of transaction time.
 */
export async function writePlan(
  tx: Tx,
  options: {
    debateId: string;
    actorId: string;
    plan: ImportPlan;
    /** rows written so far of all rows (sources, arguments, connections and their change rows) */
    onProgress?: (written: number, total: number) => void;
    /** checked between statements: an abort throws, and the caller's transaction rolls back */
    signal?: AbortSignal;
  },
): Promise<void> {
  const { debateId, actorId, plan, onProgress, signal } = options;
  const at = sqlTimestamp(new Date());
  const total = plannedRows(plan);
  let written = 0;
  const onChunk = (rows: number) => {
    signal?.throwIfAborted();
    written += rows;
    onProgress?.(written, total);
  };
  signal?.throwIfAborted();
  onProgress?.(0, total);

  await bulkInsert(tx, "Source", SOURCE_COLUMNS, plan.sources, {
    toRow: (s) => [
      s.id,
      debateId,
      s.title,
      s.author,
      s.qualifications,
      s.publication,
      s.date,
      s.url,
      s.attribution,
      s.text,
      1,
      at,
      at,
    ],
    onChunk,
  });
  // Groups before the nodes that point at them (and each parent before its children).
  await bulkInsert(tx, "NodeGroup", ["id", "debateId", "parentId", "kind", "title", "order"], plan.groups, {
    toRow: (g) => [g.id, debateId, g.parentId, g.kind, g.title, g.order],
  });
  await bulkInsert(tx, "ArgNode", NODE_COLUMNS, plan.nodes, {
    toRow: (n): SqlValue[] => {
      const e = n.evidence;
      return [
        n.id,
        debateId,
        n.kind,
        n.side,
        n.role,
        n.speech,
        n.responseType,
        n.title,
        n.body,
        n.position.x,
        n.position.y,
        e?.sourceId ?? null,
        e?.quote ?? null,
        e?.start ?? null,
        e?.end ?? null,
        e?.prefix ?? null,
        e?.suffix ?? null,
        e?.cite ?? null,
        e ? JSON.stringify(e.highlights) : null,
        markupColumns(e).markup,
        markupColumns(e).citeFields,
        e ? (e.status ?? "exact") : null,
        n.groupId ?? null,
        JSON.stringify(n.tags ?? []),
        n.scheme ?? null,
        actorId,
        1,
        at,
        at,
      ];
    },
    onChunk,
  });
  await bulkInsert(tx, "Edge", EDGE_COLUMNS, plan.edges, {
    toRow: (e) => [e.id, debateId, e.relation, e.source, e.target, e.position ?? null, 1, at, at],
    onChunk,
  });

  // A source's create row holds no text: a rewind reads old texts from later edits, never from creates.
  const changes: Change[] = [
    ...plan.sources.map(({ text: _t, ...summary }): Change => ({
      entity: "source",
      action: "create",
      entityId: summary.id,
      before: null,
      after: summary,
    })),
    ...plan.nodes.map((n): Change => ({ entity: "node", action: "create", entityId: n.id, before: null, after: n })),
    ...plan.edges.map((e): Change => ({ entity: "edge", action: "create", entityId: e.id, before: null, after: e })),
  ];
  const [first, ...rest] = changes;
  if (!first) return;
  // The first row goes through recordChange: it takes the debate's row lock (change seq stays in
  // commit order) and marks the debate so live subscribers hear of the import after the commit.
  await recordChange(tx, { debateId, actorId, ...first });
  onChunk(1);
  await bulkInsert(tx, "Change", CHANGE_COLUMNS, rest, {
    // Encoded a slice at a time: the whole log's JSON at once would hold the loop for a long while.
    toRow: (c): SqlValue[] => {
      const row = encodeBuiltChange(c);
      return [debateId, actorId, row.entity, row.entityId, row.action, row.before, row.after, row.schemaVersion, at];
    },
    onChunk,
  });
}

/** Rows a plan writes: each source, argument and connection, and one change row for each. */
export function plannedRows(plan: ImportPlan): number {
  return 2 * (plan.sources.length + plan.nodes.length + plan.edges.length);
}
