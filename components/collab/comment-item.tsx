"use client";
import { memo, useState } from "react";
import type { CommentDto } from "@/lib/domain/schemas";
import { useCommentsStore } from "@/lib/client/collab/collab-context";
import { deleteComment, editComment, messageOf } from "@/lib/client/collab/comment-actions";
import { relativeTime } from "@/lib/client/collab/relative-time";
import { CommentComposer } from "./comment-composer";

type Props = { comment: CommentDto; mine: boolean; canDelete: boolean; replies?: number };

/** One comment: who, when, what; its author can edit it, its author or the owner delete it. */
function CommentItemImpl({ comment: c, mine, canDelete, replies = 0 }: Props) {
  const store = useCommentsStore();
  const [mode, setMode] = useState<"view" | "edit" | "confirm-delete">("view");
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    try {
      await deleteComment(store, c);
    } catch (err) {
      setError(messageOf(err));
      setMode("view");
    }
  };
  return (
    <article className="comment" data-testid="comment" data-comment-id={c.id}>
      <header className="comment-head">
        <span className="comment-author">{c.author.name}</span>
        <time className="muted small" dateTime={c.createdAt} title={new Date(c.createdAt).toLocaleString()}>
          {relativeTime(c.createdAt)}
        </time>
      </header>
      {mode === "edit" ? (
        <CommentComposer
          label="Edit your comment"
          submitLabel="Save"
          initial={c.body}
          autoFocus
          onSubmit={async (body) => {
            await editComment(store, c, body);
            setMode("view");
          }}
          onCancel={() => setMode("view")}
        />
      ) : (
        <p className="comment-body">{c.body}</p>
      )}
      {mode === "confirm-delete" ? (
        <div className="row comment-confirm" role="group" aria-label="Confirm delete">
          <span className="small">
            {replies
              ? `Delete this thread and its ${replies} ${replies === 1 ? "reply" : "replies"}?`
              : "Delete this comment?"}
          </span>
          <button type="button" className="btn btn-ghost small" onClick={() => setMode("view")}>
            Cancel
          </button>
          <button type="button" className="btn btn-danger small" onClick={() => void remove()}>
            Delete
          </button>
        </div>
      ) : (
        mode === "view" &&
        (mine || canDelete) && (
          <div className="row comment-tools">
            {mine && (
              <button type="button" className="link-button small" onClick={() => setMode("edit")}>
                Edit
              </button>
            )}
            <button type="button" className="link-button small" onClick={() => setMode("confirm-delete")}>
              Delete
            </button>
          </div>
        )
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}

export const CommentItem = memo(CommentItemImpl);
