/* 运行 / 编辑 under the examples that run in a browser (_ext/browser_run.py). Nothing is fetched until 运行
   is pressed; then a Web Worker loads Pyodide (CPython compiled to WebAssembly) from this site and runs the
   example in a fresh interpreter. Each run gets a new worker; a spare one is loaded after a run. */
(() => {
  "use strict";
  for (const line of document.querySelectorAll("p.snippet-run-why[data-why]")) {
    line.textContent = `不能在浏览器里运行：${line.dataset.why}`;
    line.hidden = false;
  }
  const bars = document.querySelectorAll("div.snippet-run[data-script]");
  if (!bars.length || !window.Worker) return;
  const root = new URL(document.documentElement.dataset.content_root || "./", location.href);
  const asset = (name) => new URL(`_static/browser-run/${name}`, root).href;
  const sources = new Map(); // file name -> promise of its text (the page's download links)
  let spare = null;

  const element = (tag, props = {}, ...children) => {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children);
    return node;
  };

  function newWorker() {
    const worker = new Worker(asset("browser-run-worker.mjs"), { type: "module" });
    worker.listeners = new Set();
    worker.received = 0; // bytes of the interpreter's files fetched so far
    worker.isReady = false;
    worker.ready = new Promise((resolve, reject) => {
      worker.onmessage = ({ data }) => {
        if (data.type === "bytes") worker.received += data.count;
        if (data.type === "ready") { worker.isReady = true; resolve(); }
        if (data.type === "failed") reject(new Error(data.text));
        worker.listeners.forEach((listener) => listener(data));
      };
      worker.onerror = (event) => reject(new Error(event.message || "worker error"));
    });
    worker.ready.catch(() => {});
    return worker;
  }

  function source(name) {
    if (!sources.has(name)) {
      const link = [...document.querySelectorAll("div.snippet a.download")].find((a) => a.pathname.endsWith(`/${name}`));
      sources.set(name, link ? fetch(link.href).then((r) => (r.ok ? r.text() : Promise.reject(new Error(r.statusText)))) : Promise.reject(new Error(name)));
    }
    return sources.get(name);
  }

  async function pageFiles() {
    const names = new Set([...document.querySelectorAll("div.snippet a.download")].map((a) => decodeURIComponent(a.pathname.split("/").pop())).filter((n) => n.endsWith(".py")));
    const texts = await Promise.all([...names].map((name) => source(name).catch(() => null)));
    return Object.fromEntries([...names].map((name, i) => [name, texts[i]]).filter(([, text]) => text !== null));
  }

  // The edited region put back into the whole script, so line numbers and the rest of the script stay as they are.
  function withEdit(full, edited, bar) {
    const region = bar.dataset.region;
    if (!region) return edited;
    const lines = full.split("\n");
    const marker = (edge) => lines.findIndex((line) => line.trim().replace(/\s+/g, "") === `#[${edge}-${region}]`);
    const start = marker("start"), end = marker("end");
    if (start < 0 || end < start) return edited;
    const pad = " ".repeat(Number(bar.dataset.indent || 0));
    const body = edited.split("\n").map((line) => (line.trim() ? pad + line : line));
    return [...lines.slice(0, start + 1), ...body, ...lines.slice(end)].join("\n");
  }

  function setUp(bar) {
    const snippet = bar.closest("div.snippet");
    const codeBlock = snippet.querySelector("div.snippet-code div.highlight");
    const shown = codeBlock.querySelector("pre").textContent.replace(/\n$/, "");
    const outputPre = snippet.querySelector("div.snippet-output pre");
    const options = JSON.parse(bar.dataset.options || "{}");
    const name = bar.dataset.script;
    const button = (label, hidden = false) => element("button", { type: "button", textContent: label, hidden, className: "snippet-run-button" });
    const run = button("运行"), edit = button("编辑"), stop = button("停止", true), reset = button("还原", true);
    run.classList.add("primary");
    const status = element("span", { className: "snippet-run-status" });
    status.setAttribute("role", "status");
    bar.append(element("div", { className: "snippet-run-tools" }, run, edit, stop, reset, status));
    const progress = element("progress", { className: "snippet-run-progress", hidden: true, max: Number(bar.dataset.bytes) || 1 });
    const output = element("pre", { className: "snippet-run-output", tabIndex: 0 });
    output.setAttribute("aria-label", "浏览器里运行的输出");
    const verdict = element("div", { className: "snippet-run-verdict" });
    const result = element("div", { className: "snippet-run-result", hidden: true }, progress, output, verdict);
    bar.append(result);
    let editor = null, worker = null, timer = null, progressTimer = null;

    const finish = (message, state = "stopped") => {
      result.dataset.state = state;
      clearTimeout(timer);
      clearInterval(progressTimer);
      progress.hidden = true;
      if (worker) worker.terminate();
      worker = null;
      stop.hidden = true;
      run.disabled = false;
      if (message !== undefined) status.textContent = message;
      spare ??= newWorker(); // the next run starts from a fresh interpreter, already loaded
    };

    async function start() {
      run.disabled = true;
      stop.hidden = false;
      result.hidden = false;
      output.textContent = "";
      delete result.dataset.exitStatus;
      result.dataset.state = "loading";
      verdict.textContent = "";
      verdict.className = "snippet-run-verdict";
      const edited = editor && editor.value !== shown;
      let files;
      try {
        files = await pageFiles();
        if (!(name in files)) throw new Error(name);
        if (edited) files[name] = withEdit(files[name], editor.value, bar);
      } catch (error) {
        finish(`取不到 ${name}：${error.message}`, "failed");
        return;
      }
      worker = spare ?? newWorker();
      spare = null;
      const mine = worker;
      if (!mine.isReady) {
        status.textContent = `正在载入 Python（第一次约 ${(progress.max / 1e6).toFixed(0)} MB，之后用浏览器缓存）……`;
        progress.hidden = false;
        progress.setAttribute("aria-label", "载入 Python 的进度");
        progressTimer = setInterval(() => { progress.value = Math.min(mine.received, progress.max); }, 200);
      }
      try {
        await mine.ready;
      } catch (error) {
        if (worker === mine) finish(`没能载入 Python：${error.message}`, "failed");
        return;
      }
      if (worker !== mine) return; // stopped while loading
      clearInterval(progressTimer);
      progress.hidden = true;
      status.textContent = "运行中……";
      let text = "", exitStatus = 0;
      const seconds = Number(bar.dataset.timeout) || (options.timeout || 10) * 3;
      mine.listeners.add((data) => {
        if (worker !== mine) return;
        if (data.type === "out") {
          text += data.text;
          output.append(data.text);
        } else if (data.type === "started") {
          result.dataset.state = "running";
          timer = setTimeout(() => finish(`超过 ${seconds} 秒还没有结束，已停止。`, "timeout"), seconds * 1000);
        } else if (data.type === "done") {
          clearTimeout(timer);
          exitStatus = data.status;
          result.dataset.exitStatus = exitStatus;
          const actual = text + (exitStatus ? `${text.endsWith("\n") || !text ? "" : "\n"}[exit status ${exitStatus}]\n` : "");
          const exit = options.exit ? `[exit status ${options.exit}]\n` : "";
          const expected = outputPre.textContent.replace(/\n?$/, "\n") + exit;
          mine.postMessage({ type: "compare", expected, actual, options });
        } else if (data.type === "failed") {
          finish(`解释器出错：${data.text}`, "failed");
        } else if (data.type === "compared") {
          showVerdict(data.result, edited);
          finish(exitStatus ? `运行结束，退出状态 ${exitStatus}。` : "运行结束。", "done");
        }
      });
      mine.postMessage({ type: "run", files, name });
    }

    function showVerdict({ same, diff }, edited) {
      if (same) {
        verdict.classList.add("same");
        verdict.textContent = edited ? "✓ 改过的代码，输出仍与页面上的输出一致" : "✓ 与页面上的输出一致";
        return;
      }
      verdict.classList.add("differs");
      const why = edited
        ? "代码改过了，输出与页面上的不同："
        : `与页面上的输出不同：浏览器里运行的是 CPython ${bar.dataset.python}（WebAssembly），页面上的输出来自 CPython ${bar.dataset.verified}。`;
      const lines = (diff || []).map((line) =>
        element("span", { className: line[0] === "+" ? "add" : line[0] === "-" ? "del" : "hunk", textContent: `${line}\n` }));
      verdict.append(element("p", { textContent: why }), element("pre", { className: "snippet-run-diff", tabIndex: 0 }, ...lines));
    }

    run.addEventListener("click", start);
    stop.addEventListener("click", () => finish("已停止。"));
    edit.addEventListener("click", () => {
      editor = element("textarea", { className: "snippet-run-editor", value: shown, spellcheck: false, rows: Math.min(30, shown.split("\n").length + 1) });
      editor.setAttribute("aria-label", `编辑 ${name}`);
      editor.setAttribute("autocapitalize", "off");
      editor.addEventListener("keydown", (event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !run.disabled) start();
      });
      codeBlock.hidden = true;
      codeBlock.after(editor);
      edit.hidden = true;
      reset.hidden = false;
      status.textContent = "可以修改代码，再按运行（Ctrl+Enter）。";
      editor.focus();
    });
    reset.addEventListener("click", () => {
      if (worker) finish();
      editor?.remove();
      editor = null;
      codeBlock.hidden = false;
      reset.hidden = true;
      edit.hidden = false;
      result.hidden = true;
      status.textContent = "已还原。";
      edit.focus();
    });
  }

  bars.forEach(setUp);
})();
