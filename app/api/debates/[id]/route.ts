import { UpdateDebateInput } from "@/lib/domain/schemas";
import { route } from "@/lib/server/http";
import { deleteDebate } from "@/lib/server/debates/delete-debate";
import { getDebate } from "@/lib/server/debates/get-debate";
import { updateDebate } from "@/lib/server/debates/update-debate";

type P = { id: string };
export const GET = route<P>(({ user, params }) => getDebate({ user, debateId: params.id }));
export const PATCH = route<P>(async ({ user, params, body }) => updateDebate({ user, debateId: params.id, input: await body(UpdateDebateInput) }));
export const DELETE = route<P>(({ user, params }) => deleteDebate({ user, debateId: params.id }));
