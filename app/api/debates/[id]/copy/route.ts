import { route } from "@/lib/server/http";
import { copyDebate } from "@/lib/server/debates/copy-debate";

/** Copy a debate the caller can read into a new private debate of their own: 201 with its summary. */
export const POST = route<{ id: string }>(async ({ user, params }) => copyDebate({ user, debateId: params.id }), {
  status: 201,
});
