import { route } from "@/lib/server/http";
import { getSource } from "@/lib/server/sources/get-source";

export const GET = route<{ id: string }>(({ user, params }) => getSource({ user, sourceId: params.id }));
