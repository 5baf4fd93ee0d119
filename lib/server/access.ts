import "server-only";
import { roleAtLeast, type MemberRole } from "@/lib/domain/vocabulary";
import type { Debate } from "@/generated/prisma/client";
import type { Tx } from "./db";
import { AppError, notFound } from "./errors";
import type { SessionUser } from "./auth-guard";

/** A role granted through a share link lasts only while the link is neither revoked nor expired. */
export function linkStillValid(link: { revokedAt: Date | null; expiresAt: Date | null } | null): boolean {
  return !link || (!link.revokedAt && (!link.expiresAt || link.expiresAt > new Date()));
}

/** Prisma filter for memberships that currently grant access (direct, or through a live link). */
export function activeMembership(userId: string) {
  const now = new Date();
  return {
    userId,
    OR: [
      { linkId: null },
      { directRole: { not: null } },
      { link: { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } },
    ],
  };
}

export type MembershipRow = {
  role: string;
  linkId: string | null;
  directRole: string | null;
  link: { revokedAt: Date | null; expiresAt: Date | null } | null;
};

/** A membership and its link as a raw statement returns them (joined beside the row being authorized). */
export type JoinedMembership = {
  memberRole: string | null;
  memberLinkId: string | null;
  memberDirectRole: string | null;
  linkRevokedAt: Date | string | null;
  linkExpiresAt: Date | string | null;
};

/**
 * The caller's membership of a debate, for a statement that reads a row and the caller's role at
 * once: its columns, named as JoinedMembership names them, and the joins that bring them
 * (`debateId`: the debate's id column; `userId`: the parameter holding the caller's id).
 */
export const MEMBER_COLUMNS = `m."role" AS "memberRole", m."linkId" AS "memberLinkId", m."directRole" AS "memberDirectRole",
  l."revokedAt" AS "linkRevokedAt", l."expiresAt" AS "linkExpiresAt"`;
export const memberJoins = (debateId: string, userId: string) =>
  `LEFT JOIN "Membership" m ON m."debateId" = ${debateId} AND m."userId" = ${userId}
LEFT JOIN "ShareLink" l ON l."id" = m."linkId"`;

const date = (v: Date | string | null) => (v === null ? null : new Date(v));

/** The caller's membership from those joined columns; null when the caller has none. */
export function joinedMembership(row: JoinedMembership): MembershipRow | null {
  if (row.memberRole === null) return null;
  return {
    role: row.memberRole,
    linkId: row.memberLinkId,
    directRole: row.memberDirectRole,
    link: row.memberLinkId ? { revokedAt: date(row.linkRevokedAt), expiresAt: date(row.linkExpiresAt) } : null,
  };
}

/**
 * The role a membership grants now: its own role while it is direct or its link is live; once
 * the link is revoked or expired, the direct role the link stood over (or none).
 */
export function membershipRole(m: MembershipRow): MemberRole | null {
  if (!m.linkId || linkStillValid(m.link)) return m.role as MemberRole;
  return (m.directRole as MemberRole | null) ?? null;
}

/**
 * A user's effective role from rows already read: ownership, the user's membership (null: none),
 * or viewer of a public debate.
 */
export function roleFrom(
  debate: Pick<Debate, "ownerId" | "visibility">,
  user: SessionUser | null,
  membership: MembershipRow | null,
): MemberRole | null {
  if (user) {
    if (debate.ownerId === user.id) return "owner";
    const role = membership ? membershipRole(membership) : null;
    if (role) return role;
  }
  return debate.visibility === "public" ? "viewer" : null;
}

/** A user's effective role in a debate: membership, ownership, or viewer of a public debate. */
export async function roleIn(tx: Tx, debate: Debate, user: SessionUser | null): Promise<MemberRole | null> {
  const membership =
    user && debate.ownerId !== user.id
      ? await tx.membership.findUnique({
          where: { debateId_userId: { debateId: debate.id, userId: user.id } },
          include: { link: { select: { revokedAt: true, expiresAt: true } } },
        })
      : null;
  return roleFrom(debate, user, membership);
}

/**
 * The authorization decision on a role already known: the caller when `role` is at least
 * `needed` (only a viewer can be anonymous), else a 401 for the anonymous and a 403 otherwise.
 */
export function requireRole(role: MemberRole | null, user: SessionUser | null, needed: "viewer"): SessionUser | null;
export function requireRole(
  role: MemberRole | null,
  user: SessionUser | null,
  needed: Exclude<MemberRole, "viewer">,
): SessionUser;
export function requireRole(role: MemberRole | null, user: SessionUser | null, needed: MemberRole): SessionUser | null;
export function requireRole(role: MemberRole | null, user: SessionUser | null, needed: MemberRole): SessionUser | null {
  if (role && roleAtLeast(role, needed) && (user || needed === "viewer")) return user;
  if (!user) throw new AppError("unauthorized", "sign in to do this");
  if (role === null) throw new AppError("forbidden", "you do not have access to this debate");
  throw new AppError(
    "forbidden",
    `this needs ${needed} access; you are ${role === "viewer" ? "a viewer" : `a ${role}`}`,
  );
}

/** What `authorizeDebate` hands back: the debate, the caller's role in it, and the caller. */
export type Authorized<U extends SessionUser | null = SessionUser | null> = {
  debate: Debate;
  role: MemberRole;
  user: U;
};

/**
 * Load a debate and check the user holds at least `needed` in it. This is the authorization
 * boundary: every use case calls it (never a proxy or middleware). Only a viewer can be
 * anonymous (on a public debate), so for any higher role the caller comes back signed in.
 */
export async function authorizeDebate(
  tx: Tx,
  debateId: string,
  user: SessionUser | null,
  needed: "viewer",
): Promise<Authorized>;
export async function authorizeDebate(
  tx: Tx,
  debateId: string,
  user: SessionUser | null,
  needed: Exclude<MemberRole, "viewer">,
): Promise<Authorized<SessionUser>>;
export async function authorizeDebate(
  tx: Tx,
  debateId: string,
  user: SessionUser | null,
  needed: MemberRole,
): Promise<Authorized> {
  const debate = await tx.debate.findUnique({ where: { id: debateId } });
  if (!debate) throw notFound("debate");
  return authorizeLoaded(tx, debate, user, needed);
}

/** `authorizeDebate` for a debate row already read (with the argument or connection it holds). */
export async function authorizeLoaded(
  tx: Tx,
  debate: Debate,
  user: SessionUser | null,
  needed: MemberRole,
): Promise<Authorized> {
  const role = await roleIn(tx, debate, user);
  requireRole(role, user, needed);
  return { debate, role: role!, user };
}
