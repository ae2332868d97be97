// Warm per-query timings for Oxigraph (npm "oxigraph", WebAssembly build), same protocol as
// bench/Graph.Benchmarks/QueryMeasurement.cs: load once, 3 untimed runs, 20 timed, print best and median ms.
//   node bench/peers/oxigraph-queries.mjs DATA.nt QUERY.rq...
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { basename } from "node:path";

const require = createRequire(import.meta.url);
const oxigraph = require("../.peers/node_modules/oxigraph");
const [data, ...queries] = process.argv.slice(2);
const store = new oxigraph.Store();
let start = performance.now();
store.load(readFileSync(data, "utf8"), { format: "application/n-triples" });
console.error(`oxigraph: loaded ${store.size} quads in ${((performance.now() - start) / 1000).toFixed(2)} s`);

for (const path of queries) {
  const text = readFileSync(path, "utf8");
  const times = [];
  let rows = 0;
  for (let i = -3; i < 20; i++) {
    start = performance.now();
    const result = store.query(text);
    // Materialise every solution, as the other harnesses do.
    rows = typeof result === "boolean" ? (result ? 1 : 0) : Array.from(result).length;
    if (i >= 0) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`oxigraph\t${basename(path, ".rq")}\t${times[0].toFixed(2)}\t${times[10].toFixed(2)}\t${rows}`);
}
