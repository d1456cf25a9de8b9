// The JS peers of the browser benchmark: extractive summarizers from npm, which
// scripts/bench-browser bundles for the browser (esbuild, at bench time, into a temporary
// folder) as a script that sets `abridgePeers` to this module, and serves to www/bench.html
// alone. The page loads it to time the peers next to Abridge; as a worker it times one peer
// on a text too long to wait for.
//
// What a browser cannot run is left out by scripts/bench-browser, and never called here:
// lexrank's summarizePage (downloads a page with `request`, extracts it with `unfluff`) and
// node-summarizer's getSummaryByRank (looks words up in WordNet files on disk, through
// `wordpos` and `fs`). Both peers are timed on their plain-text summaries.
import lexrank from 'lexrank';
import lexrankPackage from 'lexrank/package.json';
import { SummarizerManager } from 'node-summarizer';
import nodeSummarizerPackage from 'node-summarizer/package.json';

/** Sentences asked of each peer: about what Abridge picks for a news article. */
const SENTENCES = 3;

/**
 * Each peer by name, as a function from a text to the number of sentences it picked. A peer
 * that fails throws, so that a broken bundle is reported rather than timed.
 */
export const peers = {
  [`lexrank ${lexrankPackage.version}`]: (text) => {
    let picked;
    // The callback is called before summarize returns: the work is synchronous.
    lexrank.summarize(text, SENTENCES, (error, top) => {
      if (error) throw error;
      picked = top.length;
    });
    return picked;
  },
  [`node-summarizer ${nodeSummarizerPackage.version} (by frequency)`]: (text) => {
    // It catches its own errors and returns them, as the result or as its summary.
    const result = new SummarizerManager(text, SENTENCES).getSummaryByFrequency();
    if (result instanceof Error) throw result;
    if (typeof result.summary !== 'string') throw result.summary;
    return Math.min(SENTENCES, result.sorted_sentences.length);
  },
};

// As a worker: { peer, text } in, the peer's time in milliseconds out.
if (typeof document === 'undefined') {
  self.onmessage = ({ data: { peer, text } }) => {
    const start = performance.now();
    peers[peer](text);
    self.postMessage(performance.now() - start);
  };
}
