"use client";
import { memo, useEffect, useMemo, useRef, useState } from "react";
import { useEditor } from "@/lib/client/editor/editor-context";
import { navIndex, navigate, pathToRoot, type NavDirection } from "@/lib/domain/map-navigation";
import type { Relation } from "@/lib/domain/vocabulary";
import { KIND_LABEL, SIDE_LABEL } from "@/components/map-editor/labels";
import { StatusChip } from "@/components/map-editor/status-chip";
import { MarkedQuote } from "@/components/card/marked-quote";
import { shortCiteOf } from "@/lib/domain/cite";
import { ViewTabs } from "@/components/ui/view-tabs";
import "@/app/focus-mode.css";

const ATTACKS: ReadonlySet<Relation> = new Set(["rebuts", "undercuts", "turns"]);
const KEYS: Record<string, NavDirection> = {
  ArrowUp: "parent",
  ArrowDown: "child",
  ArrowLeft: "previous",
  ArrowRight: "next",
};

/**
 * One argument at a time, as Kialo's single-claim view: what it answers above, the argument in
 * the middle, its supports and its attacks in two columns below, breadcrumbs back to the
 * resolution. Up goes to what it answers, Down to its first answer, Left/Right along its siblings.
 */
export function FocusView({ debateId, initial }: { debateId: string; initial: string | null }) {
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const index = useMemo(() => navIndex(Object.values(nodes), Object.values(edges)), [nodes, edges]);
  const fallback = useMemo(
    () =>
      [...index.roots].sort((a, b) => (index.children.get(b)?.length ?? 0) - (index.children.get(a)?.length ?? 0))[0],
    [index],
  );
  const [picked, setPicked] = useState(initial);
  const id = picked && nodes[picked] ? picked : (fallback ?? null);
  const via = useRef<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const show = (next: string, from?: NavDirection) => {
    via.current = from === "child" ? id : from === "parent" ? null : via.current;
    setPicked(next);
    const url = new URL(window.location.href);
    url.searchParams.set("node", next);
    window.history.replaceState(null, "", url);
    requestAnimationFrame(() => heading.current?.focus());
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (!id || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName))) return;
      const dir = KEYS[e.key];
      if (!dir) return;
      e.preventDefault();
      const next = navigate(index, id, dir, via.current);
      if (next) show(next, dir);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  if (!id) {
    return (
      <div className="focus-view">
        <div className="focus-toolbar">
          <ViewTabs debateId={debateId} current="focus" />
        </div>
        <p className="muted focus-empty">No arguments yet.</p>
      </div>
    );
  }
  const n = nodes[id]!;
  const crumbs = pathToRoot(index, id);
  const answered = (index.parents.get(id) ?? []).map((p) => ({
    id: p,
    relation: Object.values(edges).find((e) => e.source === id && e.target === p)?.relation ?? null,
  }));
  const answers = (index.children.get(id) ?? []).map((c) => ({
    id: c,
    relation: Object.values(edges).find((e) => e.source === c && e.target === id)?.relation ?? "supports",
  }));
  const supports = answers.filter((a) => !ATTACKS.has(a.relation));
  const attacks = answers.filter((a) => ATTACKS.has(a.relation));

  return (
    <div className="focus-view" data-testid="focus-view">
      <div className="focus-toolbar">
        <ViewTabs debateId={debateId} current="focus" node={id} />
        <p className="muted small keys-hint">↑ what it answers · ↓ its answers · ← → siblings</p>
      </div>
      <main className="focus-main">
        <nav aria-label="Breadcrumbs" className="focus-crumbs">
          <ol>
            {crumbs.map((c) => (
              <li key={c}>
                {c === id ? (
                  <span aria-current="location">{nodes[c]?.title || "Untitled"}</span>
                ) : (
                  <button type="button" className="linklike" onClick={() => show(c)}>
                    {nodes[c]?.title || "Untitled"}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </nav>
        {answered.length > 0 && (
          <section aria-label="What it answers" className="focus-above">
            {answered.map((a) => (
              <FocusCard key={a.id} id={a.id} onOpen={show} />
            ))}
            <p className="focus-link muted small" aria-hidden="true">
              ↑ {answered[0]?.relation ?? ""}
            </p>
          </section>
        )}
        <article className={`focus-center arg side-${n.side}`} aria-labelledby="focus-title" data-testid="focus-center">
          <div className="arg-badges">
            <span className={`badge side-badge side-${n.side}`}>{SIDE_LABEL[n.side]}</span>
            <span className="badge kind-badge">{KIND_LABEL[n.kind]}</span>
            {n.speech && <span className="badge speech-badge">{n.speech}</span>}
            <StatusChip id={id} />
          </div>
          <h1 id="focus-title" ref={heading} tabIndex={-1}>
            {n.title || "Untitled"}
          </h1>
          {n.body && <p className="focus-body">{n.body}</p>}
          {n.evidence && (
            <div className="arg-card focus-card-text">
              <div className="arg-cite">{n.evidence.cite}</div>
              <MarkedQuote quote={n.evidence.quote} layers={n.evidence} />
            </div>
          )}
        </article>
        <div className="focus-columns">
          <section aria-labelledby="focus-supports" className="focus-col">
            <h2 id="focus-supports">Supports ({supports.length})</h2>
            {supports.length ? (
              supports.map((a) => <FocusCard key={a.id} id={a.id} relation={a.relation} onOpen={show} />)
            ) : (
              <p className="muted small">Nothing supports it yet.</p>
            )}
          </section>
          <section aria-labelledby="focus-attacks" className="focus-col">
            <h2 id="focus-attacks">Attacks ({attacks.length})</h2>
            {attacks.length ? (
              attacks.map((a) => <FocusCard key={a.id} id={a.id} relation={a.relation} onOpen={show} />)
            ) : (
              <p className="muted small">Nothing attacks it yet.</p>
            )}
          </section>
        </div>
      </main>
    </div>
  );
}

/** A neighbour of the argument in focus; a click (or Enter) puts it in focus. */
const FocusCard = memo(function FocusCard({
  id,
  relation,
  onOpen,
}: {
  id: string;
  relation?: Relation;
  onOpen: (id: string) => void;
}) {
  const n = useEditor((s) => s.nodes[id]);
  const count = useEditor((s) => Object.values(s.edges).filter((e) => e.target === id).length);
  if (!n) return null;
  return (
    <div className={`arg focus-card side-${n.side}`} data-testid="focus-card">
      <div className="arg-badges">
        <span className={`badge side-badge side-${n.side}`}>{SIDE_LABEL[n.side]}</span>
        <span className="badge kind-badge">{KIND_LABEL[n.kind]}</span>
        {relation && <span className="badge resp-badge">{relation}</span>}
        <StatusChip id={id} />
      </div>
      <button type="button" className="focus-card-open linklike" onClick={() => onOpen(id)}>
        {n.title || "Untitled"}
      </button>
      {n.evidence && (
        // The card itself, as on the map: its cite and the words read aloud, so the column can be
        // read as evidence without opening each card.
        <div className="focus-card-evidence">
          <div className="arg-cite">{shortCiteOf(n.evidence)}</div>
          <MarkedQuote quote={n.evidence.quote} layers={n.evidence} clamp testId="focus-card-quote" />
        </div>
      )}
      {count > 0 && (
        <div className="muted small">
          {count} answer{count === 1 ? "" : "s"}
        </div>
      )}
    </div>
  );
});
