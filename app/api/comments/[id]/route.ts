import { UpdateCommentInput } from "@/lib/domain/schemas";
import { route } from "@/lib/server/http";
import { deleteComment } from "@/lib/server/comments/delete-comment";
import { updateComment } from "@/lib/server/comments/update-comment";

type P = { id: string };
export const PATCH = route<P>(async ({ user, params, body }) =>
  updateComment({ user, commentId: params.id, input: await body(UpdateCommentInput) }),
);
export const DELETE = route<P>(({ user, params }) => deleteComment({ user, commentId: params.id }));
