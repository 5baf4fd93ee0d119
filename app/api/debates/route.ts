import { CreateDebateInput } from "@/lib/domain/schemas";
import { route } from "@/lib/server/http";
import { createDebate } from "@/lib/server/debates/create-debate";
import { listDebates } from "@/lib/server/debates/list-debates";

export const GET = route(async ({ user }) => ({ debates: await listDebates({ user }) }));
export const POST = route(async ({ user, body }) => createDebate({ user, input: await body(CreateDebateInput) }), {
  status: 201,
});
