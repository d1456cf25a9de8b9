// Talks to the engine's worker: only the newest request matters.
//
// A request that arrives while a short job runs waits for it (replacing any older waiting
// request); one that arrives while a long job runs ends that job by terminating its worker
// and handing the work to a spare worker that is already warm. The engine is compiled once
// here and given to each worker, so a restart fetches nothing new.

/** A job counts as long, and is worth killing, past this many characters or milliseconds. */
const LONG_CHARS = 200_000;
const LONG_MS = 150;
/** A text goes to the worker in parts of this many characters, a few milliseconds each. */
const PART_CHARS = 1 << 20;

export class Superseded extends Error {
  constructor() {
    super('superseded by a newer request');
  }
}

export class Summarizer {
  #module;
  #worker = null;
  #spare = null;
  #workerTextId = -1;
  #job = null; // {id, text, textId, options, resolve, reject, started}
  #waiting = null;
  #nextId = 1;
  #warmUpText = null;

  constructor(module) {
    this.#module = module;
    this.#worker = this.#spawn();
    this.#spare = this.#spawn();
  }

  static async load(wasmUrl) {
    const response = await fetch(wasmUrl);
    if (!response.ok) throw new Error(`the engine could not be loaded (${response.status})`);
    let module;
    try {
      module = await WebAssembly.compileStreaming(response.clone());
    } catch {
      // Servers that do not send application/wasm: compile from the bytes instead.
      module = await WebAssembly.compile(await response.arrayBuffer());
    }
    return new Summarizer(module);
  }

  #spawn() {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    worker.postMessage({ type: 'init', module: this.#module });
    if (this.#warmUpText) worker.postMessage({ type: 'warm-up', text: this.#warmUpText });
    worker.onmessage = ({ data }) => this.#receive(worker, data);
    worker.onerror = (e) => {
      e.preventDefault();
      this.#receive(worker, { type: 'error', id: this.#job?.id ?? -1, message: e.message || 'the engine failed to load' });
    };
    return worker;
  }

  /**
   * Has each worker, and each started later, summarize `text`, a real article, once it has
   * warmed up on its own texts: its names, numbers and quotations run code they do not.
   */
  warmUp(text) {
    this.#warmUpText = text;
    for (const worker of [this.#worker, this.#spare]) worker?.postMessage({ type: 'warm-up', text });
  }

  /** The languages the engine has data for: [{code, name}]. */
  languages() {
    return new Promise((resolve) => {
      const worker = this.#spare ?? this.#worker;
      const id = this.#nextId++;
      const listen = ({ data }) => {
        if (data.type === 'languages' && data.id === id) {
          worker.removeEventListener('message', listen);
          resolve(data.languages);
        }
      };
      worker.addEventListener('message', listen);
      worker.postMessage({ type: 'languages', id });
    });
  }

  /**
   * Summarizes `text` (identified by `textId`, which changes whenever the text does).
   * Resolves to `{result, ms}`, or rejects with `Superseded` when a newer request wins.
   */
  run(text, textId, options) {
    return new Promise((resolve, reject) => {
      const request = { id: this.#nextId++, text, textId, options, resolve, reject };
      if (!this.#job) {
        this.#start(request);
      } else if (this.#isLong(this.#job)) {
        this.#job.reject(new Superseded());
        this.#restart();
        this.#start(request);
      } else {
        this.#waiting?.reject(new Superseded());
        this.#waiting = request;
      }
    });
  }

  #isLong(job) {
    return job.text.length > LONG_CHARS || performance.now() - job.started > LONG_MS;
  }

  #restart() {
    this.#worker.terminate();
    this.#worker = this.#spare ?? this.#spawn();
    this.#spare = null;
    this.#workerTextId = -1;
    // Warm the next spare once this thread is idle, so that a restart never waits for one.
    setTimeout(() => { this.#spare ??= this.#spawn(); }, 0);
  }

  #start(job) {
    job.started = performance.now();
    this.#job = job;
    const worker = this.#worker;
    const run = () => worker.postMessage({ type: 'run', id: job.id, textId: job.textId, options: job.options });
    if (this.#workerTextId === job.textId) {
      run();
      return;
    }
    this.#workerTextId = job.textId;
    // Copying a long text to the worker takes the page's thread a while: a part at a time,
    // with the page free to respond between parts.
    const parts = Math.max(1, Math.ceil(job.text.length / PART_CHARS));
    const send = (index) => {
      if (this.#worker !== worker) return; // the worker was replaced: so was this job
      const part = job.text.slice(index * PART_CHARS, (index + 1) * PART_CHARS);
      worker.postMessage({ type: 'text', textId: job.textId, index, parts, part });
      if (index + 1 < parts) setTimeout(() => send(index + 1), 0);
      else run();
    };
    send(0);
  }

  #receive(worker, data) {
    // id -1: the worker itself failed, which ends whatever it was doing.
    if (worker !== this.#worker || !this.#job || (data.id !== this.#job.id && data.id !== -1)) return;
    if (data.type !== 'result' && data.type !== 'error') return;
    const job = this.#job;
    this.#job = null;
    if (data.type === 'result') job.resolve({ result: data.result, ms: data.ms });
    else job.reject(new Error(data.message));
    const next = this.#waiting;
    this.#waiting = null;
    if (next) this.#start(next);
  }
}
