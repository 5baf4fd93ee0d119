import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { ShareLinkDto, type CreateLinkInput } from "@/lib/domain/schemas";
import { loadEnv } from "@/lib/env";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { withTx } from "../tx";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A share link granting view, comment or edit access (owner only). The token is 192 random bits,
 * shown once; only its hash is stored, so the database never holds a working link.
 */
export async function createLink({
  debateId,
  input,
  user: caller,
}: {
  user: SessionUser | null;
  debateId: string;
  input: CreateLinkInput;
}) {
  const token = randomBytes(24).toString("base64url").padEnd(32, "0");
  return withTx(async (tx) => {
    const { user } = await authorizeDebate(tx, debateId, caller, "owner");
    const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
    const link = await tx.shareLink.create({
      data: { debateId, tokenHash: hashToken(token), role: input.role, expiresAt, createdById: user.id },
    });
    const dto = ShareLinkDto.parse({
      id: link.id,
      role: link.role,
      expiresAt: expiresAt?.toISOString() ?? null,
      revokedAt: null,
      createdAt: link.createdAt.toISOString(),
      members: 0,
    });
    await recordChange(tx, {
      debateId,
      actorId: user.id,
      entity: "link",
      entityId: link.id,
      action: "create",
      after: dto,
    });
    return { link: dto, token, url: `${new URL(loadEnv().BETTER_AUTH_URL).origin}/join/${token}` };
  });
}
