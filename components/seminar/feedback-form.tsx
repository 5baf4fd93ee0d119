"use client";
import { useState } from "react";
import { VERDICTS, VERDICT_LABEL, type Verdict } from "@/lib/domain/seminar";
import type { ContributionDto } from "@/lib/domain/seminar-schemas";
import { seminarActions } from "@/lib/client/seminar/seminar-actions";
import { useSeminar, useSeminarStore } from "@/lib/client/seminar/seminar-store";

/** Mark one contribution: verdict, comment, optional score; private until released. */
export function FeedbackForm({ c }: { c: ContributionDto }) {
  const store = useSeminarStore();
  const busy = useSeminar((s) => s.busy);
  const f = c.feedback;
  const [verdict, setVerdict] = useState<Verdict | null>(f?.verdict ?? null);
  const [comment, setComment] = useState(f?.comment ?? "");
  const [score, setScore] = useState(f?.score === null || f?.score === undefined ? "" : String(f.score));
  const dirty =
    verdict !== (f?.verdict ?? null) ||
    comment !== (f?.comment ?? "") ||
    score !== (f?.score == null ? "" : String(f.score));
  const has = !!f && (f.verdict !== null || f.score !== null || f.comment !== "");
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    void seminarActions.feedback(store, c.id, {
      version: c.version,
      verdict,
      comment: comment.trim(),
      score: score === "" ? null : Number(score),
    });
  };
  return (
    <form className="feedback-form stack" onSubmit={save} aria-label={`Feedback on “${c.title || c.body}”`}>
      <fieldset className="segmented verdicts" aria-label="Verdict">
        {VERDICTS.map((v) => (
          <label key={v} className={`seg verdict-${v}${verdict === v ? " on" : ""}`}>
            <input type="radio" name={`verdict-${c.id}`} checked={verdict === v} onChange={() => setVerdict(v)} />
            {VERDICT_LABEL[v]}
          </label>
        ))}
      </fieldset>
      <div className="row feedback-row">
        <input
          className="feedback-comment"
          aria-label="Comment"
          placeholder="A comment for the student"
          value={comment}
          maxLength={5000}
          onChange={(e) => setComment(e.target.value)}
        />
        <input
          className="feedback-score"
          aria-label="Score (0–10)"
          placeholder="–/10"
          type="number"
          min={0}
          max={10}
          step={1}
          value={score}
          onChange={(e) => setScore(e.target.value)}
        />
        <button className="btn" type="submit" disabled={busy || !dirty}>
          Save
        </button>
      </div>
      <div className="row small">
        {f?.released ? (
          <span className="badge badge-released" data-testid="feedback-state">
            Released
          </span>
        ) : (
          <>
            <span className="badge" data-testid="feedback-state">
              {has ? "Private" : "No feedback yet"}
            </span>
            {has && !dirty && (
              <button
                type="button"
                className="link-button"
                disabled={busy}
                onClick={() => void seminarActions.release(store, c.id)}
              >
                Release to the student
              </button>
            )}
          </>
        )}
      </div>
    </form>
  );
}
