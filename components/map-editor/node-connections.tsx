"use client";
import { useState } from "react";
import { useShallow } from "zustand/shallow";
import { connectionError } from "@/lib/domain/graph";
import { RELATIONS, type Relation } from "@/lib/domain/vocabulary";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { newClientId } from "@/lib/client/editor/node-actions";
import { edgesOf } from "@/lib/client/editor/adjacency";
import { WINDOW_THRESHOLD } from "@/lib/client/editor/use-windowed-nodes";
import { searchNodes } from "@/lib/domain/graph";

const NO_TITLES: string[] = [];

/** An argument's connections, editable, plus a keyboard path to connect it to another argument. */
export function NodeConnections({ id }: { id: string }) {
  const store = useEditorStore();
  const canEdit = useEditor((s) => s.canEdit);
  const edges = useEditor((s) => edgesOf(s.edges, id));
  // Plain strings only: useShallow compares items by identity, so fresh tuples would never settle.
  const otherTitles = useEditor(
    useShallow((s) => edges.map((e) => s.nodes[e.source === id ? e.target : e.source]?.title ?? "")),
  );
  const titleOf = new Map(edges.map((e, i) => [e.source === id ? e.target : e.source, otherTitles[i]!]));
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
                aria-label="Relation"
                value={e.relation}
                disabled={!canEdit}
                onChange={(ev) =>
                  store
                    .getState()
                    .commit([{ op: "updateEdge", id: e.id, version: e.version, relation: ev.target.value as Relation }])
                }
              >
                {RELATIONS.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
              <span className="small">{out ? <b>{titleOf.get(other)}</b> : "this"}</span>
              <button type="button" className="btn btn-ghost small" onClick={() => store.getState().select(other)}>
                Go
              </button>
              {canEdit && (
                <button
                  type="button"
                  className="btn btn-ghost small"
                  aria-label="Remove connection"
                  onClick={() => store.getState().commit([{ op: "deleteEdge", id: e.id, version: e.version }])}
                >
                  ✕
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {canEdit && (
        <div className="stack connect-form">
          <ConnectTarget id={id} target={target} onChange={setTarget} />
          <div className="row">
            <select
              aria-label="New relation"
              value={relation}
              onChange={(e) => setRelation(e.target.value as Relation)}
              data-testid="connect-relation"
            >
              {RELATIONS.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
            <button type="button" className="btn" onClick={connect}>
              Connect
            </button>
          </div>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

/** The argument to connect to: a list of all of them on a small map, a search on a big (windowed) one. */
function ConnectTarget({ id, target, onChange }: { id: string; target: string; onChange: (id: string) => void }) {
  const [query, setQuery] = useState("");
  const big = useEditor((s) => s.order.length > WINDOW_THRESHOLD);
  const ids = useEditor((s) => s.order);
  const titleList = useEditor(useShallow((s) => (big ? NO_TITLES : s.order.map((nid) => s.nodes[nid]!.title))));
  const found = useEditor(
    useShallow((s) =>
      big && query.trim()
        ? searchNodes(
            s.order.map((nid) => s.nodes[nid]!),
            query,
            21,
          ).map((n) => n.id)
        : NO_TITLES,
    ),
  );
  const foundTitles = useEditor(useShallow((s) => found.map((nid) => s.nodes[nid]?.title ?? "")));
  const options = (
    big
      ? found.map((nid, i) => [nid, foundTitles[i]!] as const)
      : ids.map((nid, i) => [nid, titleList[i] ?? ""] as const)
  )
    .filter(([nid]) => nid !== id)
    .slice(0, big ? 20 : undefined);
  const prompt = !big
    ? "Choose an argument…"
    : !query.trim()
      ? "Type above to find an argument…"
      : options.length
        ? `Choose one of ${options.length} found…`
        : "Nothing found";
  return (
    <label>
      Connect this argument to
      {big && (
        <input
          type="search"
          value={query}
          placeholder="Type words of its title…"
          aria-label="Find the argument to connect to"
          data-testid="connect-search"
          onChange={(e) => setQuery(e.target.value)}
        />
      )}
      <select value={target} onChange={(e) => onChange(e.target.value)} data-testid="connect-target">
        <option value="">{prompt}</option>
        {options.map(([nid, t]) => (
          <option key={nid} value={nid}>
            {t || "Untitled"}
          </option>
        ))}
      </select>
    </label>
  );
}
