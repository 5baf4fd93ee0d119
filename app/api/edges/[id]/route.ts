import { UpdateEdgeInput, VersionQuery } from "@/lib/domain/schemas";
import { route } from "@/lib/server/http";
import { deleteEdge } from "@/lib/server/edges/delete-edge";
import { updateEdge } from "@/lib/server/edges/update-edge";

type P = { id: string };
export const PATCH = route<P>(async ({ user, params, body }) =>
  updateEdge({ user, edgeId: params.id, input: await body(UpdateEdgeInput) }),
);
export const DELETE = route<P>(({ user, params, query }) =>
  deleteEdge({ user, edgeId: params.id, version: query(VersionQuery).version }),
);
