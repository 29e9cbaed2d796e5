// Runs every snippet on Pyodide (CPython 3.14 compiled to WebAssembly) under Node, as the page's 运行 button
// does in a browser, and records in snippets/<page>/pyodide.json which snippets run there and what they print.
//
//   node _ext/pyodide_runs.mjs --update [paths...]   rewrite the records (`make snippets` does this)
//   node _ext/pyodide_runs.mjs --check [paths...]    exit 1 if a record is not what a run gives now
//   node _ext/pyodide_runs.mjs --report FILE ...      with --check: also write what differs, as JSON
//
// paths: snippets/, snippets/<page>/ or snippets/<page>/<name>.py (default: snippets/). Each snippet runs in
// a fresh interpreter (a Node worker thread restored from a memory snapshot of one that has just started),
// with conftest.py's environment, in /tmp/work, the script in /path/to/ beside the other scripts of its page.
// A snippet that fails there, or that tries what a browser cannot do, is recorded as not runnable, with the
// reason in one short line taken from the failure; one that runs is recorded with its output where that
// differs from the CPython output in its .out file.
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { recorded, start } from "./browser_run_static/browser-run-worker.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const HARNESS = readFileSync(path.join(HERE, "browser_run_static", "harness.py"), "utf8");
const RECORD = "pyodide.json";

