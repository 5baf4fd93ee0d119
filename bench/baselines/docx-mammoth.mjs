// Baseline for the Word import: mammoth (a widely used .docx reader) converts the same file to
// HTML, reading every paragraph, run and style as Clash's reader does, but storing nothing. Plain
// JS: mammoth lives in bench/node_modules. Prints `RESULT {"ms": [...]}`.
// Usage: node bench/baselines/docx-mammoth.mjs <file.docx> <runs>
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import mammoth from "mammoth";

const [file, runs] = process.argv.slice(2);
const buffer = readFileSync(file);
const ms = [];
for (let i = 0; i < Number(runs); i++) {
  const t = performance.now();
  const { value } = await mammoth.convertToHtml({ buffer });
  if (!value.includes("<h4>")) throw new Error("mammoth read no tags");
  ms.push(performance.now() - t);
}
console.log(`RESULT ${JSON.stringify({ ms })}`);
