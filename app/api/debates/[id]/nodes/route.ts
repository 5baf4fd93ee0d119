import { CreateNodeInput } from "@/lib/domain/schemas";
import { route } from "@/lib/server/http";
import { createNode } from "@/lib/server/nodes/create-node";

export const POST = route<{ id: string }>(
  async ({ user, params, body }) => createNode({ user, debateId: params.id, input: await body(CreateNodeInput) }),
  { status: 201 },
);
