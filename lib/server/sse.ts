import "server-only";

/** A comment line this often keeps proxies and browsers from dropping an idle stream. */
const HEARTBEAT_MS = 15_000;
/** How long EventSource waits before reconnecting (it then sends Last-Event-ID). */
const RETRY_MS = 1000;

/** The headers of an event stream: never cached, never transformed or buffered by a proxy. */
export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-store, no-transform",
  Connection: "keep-alive",
  "X-Accel-Buffering": "no",
} as const;

/** What a stream's producer may do: send events, and register what to undo when the stream ends. */
export type SseSink = {
  /** One event named `name` with `data` as JSON; `id` becomes the client's Last-Event-ID. Dropped once closed. */
  send(name: string, data: unknown, id?: number): void;
  /** Bytes already encoded as SSE (one encoding shared by every subscriber). Dropped once closed. */
  sendBytes(bytes: Uint8Array): void;
  /**
   * Close the stream. With a reason the client is told (`event: end` with `{reason}`) and should not
   * come back; without one it reconnects and resumes from its Last-Event-ID.
   */
  end(reason?: string): void;
  /** Run `cleanup` when the stream ends (the client left or cancelled); at once if it already has. */
  onClose(cleanup: () => void): void;
  readonly closed: boolean;
};

/**
 * A Server-Sent Events stream: the retry hint first, a heartbeat while open, and every cleanup
 * run exactly once when the request is aborted or the reader cancels. `start` subscribes and
 * sends the first events through the sink.
 */
export function sseStream(signal: AbortSignal, start: (sink: SseSink) => void): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  let closed = false;
  const cleanups: (() => void)[] = [];
  const close = () => {
    closed = true;
    for (const c of cleanups.splice(0)) c();
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const sendBytes = (bytes: Uint8Array) => {
        if (!closed) controller.enqueue(bytes);
      };
      const write = (text: string) => sendBytes(enc.encode(text));
      const finish = () => {
        close();
        try {
          controller.close();
        } catch {
          /* already closed */
        }
      };
      const sink: SseSink = {
        send: (name, data, id) => write(sseEvent(name, data, id)),
        sendBytes,
        end: (reason) => {
          if (reason !== undefined) write(sseEvent("end", { reason }));
          finish();
        },
        onClose: (cleanup) => (closed ? cleanup() : void cleanups.push(cleanup)),
        get closed() {
          return closed;
        },
      };
      const beat = setInterval(() => write(": keep-alive\n\n"), HEARTBEAT_MS);
      cleanups.push(() => clearInterval(beat));
      write(`retry: ${RETRY_MS}\n\n`);
      start(sink);
      if (signal.aborted) finish();
      else signal.addEventListener("abort", finish, { once: true });
    },
    cancel() {
      close();
    },
  });
}

/** One event in the SSE wire format; `id` becomes the client's Last-Event-ID. */
export function sseEvent(name: string, data: unknown, id?: number): string {
  return `${id === undefined ? "" : `id: ${id}\n`}event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A streaming response with the event-stream headers. */
export function sseResponse(stream: ReadableStream<Uint8Array>): Response {
  return new Response(stream, { headers: SSE_HEADERS });
}

/**
 * Where a client resumes: the Last-Event-ID that EventSource sends when it reconnects by itself,
 * else the `since` it asked for (read only then, so a reconnect is not refused over a stale query).
 */
export function resumeFrom(req: Request, since: () => number): number {
  const header = Number(req.headers.get("last-event-id"));
  return Number.isInteger(header) && header > 0 ? header : since();
}

/**
 * `task` run one at a time: a call while it runs schedules exactly one more run after it (so a
 * burst of signals costs at most two runs and none is missed). Stops repeating once `stopped()`.
 */
export function coalesced(task: () => Promise<void>, stopped: () => boolean): () => void {
  let running = false;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void (async () => {
      try {
        do {
          again = false;
          await task();
        } while (again && !stopped());
      } catch (err) {
        console.error("[clash] event stream", err);
      } finally {
        running = false;
      }
    })();
  };
}
