"use client";
import { memo } from "react";
import { useOpenCommentCount } from "@/lib/client/collab/collab-context";

/** The map's count of comments in an argument's open threads; nothing when there are none. */
function CommentBadgeImpl({ id }: { id: string }) {
  const count = useOpenCommentCount(id);
  if (!count) return null;
  const words = `${count} open ${count === 1 ? "comment" : "comments"}`;
  return (
    <span className="badge comment-badge" title={words} aria-label={words} data-testid="comment-badge">
      <svg width="11" height="11" viewBox="0 0 16 16" aria-hidden="true">
        <path
          d="M2 3.5A1.5 1.5 0 0 1 3.5 2h9A1.5 1.5 0 0 1 14 3.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3 3v-3h-.5A1.5 1.5 0 0 1 2 9.5z"
          fill="currentColor"
        />
      </svg>
      {count}
    </span>
  );
}

export const CommentBadge = memo(CommentBadgeImpl);
