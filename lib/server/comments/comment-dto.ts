import "server-only";
import { CommentDto } from "@/lib/domain/schemas";
import type { Comment } from "@/generated/prisma/client";

export const withAuthor = { author: { select: { id: true, name: true } } } as const;

export function toCommentDto(c: Comment & { author: { id: string; name: string } }): CommentDto {
  return CommentDto.parse({
    id: c.id,
    nodeId: c.nodeId,
    parentId: c.parentId,
    author: c.author,
    body: c.body,
    resolved: c.resolvedAt !== null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  });
}
