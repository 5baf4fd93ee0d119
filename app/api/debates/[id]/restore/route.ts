import { RestoreInput } from "@/lib/domain/schemas";
import { route } from "@/lib/server/http";
import { restore } from "@/lib/server/history/restore";

export const POST = route<{ id: string }>(async ({ user, params, body }) =>
  restore({ user, debateId: params.id, input: await body(RestoreInput) }),
);
