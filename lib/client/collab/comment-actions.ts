import type { CommentDto, NodeDto } from "@/lib/domain/schemas";
import { api, ApiError } from "@/lib/client/api";
import type { CommentsStore } from "./comments-store";

/**
 * Comment writes: each goes to the server and puts the row it returns into the store at once
 * (the live stream brings the same version later, which the store ignores). A refused write
 * throws an ApiError with the server's message; a 409 first shows the comment as it now is.
 */
async function write(store: CommentsStore, fn: () => Promise<CommentDto>): Promise<void> {
  try {
    store.getState().put(await fn());
  } catch (err) {
    const current =
      err instanceof ApiError && err.status === 409
        ? (err.details as { current?: CommentDto | NodeDto } | undefined)?.current
        : undefined;
    if (current && "author" in current) store.getState().put(current);
    throw err;
  }
}

/** Start a thread on an argument or card, or reply to a thread's first comment. */
export function postComment(
  store: CommentsStore,
  debateId: string,
  input: { nodeId: string; parentId?: string | null; body: string },
) {
  return write(store, () =>
    api<CommentDto>(`/api/debates/${encodeURIComponent(debateId)}/comments`, { method: "POST", body: input }),
  );
}

export function editComment(store: CommentsStore, c: CommentDto, body: string) {
  return write(store, () =>
    api<CommentDto>(`/api/comments/${c.id}`, { method: "PATCH", body: { version: c.version, body } }),
  );
}

/** Resolve or reopen a thread (from its first comment). */
export function setResolved(store: CommentsStore, root: CommentDto, resolved: boolean) {
  return write(store, () =>
    api<CommentDto>(`/api/comments/${root.id}`, { method: "PATCH", body: { version: root.version, resolved } }),
  );
}

/** Delete a comment; a thread's first comment takes its replies along. */
export async function deleteComment(store: CommentsStore, c: CommentDto): Promise<void> {
  await api(`/api/comments/${c.id}`, { method: "DELETE" });
  store.getState().remove(c.id);
}

/** The message to show for a refused comment write. */
export const messageOf = (err: unknown) => (err instanceof ApiError ? err.message : "that did not work; try again");
