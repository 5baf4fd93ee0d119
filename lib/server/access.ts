import "server-only";
import { roleAtLeast, type MemberRole } from "@/lib/domain/vocabulary";
import type { Debate } from "@/generated/prisma/client";
import type { Tx } from "./db";
import { AppError, notFound } from "./errors";
import type { SessionUser } from "./auth-guard";

/** A user's effective role in a debate: membership, ownership, or viewer of a public debate. */
export async function roleIn(tx: Tx, debate: Debate, user: SessionUser | null): Promise<MemberRole | null> {
  if (user) {
    if (debate.ownerId === user.id) return "owner";
    const m = await tx.membership.findUnique({ where: { debateId_userId: { debateId: debate.id, userId: user.id } } });
    if (m) return m.role as MemberRole;
  }
  return debate.visibility === "public" ? "viewer" : null;
}

/**
 * Load a debate and check the user holds at least `needed` in it. This is the authorization
 * boundary: every use case calls it (never a proxy or middleware).
 */
export async function authorizeDebate(
  tx: Tx,
  debateId: string,
  user: SessionUser | null,
  needed: MemberRole,
): Promise<{ debate: Debate; role: MemberRole }> {
  const debate = await tx.debate.findUnique({ where: { id: debateId } });
  if (!debate) throw notFound("debate");
  const role = await roleIn(tx, debate, user);
  if (roleAtLeast(role, needed)) return { debate, role: role! };
  if (!user) throw new AppError("unauthorized", "sign in to do this");
  if (role === null) throw new AppError("forbidden", "you do not have access to this debate");
  throw new AppError("forbidden", `this needs ${needed} access; you are ${role === "viewer" ? "a viewer" : `a ${role}`}`);
}
