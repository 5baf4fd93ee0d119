import { CreateSourceInput } from "@/lib/domain/schemas";
import { route } from "@/lib/server/http";
import { createSource } from "@/lib/server/sources/create-source";

// A 2 MB document plus its JSON escaping and citation fields.
export const POST = route<{ id: string }>(
  async ({ user, params, body }) => createSource({ user, debateId: params.id, input: await body(CreateSourceInput) }),
  { status: 201, maxBytes: 2_600_000 },
);
