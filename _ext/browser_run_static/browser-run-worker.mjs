// Runs one snippet on Pyodide (CPython compiled to WebAssembly), in a Web Worker of the page or, for the
// recorder (_ext/pyodide_runs.mjs), in a Node worker thread: the same code, so the page shows what was recorded.
// A worker runs one program and is then thrown away: every run starts from a fresh interpreter.

// conftest.py's environment, so hashes, encodings and time zone are the ones the recorded outputs saw
export const ENV = {
  HOME: "/tmp/work", LANG: "C.UTF-8", LC_ALL: "C.UTF-8", TZ: "UTC", PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8",
  PYTHONUTF8: "1", PYTHONUNBUFFERED: "1", PYTHONDONTWRITEBYTECODE: "1", NO_COLOR: "1", PYTHON_COLORS: "0", TERM: "dumb",
};

// conftest.normalise: the interpreter's own paths, written as on any machine (the script is already in /path/to/)
const PATHS = [[/\/lib\/python(\d)(\d+)\.zip\//g, "/usr/lib/python$1.$2/"], [/(?<!\/usr)\/lib\/python(\d\.\d+)\//g, "/usr/lib/python$1/"]];
export const normalise = (text) => PATHS.reduce((t, [pattern, by]) => t.replace(pattern, by), text);

const decoder = new TextDecoder();

/** Load an interpreter; `emit(text)` receives stdout and stderr, in the order they are written. */
export async function start(loadPyodide, harness, emit, options = {}) {
  const py = await loadPyodide({ env: ENV, ...options });
  const write = (buffer) => { emit(normalise(decoder.decode(buffer))); return buffer.length; };
  py.setStdout({ write });
  py.setStderr({ write });
  py.FS.writeFile("/lib/python3.14/site-packages/snippet_harness.py", harness);
  const module = py.pyimport("snippet_harness");
  return {
    /** Write `files` ({name: text}) to /path/to/ and run `name` there; resolves to the exit status. */
    run(files, name) {
      py.FS.mkdirTree("/path/to");
      for (const [file, text] of Object.entries(files)) py.FS.writeFile(`/path/to/${file}`, text);
      return module.run(name);
    },
    compare: (expected, actual, options) => JSON.parse(module.compare(expected, actual, JSON.stringify(options))),
  };
}

/** The text conftest records: the output, then "[exit status N]" if it is not 0. */
export const recorded = (output, status) =>
  output + (status ? `${output.endsWith("\n") || !output ? "" : "\n"}[exit status ${status}]\n` : "");

// -- in the page's Web Worker --------------------------------------------------------------------------------------
if (typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope) {
  const here = (name) => new URL(name, import.meta.url).href;
  const post = (message) => self.postMessage(message);
  // Count the bytes of the interpreter's files as they arrive, for the page's progress bar.
  const fetchFile = self.fetch.bind(self);
  self.fetch = async (input, init) => {
    const response = await fetchFile(input, init);
    if (!response.body) return response;
    const counted = response.body.pipeThrough(new TransformStream({
      transform(chunk, controller) { post({ type: "bytes", count: chunk.byteLength }); controller.enqueue(chunk); },
    }));
    return new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  let ready = (async () => {
    const { loadPyodide } = await import(here("pyodide/pyodide.mjs"));
    const harness = await (await self.fetch(here("harness.py"))).text();
    const session = await start(loadPyodide, harness, (text) => post({ type: "out", text }), { indexURL: here("pyodide/") });
    post({ type: "ready" });
    return session;
  })();
  ready.catch((error) => post({ type: "failed", text: String(error?.message ?? error) }));
  self.onmessage = async ({ data }) => {
    const session = await ready;
    try {
      if (data.type === "run") {
        post({ type: "started" });
        post({ type: "done", status: session.run(data.files, data.name) });
      } else if (data.type === "compare") {
        post({ type: "compared", result: session.compare(data.expected, data.actual, data.options) });
      }
    } catch (error) { // the interpreter itself failed (out of memory, a fatal error): this worker is done
      post({ type: "failed", text: String(error?.message ?? error).split("\n")[0] });
    }
  };
}
