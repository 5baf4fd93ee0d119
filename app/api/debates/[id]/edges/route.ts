import { CreateEdgeInput } from "@/lib/domain/schemas";
import { route } from "@/lib/server/http";
import { createEdge } from "@/lib/server/edges/create-edge";

export const POST = route<{ id: string }>(
  async ({ user, params, body }) => createEdge({ user, debateId: params.id, input: await body(CreateEdgeInput) }),
  { status: 201 },
);
