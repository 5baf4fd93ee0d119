import { z } from "zod";
import { route } from "@/lib/server/http";
import { resumeFrom, sseResponse } from "@/lib/server/sse";
import { streamEvents } from "@/lib/server/events/stream-events";

const Since = z.object({ since: z.coerce.number().int().min(0).default(0) });

// Server-Sent Events; EventSource reconnects by itself and sends Last-Event-ID.
export const dynamic = "force-dynamic";
export const GET = route<{ id: string }>(async ({ req, user, params, query }) => {
  const since = resumeFrom(req, () => query(Since).since);
  return sseResponse(await streamEvents({ user, debateId: params.id, since, signal: req.signal }));
});
