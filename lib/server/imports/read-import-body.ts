import "server-only";
import { z } from "zod";
import { IMPORT_LIMITS, ImportFormatParam } from "@/lib/domain/codecs";
import { AppError } from "../errors";
import { readCapped } from "../http";

/** `?format=…&name=…` of an import request: the format is optional (detected when absent), `clash-json` is read as `json`. */
export const ImportQuery = z.object({
  format: ImportFormatParam.optional(),
  name: z.string().max(255).optional(),
});

// Bodies a browser form can post: they would arrive as an envelope, never as the file itself.
const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

/**
 * The uploaded file, sent as the raw request body with any content type (text/plain,
 * application/json, application/octet-stream…), read while streaming under the 20 MB import cap:
 * a declared Content-Length over it is refused before reading, an undeclared body as soon as it
 * passes it (413). The route has already checked Origin like every write.
 */
export async function readImportBody(req: Request): Promise<string> {
  if (FORM_TYPES.test(req.headers.get("content-type") ?? "")) {
    throw new AppError("unsupported_media_type", "send the file itself as the request body, not a form");
  }
  try {
    return await readCapped(req, IMPORT_LIMITS.maxBytes);
  } catch (err) {
    if (err instanceof AppError && err.code === "payload_too_large")
      throw new AppError("payload_too_large", "the file is over 20 MB, the most Clash imports.", {
        limit: IMPORT_LIMITS.maxBytes,
      });
    if (err instanceof AppError && err.code === "bad_request")
      throw new AppError("validation_failed", "the file is not UTF-8 text", { kind: "malformed" });
    throw err;
  }
}
