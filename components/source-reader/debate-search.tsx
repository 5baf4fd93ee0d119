"use client";
import { useReactFlow } from "@xyflow/react";
import { useCallback, useEffect, useState } from "react";
import type { SearchHitDto } from "@/lib/domain/schemas";
import { api } from "@/lib/client/api";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { jumpTo } from "@/lib/client/editor/node-actions";
import { useReaderStore } from "@/lib/client/reader/reader-context";
import { SearchHit } from "./search-hit";

const DEBOUNCE_MS = 250;
type State =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "done"; q: string; results: SearchHitDto[] }
  | { status: "error"; message: string };

/** Full-text search of the debate's arguments, cards and sources, on the server's index. */
export function DebateSearch() {
  const store = useEditorStore();
  const reader = useReaderStore();
  const rf = useReactFlow();
  const debateId = useEditor((s) => s.debateId);
  const [q, setQ] = useState("");
  const [state, setState] = useState<State>({ status: "idle" });

  useEffect(() => {
    const query = q.trim();
    if (!query) return setState({ status: "idle" });
    setState({ status: "loading" });
    const ctl = new AbortController();
    const t = setTimeout(() => {
      api<{ results: SearchHitDto[] }>(`/api/debates/${debateId}/search?q=${encodeURIComponent(query)}`)
        .then((r) => !ctl.signal.aborted && setState({ status: "done", q: query, results: r.results }))
        .catch(
          (err: unknown) =>
            !ctl.signal.aborted &&
            setState({ status: "error", message: err instanceof Error ? err.message : "search failed" }),
        );
    }, DEBOUNCE_MS);
    return () => {
      ctl.abort();
      clearTimeout(t);
    };
  }, [q, debateId]);

  const open = useCallback(
    (hit: SearchHitDto) => {
      if (hit.type === "argument") jumpTo(store, rf, hit.id);
      else reader.getState().openSource(hit.id, { find: hit.parts });
    },
    [store, reader, rf],
  );

  return (
    <section className="stack debate-search" aria-label="Search the debate">
      <input
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        autoFocus
        aria-label="Search arguments, cards and sources"
        placeholder="Search arguments, cards and sources"
        data-testid="debate-search"
        maxLength={200}
      />
      {state.status === "idle" && (
        <p className="hint">Words from a tag, a quote, a cite or a source’s text. Click a result to go to it.</p>
      )}
      {state.status === "loading" && (
        <p className="hint" aria-busy="true">
          <span className="spinner" aria-hidden /> Searching…
        </p>
      )}
      {state.status === "error" && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === "done" && state.results.length === 0 && (
        <p className="muted small" data-testid="search-empty">
          Nothing matches “{state.q}”.
        </p>
      )}
      {state.status === "done" && state.results.length > 0 && (
        <ul className="search-hits" aria-label="Results">
          {state.results.map((h) => (
            <SearchHit key={`${h.type}-${h.id}`} hit={h} onOpen={open} />
          ))}
        </ul>
      )}
    </section>
  );
}
