// Bundle the server's worker threads into plain ES modules Node can start without a TypeScript
// loader or Next's bundler: lib/server/workers/import-worker.ts → generated/workers/import-worker.mjs.
// Run by `npm run build` before `next build`, by scripts/setup.mjs and scripts/test-all.sh, and on
// demand by the worker pool when the bundle is missing (a fresh clone, `next dev`, the tests).
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const WORKERS = { "import-worker": "lib/server/workers/import-worker.ts" };

/** "server-only" throws outside React's server build; a worker thread is server code, so it is a no-op here. */
const serverOnlyStub = {
  name: "server-only-stub",
  setup(b) {
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "stub" }));
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export {}", loader: "js" }));
  },
};

export async function buildWorkers({ quiet = false } = {}) {
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(WORKERS).map(([name, file]) => [name, path.join(root, file)])),
    outdir: path.join(root, "generated/workers"),
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: path.join(root, "tsconfig.json"),
    plugins: [serverOnlyStub],
    // CommonJS dependencies bundled into ESM still call require(): give them one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    sourcemap: "linked",
    logLevel: quiet ? "error" : "info",
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWorkers();
}
