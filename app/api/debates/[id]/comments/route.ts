import { CreateCommentInput } from "@/lib/domain/schemas";
import { route } from "@/lib/server/http";
import { createComment } from "@/lib/server/comments/create-comment";
import { listComments } from "@/lib/server/comments/list-comments";
import { CommentsQuery } from "@/lib/server/api-contracts";

type P = { id: string };
export const GET = route<P>(async ({ user, params, query }) => ({
  comments: await listComments({ user, debateId: params.id, nodeId: query(CommentsQuery).nodeId }),
}));
export const POST = route<P>(
  async ({ user, params, body }) => createComment({ user, debateId: params.id, input: await body(CreateCommentInput) }),
  { status: 201 },
);
