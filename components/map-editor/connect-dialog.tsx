"use client";
import { useEffect, useId, useMemo, useState } from "react";
import { createStore } from "zustand/vanilla";
import { useStore } from "zustand";
import { Dialog } from "@/components/ui/dialog";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { focusNode } from "@/lib/client/editor/focus";
import { rankConnectTargets } from "@/lib/domain/connect-targets";
import { KIND_LABEL, SIDE_LABEL } from "./labels";
import "@/app/connect-dialog.css";

type ConnectState = {
  /** the argument a keyboard connection starts from, while its target is being chosen */
  source: string | null;
  /** set once a target is chosen: the relation picker then returns focus here when it closes */
  returnTo: string | null;
  /** the last result, read out by the live region */
  message: string;
};

/**
 * Connecting from the keyboard: K opens a list of the other arguments, the one chosen goes to the
 * same relation picker a drag opens. View state of this page only, so a module store.
 */
export const connectStore = createStore<ConnectState>(() => ({ source: null, returnTo: null, message: "" }));

/** Start connecting from argument `id` (K on the map). */
export const startConnect = (id: string) => connectStore.setState({ source: id, returnTo: null });

/** Say `message` in the live region. */
export const announce = (message: string) => connectStore.setState({ message });

/**
 * Give the keyboard back to the argument the connection started from, once the modal dialog is
 * gone (while it is open the rest of the page is inert and cannot take focus).
 */
export function returnFocus(id: string) {
  requestAnimationFrame(() => requestAnimationFrame(() => focusNode(id)));
}

/** The live region and, while a keyboard connection is being made, its list of targets. */
export function ConnectHost() {
  const source = useStore(connectStore, (s) => s.source);
  const message = useStore(connectStore, (s) => s.message);
  return (
    <>
      <p className="visually-hidden" role="status" data-testid="connect-status">
        {message}
      </p>
      {source && <ConnectDialog key={source} sourceId={source} />}
    </>
  );
}

function ConnectDialog({ sourceId }: { sourceId: string }) {
  const store = useEditorStore();
  const nodes = useEditor((s) => s.nodes);
  const source = nodes[sourceId];
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const targets = useMemo(() => rankConnectTargets(sourceId, Object.values(nodes), query), [nodes, sourceId, query]);
  const current = Math.min(active, targets.length - 1);
  const activeId = targets[current]?.id;
  // Keep the option the arrows reached in sight in a long list.
  useEffect(() => {
    if (activeId) document.getElementById(`${listId}-${activeId}`)?.scrollIntoView({ block: "nearest" });
  }, [activeId, listId]);

  const cancel = () => {
    if (!connectStore.getState().source) return;
    connectStore.setState({ source: null, message: "Connection cancelled" });
    returnFocus(sourceId);
  };
  const choose = (target: string) => {
    connectStore.setState({ source: null, returnTo: sourceId });
    store.getState().setPendingConnection({ source: sourceId, target });
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const n = targets.length;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (n) setActive((current + (e.key === "ArrowDown" ? 1 : n - 1)) % n);
    } else if (e.key === "Home" || e.key === "End") {
      if (!n) return;
      e.preventDefault();
      setActive(e.key === "Home" ? 0 : n - 1);
    } else if (e.key === "Enter") {
      e.preventDefault();
      const t = targets[current];
      if (t) choose(t.id);
    }
  };

  if (!source) return null;
  const optionId = (id: string) => `${listId}-${id}`;
  return (
    <Dialog open onClose={cancel} title="Connect to…">
      <div className="stack connect-dialog">
        <p className="muted small">From “{source.title || "Untitled"}”: choose the argument it answers or backs.</p>
        <input
          className="input"
          role="combobox"
          aria-label="Find an argument by title"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={targets[current] ? optionId(targets[current].id) : undefined}
          placeholder="Type to filter…"
          value={query}
          data-testid="connect-filter"
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul className="connect-targets" role="listbox" id={listId} aria-label="Arguments">
          {targets.map((t, i) => (
            <li
              key={t.id}
              id={optionId(t.id)}
              role="option"
              aria-selected={i === current}
              className={i === current ? "connect-target is-active" : "connect-target"}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(t.id)}
            >
              <span>{t.title || "Untitled"}</span>{" "}
              <span className="small muted">
                {SIDE_LABEL[t.side]} {KIND_LABEL[t.kind]}
              </span>
            </li>
          ))}
        </ul>
        {!targets.length && <p className="small muted">No argument matches “{query}”.</p>}
      </div>
    </Dialog>
  );
}
