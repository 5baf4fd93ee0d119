import "server-only";
import { z } from "zod";
import { IMPORT_LIMITS, ImportFormatParam } from "@/lib/domain/codecs";
import { AppError } from "../errors";
import { readCappedBytes } from "../http";
import { sentPacked, unpackCapped } from "../packed-body";

/**
 * `?format=…&name=…&respond=async` of an import request: the format is optional (detected when
 * absent); `respond=async` answers 202 with a job to follow instead of waiting for the import.
 */
export const ImportQuery = z.object({
  format: ImportFormatParam.optional(),
  name: z.string().max(255).optional(),
  respond: z.enum(["sync", "async"]).default("sync"),
});

// Bodies a browser form can post: they would arrive as an envelope, never as the file itself.
const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

const tooLarge = () =>
  new AppError("payload_too_large", "the file is over 20 MB, the most Clash imports.", {
    limit: IMPORT_LIMITS.maxBytes,
  });

/**
 * The uploaded file's bytes, sent as the raw request body with any content type (text/plain,
 * application/json, application/octet-stream…), read while streaming under the 20 MB import cap:
 * a declared Content-Length over it is refused before reading, an undeclared body as soon as it
 * passes it (413). The bytes are decoded in the import worker (strict UTF-8 for text formats), so
 * binary formats get them as they are. A body sent with `x-clash-packed: deflate-raw` is inflated
 * first, under the same cap. The route has already checked Origin like every write.
 */
export async function readImportBody(req: Request): Promise<Uint8Array> {
  if (FORM_TYPES.test(req.headers.get("content-type") ?? "")) {
    throw new AppError("unsupported_media_type", "send the file itself as the request body, not a form");
  }
  const packed = sentPacked(req);
  const bytes = await readCappedBytes(req, IMPORT_LIMITS.maxBytes, tooLarge);
  // The page packs a text file before sending it (components/import-export/upload-import.ts): the
  // cap then holds for the file itself, as inflated.
  return packed ? unpackCapped(bytes, IMPORT_LIMITS.maxBytes, tooLarge) : bytes;
}