// `# snippet: key=value` lines, as _ext/snippet.py reads them
export function readOptions(source) {
  const options = { unordered: false, vary: [], timeout: 10, exit: 0 };
  for (const line of source.split("\n")) {
    const found = line.match(/^\s*#\s*snippet:\s*(\w+)\s*(?:=\s*(.*?))?\s*$/);
    if (!found) continue;
    const [, key, value] = found;
    if (key === "unordered") options.unordered = true;
    else if (key === "vary") options.vary.push(value);
    else if (key === "timeout") options.timeout = Number(value);
    else if (key === "exit") options.exit = Number(value);
  }
  return options;
}

// What a browser lacks, recognised in a failed run: the error a traceback ends with, and the traceback itself
// (the modules it passed through, the line that failed). The first that matches gives the line the page shows.
const LACKS = [
  [(error) => /No module named '(?:gevent|greenlet)'/.test(error), "需要 gevent"],
  [(error) => /No module named '_(?:multiprocessing|posixshmem)'|lacks multiprocessing/.test(error), "需要多进程"],
  [(error, tb) => /does not support processes|Function not implemented/.test(error) && /\/multiprocessing\/|concurrent\/futures\/process/.test(tb), "需要多进程"],
  [(error) => /does not support processes/.test(error), "需要子进程"],
  [(error, tb) => /Function not implemented/.test(error) && /fork/.test(tb), "需要 fork"],
  [(error) => /can't start new thread|module '_?thread(?:ing)?' has no attribute/.test(error), "需要线程"],
  [(error, tb) => /socket|select/.test(error) || /\/(?:socket|selectors|socketserver|ssl)\.py"/.test(tb), "需要网络套接字"],
  [(error, tb) => /signal|SIG[A-Z]+/.test(error) || /\/signal\.py"/.test(tb), "需要信号"],
  [(error) => /module 'os' has no attribute '\w+'/.test(error), (error) => {
    const name = error.match(/module 'os' has no attribute '(\w+)'/)[1];
    return name.startsWith("fork") ? "需要 fork" : `需要 os.${name}`;
  }],
  [(error) => /unknown symbol "\w+"/.test(error), (error) => `需要 C 库函数 ${error.match(/unknown symbol "(\w+)"/)[1]}`],
  [(error) => /Function not implemented/.test(error), "需要 WebAssembly 没有的系统调用"],
];

/** Each traceback of an output: its text and the error line it ends with. */
function tracebacks(output) {
  const found = [];
  let current = null;
  for (const line of output.split("\n")) {
    if (line.startsWith("Traceback (most recent call last)")) current = [line];
    else if (current && /^\s/.test(line)) current.push(line);
    else if (current) { found.push({ text: [...current, line].join("\n"), error: line }); current = null; }
  }
  return found;
}
const lastLine = (output) => output.trimEnd().split("\n").filter((line) => !line.startsWith("[exit status")).pop() ?? "";

/** Why a run failed for want of what a browser has not, or null if it did not. */
export function lacking(output, expected) {
  for (const { text, error } of tracebacks(output)) {
    if (expected.includes(error)) continue; // the page teaches this very error
    const rule = LACKS.find(([matches]) => matches(error, text));
    if (rule) return { why: typeof rule[1] === "function" ? rule[1](error) : rule[1], error };
  }
  return null;
}

function snippetsUnder(paths) {
  const found = [];
  for (const given of paths.length ? paths : ["snippets"]) {
    const full = path.resolve(given);
    if (statSync(full).isDirectory()) {
      const pages = path.basename(path.dirname(full)) === "snippets" ? [full] : readdirSync(full).map((d) => path.join(full, d));
      for (const page of pages.filter((p) => statSync(p).isDirectory()).sort())
        for (const file of readdirSync(page).filter((f) => f.endsWith(".py")).sort()) found.push(path.join(page, file));
    } else found.push(full);
  }
  return found;
}

class Runner {
  // a worker thread that runs snippets one at a time; replaced when a snippet overruns its time
  constructor(snapshot) { this.snapshot = snapshot; this.worker = null; }

  run(script) {
    const page = path.dirname(script);
    const files = Object.fromEntries(readdirSync(page).filter((f) => f.endsWith(".py")).map((f) => [f, readFileSync(path.join(page, f), "utf8")]));
    const name = path.basename(script);
    const options = readOptions(files[name]);
    const outFile = script.replace(/\.py$/, ".out");
    const expected = existsSync(outFile) ? readFileSync(outFile, "utf8") : "";
    this.worker ??= new Worker(fileURLToPath(import.meta.url), { workerData: { snapshot: this.snapshot } });
    const worker = this.worker;
    return new Promise((resolve) => {
      const finish = (result, broken) => {
        clearTimeout(timer);
        worker.removeAllListeners("message").removeAllListeners("error");
        if (broken) { worker.terminate(); this.worker = null; }
        resolve({ ...result, options, expected });
      };
      // WebAssembly is slower than CPython: three times the time the snippet may take there
      const timer = setTimeout(() => finish({ timedOut: true, output: "" }, true), options.timeout * 3000);
      worker.on("message", (message) => finish(message, false));
      worker.on("error", (error) => finish({ output: `${error?.stack ?? error}\n`, status: -1, comparison: { same: false } }, true));
      worker.postMessage({ files, name, expected, options });
    });
  }

  close() { this.worker?.terminate(); }
}

function entry(result) {
  // Not runnable: it overran its time, or it failed for want of something a browser lacks. Runnable otherwise;
  // where its output differs from CPython's (3.14, 32-bit WebAssembly), that output and the difference are recorded.
  const { output, comparison, timedOut, expected } = result;
  const found = timedOut ? { why: "在 WebAssembly 里没有按时结束", error: lastLine(output) } : comparison.same ? null : lacking(output, expected);
  if (found) return { runs: false, reason: found.why, error: found.error };
  return comparison.same ? { runs: true } : { runs: true, output, diff: comparison.diff };
}

async function main(args) {
  const mode = args.includes("--check") ? "check" : args.includes("--update") ? "update" : null;
  const reportAt = args.indexOf("--report");
  const report = reportAt >= 0 ? args[reportAt + 1] : null;
  const paths = args.filter((a, i) => !a.startsWith("--") && !(reportAt >= 0 && i === reportAt + 1));
  if (!mode) { console.error("usage: node _ext/pyodide_runs.mjs --update|--check [--report FILE] [paths...]"); process.exit(2); }
  const scripts = snippetsUnder(paths);
  const { loadPyodide, version } = await import("pyodide");
  const first = await loadPyodide({ _makeSnapshot: true, env: (await import("./browser_run_static/browser-run-worker.mjs")).ENV });
  const snapshot = first.makeMemorySnapshot();
  const results = new Map();
  const queue = [...scripts];
  const parallel = Math.max(1, Math.min(2, availableParallelism()));
  await Promise.all(Array.from({ length: parallel }, async () => {
    const runner = new Runner(snapshot);
    while (queue.length) { const script = queue.shift(); results.set(script, entry(await runner.run(script))); }
    runner.close();
  }));
  const byPage = new Map();
  for (const script of scripts) {
    const page = path.dirname(script);
    if (!byPage.has(page)) byPage.set(page, {});
    byPage.get(page)[path.basename(script)] = results.get(script);
  }
  // Two records agree when they differ at most in memory addresses: 3.14 prints some objects' repr
  // (`<function f at 0x16ac080>`) where CPython 3.13 prints none, and an address changes from run to run.
  const sameRecord = (a, b) =>
    JSON.stringify(a ?? null).replace(/0x[0-9a-f]+/g, "0x…") === JSON.stringify(b ?? null).replace(/0x[0-9a-f]+/g, "0x…");
  const stale = [];
  for (const [page, entries] of byPage) {
    const file = path.join(page, RECORD);
    const old = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : { snippets: {} };
    const scriptsNow = new Set(readdirSync(page).filter((f) => f.endsWith(".py")));
    const merged = { pyodide: version, snippets: {} };
    for (const name of [...scriptsNow].sort()) merged.snippets[name] = entries[name] ?? old.snippets?.[name];
    const rel = path.relative(process.cwd(), file);
    if (mode === "update") {
      const text = JSON.stringify(merged, null, 1) + "\n";
      if (!existsSync(file) || readFileSync(file, "utf8") !== text) { writeFileSync(file, text); console.log(`rewrote ${rel}`); }
    } else {
      for (const name of Object.keys(entries)) {
        if (!sameRecord(old.snippets?.[name], entries[name]))
          stale.push({ snippet: path.join(path.relative(process.cwd(), page), name), recorded: old.snippets?.[name] ?? null, now: entries[name] });
      }
      if (old.pyodide !== version) stale.push({ snippet: rel, recorded: old.pyodide ?? null, now: version });
    }
  }
  const runnable = [...results.values()].filter((r) => r.runs).length;
  console.log(`${runnable} of ${scripts.length} snippets run on Pyodide ${version}`);
  if (report) writeFileSync(report, JSON.stringify(stale, null, 1));
  if (stale.length) {
    for (const { snippet } of stale) console.error(`${snippet}: the Pyodide record is not what a run gives now`);
    console.error("Rewrite the records with `make snippets ONLY=...` (or `make snippets-browser ONLY=...`) and review git diff.");
    process.exit(1);
  }
  process.exit(0);
}

if (!isMainThread) {
  // a worker thread: one fresh interpreter for each snippet it is given
  const { loadPyodide } = await import("pyodide");
  const { snapshot } = workerData;
  parentPort.on("message", async ({ files, name, expected, options }) => {
    let output = "";
    const session = await start(loadPyodide, HARNESS, (text) => { output += text; }, { _loadSnapshot: snapshot });
    const status = session.run(files, name);
    const actual = recorded(output, status);
    parentPort.postMessage({ output: actual, status, comparison: session.compare(expected, actual, options) });
  });
} else {
  await main(process.argv.slice(2));
}
