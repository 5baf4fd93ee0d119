import { UpdateNodeInput, VersionQuery } from "@/lib/domain/schemas";
import { route } from "@/lib/server/http";
import { deleteNode } from "@/lib/server/nodes/delete-node";
import { updateNode } from "@/lib/server/nodes/update-node";

type P = { id: string };
export const PATCH = route<P>(async ({ user, params, body }) =>
  updateNode({ user, nodeId: params.id, input: await body(UpdateNodeInput) }),
);
export const DELETE = route<P>(({ user, params, query }) =>
  deleteNode({ user, nodeId: params.id, version: query(VersionQuery).version }),
);
