"use client";
import { useEffect, useId, useMemo, useState } from "react";
import { useReactFlow } from "@xyflow/react";
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
  /** K with nothing selected: the argument the connection starts from is being chosen first */
  pickingSource: boolean;
  /** set once a target is chosen: the relation picker then returns focus here when it closes */
  returnTo: string | null;
  /** the last result, read out by the live region */
  message: string;
};

/**
 * Connecting from the keyboard: K opens a list of the other arguments, the one chosen goes to the
 * same relation picker a drag opens. View state of this page only, so a module store.
 */
export const connectStore = createStore<ConnectState>(() => ({
  source: null,
  pickingSource: false,
  returnTo: null,
  message: "",
}));

/** Where the keyboard was when K opened the "Connect from…" step, to give it back on Esc. */
let opener: HTMLElement | null = null;

/**
 * Start connecting (K on the map): from argument `id`, or with nothing selected (`null`) by first
 * choosing the argument to connect from.
 */
export function startConnect(id: string | null) {
  if (id) return connectStore.setState({ source: id, pickingSource: false, returnTo: null });
  opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  connectStore.setState({ source: null, pickingSource: true, returnTo: null });
}

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
  const picking = useStore(connectStore, (s) => s.pickingSource);
  const message = useStore(connectStore, (s) => s.message);
  return (
    <>
      <p className="visually-hidden" role="status" data-testid="connect-status">
        {message}
      </p>
      {/* A new dialog per step, so a screen reader announces "Connect to…" after "Connect from…". */}
      {picking && <ConnectDialog key="from" sourceId={null} />}
      {source && <ConnectDialog key={source} sourceId={source} />}
    </>
  );
}

/** The centre of the canvas in map coordinates: with no source, the arguments in view come first. */
function useViewCentre() {
  const rf = useReactFlow();
  return useMemo(() => {
    const r = document.querySelector(".canvas")?.getBoundingClientRect();
    return r ? rf.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 }) : undefined;
  }, [rf]);
}

/**
 * One step of a keyboard connection: with `sourceId` choose what it connects to; without one
 * ("Connect from…") choose the argument it starts from, which then becomes the selection.
 */
function ConnectDialog({ sourceId }: { sourceId: string | null }) {
  const store = useEditorStore();
  const nodes = useEditor((s) => s.nodes);
  const source = sourceId ? nodes[sourceId] : undefined;
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const centre = useViewCentre();
  const targets = useMemo(
    () => rankConnectTargets(sourceId, Object.values(nodes), query, 50, centre),
    [nodes, sourceId, query, centre],
  );
  const current = Math.min(active, targets.length - 1);
  const activeId = targets[current]?.id;
  // Keep the option the arrows reached in sight in a long list.
  useEffect(() => {
    if (activeId) document.getElementById(`${listId}-${activeId}`)?.scrollIntoView({ block: "nearest" });
  }, [activeId, listId]);

  const cancel = () => {
    const { source: open, pickingSource } = connectStore.getState();
    if (sourceId ? open !== sourceId : !pickingSource) return; // already moved on to the next step
    connectStore.setState({ source: null, pickingSource: false, message: "Connection cancelled" });
    if (sourceId) return returnFocus(sourceId);
    const back = opener;
    opener = null;
    if (back?.isConnected && back !== document.body) requestAnimationFrame(() => back.focus({ preventScroll: true }));
  };
  const choose = (target: string) => {
    if (!sourceId) {
      const title = nodes[target]?.title || "Untitled";
      opener = null;
      store.getState().select(target);
      connectStore.setState({ pickingSource: false, source: target, message: `Connecting from “${title}”` });
      return;
    }
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

  if (sourceId && !source) return null;
  const optionId = (id: string) => `${listId}-${id}`;
  return (
    <Dialog open onClose={cancel} title={source ? "Connect to…" : "Connect from…"}>
      <div className="stack connect-dialog">
        <p className="muted small">
          {source
            ? `From “${source.title || "Untitled"}”: choose the argument it answers or backs.`
            : "Choose the argument the connection starts from (the one that answers or backs another)."}
        </p>
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
