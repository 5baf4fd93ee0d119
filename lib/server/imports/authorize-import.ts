import "server-only";
import type { MemberRole } from "@/lib/domain/vocabulary";
import { authorizeDebate } from "../access";
import { requireSignedIn, type SessionUser } from "../auth-guard";
import { requireFullAccount } from "../seminars/guest-account";
import { withRead } from "../tx";

/**
 * Who may import, settled once: a signed-in user, and for an import into a debate, their role
 * there (editor or owner). Everything after the entry receives this and does not ask again.
 */
export type ImportAccess = { user: SessionUser; into: { debateId: string; role: MemberRole } | null };

/**
 * Authorize an import at its entry, before the (up to 20 MB) upload is read or parsed: 401 for an
 * anonymous caller, 403 for a seminar guest, and with `into`, 404/403 unless the user can edit that debate.
 */
export async function authorizeImport(caller: SessionUser | null, into?: string): Promise<ImportAccess> {
  const user = requireFullAccount(requireSignedIn(caller));
  if (!into) return { user, into: null };
  const { role } = await withRead((db) => authorizeDebate(db, into, user, "editor"));
  return { user, into: { debateId: into, role } };
}
