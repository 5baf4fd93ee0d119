"use client";
import type { SourceSummaryDto } from "@/lib/domain/schemas";

const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : null);

/** The citation of the open source, with its actions. */
export function SourceHeader(p: {
  source: SourceSummaryDto;
  canEdit: boolean;
  onBack: () => void;
  onEdit: () => void;
  onDelete: () => void;
  editReady: boolean;
}) {
  const s = p.source;
  const who = [s.author, s.qualifications].filter(Boolean).join(", ");
  const where = [s.publication, s.date].filter(Boolean).join(" · ");
  const url = safeUrl(s.url);
  return (
    <header className="reader-head stack">
      <div className="row spread">
        <button type="button" className="btn btn-ghost small" onClick={p.onBack} data-testid="reader-back">
          ← All sources
        </button>
        {p.canEdit && (
          <span className="row">
            <button
              type="button"
              className="btn small"
              onClick={p.onEdit}
              disabled={!p.editReady}
              data-testid="edit-source"
            >
              Edit
            </button>
            <button type="button" className="btn small" onClick={p.onDelete} data-testid="delete-source-button">
              Delete
            </button>
          </span>
        )}
      </div>
      <h2 className="reader-title" data-testid="reader-title">
        {s.title}
      </h2>
      {who && <p className="reader-who">{who}</p>}
      {(where || url) && (
        <p className="reader-where small">
          {where}
          {url && (
            <>
              {where && " · "}
              <a href={url} target="_blank" rel="noopener noreferrer nofollow">
                {new URL(url).hostname}
              </a>
            </>
          )}
        </p>
      )}
      {s.attribution && <p className="reader-attribution small muted">{s.attribution}</p>}
    </header>
  );
}
