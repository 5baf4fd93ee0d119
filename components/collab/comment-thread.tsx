"use client";
import { memo, useState } from "react";
import { useCollabRights, useCommentsStore } from "@/lib/client/collab/collab-context";
import { messageOf, postComment, setResolved } from "@/lib/client/collab/comment-actions";
import type { Thread } from "@/lib/client/collab/comments-store";
import { CommentComposer } from "./comment-composer";
import { CommentItem } from "./comment-item";

/**
 * A thread: its first comment, the replies, a reply box, and resolve / reopen (its author or an
 * editor). A resolved thread shows as one collapsed line until opened.
 */
function CommentThreadImpl({ thread, me }: { thread: Thread; me: string | null }) {
  const store = useCommentsStore();
  const { debateId, canComment, canEdit, isOwner } = useCollabRights();
  const [expanded, setExpanded] = useState(false);
  const [replying, setReplying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { root, replies } = thread;
  const canResolve = canComment && (root.author.id === me || canEdit);
  const resolve = async (resolved: boolean) => {
    setError(null);
    try {
      await setResolved(store, root, resolved);
      setExpanded(false);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  if (root.resolved && !expanded) {
    return (
      <li className="thread is-resolved" data-testid="comment-thread" data-resolved="true">
        <button
          type="button"
          className="thread-collapsed"
          onClick={() => setExpanded(true)}
          aria-expanded={false}
          title="Show this resolved thread"
        >
          <span className="badge thread-resolved-badge">Resolved</span>
          <span className="thread-snippet">
            {root.author.name}: {root.body}
          </span>
          {replies.length > 0 && <span className="muted small">+{replies.length}</span>}
        </button>
      </li>
    );
  }
  return (
    <li
      className={`thread${root.resolved ? " is-resolved" : ""}`}
      data-testid="comment-thread"
      data-resolved={root.resolved}
    >
      <CommentItem
        comment={root}
        mine={root.author.id === me}
        canDelete={root.author.id === me || isOwner}
        replies={replies.length}
      />
      {replies.length > 0 && (
        <ul className="thread-replies" aria-label="Replies">
          {replies.map((r) => (
            <li key={r.id}>
              <CommentItem comment={r} mine={r.author.id === me} canDelete={r.author.id === me || isOwner} />
            </li>
          ))}
        </ul>
      )}
      {replying && (
        <CommentComposer
          label="Reply"
          submitLabel="Reply"
          placeholder="Write a reply…"
          autoFocus
          onSubmit={async (body) => {
            await postComment(store, debateId, { nodeId: root.nodeId, parentId: root.id, body });
            setReplying(false);
          }}
          onCancel={() => setReplying(false)}
        />
      )}
      <div className="row thread-tools">
        {canComment && !replying && !root.resolved && (
          <button type="button" className="btn btn-ghost small" onClick={() => setReplying(true)}>
            Reply
          </button>
        )}
        {canResolve && (
          <button type="button" className="btn btn-ghost small" onClick={() => void resolve(!root.resolved)}>
            {root.resolved ? "Reopen" : "Resolve"}
          </button>
        )}
        {root.resolved && (
          <button type="button" className="btn btn-ghost small" onClick={() => setExpanded(false)}>
            Collapse
          </button>
        )}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

export const CommentThread = memo(CommentThreadImpl);
