import { afterEach, describe, expect, it, vi } from "vitest";
import { coalesced, resumeFrom, SSE_HEADERS, sseResponse, sseStream, type SseSink } from "./sse";

const dec = new TextDecoder();

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.getReader();
  let out = "";
  for (let r = await reader.read(); !r.done; r = await reader.read()) out += dec.decode(r.value);
  return out;
}

afterEach(() => vi.useRealTimers());

describe("sseStream", () => {
  it("sends the retry hint, then named events with ids, and ends with cleanups run once on abort", async () => {
    const ac = new AbortController();
    const cleanup = vi.fn();
    let sink: SseSink | undefined;
    const stream = sseStream(ac.signal, (s) => {
      sink = s;
      s.onClose(cleanup);
      s.send("change", { seq: 7 }, 7);
      s.send("presence", { people: [] });
    });
    const text = readAll(stream);
    ac.abort();
    expect(await text).toBe(
      'retry: 1000\n\nid: 7\nevent: change\ndata: {"seq":7}\n\nevent: presence\ndata: {"people":[]}\n\n',
    );
    expect(cleanup).toHaveBeenCalledTimes(1);
    expect(sink!.closed).toBe(true);
    sink!.send("change", { seq: 8 }, 8); // after the end: dropped, not thrown
    const late = vi.fn();
    sink!.onClose(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it("ends with a reason: an end event, then the stream closes and cleanups run, without an abort", async () => {
    const cleanup = vi.fn();
    let sink: SseSink | undefined;
    const stream = sseStream(new AbortController().signal, (s) => {
      sink = s;
      s.onClose(cleanup);
      s.sendBytes(new TextEncoder().encode("event: change\ndata: {}\n\n"));
    });
    const text = readAll(stream);
    sink!.end("you were signed out");
    expect(await text).toBe(
      'retry: 1000\n\nevent: change\ndata: {}\n\nevent: end\ndata: {"reason":"you were signed out"}\n\n',
    );
    expect(cleanup).toHaveBeenCalledTimes(1);
    sink!.end("again"); // a second end sends nothing and throws nothing
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it("beats while open and stops beating once the reader cancels", async () => {
    vi.useFakeTimers();
    const cleanup = vi.fn();
    const reader = sseStream(new AbortController().signal, (s) => s.onClose(cleanup)).getReader();
    expect(dec.decode((await reader.read()).value)).toBe("retry: 1000\n\n");
    vi.advanceTimersByTime(15_000);
    expect(dec.decode((await reader.read()).value)).toBe(": keep-alive\n\n");
    await reader.cancel();
    expect(cleanup).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("closes at once when the request was aborted before the stream started", async () => {
    const ac = new AbortController();
    ac.abort();
    const cleanup = vi.fn();
    expect(await readAll(sseStream(ac.signal, (s) => s.onClose(cleanup)))).toBe("retry: 1000\n\n");
    expect(cleanup).toHaveBeenCalledTimes(1);
  });
});

describe("sseResponse and resumeFrom", () => {
  it("answers with the event-stream headers", () => {
    const res = sseResponse(new ReadableStream());
    for (const [k, v] of Object.entries(SSE_HEADERS)) expect(res.headers.get(k)).toBe(v);
  });

  it("resumes from Last-Event-ID when EventSource sends one, else from the query", () => {
    const since = vi.fn(() => 3);
    expect(resumeFrom(new Request("http://x/", { headers: { "Last-Event-ID": "42" } }), since)).toBe(42);
    expect(since).not.toHaveBeenCalled();
    expect(resumeFrom(new Request("http://x/", { headers: { "Last-Event-ID": "nope" } }), since)).toBe(3);
    expect(resumeFrom(new Request("http://x/"), since)).toBe(3);
  });
});

describe("coalesced", () => {
  it("runs one at a time and once more for any number of calls during a run", async () => {
    let release: () => void = () => {};
    let runs = 0;
    const run = coalesced(
      () => {
        runs++;
        return new Promise<void>((r) => (release = r));
      },
      () => false,
    );
    run();
    run();
    run();
    run();
    expect(runs).toBe(1);
    release();
    await vi.waitFor(() => expect(runs).toBe(2));
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
    run();
    expect(runs).toBe(3);
  });
});
