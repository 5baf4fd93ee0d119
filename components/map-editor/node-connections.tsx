"use client";
import { useState } from "react";
import { useShallow } from "zustand/shallow";
import { connectionError } from "@/lib/domain/graph";
import { RELATIONS, type Relation } from "@/lib/domain/vocabulary";
import { useEditor, useEditorStore } from "@/lib/flow/editor-context";
import { newClientId } from "@/lib/flow/node-actions";

/** An argument's connections, editable, plus a keyboard path to connect it to another argument. */
export function NodeConnections({ id }: { id: string }) {
  const store = useEditorStore();
  const canEdit = useEditor((s) => s.canEdit);
  const edges = useEditor(useShallow((s) => Object.values(s.edges).filter((e) => e.source === id || e.target === id)));
  // Plain strings only: useShallow compares items by identity, so fresh tuples would never settle.
  const ids = useEditor((s) => s.order);
  const titleList = useEditor(useShallow((s) => s.order.map((nid) => s.nodes[nid]!.title)));
  const titles = ids.map((nid, i) => [nid, titleList[i] ?? ""] as const);
  const titleOf = new Map(titles);
  const [target, setTarget] = useState("");
  const [relation, setRelation] = useState<Relation>("rebuts");
  const [error, setError] = useState<string | null>(null);

  const connect = () => {
    const s = store.getState();
    const src = s.nodes[id];
    const tgt = s.nodes[target];
    if (!src || !tgt) return setError("choose an argument to connect to");
    const err = connectionError(src, tgt, relation, Object.values(s.edges));
    if (err) return setError(err);
    setError(null);
    s.commit([{ op: "createEdge", edge: { id: newClientId(), source: id, target, relation } }]);
    setTarget("");
  };

  return (
    <section className="stack connections">
      <h3>Connections</h3>
      {edges.length === 0 && <p className="muted small">Not connected yet.</p>}
      <ul>
        {edges.map((e) => {
          const out = e.source === id;
          const other = out ? e.target : e.source;
          return (
            <li key={e.id} className="connection">
              <span className="small">{out ? "this" : <b>{titleOf.get(other)}</b>}</span>
              <select
                aria-label="Relation" value={e.relation} disabled={!canEdit}
                onChange={(ev) => store.getState().commit([{ op: "updateEdge", id: e.id, version: e.version, relation: ev.target.value as Relation }])}
              >
                {RELATIONS.map((r) => <option key={r} value={r}>{r}</option>)}
              </select>
              <span className="small">{out ? <b>{titleOf.get(other)}</b> : "this"}</span>
              <button type="button" className="btn btn-ghost small" onClick={() => store.getState().select(other)}>Go</button>
              {canEdit && (
                <button type="button" className="btn btn-ghost small" aria-label="Remove connection" onClick={() => store.getState().commit([{ op: "deleteEdge", id: e.id, version: e.version }])}>✕</button>
              )}
            </li>
          );
        })}
      </ul>
      {canEdit && (
        <div className="stack connect-form">
          <label>
            Connect this argument to
            <select value={target} onChange={(e) => setTarget(e.target.value)} data-testid="connect-target">
              <option value="">Choose an argument…</option>
              {titles.filter(([nid]) => nid !== id).map(([nid, t]) => <option key={nid} value={nid}>{t || "Untitled"}</option>)}
            </select>
          </label>
          <div className="row">
            <select aria-label="New relation" value={relation} onChange={(e) => setRelation(e.target.value as Relation)} data-testid="connect-relation">
              {RELATIONS.map((r) => <option key={r} value={r}>{r}</option>)}
            </select>
            <button type="button" className="btn" onClick={connect}>Connect</button>
          </div>
          {error && <p className="form-error" role="alert">{error}</p>}
        </div>
      )}
    </section>
  );
}
