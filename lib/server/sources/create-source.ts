import "server-only";
import { htmlToText } from "@/lib/domain/html-to-text";
import { MAX_SOURCE_CHARS, SourceDto, type CreateSourceInput } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { AppError } from "../errors";
import { toSourceSummary } from "../mappers";
import { withTx } from "../tx";

/** Add a source document to a debate's library (editors). HTML is reduced to its readable text. */
export async function createSource({
  debateId,
  input,
  user: caller,
}: {
  user: SessionUser | null;
  debateId: string;
  input: CreateSourceInput;
}): Promise<SourceDto> {
  const { format, text: raw, ...meta } = input;
  const text = (format === "html" ? htmlToText(raw) : raw.replace(/\r\n?/g, "\n")).trim();
  if (!text)
    throw new AppError("validation_failed", "the source has no readable text", {
      fieldErrors: { text: ["no readable text"] },
    });
  if (text.length > MAX_SOURCE_CHARS)
    throw new AppError("payload_too_large", "the source is longer than 2,000,000 characters");
  return withTx(async (tx) => {
    const { user } = await authorizeDebate(tx, debateId, caller, "editor");
    const source = await tx.source.create({ data: { ...meta, text, debateId } });
    const dto = SourceDto.parse({ ...toSourceSummary({ ...source, length: text.length, cardCount: 0 }), text });
    const { text: _t, ...summary } = dto;
    await recordChange(tx, {
      debateId,
      actorId: user.id,
      entity: "source",
      entityId: source.id,
      action: "create",
      after: summary,
    });
    return dto;
  });
}
