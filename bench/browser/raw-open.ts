// "Navigation → map interactive" a second way: Chromium driven over its DevTools protocol directly,
// with no Network domain enabled. Playwright enables that domain on every page (for its request
// events), and with it the browser keeps and decodes each response body for DevTools on the
// page's main thread: about 0.4 s of a 20,000-argument open goes to the 17 MB graph that way
// (bench/open-trace.md, session 14). A user's browser does none of it. Same Chromium, same flags,
// same probe (probe.js) and the same "interactive" as measure.ts's openMap.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BrowserContext } from "@playwright/test";
import config from "../../playwright.config";

const PROBE = readFileSync("bench/browser/probe.js", "utf8");

type Reply = { id?: number; result?: Record<string, unknown>; error?: { message: string } };

export class RawBrowser {
  private next = 0;
  private readonly waiting = new Map<number, (r: Reply) => void>();

  private constructor(
    private readonly proc: ChildProcess,
    private readonly ws: WebSocket,
    private readonly profile: string,
  ) {
    ws.addEventListener("message", (e) => {
      const m = JSON.parse(String(e.data)) as Reply;
      if (m.id === undefined) return; // an event: none is listened to
      this.waiting.get(m.id)?.(m);
      this.waiting.delete(m.id);
    });
  }

  static async launch(): Promise<RawBrowser> {
    if (typeof WebSocket === "undefined")
      throw new Error("no WebSocket in this Node (run with --experimental-websocket)");
    const profile = mkdtempSync(path.join(tmpdir(), "clash-raw-cdp-"));
    const launch = config.use?.launchOptions;
    const proc = spawn(
      launch?.executablePath ?? "/usr/bin/chromium",
      [
        ...(launch?.args ?? []),
        "--headless",
        "--remote-debugging-port=0",
        `--user-data-dir=${profile}`,
        "--window-size=1440,900",
        "about:blank",
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    const url = await new Promise<string>((resolve, reject) => {
      let seen = "";
      const timer = setTimeout(
        () => reject(new Error(`Chromium gave no DevTools address: ${seen.slice(-300)}`)),
        30_000,
      );
      proc.stderr.on("data", (d: Buffer) => {
        seen += String(d);
        const m = /ws:\/\/\S+/.exec(seen);
        if (m) {
          clearTimeout(timer);
          resolve(m[0]);
        }
      });
      proc.on("exit", (code) => reject(new Error(`Chromium exited (${code}): ${seen.slice(-300)}`)));
    });
    const ws = new WebSocket(url);
    await new Promise((resolve, reject) => {
      ws.addEventListener("open", resolve);
      ws.addEventListener("error", reject);
    });
    return new RawBrowser(proc, ws, profile);
  }

  private async send(method: string, params: object = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = ++this.next;
    const reply = await new Promise<Reply>((resolve) => {
      this.waiting.set(id, resolve);
      this.ws.send(JSON.stringify({ id, method, params, sessionId }));
    });
    if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
    return reply.result ?? {};
  }

  /** The cookies of a Playwright context (a signed-in session), for every page opened here. */
  async copyCookies(from: BrowserContext): Promise<void> {
    await this.send("Storage.setCookies", { cookies: await from.cookies() });
  }

  /**
   * Open `url` in a new tab and wait until the probe says the map is interactive (quiet for
   * `quietMs`); that moment in page time, or null by `timeoutMs`. The tab is closed after.
   */
  async open(url: string, quietMs: number, timeoutMs: number): Promise<number | null> {
    const { targetId } = (await this.send("Target.createTarget", { url: "about:blank" })) as { targetId: string };
    const { sessionId } = (await this.send("Target.attachToTarget", { targetId, flatten: true })) as {
      sessionId: string;
    };
    try {
      await this.send("Page.enable", {}, sessionId);
      await this.send("Page.addScriptToEvaluateOnNewDocument", { source: PROBE }, sessionId);
      const { width, height } = config.use?.viewport ?? { width: 1440, height: 900 };
      await this.send(
        "Emulation.setDeviceMetricsOverride",
        { width, height, deviceScaleFactor: 1, mobile: false },
        sessionId,
      );
      await this.send("Page.navigate", { url }, sessionId);
      for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((r) => setTimeout(r, 250))) {
        const { result } = (await this.send(
          "Runtime.evaluate",
          { expression: `JSON.stringify(window.__bench && window.__bench.ready(${quietMs}))`, returnByValue: true },
          sessionId,
        )) as { result: { value?: string } };
        const ready = result.value ? (JSON.parse(result.value) as { t: number } | null) : null;
        if (ready) return ready.t;
      }
      return null;
    } finally {
      await this.send("Target.closeTarget", { targetId });
    }
  }

  /** Chromium ended, then its profile removed (it writes there until it has exited). */
  async close(): Promise<void> {
    this.ws.close();
    if (this.proc.exitCode === null) {
      const exited = new Promise((resolve) => this.proc.once("exit", resolve));
      this.proc.kill();
      await exited;
    }
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 5 });
  }
}
