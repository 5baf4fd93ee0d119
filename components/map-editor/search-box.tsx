"use client";
import { useReactFlow } from "@xyflow/react";
import { forwardRef, useState } from "react";
import { useShallow } from "zustand/shallow";
import { searchNodes } from "@/lib/domain/graph";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { jumpTo } from "@/lib/client/editor/node-actions";
import { KIND_LABEL } from "./labels";

/** Find an argument by its words and jump to it (arrows to choose, Enter to jump). */
export const SearchBox = forwardRef<HTMLInputElement>(function SearchBox(_, ref) {
  const store = useEditorStore();
  const rf = useReactFlow();
  const [q, setQ] = useState("");
  const [active, setActive] = useState(0);
  const results = useEditor(
    useShallow((s) =>
      q.trim()
        ? searchNodes(
            s.order.map((id) => s.nodes[id]!),
            q,
            8,
          )
        : [],
    ),
  );
  const go = (id: string) => {
    jumpTo(store, rf, id);
    setQ("");
  };
  return (
    <div className="search" role="search">
      <input
        ref={ref}
        type="search"
        placeholder="Search arguments  ( / )"
        value={q}
        aria-label="Search arguments"
        data-testid="search"
        onChange={(e) => {
          setQ(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, results.length - 1));
          }
          if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          }
          if (e.key === "Enter" && results[active]) go(results[active].id);
          if (e.key === "Escape") {
            setQ("");
            (e.target as HTMLInputElement).blur();
          }
        }}
      />
      {q.trim() && (
        <ul className="search-results" role="listbox" aria-label="Search results">
          {results.length === 0 && <li className="muted small">No argument matches “{q}”.</li>}
          {results.map((n, i) => (
            <li
              key={n.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? "active" : ""}
              onMouseDown={(e) => {
                e.preventDefault();
                go(n.id);
              }}
            >
              <span className={`dot side-${n.side}`} /> <span className="small muted">{KIND_LABEL[n.kind]}</span>{" "}
              {n.title}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
