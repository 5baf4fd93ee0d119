"use client";
import { readApiError } from "@/lib/domain/api-error";
import { ApiError } from "@/lib/client/api";
import type { ImportFormat, ImportReport } from "@/lib/domain/codecs/types";
import type { DebateSummaryDto } from "@/lib/domain/schemas";

/** The server refuses files over this (IMPORT_LIMITS.maxBytes); checked here too so a big file is never sent. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ImportResult = { debate: DebateSummaryDto; report: ImportReport };
export type UploadProgress = { phase: "uploading"; loaded: number; total: number } | { phase: "processing" };

/** A refusal said the way a person needs to hear it. */
export function importErrorMessage(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 401) return "Sign in to import a file.";
    if (err.status === 0) return "Cannot reach the server; check your connection and try again.";
    // 413s included: the server names the limit that applied (20 MB, or 12 MB for Argdown).
    return err.message.charAt(0).toUpperCase() + err.message.slice(1);
  }
  return "The import failed.";
}

/**
 * Upload a file as the raw request body with XMLHttpRequest, whose upload progress events fetch
 * does not offer; the server parses it (never this page's main thread). `onProgress` reports the
 * bytes sent, then "processing" while the server reads and stores it.
 */
export function uploadImport(
  file: Blob & { name?: string },
  o: { format: ImportFormat | null; into?: string; onProgress: (p: UploadProgress) => void; signal?: AbortSignal },
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    if (file.size > MAX_IMPORT_BYTES)
      return reject(new ApiError(413, "payload_too_large", "the file is over 20 MB, the most Clash imports."));
    const params = new URLSearchParams();
    if (o.format) params.set("format", o.format);
    if (file.name) params.set("name", file.name.slice(0, 255));
    const url = `${o.into ? `/api/debates/${encodeURIComponent(o.into)}/import` : "/api/debates/import"}?${params}`;
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.responseType = "text";
    xhr.upload.onprogress = (e) =>
      o.onProgress({ phase: "uploading", loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.upload.onload = () => o.onProgress({ phase: "processing" });
    xhr.onerror = () => reject(new ApiError(0, "network", "cannot reach the server; check your connection"));
    xhr.onabort = () => reject(new ApiError(0, "aborted", "the import was cancelled"));
    xhr.onload = () => {
      let data: unknown;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && data) return resolve(data as ImportResult);
      const e = readApiError(data);
      reject(
        new ApiError(xhr.status, e?.code ?? "internal", e?.message ?? `the import failed (${xhr.status})`, e?.details),
      );
    };
    o.signal?.addEventListener("abort", () => xhr.abort());
    xhr.send(file);
  });
}
