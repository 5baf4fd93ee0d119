"use client";
import { useState } from "react";
import { useShallow } from "zustand/shallow";
import { VERDICT_LABEL } from "@/lib/domain/seminar";
import type { ContributionDto } from "@/lib/domain/seminar-schemas";
import { seminarActions } from "@/lib/client/seminar/seminar-actions";
import { useSeminar, useSeminarStore } from "@/lib/client/seminar/seminar-store";

/** Released feedback on one's own contribution. */
function Feedback({ f }: { f: NonNullable<ContributionDto["feedback"]> }) {
  return (
    <div className={`feedback-shown verdict-${f.verdict ?? "none"}`} data-testid="my-feedback">
      <div className="row">
        {f.verdict && <span className={`badge verdict-badge verdict-${f.verdict}`}>{VERDICT_LABEL[f.verdict]}</span>}
        {f.score !== null && <span className="badge">{f.score}/10</span>}
      </div>
      {f.comment && <p className="small">{f.comment}</p>}
    </div>
  );
}

function Mine({ c, canEdit }: { c: ContributionDto; canEdit: boolean }) {
  const store = useSeminarStore();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(c.title || c.body);
  const save = async () => {
    const ok = await seminarActions.edit(
      store,
      c.id,
      c.version,
      c.kind === "comment" ? { body: text } : { title: text },
    );
    if (ok) setEditing(false);
  };
  return (
    <li className="my-item" data-testid="my-contribution">
      <p className="small muted">
        {c.kind === "comment" ? "Comment" : "Argument"}
        {c.targetTitle && <> on “{c.targetTitle}”</>}
      </p>
      {editing ? (
        <div className="stack">
          <textarea
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-label="Edit your contribution"
          />
          <div className="row">
            <button className="btn btn-primary" onClick={() => void save()}>
              Save
            </button>
            <button className="btn btn-ghost" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <p className="contribution-text">{c.title || c.body}</p>
      )}
      {c.feedback ? (
        <Feedback f={c.feedback} />
      ) : (
        <p className="small muted">Feedback appears here when your instructor releases it.</p>
      )}
      {canEdit && !editing && (
        <div className="row small">
          <button className="link-button" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button className="link-button" onClick={() => void seminarActions.remove(store, c.id)}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

/** My contributions with their feedback, then what classmates added (as the seminar names them). */
export function MyWork() {
  const { items, open } = useSeminar(useShallow((s) => ({ items: s.view.contributions, open: !!s.view.task })));
  const mine = items.filter((c) => c.by.mine);
  const theirs = items.filter((c) => !c.by.mine);
  return (
    <>
      <section className="stack" aria-label="Your contributions">
        <h2>
          Your contributions <span className="badge">{mine.length}</span>
        </h2>
        {mine.length === 0 ? (
          <p className="muted small">Nothing yet.</p>
        ) : (
          <ul className="my-list">
            {[...mine].reverse().map((c) => (
              <Mine key={`${c.id}:${c.version}`} c={c} canEdit={open} />
            ))}
          </ul>
        )}
      </section>
      {theirs.length > 0 && (
        <section className="stack" aria-label="Classmates">
          <h2>
            Classmates <span className="badge">{theirs.length}</span>
          </h2>
          <ul className="class-list">
            {[...theirs].reverse().map((c) => (
              <li key={c.id} data-testid="class-contribution">
                <strong>{c.by.label}</strong>: {c.title || c.body}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
