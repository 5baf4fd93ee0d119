"use client";
import Link from "next/link";
import { memo, useCallback, useMemo, useState } from "react";
import { readableCard, type ReadableCard } from "@/lib/domain/read-mode";
import { cardSegments, type Segment } from "@/lib/domain/card-markup";
import { MarkedQuote, markClass } from "@/components/card/marked-quote";
import type { NodeDto } from "@/lib/domain/schemas";
import type { SpeechDocDto, SpeechDocItemDto } from "@/lib/domain/speech-doc-schemas";
import { api, ApiError } from "@/lib/client/api";
import { ReadModeList } from "./read-mode-view";
import { DOC_SPEECHES, speechPath } from "./send-to-speech";
import { useSpeechDocLive } from "./use-speech-doc-live";
import "./speech-docs.css";

type Doc = SpeechDocDto;

const docUrl = (d: Pick<Doc, "debateId" | "name">, rest = "") =>
  `/api/debates/${encodeURIComponent(d.debateId)}/speech-docs/${encodeURIComponent(d.name)}${rest}`;

/** Each item as read mode shows it: cards through the read-mode adapter, a marked card up to its mark. */
function readable(doc: Doc): ReadableCard[] {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  return doc.items.flatMap((item) => {
    if (!item.nodeId) return [readableCard({ id: item.id, title: item.text, evidence: null })];
    const node = nodes.get(item.nodeId);
    return node ? [readableCard(node, { markedAt: item.markedAt })] : [];
  });
}

