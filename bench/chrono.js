// Times chrono-node's date parser on a corpus, for bench/speed.sh:
//
//   node bench/chrono.js [flags] files...
//
//   --chrono DIR  the folder chrono-node was installed into (npm --prefix DIR)
//   --name NAME   the corpus's name, printed first
//   --repeat N    read the files N times over per run (the seeds x64)
//   --runs R      timed runs after one untimed warm-up; the median is printed
//
// Each file is one chrono.parse call (an article is chrono's unit: one call
// on the 1.5 MB of the ECB+ articles joined ran at 0.07 MB/s, its cost
// growing faster than the text). It prints the corpus's name, its bytes,
// the median MB/s of the runs (MB = 10^6 bytes, as go test prints it) and
// the number of dates one run found.
"use strict";
const fs = require("fs");
const path = require("path");

function flags(argv) {
  const o = { chrono: "", name: "corpus", repeat: 1, runs: 6, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--chrono") o.chrono = argv[++i];
    else if (a === "--name") o.name = argv[++i];
    else if (a === "--repeat") o.repeat = Number(argv[++i]);
    else if (a === "--runs") o.runs = Number(argv[++i]);
    else o.files.push(a);
  }
  if (!o.chrono || o.files.length === 0 || !(o.repeat >= 1) || !(o.runs >= 1)) {
    console.error("usage: node chrono.js --chrono DIR [--name N] [--repeat N] [--runs R] files...");
    process.exit(2);
  }
  return o;
}

function main() {
  const o = flags(process.argv.slice(2));
  const chrono = require(path.join(path.resolve(o.chrono), "node_modules", "chrono-node"));
  const texts = [];
  for (let r = 0; r < o.repeat; r++) {
    for (const f of o.files) texts.push(fs.readFileSync(f, "utf8"));
  }
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0);
  const ref = new Date(Date.UTC(2023, 3, 20, 12));
  let found = 0;
  const once = () => {
    found = 0;
    for (const t of texts) found += chrono.parse(t, ref).length;
  };
  once(); // warm-up: compile the patterns, let the JIT settle
  const rates = [];
  for (let r = 0; r < o.runs; r++) {
    const t0 = process.hrtime.bigint();
    once();
    const ns = Number(process.hrtime.bigint() - t0);
    rates.push(bytes / 1e6 / (ns / 1e9));
  }
  rates.sort((a, b) => a - b);
  const m = rates.length;
  const median = m % 2 ? rates[(m - 1) / 2] : (rates[m / 2 - 1] + rates[m / 2]) / 2;
  console.log(`${o.name} ${bytes} ${median.toFixed(2)} ${found}`);
}

main();
