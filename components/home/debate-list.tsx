"use client";
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import {
  DEBATE_SORTS,
  debateSearchKey,
  matchesWords,
  queryWords,
  sortDebates,
  type DebateSort,
} from "@/lib/domain/debate-list";
import { typing } from "@/lib/client/typing";
import "./home-list.css";

/** One debate of the list: what it is found and sorted by, and its card, rendered on the server. */
export type DebateListEntry = { id: string; title: string; resolution: string; updatedAt: string; card: ReactNode };

/** With this many debates or fewer the whole list fits the eye: no filter, no sort. */
const TOOLS_FROM = 4;

/** Typing, or inside a dialog that is not a <dialog> (a popover): "/" is theirs there. */
const typingHere = (t: EventTarget | null) => typing(t) || (t instanceof Element && !!t.closest("[role=dialog]"));

/**
 * The home page's list of debates, with a filter box ("/" focuses it) and a sort once there are
 * more than three. The cards come rendered from the server; this only picks and orders them.
 */
export function DebateList({ entries }: { entries: DebateListEntry[] }) {
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<DebateSort>("updated");
  const input = useRef<HTMLInputElement>(null);
  const ids = useId();
  const tools = entries.length >= TOOLS_FROM;

  const words = useMemo(() => queryWords(query), [query]);
  const filtering = words.length > 0;
  // Folded only once someone filters: most visits never do.
  const keys = useMemo(
    () => (filtering ? new Map(entries.map((e) => [e.id, debateSearchKey(e)])) : null),
    [entries, filtering],
  );
  const sorted = useMemo(() => (sort === "updated" ? entries : sortDebates(entries, sort)), [entries, sort]);
  const shown = keys ? sorted.filter((e) => matchesWords(keys.get(e.id)!, words)) : sorted;

  useEffect(() => {
    if (!tools) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || typingHere(e.target)) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [tools]);

  const clear = () => {
    setQuery("");
    input.current?.focus();
  };

  return (
    <>
      {tools && (
        <div className="home-list-tools" role="search" aria-label="Filter debates">
          {/* Labels beside their fields, not around them: the name stays "Find a debate" as one types. */}
          <div className="home-list-field home-list-find">
            <label htmlFor={`${ids}-find`}>Find a debate</label>
            <input
              ref={input}
              id={`${ids}-find`}
              type="search"
              value={query}
              placeholder="Title or resolution  ( / )"
              aria-keyshortcuts="/"
              aria-describedby={`${ids}-count`}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                if (e.key !== "Escape") return;
                e.preventDefault();
                if (query) setQuery("");
                else e.currentTarget.blur();
              }}
            />
          </div>
          <div className="home-list-field">
            <label htmlFor={`${ids}-sort`}>Sort</label>
            <select id={`${ids}-sort`} value={sort} onChange={(e) => setSort(e.target.value as DebateSort)}>
              {DEBATE_SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      {tools && (
        // Always in the page, so a screen reader hears each change; the empty result it says
        // is shown below, with its button, so here it stays out of sight.
        <p
          className={`home-list-count muted small${shown.length === 0 ? " visually-hidden" : ""}`}
          id={`${ids}-count`}
          role="status"
        >
          {!filtering
            ? ""
            : shown.length > 0
              ? `${shown.length} of ${entries.length} debates`
              : `No debate matches “${query.trim()}”`}
        </p>
      )}
      {shown.length === 0 ? (
        <p className="empty-state home-list-empty" data-testid="no-debate-match">
          No debate matches “{query.trim()}”.{" "}
          <button type="button" className="btn" onClick={clear}>
            Clear the filter
          </button>
        </p>
      ) : (
        <ul className="debate-list" aria-label="Debates">
          {shown.map((e) => (
            <li key={e.id}>{e.card}</li>
          ))}
        </ul>
      )}
    </>
  );
}
