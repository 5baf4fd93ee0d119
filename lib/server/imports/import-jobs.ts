import "server-only";
import { randomBytes } from "node:crypto";
import type { ApiErrorBody } from "@/lib/domain/api-error";
import { errorBody, notFound, toAppError } from "../errors";
import type { ImportAccess } from "./authorize-import";
import { ImportCancelled, importAuthorized, type ImportProgress, type ImportResult } from "./import-debate";
import type { ParseInput } from "./parse-plan";

/**
 * What `GET /api/imports/{jobId}` answers: where the import is (the file's bytes were received,
 * then parsing in a worker, then writing N of M rows) and, once it has ended, its result, its
 * error or that it was cancelled.
 */
export type ImportJobDto = {
  id: string;
  status: "running" | "done" | "failed" | "cancelled";
  bytes: number;
  progress: ImportProgress | { phase: "done" };
  result?: ImportResult;
  error?: ApiErrorBody["error"];
};

type Job = ImportJobDto & { userId: string; controller: AbortController; settled: Promise<void>; endedAt?: number };

/** Finished jobs stay readable this long, so a page that polls slowly still sees the result. */
const KEEP_MS = 10 * 60_000;

const g = globalThis as unknown as { clashImportJobs?: Map<string, Job> };
const jobs = (g.clashImportJobs ??= new Map<string, Job>());

function sweep(now = Date.now()) {
  for (const [id, j] of jobs) if (j.endedAt !== undefined && now - j.endedAt > KEEP_MS) jobs.delete(id);
}

const toDto = ({ userId: _u, controller: _c, settled: _s, endedAt: _e, ...dto }: Job): ImportJobDto => dto;

/**
 * Start an import that answers at once (202) and runs on: the caller has authorized it, holds an
 * import slot (released here when the job ends) and has read the body. Progress, the result and
 * cancellation go through the job's id, visible only to the user who started it.
 */
export function startImportJob(access: ImportAccess, file: ParseInput, release: () => void): ImportJobDto {
  sweep();
  const controller = new AbortController();
  const job = {
    id: randomBytes(16).toString("base64url"),
    status: "running",
    bytes: typeof file.text === "string" ? Buffer.byteLength(file.text) : file.text.byteLength,
    progress: { phase: "parsing" },
    userId: access.user.id,
    controller,
  } as Job;
  job.settled = importAuthorized(access, file, {
    signal: controller.signal,
    onProgress: (p) => {
      job.progress = p;
    },
  })
    .then(
      (result) => {
        job.status = "done";
        job.progress = { phase: "done" };
        job.result = result;
      },
      (err: unknown) => {
        if (err instanceof ImportCancelled) job.status = "cancelled";
        else {
          job.status = "failed";
          job.error = errorBody(toAppError(err)).error;
        }
      },
    )
    .finally(() => {
      job.endedAt = Date.now();
      release();
    });
  jobs.set(job.id, job);
  return toDto(job);
}

function ownJob(userId: string, jobId: string): Job {
  const job = jobs.get(jobId);
  // Someone else's job is as unknown as a missing one: ids are not a way to learn of other imports.
  if (!job || job.userId !== userId) throw notFound("import");
  return job;
}

/** The state of one of the user's imports. */
export function getImportJob(userId: string, jobId: string): ImportJobDto {
  return toDto(ownJob(userId, jobId));
}

/**
 * Cancel one of the user's imports and wait until it has stopped: the worker is terminated or the
 * transaction rolled back, so a "cancelled" answer means nothing was written. An import that
 * committed first answers "done" (cancelling then changes nothing; delete the debate instead).
 */
export async function cancelImportJob(userId: string, jobId: string): Promise<ImportJobDto> {
  const job = ownJob(userId, jobId);
  if (job.status === "running") job.controller.abort();
  await job.settled;
  return toDto(job);
}