export function SpeechDocView({
  initial,
  debateTitle,
  canEdit,
}: {
  initial: Doc;
  debateTitle: string;
  canEdit: boolean;
}) {
  const [doc, setDoc] = useState(initial);
  const [readMode, setReadMode] = useState(!canEdit);
  const [error, setError] = useState("");
  const [caselistBody, setCaselistBody] = useState<"excerpt" | "full">("excerpt");
  const [dragId, setDragId] = useState<string | null>(null);
  const nodes = useMemo(() => new Map(doc.nodes.map((n) => [n.id, n])), [doc.nodes]);
  const cards = useMemo(() => readable(doc), [doc]);

  const run = useCallback(async (p: Promise<Doc>) => {
    try {
      setDoc(await p);
      setError("");
    } catch (err) {
      const e = err as ApiError;
      // A stale reorder: show the order that won, and say so.
      const current = (e.details as { current?: Doc } | undefined)?.current;
      if (e.status === 409 && current) setDoc(current);
      setError(e.message);
    }
  }, []);

  const move = useCallback(
    (itemId: string, to: number) => {
      const ids = doc.items.map((i) => i.id);
      const from = ids.indexOf(itemId);
      if (from < 0 || to < 0 || to >= ids.length || from === to) return;
      ids.splice(to, 0, ...ids.splice(from, 1));
      // Shown at once; the server's answer (or the winning order on a conflict) replaces it.
      const byId = new Map(doc.items.map((i) => [i.id, i]));
      setDoc({ ...doc, items: ids.map((id, position) => ({ ...byId.get(id)!, position })) });
      void run(api<Doc>(docUrl(doc, "/order"), { method: "PUT", body: { version: doc.version, itemIds: ids } }));
      // Keep keyboard focus on the moved item.
      requestAnimationFrame(() => document.getElementById(`item-${itemId}`)?.focus());
    },
    [doc, run],
  );
  const remove = useCallback(
    (itemId: string) => void run(api<Doc>(docUrl(doc, `/items/${itemId}`), { method: "DELETE" })),
    [doc, run],
  );
  const patch = useCallback(
    (itemId: string, body: { text?: string; markedAt?: number | null }) =>
      void run(api<Doc>(docUrl(doc, `/items/${itemId}`), { method: "PATCH", body })),
    [doc, run],
  );

  // Another editor's write of this document (or of one of its cards) reloads it. The stream starts
  // where the page was first read; later reads by this page never move it back.
  const [liveFrom] = useState(initial.seq);
  const reload = useCallback(() => {
    void api<Doc>(docUrl(doc)).then(
      // an older version is a stale answer; version 0 is a document someone deleted
      (fresh) => setDoc((d) => (fresh.version >= d.version || fresh.version === 0 ? fresh : d)),
      () => undefined, // the next change tries again
    );
  }, [doc]);
  useSpeechDocLive({
    debateId: doc.debateId,
    name: doc.name,
    seq: liveFrom,
    version: doc.version,
    nodeIds: useMemo(() => doc.nodes.map((n) => n.id), [doc.nodes]),
    reload,
  });

  const print = () => {
    setReadMode(true);
    // Print the read-mode copy once it has rendered.
    setTimeout(() => window.print(), 50);
  };

  return (
    <main className="speech-page stack" aria-labelledby="speech-title">
      <div className="row spread no-print">
        <Link href={`/debates/${encodeURIComponent(doc.debateId)}`}>← {debateTitle}</Link>
        <nav aria-label="Speeches" className="row small speech-nav">
          {DOC_SPEECHES.map((s) => (
            <Link key={s} href={speechPath(doc.debateId, s)} aria-current={s === doc.name ? "page" : undefined}>
              {s}
            </Link>
          ))}
        </nav>
      </div>
      <h1 id="speech-title">{doc.name} speech document</h1>
      <div className="row no-print speech-toolbar" role="toolbar" aria-label="Speech document">
        <button
          type="button"
          className={readMode ? "btn on" : "btn"}
          aria-pressed={readMode}
          onClick={() => setReadMode((r) => !r)}
          data-testid="read-mode-toggle"
        >
          Read mode
        </button>
        <button type="button" className="btn" onClick={print}>
          Print / PDF
        </button>
        <label className="small">
          Caselist
          <select value={caselistBody} onChange={(e) => setCaselistBody(e.target.value as "excerpt" | "full")}>
            <option value="excerpt">first and last words</option>
            <option value="full">full text</option>
          </select>
        </label>
        <a
          className="btn"
          href={docUrl(doc, `/export?format=markdown&body=${caselistBody}`)}
          download
          data-testid="caselist-download"
        >
          Download caselist (.md)
        </a>
        {/* The marked copy as a Verbatim .docx (reading marks kept as "[marked at …]"). */}
        <a className="btn" href={docUrl(doc, "/export?format=docx")} download data-testid="docx-download">
          Download .docx
        </a>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {doc.items.length === 0 && (
        <p className="muted">
          Nothing in this speech yet.
          {canEdit && (
            <>
              {" "}
              Select a card on the map or the flow and choose “Send to” in its inspector (or press <kbd>Alt+S</kbd>).
            </>
          )}
        </p>
      )}
      {readMode ? (
        <ReadModeList title={doc.name} cards={cards} />
      ) : (
        <>
          {canEdit && doc.items.length > 0 && (
            <>
              <p className="muted small no-print keys-hint">
                Drag items, or focus one and press <kbd>Alt+↑</kbd>/<kbd>Alt+↓</kbd> to move it and <kbd>Delete</kbd> to
                remove it. Click a word of a card to mark where reading stopped.
              </p>
              {/* A finger has no keys and no drag and drop: the buttons are the way */}
              <p className="muted small no-print touch-hint">
                Reorder with ↑ and ↓, take an item out with ×. Tap a word of a card to mark where reading stopped.
              </p>
            </>
          )}
          <ol className="speech-items" aria-label={`${doc.name} items`}>
            {doc.items.map((item, index) => (
              <SpeechItem
                key={item.id}
                item={item}
                index={index}
                count={doc.items.length}
                node={item.nodeId ? nodes.get(item.nodeId) : undefined}
                canEdit={canEdit}
                dragging={dragId === item.id}
                onMove={move}
                onRemove={remove}
                onPatch={patch}
                onDragStart={setDragId}
                onDrop={(to) => {
                  if (dragId) move(dragId, to);
                  setDragId(null);
                }}
              />
            ))}
          </ol>
          {canEdit && (
            <AddAnalytic onAdd={(text) => run(api<Doc>(docUrl(doc, "/items"), { method: "POST", body: { text } }))} />
          )}
        </>
      )}
    </main>
  );
}

