// Child processes: every suite and every baseline run gets a process of its own, because
// lib/server/db.ts binds one database per process and because a baseline run must be killable at
// its time limit without taking the suite down.
import { spawn } from "node:child_process";

export type ChildResult = { code: number | null; out: string; timedOut: boolean; ms: number };

/** Run a command, echoing its output with a prefix, killing it (by its own pid) after `timeoutMs`. */
export function run(
  cmd: string,
  args: readonly string[],
  o: { env?: Record<string, string | undefined>; timeoutMs?: number; quiet?: boolean; cwd?: string } = {},
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(cmd, args, {
      env: { ...process.env, ...o.env },
      cwd: o.cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let timedOut = false;
    const timer = o.timeoutMs ? setTimeout(() => ((timedOut = true), child.kill("SIGKILL")), o.timeoutMs) : null;
    const onData = (chunk: Buffer) => {
      const s = chunk.toString();
      out += s;
      if (!o.quiet) process.stdout.write(s.replace(/^(?=.)/gm, "    "));
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("close", (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, out, timedOut, ms: performance.now() - t });
    });
  });
}

/**
 * Node with the flags the app's server code needs outside Next: `server-only` resolves, TypeScript
 * runs; and a WebSocket for raw-open.ts (Node 20 has one behind a flag, 22 on by default).
 */
export const TSX = [
  ...(typeof WebSocket === "undefined" ? ["--experimental-websocket"] : []),
  "--conditions=react-server",
  "--import",
  "tsx",
] as const;

/** The JSON a child printed on its `RESULT ` line, or null. */
export function resultOf<T>(out: string): T | null {
  const m = /^RESULT (.*)$/m.exec(out);
  return m ? (JSON.parse(m[1]!) as T) : null;
}
