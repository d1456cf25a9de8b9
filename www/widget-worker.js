// The engine of <abridge-summary> (abridge-widget.js), off the host page's thread: the first
// summary on a page compiles the engine's functions and builds its tables, 60 to 90 ms on a
// news article, and a long read takes a millisecond a thousand characters.
//
// Messages out: {type: 'ready'} once the engine has loaded, or {type: 'failed', message}
// Messages in:  {id, text, options}, answered by {id, summary} or {id, error}

import init, { summarize } from './pkg/abridge.js';

init({ module_or_path: new URL('./pkg/abridge_bg.wasm', import.meta.url) }).then(
  () => self.postMessage({ type: 'ready' }),
  (error) => self.postMessage({ type: 'failed', message: String(error?.message ?? error) }),
);

self.onmessage = ({ data: { id, text, options } }) => {
  try {
    self.postMessage({ id, summary: summarize(text, options) });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};
