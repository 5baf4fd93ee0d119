import { readApiError } from "@/lib/domain/api-error";

/** An API error as the browser sees it: the server's one error shape plus the status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** fetch JSON from the Clash API; throws ApiError with the server's message on failure. */
export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? "GET",
      headers: init.body === undefined ? undefined : { "Content-Type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, "network", "cannot reach the server; check your connection");
  }
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const e = readApiError(data);
    throw new ApiError(res.status, e?.code ?? "internal", e?.message ?? `request failed (${res.status})`, e?.details);
  }
  return data as T;
}
