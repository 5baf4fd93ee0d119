import { OpsInput } from "@/lib/domain/schemas";
import { route } from "@/lib/server/http";
import { applyOps } from "@/lib/server/debates/apply-ops";

export const POST = route<{ id: string }>(async ({ user, params, body }) => ({
  results: await applyOps({ user, debateId: params.id, input: await body(OpsInput) }),
}));
