import { route } from "@/lib/server/http";
import { copyDebate } from "@/lib/server/debates/copy-debate";
import { notFound } from "@/lib/server/errors";
import { CopyDebateInput, Id } from "@/lib/domain/schemas";

/**
 * Copy a debate the caller can read into a new private debate of their own: 201 with its summary.
 * The body is optional (`{ "title": … }`); one that is sent is read and checked like any other.
 */
export const POST = route<{ id: string }>(
  async ({ user, params, req, body }) => {
    const sent = req.headers.has("content-type") || (req.headers.get("content-length") ?? "0") !== "0";
    const input = sent ? await body(CopyDebateInput) : {};
    // No id (or not one of ours) names no debate: 404, never a database error.
    const id = Id.safeParse(params.id);
    if (!id.success) throw notFound("debate");
    return copyDebate({ user, debateId: id.data, title: input.title });
  },
  { status: 201 },
);
