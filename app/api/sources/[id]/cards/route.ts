import { CutCardInput } from "@/lib/domain/schemas";
import { route } from "@/lib/server/http";
import { cutCard } from "@/lib/server/cards/cut-card";

export const POST = route<{ id: string }>(
  async ({ user, params, body }) => cutCard({ user, sourceId: params.id, input: await body(CutCardInput) }),
  { status: 201 },
);
