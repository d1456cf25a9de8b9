// The npm package's entry (`import … from 'abridge'`, www/pkg/index.js): the functions of
// the module wasm-bindgen writes (abridge.js), except that one called before the engine is
// loaded throws an Error that says so, where wasm-bindgen's would throw "Cannot read
// properties of undefined". scripts/build copies it, with index.d.ts, into the package.

import init, * as engine from './abridge.js';

let loaded = false;

const IN_NODE = 'call initSync({ module: readFileSync(fileURLToPath(import.meta.resolve('
  + '\'abridge/abridge_bg.wasm\'))) })';

/** Loads the engine: fetches abridge_bg.wasm next to this file, or what `input` names. */
export default async function load(input) {
  let output;
  try {
    output = await init(input);
  } catch (error) {
    // Node's fetch cannot read the file beside this one.
    if (input === undefined && globalThis.process?.versions?.node) {
      throw new Error(`the Abridge engine cannot be fetched in Node: ${IN_NODE}`, { cause: error });
    }
    throw error;
  }
  loaded = true;
  return output;
}

/** Loads the engine from its bytes or a compiled module (in Node, `readFileSync`). */
export function initSync(input) {
  const output = engine.initSync(input);
  loaded = true;
  return output;
}

function loadedEngine() {
  if (!loaded) {
    throw new Error('the Abridge engine is not loaded yet: await init() (the default export) '
      + `or call initSync() first (in Node, ${IN_NODE})`);
  }
  return engine;
}

export function summarize(text, options) {
  return loadedEngine().summarize(text, options);
}

export function sentences(text, language) {
  return loadedEngine().sentences(text, language);
}

export function languages() {
  return loadedEngine().languages();
}

export function version() {
  return loadedEngine().version();
}
