// Add up the JSON reports of every runner into one closing line: "N passed, N failed", preceded by
// the name of every failed test (CI keeps only the tail of the log, so the names must be here).
import { readdirSync, readFileSync } from "node:fs";

const dir = "test-results/summary";
let passed = 0,
  failed = 0,
  skipped = 0;
const failures = [];

/** Playwright nests suites (file → describe → …); walk them for tests whose outcome was unexpected. */
function playwrightFailures(suite, trail, report) {
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests ?? []) {
      if (t.status !== "unexpected") continue;
      const last = t.results?.at(-1);
      const message = last?.error?.message ?? last?.errors?.[0]?.message ?? "";
      failures.push({ report, name: [...trail, spec.title].join(" › "), where: `${spec.file}:${spec.line}`, message });
    }
  }
  for (const s of suite.suites ?? [])
    playwrightFailures(s, s.file && !trail.length ? [s.file] : [...trail, s.title], report);
}

for (const f of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
  const r = JSON.parse(readFileSync(`${dir}/${f}`, "utf8"));
  if (r.stats && "expected" in r.stats) {
    // Playwright: expected = passed, unexpected = failed, flaky = passed on retry.
    passed += r.stats.expected + (r.stats.flaky ?? 0);
    failed += r.stats.unexpected;
    skipped += r.stats.skipped;
    for (const s of r.suites ?? []) playwrightFailures(s, [], f);
    // Errors outside any test (the global teardown's check of the server's log, say) fail the run too.
    for (const e of r.errors ?? []) {
      failed += 1;
      failures.push({ report: f, name: "(outside any test)", where: "playwright", message: e.message ?? "" });
    }
  } else {
    // Vitest (Jest-compatible JSON).
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    if (r.success === false && !r.numFailedTests) failed += 1; // a suite that crashed before its tests
    for (const file of r.testResults ?? []) {
      const where = file.name?.replace(process.cwd() + "/", "") ?? "?";
      const bad = (file.assertionResults ?? []).filter((a) => a.status === "failed");
      for (const a of bad)
        failures.push({ report: f, name: a.fullName ?? a.title, where, message: a.failureMessages?.[0] ?? "" });
      if (file.status === "failed" && !bad.length)
        failures.push({ report: f, name: "(the file failed before its tests)", where, message: file.message ?? "" });
    }
  }
}

/** Terminal colour codes, which the runners leave in their messages. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");
if (failures.length) {
  console.log("\nFailed:");
  for (const x of failures) {
    const first = x.message.replace(ANSI, "").split("\n").filter(Boolean).slice(0, 6).join("\n      ");
    console.log(`  ✘ [${x.report.replace(/\.json$/, "")}] ${x.where} › ${x.name}${first ? `\n      ${first}` : ""}`);
  }
}
console.log(`\nTotal: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
if (passed === 0 || failed > 0 || skipped > 0) process.exit(1);
