"use client";
import { forwardRef, useState } from "react";
import { useShallow } from "zustand/shallow";
import { searchNodes } from "@/lib/domain/graph";
import { useEditor } from "@/lib/client/editor/editor-context";
import { KIND_LABEL } from "@/components/map-editor/labels";

/**
 * Find an argument of the open debate by its words and pick one (arrows to choose, Enter to
 * pick, Escape to leave); the map jumps the canvas to it, the flow scrolls its sheet.
 */
export const ArgumentSearch = forwardRef<
  HTMLInputElement,
  { onPick: (id: string) => void; id?: string; disabled?: boolean; title?: string }
>(function ArgumentSearch({ onPick, id, disabled, title }, ref) {
  const [q, setQ] = useState("");
  const [active, setActive] = useState(0);
  const results = useEditor(
    useShallow((s) =>
      q.trim()
        ? searchNodes(
            s.order.map((nid) => s.nodes[nid]!),
            q,
            8,
          )
        : [],
    ),
  );
  const go = (nid: string) => {
    setQ("");
    onPick(nid);
  };
  return (
    <div className="search" role="search">
      <input
        ref={ref}
        id={id}
        type="search"
        placeholder="Search  ( / )"
        value={q}
        disabled={disabled}
        title={title}
        aria-label="Search arguments"
        aria-keyshortcuts="/"
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
