import { route } from "@/lib/server/http";
import { resumeFrom, sseResponse } from "@/lib/server/sse";
import { streamSeminar } from "@/lib/server/seminars/stream-seminar";
import { SinceQuery } from "@/lib/server/api-contracts";
import { currentUser } from "@/lib/server/auth";

// Server-Sent Events: "the seminar changed at seq N", then the client re-reads what it may see.
export const dynamic = "force-dynamic";
export const GET = route<{ id: string }>(async ({ req, user, params, query }) => {
  const since = resumeFrom(req, () => query(SinceQuery).since);
  const headers = new Headers(req.headers); // kept to re-read the session while the stream is open
  return sseResponse(
    await streamSeminar({
      user,
      seminarId: params.id,
      since,
      signal: req.signal,
      session: () => currentUser(headers),
    }),
  );
});
