import "server-only";
import { roleAtLeast, type MemberRole } from "@/lib/domain/vocabulary";
import { roleIn } from "../access";
import type { SessionUser } from "../auth-guard";
import type { Tx } from "../db";
import { AppError, notFound } from "../errors";
import { withRead } from "../tx";
import { hashToken } from "./create-link";

/** A share link that still works, with its debate; 404 for an unknown token, 403 once revoked or expired. */
export async function findLiveLink(tx: Tx, token: string) {
  const link = await tx.shareLink.findUnique({ where: { tokenHash: hashToken(token) }, include: { debate: true } });
  if (!link) throw notFound("share link");
  if (link.revokedAt) throw new AppError("forbidden", "this share link was revoked by the debate's owner");
  if (link.expiresAt && link.expiresAt <= new Date())
    throw new AppError("forbidden", `this share link expired on ${link.expiresAt.toISOString().slice(0, 10)}`);
  return link;
}

export type LinkOffer = {
  debateId: string;
  debateTitle: string;
  /** the role the link grants */
  linkRole: MemberRole;
  /** the caller's role today (null: none) */
  currentRole: MemberRole | null;
  /** whether joining would raise the caller's role (a link never lowers one) */
  raises: boolean;
};

/**
 * What opening a share link would give the signed-in caller, read without writing anything: the
 * join page shows this and joins only when the person presses the button (a POST).
 */
export async function describeLink({ user, token }: { user: SessionUser; token: string }): Promise<LinkOffer> {
  return withRead(async (db) => {
    const link = await findLiveLink(db, token);
    const linkRole = link.role as MemberRole;
    const currentRole = await roleIn(db, link.debate, user);
    const raises = !roleAtLeast(currentRole, linkRole);
    return { debateId: link.debateId, debateTitle: link.debate.title, linkRole, currentRole, raises };
  });
}
