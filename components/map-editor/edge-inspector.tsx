"use client";
import { RELATIONS, type Relation } from "@/lib/domain/vocabulary";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";

/** Edit or remove one connection. */
export function EdgeInspector({ id }: { id: string }) {
  const store = useEditorStore();
  const e = useEditor((s) => s.edges[id]);
  const source = useEditor((s) => (e ? s.nodes[e.source]?.title : undefined));
  const target = useEditor((s) => (e ? s.nodes[e.target]?.title : undefined));
  const canEdit = useEditor((s) => s.canEdit);
  if (!e) return null;
  return (
    <div className="stack">
      <h2>Connection</h2>
      <p>
        <b>{source}</b>
      </p>
      <label>
        Relation
        <select
          value={e.relation}
          disabled={!canEdit}
          onChange={(ev) =>
            store
              .getState()
              .commit([{ op: "updateEdge", id, version: e.version, relation: ev.target.value as Relation }])
          }
        >
          {RELATIONS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <p>
        <b>{target}</b>
      </p>
      {canEdit && (
        <button
          className="btn btn-danger"
          onClick={() => store.getState().commit([{ op: "deleteEdge", id, version: e.version }])}
        >
          Delete connection
        </button>
      )}
    </div>
  );
}
