import { z } from "zod";
import { route } from "@/lib/server/http";
import { resumeFrom, sseResponse } from "@/lib/server/sse";
import { streamSeminar } from "@/lib/server/seminars/stream-seminar";

const Since = z.object({ since: z.coerce.number().int().min(0).default(0) });

// Server-Sent Events: "the seminar changed at seq N", then the client re-reads what it may see.
export const dynamic = "force-dynamic";
export const GET = route<{ id: string }>(async ({ req, user, params, query }) => {
  const since = resumeFrom(req, () => query(Since).since);
  return sseResponse(await streamSeminar({ user, seminarId: params.id, since, signal: req.signal }));
});
