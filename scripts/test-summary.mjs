// Add up the JSON reports of every runner into one closing line: "N passed, N failed".
import { readdirSync, readFileSync } from "node:fs";

const dir = "test-results/summary";
let passed = 0,
  failed = 0,
  skipped = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
  const r = JSON.parse(readFileSync(`${dir}/${f}`, "utf8"));
  if (r.stats && "expected" in r.stats) {
    // Playwright: expected = passed, unexpected = failed, flaky = passed on retry.
    passed += r.stats.expected + (r.stats.flaky ?? 0);
    failed += r.stats.unexpected;
    skipped += r.stats.skipped;
  } else {
    // Vitest (Jest-compatible JSON).
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    if (r.success === false && !r.numFailedTests) failed += 1; // a suite that crashed before its tests
  }
}
console.log(`\nTotal: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
if (passed === 0 || failed > 0 || skipped > 0) process.exit(1);
