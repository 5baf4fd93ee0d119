import { JoinSeminarInput } from "@/lib/domain/seminar-schemas";
import { route } from "@/lib/server/http";
import { guestSessionCookie } from "@/lib/server/seminars/guest-cookie";
import { joinClientKey, joinSeminar } from "@/lib/server/seminars/join-seminar";

/** Join by code; a new guest also gets Better Auth's session cookie. */
export const POST = route(async ({ req, user, body }) => {
  const input = await body(JoinSeminarInput);
  const r = await joinSeminar({
    user,
    input,
    client: joinClientKey(req, user),
    userAgent: req.headers.get("user-agent") ?? "",
  });
  const payload = { seminarId: r.seminarId, role: r.role, label: r.label, guest: !!r.guestSession };
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (r.guestSession)
    headers.append("Set-Cookie", await guestSessionCookie(r.guestSession.token, r.guestSession.expiresAt));
  return Response.json(payload, { status: 200, headers });
});
