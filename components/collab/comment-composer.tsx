"use client";
import { useState } from "react";
import { messageOf } from "@/lib/client/collab/comment-actions";

type Props = {
  label: string;
  submitLabel: string;
  placeholder?: string;
  initial?: string;
  autoFocus?: boolean;
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
};

/** A comment box: write, then the button or Ctrl+Enter sends it; the server's refusal shows below. */
export function CommentComposer({
  label,
  submitLabel,
  placeholder,
  initial = "",
  autoFocus,
  onSubmit,
  onCancel,
}: Props) {
  const [body, setBody] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    if (!body.trim() || busy) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(body.trim());
      setBody("");
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="comment-composer">
      <textarea
        aria-label={label}
        placeholder={placeholder}
        rows={2}
        maxLength={5000}
        value={body}
        autoFocus={autoFocus}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void send();
          }
          if (e.key === "Escape" && onCancel) {
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <div className="row comment-composer-actions">
        {onCancel && (
          <button type="button" className="btn btn-ghost small" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button
          type="button"
          className="btn btn-primary small"
          disabled={busy || !body.trim()}
          onClick={() => void send()}
        >
          {busy ? "Sending…" : submitLabel}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
