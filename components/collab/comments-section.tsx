"use client";
import { useCollabRights, useComments, useCommentsStore } from "@/lib/client/collab/collab-context";
import { postComment } from "@/lib/client/collab/comment-actions";
import type { Thread } from "@/lib/client/collab/comments-store";
import { CommentComposer } from "./comment-composer";
import { CommentThread } from "./comment-thread";

const NONE: Thread[] = [];

/** The inspector's comments on one argument or card: its threads, and a box to start one. */
export function CommentsSection({ nodeId }: { nodeId: string }) {
  const store = useCommentsStore();
  const threads = useComments((s) => s.threads[nodeId] ?? NONE);
  const status = useComments((s) => s.status);
  const open = useComments((s) => s.openCounts[nodeId] ?? 0);
  const { debateId, canComment, me } = useCollabRights();
  return (
    <section className="comments stack" aria-label="Comments" data-testid="comments">
      <div className="row spread">
        <h3>Comments</h3>
        {open > 0 && <span className="muted small">{open} open</span>}
      </div>
      {status === "loading" && <p className="muted small">Loading comments…</p>}
      {status === "failed" && (
        <p className="form-error">The comments could not be loaded. Reload the page to try again.</p>
      )}
      {status === "ready" && threads.length === 0 && <p className="muted small">No comments yet.</p>}
      {threads.length > 0 && (
        <ul className="threads" aria-label="Threads">
          {threads.map((t) => (
            <CommentThread key={t.root.id} thread={t} me={me} />
          ))}
        </ul>
      )}
      {canComment ? (
        <CommentComposer
          label="New comment"
          submitLabel="Comment"
          placeholder="Ask a question or leave a note…"
          onSubmit={(body) => postComment(store, debateId, { nodeId, body })}
        />
      ) : (
        <p className="muted small">You can read comments. Writing one needs commenter access.</p>
      )}
    </section>
  );
}
