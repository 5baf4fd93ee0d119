"use client";
import { readApiError } from "@/lib/domain/api-error";
import { ApiError } from "@/lib/client/api";
import { packBlob } from "@/lib/client/pack-blob";
import { PACKED_HEADER, PACKING } from "@/lib/domain/packing";
import { FORMAT_NAMES } from "@/lib/domain/codecs/format-names";
import type { ImportFormat, ImportReport } from "@/lib/domain/codecs/types";
import { capRefusal, MAX_IMPORT_BYTES } from "@/lib/domain/import-caps";
import type { DebateSummaryDto } from "@/lib/domain/schemas";

export type ImportResult = { debate: DebateSummaryDto; report: ImportReport };
export type UploadProgress =
  | { phase: "uploading"; loaded: number; total: number }
  | { phase: "processing" }
  | { phase: "parsing" }
  | { phase: "writing"; written: number; total: number };

/** The server's background import (`GET /api/imports/{id}`), as far as this page reads it. */
type ImportJob = {
  id: string;
  status: "running" | "done" | "failed" | "cancelled";
  progress: { phase: "parsing" } | { phase: "writing"; written: number; total: number } | { phase: "done" };
  result?: ImportResult;
  error?: { code: string; message: string; details?: unknown };
};

/** How often the page asks where the import is: often enough for a moving bar, rare enough to cost nothing. */
const POLL_MS = 400;

const cancelled = () => new ApiError(0, "aborted", "the import was cancelled");

/**
 * Follow a background import until it ends, reporting its phase. On `signal` the job is cancelled
 * on the server (DELETE waits until it has stopped, so nothing is left behind) and this rejects.
 */
async function followJob(
  job: ImportJob,
  o: { onProgress: (p: UploadProgress) => void; signal?: AbortSignal },
): Promise<ImportResult> {
  const url = `/api/imports/${encodeURIComponent(job.id)}`;
  const read = async (res: Response): Promise<ImportJob> => {
    const data = (await res.json().catch(() => null)) as unknown;
    if (!res.ok) {
      const e = readApiError(data);
      throw new ApiError(res.status, e?.code ?? "internal", e?.message ?? `the import failed (${res.status})`);
    }
    return data as ImportJob;
  };
  let current = job;
  for (;;) {
    if (current.status === "done" && current.result) return current.result;
    if (current.status === "cancelled") throw cancelled();
    if (current.status === "failed") {
      const e = current.error;
      throw new ApiError(422, e?.code ?? "internal", e?.message ?? "the import failed", e?.details);
    }
    if (current.progress.phase !== "done") o.onProgress(current.progress);
    if (o.signal?.aborted) {
      const after = await read(await fetch(url, { method: "DELETE" }));
      // The import committed before the cancel arrived: it is done, so say so rather than hide it.
      if (after.status === "done" && after.result) return after.result;
      throw cancelled();
    }
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, POLL_MS);
      o.signal?.addEventListener(
        "abort",
        () => {
          clearTimeout(t);
          resolve();
        },
        { once: true },
      );
    });
    if (!o.signal?.aborted) current = await read(await fetch(url, { cache: "no-store" }));
  }
}

/** A refusal said the way a person needs to hear it. */
export function importErrorMessage(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 401) return "Sign in to import a file.";
    if (err.status === 0) return "Cannot reach the server; check your connection and try again.";
    // 413s included: the message names the limit that applied (20 MB, or 12 MB for Argdown).
    return err.message.charAt(0).toUpperCase() + err.message.slice(1);
  }
  return "The import failed.";
}

type UploadOptions = {
  format: ImportFormat | null;
  into?: string;
  onProgress: (p: UploadProgress) => void;
  signal?: AbortSignal;
};

/**
 * Upload a file as the raw request body with XMLHttpRequest, whose upload progress events fetch
 * does not offer; the server parses it in a worker (never this page's main thread) as a background
 * job. `onProgress` reports the bytes sent, then the job's phases: parsing, writing N of M.
 * A text file is packed first (packable). Aborting `signal` cancels the upload or, once sent,
 * the job on the server.
 */
export async function uploadImport(file: Blob & { name?: string }, o: UploadOptions): Promise<ImportResult> {
  // The server's caps, checked here too so a file it would refuse is never sent.
  if (file.size > MAX_IMPORT_BYTES)
    throw new ApiError(
      413,
      "payload_too_large",
      `the file is over ${MAX_IMPORT_BYTES / 2 ** 20} MB, the most Clash imports.`,
    );
  const overFormatCap = o.format && capRefusal(o.format, file.size, FORMAT_NAMES[o.format]);
  if (overFormatCap) throw new ApiError(413, "payload_too_large", overFormatCap);
  // A file that cannot be packed (unreadable as a stream) is sent as it is.
  const body = (await packable(file, o.format).catch(() => false)) ? await packBlob(file).catch(() => null) : null;
  if (o.signal?.aborted) throw cancelled();
  return send(file, body ?? file, body !== null, o);
}

/**
 * A text file (Argdown, JSON, AIF, Kialo) goes packed as raw deflate, a fifth to a tenth of its
 * size on the wire (lib/domain/packing.ts); a Word file is a zip already, and a browser without
 * compression streams sends the file as it is.
 */
async function packable(file: Blob & { name?: string }, format: ImportFormat | null): Promise<boolean> {
  if (typeof CompressionStream !== "function" || format === "docx" || /\.docx$/i.test(file.name ?? "")) return false;
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return !(head[0] === 0x50 && head[1] === 0x4b); // "PK": a zip, whatever its name
}

function send(file: Blob & { name?: string }, body: Blob, packed: boolean, o: UploadOptions): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const params = new URLSearchParams();
    if (o.format) params.set("format", o.format);
    if (file.name) params.set("name", file.name.slice(0, 255));
    params.set("respond", "async");
    const url = `${o.into ? `/api/debates/${encodeURIComponent(o.into)}/import` : "/api/debates/import"}?${params}`;
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    if (packed) xhr.setRequestHeader(PACKED_HEADER, PACKING);
    xhr.responseType = "text";
    // Told in the file's own bytes (a packed body's share of it), the size the reader knows it by.
    xhr.upload.onprogress = (e) => {
      const sent = e.lengthComputable && e.total > 0 ? e.loaded / e.total : 0;
      o.onProgress({ phase: "uploading", loaded: Math.round(sent * file.size), total: file.size });
    };
    xhr.upload.onload = () => o.onProgress({ phase: "processing" });
    xhr.onerror = () => reject(new ApiError(0, "network", "cannot reach the server; check your connection"));
    xhr.onabort = () => reject(cancelled());
    xhr.onload = () => {
      let data: unknown;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = null;
      }
      if (xhr.status === 202 && data) return resolve(followJob(data as ImportJob, o));
      if (xhr.status >= 200 && xhr.status < 300 && data) return resolve(data as ImportResult);
      const e = readApiError(data);
      reject(
        new ApiError(xhr.status, e?.code ?? "internal", e?.message ?? `the import failed (${xhr.status})`, e?.details),
      );
    };
    o.signal?.addEventListener("abort", () => xhr.readyState !== XMLHttpRequest.DONE && xhr.abort(), { once: true });
    xhr.send(body);
  });
}
