import "server-only";
import type { z } from "zod";
import type { ImportAccess } from "./authorize-import";
import { importAuthorized } from "./import-debate";
import { startImportJob } from "./import-jobs";
import { ImportResultDto } from "./import-result-dto";
import { acquireImportSlot } from "./import-slots";
import { readImportBody, type ImportQuery } from "./read-import-body";
import { warmWorkers } from "../workers/pool";

/**
 * An import request after authorization: take an import slot (429 with Retry-After when the user
 * or the server has too many running) before reading the up-to-20 MB body (a worker thread starts
 * meanwhile), then either import and answer with the result (`okStatus`), or with `respond=async`
 * answer 202 and a job to follow at `/api/imports/{id}`. The slot is held until the import ends
 * either way.
 */
export async function receiveImport(
  access: ImportAccess,
  req: Request,
  query: z.infer<typeof ImportQuery>,
  okStatus: 200 | 201,
): Promise<Response> {
  const release = acquireImportSlot(access.user.id);
  let handedOff = false;
  try {
    // The worker thread starts while the body arrives, not after it.
    void warmWorkers();
    const text = await readImportBody(req);
    const file = { format: query.format, text, fileName: query.name };
    if (query.respond === "async") {
      handedOff = true;
      const job = startImportJob(access, file, release);
      return Response.json(job, {
        status: 202,
        headers: { Location: `/api/imports/${job.id}`, "Cache-Control": "no-store" },
      });
    }
    const result = ImportResultDto.parse(await importAuthorized(access, file));
    return Response.json(result, { status: okStatus, headers: { "Cache-Control": "no-store" } });
  } finally {
    if (!handedOff) release();
  }
}