const SpeechItem = memo(function SpeechItem(p: {
  item: SpeechDocItemDto;
  index: number;
  count: number;
  node: NodeDto | undefined;
  canEdit: boolean;
  dragging: boolean;
  onMove: (id: string, to: number) => void;
  onRemove: (id: string) => void;
  onPatch: (id: string, body: { text?: string; markedAt?: number | null }) => void;
  onDragStart: (id: string | null) => void;
  onDrop: (to: number) => void;
}) {
  const { item, index, node, canEdit } = p;
  const label = node ? node.title || "Untitled card" : item.text;
  const card = useMemo(() => (node ? readableCard(node, { markedAt: item.markedAt }) : null), [node, item.markedAt]);
  return (
    <li
      id={`item-${item.id}`}
      className={`speech-item${p.dragging ? " dragging" : ""}`}
      tabIndex={0}
      aria-label={`${index + 1}. ${label}`}
      data-testid="speech-item"
      draggable={canEdit}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = "move";
        e.dataTransfer.setData("text/plain", item.id);
        p.onDragStart(item.id);
      }}
      onDragEnd={() => p.onDragStart(null)}
      onDragOver={(e) => canEdit && e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        p.onDrop(index);
      }}
      onKeyDown={(e) => {
        if (!canEdit || e.target !== e.currentTarget) return;
        if (e.altKey && e.key === "ArrowUp") {
          e.preventDefault();
          p.onMove(item.id, index - 1);
        } else if (e.altKey && e.key === "ArrowDown") {
          e.preventDefault();
          p.onMove(item.id, index + 1);
        } else if (e.key === "Delete") {
          e.preventDefault();
          p.onRemove(item.id);
        }
      }}
    >
      <span className="drag-grip" aria-hidden>
        ⋮⋮
      </span>
      <div className="stack">
        {node ? (
          <>
            <strong>{label}</strong>
            {node.evidence && <span className="read-cite">{card?.shortCite}</span>}
            {node.evidence && (
              <MarkableQuote
                evidence={node.evidence}
                markedAt={item.markedAt}
                canEdit={canEdit}
                onMark={(at) => p.onPatch(item.id, { markedAt: at })}
              />
            )}
            {card?.mark && (
              <p className="read-mark">
                {card.mark}{" "}
                {canEdit && (
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => p.onPatch(item.id, { markedAt: null })}
                  >
                    Clear mark
                  </button>
                )}
              </p>
            )}
          </>
        ) : canEdit ? (
          <label>
            <span className="muted small">Analytic</span>
            <textarea
              defaultValue={item.text}
              rows={2}
              maxLength={5000}
              onBlur={(e) => {
                const text = e.target.value.trim();
                if (text && text !== item.text) p.onPatch(item.id, { text });
              }}
            />
          </label>
        ) : (
          <em>{item.text}</em>
        )}
      </div>
      {canEdit && (
        <div className="speech-item-actions no-print">
          <button
            type="button"
            className="btn btn-small"
            disabled={index === 0}
            onClick={() => p.onMove(item.id, index - 1)}
            aria-label="Move up"
          >
            <span aria-hidden>↑</span>
            <span className="action-word"> Move up</span>
          </button>
          <button
            type="button"
            className="btn btn-small"
            disabled={index === p.count - 1}
            onClick={() => p.onMove(item.id, index + 1)}
            aria-label="Move down"
          >
            <span aria-hidden>↓</span>
            <span className="action-word"> Move down</span>
          </button>
          <button type="button" className="btn btn-small" onClick={() => p.onRemove(item.id)} aria-label="Remove">
            <span aria-hidden>×</span>
            <span className="action-word"> Remove</span>
          </button>
        </div>
      )}
    </li>
  );
});

type Evidence = NonNullable<NodeDto["evidence"]>;

/**
 * A card's words with the cutter's marks (underline, emphasis, highlights, shrunk unread text),
 * as on the map; an editor clicks a word to mark that reading stopped after it.
 */
function MarkableQuote(p: {
  evidence: Evidence;
  markedAt: number | null;
  canEdit: boolean;
  onMark: (at: number) => void;
}) {
  const { quote } = p.evidence;
  const segments = useMemo(() => cardSegments(quote, p.evidence).filter((s) => !s.insertion), [quote, p.evidence]);
  const words = useMemo(
    () => [...quote.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length })),
    [quote],
  );
  if (!p.canEdit) return <MarkedQuote quote={quote} layers={p.evidence} clamp />;
  return (
    <blockquote className="quote quote-words marked-quote">
      {words.map((w, i) => (
        <span key={i} className={p.markedAt === w.end ? "marked-here" : undefined}>
          <button type="button" aria-label={`Mark reading stopped after "${w.text}"`} onClick={() => p.onMark(w.end)}>
            {wordPieces(segments, quote, w)}
          </button>{" "}
        </span>
      ))}
    </blockquote>
  );
}

/** A word's parts in the runs of marks it overlaps (a highlight may start inside a word). */
function wordPieces(segments: readonly Segment[], quote: string, w: { start: number; end: number }) {
  return segments
    .filter((s) => s.end > w.start && s.start < w.end)
    .map((s) => {
      const text = quote.slice(Math.max(s.start, w.start), Math.min(s.end, w.end));
      const cls = markClass(s) || undefined;
      return s.highlight ? (
        <mark key={s.start} className={cls}>
          {text}
        </mark>
      ) : (
        <span key={s.start} className={cls}>
          {text}
        </span>
      );
    });
}

function AddAnalytic({ onAdd }: { onAdd: (text: string) => Promise<void> }) {
  const [text, setText] = useState("");
  return (
    <form
      className="stack no-print analytic-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        void onAdd(text.trim()).then(() => setText(""));
      }}
    >
      <label>
        Analytic
        <textarea
          value={text}
          rows={2}
          maxLength={5000}
          placeholder="Type an analytic to read after the last item"
          onChange={(e) => setText(e.target.value)}
          data-testid="analytic-input"
        />
      </label>
      <button type="submit" className="btn">
        Add analytic
      </button>
    </form>
  );
}
