// After the e2e run: an error the server logged but no test saw (a server render that threw and
// fell back to the client, a route that crashed after answering) fails the run. Next marks each
// with "⨯"; playwright.config.ts copies the server's output to SERVER_LOG as it runs.
import { existsSync, readFileSync, statSync } from "node:fs";

export const SERVER_LOG = "test-results/e2e-server.log";
// A browser that goes away mid-answer (a test ends, a page navigates) is not the server's fault.
const CLIENT_GONE = /aborted|ECONNRESET|EPIPE|socket hang up/i;

export default function serverErrors(): void {
  if (!existsSync(SERVER_LOG)) {
    if (process.env.CI) throw new Error(`${SERVER_LOG} is missing: the e2e server's output was not kept`);
    return;
  }
  // A server left running from before (reuseExistingServer, locally) wrote an older log.
  if (statSync(SERVER_LOG).mtimeMs < Number(process.env.E2E_STARTED ?? 0)) return;
  const lines = readFileSync(SERVER_LOG, "utf8").split("\n");
  const errors = lines.flatMap((line, i) =>
    line.includes("⨯") && !CLIENT_GONE.test(line)
      ? // quoted: Playwright would take the server's "at …" lines for this error's own stack
        [
          lines
            .slice(i, i + 5)
            .map((l) => `| ${l.replace(/^\s*at /, "  ↳ ").replace(/\((.*)\)/, "[$1]")}`)
            .join("\n"),
        ]
      : [],
  );
  if (errors.length > 0)
    throw new Error(
      `The server logged ${errors.length} unhandled error(s) during the e2e run (${SERVER_LOG}):\n\n` +
        errors.slice(0, 5).join("\n---\n"),
    );
}
