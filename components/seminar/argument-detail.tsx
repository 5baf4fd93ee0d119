"use client";
import { useShallow } from "zustand/shallow";
import { useEditor } from "@/lib/client/editor/editor-context";
import { SPEECH_LABELS } from "@/lib/domain/vocabulary";
import { KIND_LABEL, SIDE_LABEL } from "@/components/map-editor/labels";
import { useSeminar } from "@/lib/client/seminar/seminar-store";

/** The argument selected on the map: its text, its card, who in the seminar wrote it, and comments. */
export function ArgumentDetail() {
  const id = useEditor((s) => s.selectedNodeId);
  const n = useEditor((s) => (s.selectedNodeId ? s.nodes[s.selectedNodeId] : undefined));
  const related = useSeminar(
    useShallow((s) =>
      s.view.contributions.filter((c) => id && (c.nodeId === id || (c.kind === "comment" && c.targetNodeId === id))),
    ),
  );
  if (!n) return <p className="muted small">Select an argument on the map to read it, answer it or comment on it.</p>;
  const author = related.find((c) => c.nodeId === n.id);
  const comments = related.filter((c) => c.kind === "comment");
  return (
    <section className="stack argument-detail" aria-label="Selected argument" data-testid="argument-detail">
      <div className="row">
        <span className={`badge side-badge side-${n.side}`}>{SIDE_LABEL[n.side]}</span>
        <span className="badge">{KIND_LABEL[n.kind]}</span>
        {n.speech && (
          <span className="badge speech-badge" title={SPEECH_LABELS[n.speech]}>
            {n.speech}
          </span>
        )}
        {author && <span className="badge badge-author">by {author.by.label}</span>}
      </div>
      <p className="detail-title">{n.title}</p>
      {n.body && <p className="small">{n.body}</p>}
      {n.evidence && (
        <blockquote className="detail-card">
          <p className="quote">“{n.evidence.quote}”</p>
          <footer className="small muted">{n.evidence.cite}</footer>
        </blockquote>
      )}
      {comments.length > 0 && (
        <ul className="detail-comments">
          {comments.map((c) => (
            <li key={c.id}>
              <strong>{c.by.label}:</strong> {c.body}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
