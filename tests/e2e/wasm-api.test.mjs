// The wasm package as the page uses it: imported from www/pkg/abridge.js in Chromium, called
// with real JS strings. Offsets must slice the JS string, errors must be JS Errors, and the
// generated TypeScript types must describe what the functions return.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, repoRoot, startServer, wwwRoot } from './server.mjs';

const seeds = readdirSync(join(repoRoot, 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(join(repoRoot, 'seeds', name), 'utf8') }));

// Characters outside the BMP (two UTF-16 units), CJK (one unit, three UTF-8 bytes) and a
// ZWJ emoji sequence, in sentences, a quotation and a keyword that repeats.
const MIXED =
  'The festival 🎉 in 東京 drew 40,000 visitors on Monday. ' +
  '"The festival 👨‍👩‍👧 was a joy for every family," organiser Mei Sato said. ' +
  'The festival returns next year.\n' +
  '東京都は月曜日に祭りを開いた。来年も開催する。\n' +
  'Officials praised the 🚇 transport plan for the festival.';

let server;
let browser;
let page;

before(async () => {
  server = await startServer({
    extra: { '/__test__/blank.html': join(repoRoot, 'tests/e2e/fixtures/blank.html') },
  });
  browser = await launchBrowser();
  page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(server.url + '__test__/blank.html');
  await page.evaluate(async () => {
    const abridge = await import('/pkg/abridge.js');
    await abridge.default();
    window.abridge = abridge;
  });
  assert.deepEqual(errors, []);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Calls `abridge[name](...args)` in the page; a thrown error comes back as {error}. */
function call(name, ...args) {
  return page.evaluate(
    ([name, args]) => {
      try {
        return { value: window.abridge[name](...args) };
      } catch (error) {
        return {
          error: {
            isError: error instanceof Error,
            message: String(error?.message),
          },
        };
      }
    },
    [name, args],
  );
}

async function summarize(text, options) {
  const { value, error } = await call('summarize', text, options);
  assert.equal(error, undefined, `summarize failed: ${error?.message}`);
  return value;
}

/** Asserts that each span's start/end slice `text`, a JS string, to the span's own text. */
function assertSlices(text, spans, what) {
  for (const span of spans) {
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), what);
    assert.ok(0 <= span.start && span.start < span.end && span.end <= text.length, what);
    if ('text' in span) assert.equal(text.slice(span.start, span.end), span.text, what);
  }
}

function assertSpansOfSummary(text, summary) {
  assert.ok(summary.sentences.length > 0);
  assertSlices(text, summary.sentences, 'sentence');
  assertSlices(text, summary.quotes, 'quote');
  for (const quote of summary.quotes) {
    if (quote.speakerSpan) {
      assertSlices(text, [quote.speakerSpan], 'speaker');
      assert.ok(
        text.slice(quote.speakerSpan.start, quote.speakerSpan.end).length > 0,
        'speaker span',
      );
    }
  }
  for (const keyword of summary.keywords) assertSlices(text, keyword.spans, 'keyword');
}

describe('summarize in the browser', () => {
  for (const seed of seeds) {
    test(`seed ${seed.name}: three sentences, in order, that slice the text`, async () => {
      const summary = await summarize(seed.text, { sentences: 3 });
      // Seeds after the first name their language (`_fr.txt`); the first is English.
      assert.equal(summary.language, seed.name.match(/_([a-z]{2})\.txt$/)?.[1] ?? 'en');
      assert.ok(summary.sentences.length > 3, `${summary.sentences.length} sentences`);
      assert.equal(summary.selected.length, 3);
      for (let i = 1; i < summary.selected.length; i++) {
        assert.ok(summary.selected[i - 1] < summary.selected[i], 'document order');
      }
      assertSpansOfSummary(seed.text, summary);
      // Sentences follow one another without overlapping.
      for (let i = 1; i < summary.sentences.length; i++) {
        assert.ok(summary.sentences[i - 1].end <= summary.sentences[i].start);
      }
    });
  }

  test('offsets are UTF-16 code units on emoji and CJK text', async () => {
    const summary = await summarize(MIXED, {});
    assertSpansOfSummary(MIXED, summary);
    const last = summary.sentences.at(-1);
    assert.equal(last.end, MIXED.length);
    assert.ok(summary.sentences.some((s) => s.text.includes('東京都')));
    // Code point offsets would be shorter: the emoji really are counted as JS counts them.
    assert.notEqual([...MIXED].length, MIXED.length);
  });

  test('lone surrogates neither throw nor shift the offsets', async () => {
    // The browser's TextEncoder writes each lone surrogate as U+FFFD, also one UTF-16 unit, so
    // offsets into what the engine saw still index the caller's string.
    const text =
      'Hello \uD800 world, a reporter wrote on Monday. Second sentence here about the world. ' +
      '"Quote \uDC00 here about the world," she said. A closing sentence \uDBFF ends it.';
    const wellFormed = text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
    assert.notEqual(wellFormed, text);
    const summary = await summarize(text, {});
    assert.ok(summary.selected.length > 0);
    assertSpansOfSummary(wellFormed, summary);
    assert.equal(summary.sentences.at(-1).end, text.length);
    assert.ok(summary.sentences.some((s) => s.text.includes('Quote \uFFFD here')));
  });

  test('10,000 calls leave the wasm memory flat', async () => {
    // The memory of a wasm instance never shrinks, so a leak shows as growth; after a
    // warm-up, 10,000 more summaries may not take more than one 64 KiB page: leaking even
    // one sentence's text a call would take over a megabyte.
    const [warm, after] = await page.evaluate(async (text) => {
      const memory = (await window.abridge.default()).memory;
      const run = (n) => {
        for (let i = 0; i < n; i += 1) window.abridge.summarize(text, { sentences: 3 });
        return memory.buffer.byteLength;
      };
      return [run(500), run(10_000)];
    }, seeds[0].text);
    assert.ok(after - warm <= 65_536, `wasm memory grew from ${warm} to ${after} bytes`);
  });

  test('a text past 100 MB throws an Error that says what to do, and the engine goes on', async () => {
    const result = await page.evaluate(async () => {
      const memory = (await window.abridge.default()).memory;
      // One of more UTF-16 units than 100 million, and one of fewer but of more UTF-8 bytes.
      const ascii = 'The council met on Monday. '.repeat(Math.ceil(100_000_001 / 27));
      const accented = 'é'.repeat(50_000_001);
      const messages = [];
      const memoryBytes = [];
      for (const big of [ascii, accented]) {
        memoryBytes.push(memory.buffer.byteLength);
        for (const name of ['summarize', 'sentences']) {
          try {
            window.abridge[name](big);
          } catch (error) {
            messages.push(error instanceof Error && error.message);
          }
        }
      }
      memoryBytes.push(memory.buffer.byteLength);
      return {
        messages,
        memoryBytes,
        after: window.abridge.summarize('The vote passed. Everyone cheered.', {}).selected.length,
      };
    });
    const past = 'the text is over 100 MB (as UTF-8): Abridge takes at most 100 MB in a browser; ' +
      'split it into parts, or use the abridge command-line tool';
    assert.deepEqual(result.messages, [past, past, past, past]);
    const [before, afterUnits, afterBytes] = result.memoryBytes;
    // The engine's memory never shrinks: refusing may not copy a text that it cannot take.
    assert.ok(afterUnits - before <= 65_536, `100 million characters grew the memory from ${before} to ${afterUnits} bytes`);
    assert.ok(afterBytes - afterUnits <= 101_000_000, `100 MB grew the memory from ${afterUnits} to ${afterBytes} bytes`);
    assert.equal(result.after, 2);
  });

  test('sentences() gives the same spans as summarize()', async () => {
    const { value: spans } = await call('sentences', MIXED);
    const summary = await summarize(MIXED);
    assertSlices(MIXED, spans, 'sentence');
    assert.deepEqual(
      spans.map(({ start, end }) => [start, end]),
      summary.sentences.map(({ start, end }) => [start, end]),
    );
  });

  test('every length option is honoured', async () => {
    const text = seeds[0].text;
    const count = async (options) => (await summarize(text, options)).selected.length;
    assert.equal(await count({ sentences: 1 }), 1);
    assert.equal(await count({ sentences: 5 }), 5);
    // A budget too small for any sentence still gives one.
    assert.equal(await count({ words: 1 }), 1);
    assert.equal(await count({ chars: 1 }), 1);
    const [fifth, all] = [await count({ ratio: 0.2 }), await count({ ratio: 1 })];
    assert.ok(1 <= fifth && fifth < all, `${fifth} then ${all}`);
    assert.ok((await count({ words: 100 })) < (await count({ words: 300 })));
  });

  const badOptions = [
    [{ sentences: 0 }, /sentences must be at least 1, got 0/],
    [{ sentences: 3, ratio: 0.5 }, /at most one of/],
    [{ ratio: 0 }, /ratio must be/],
    [{ sentencs: 3 }, /unknown field `sentencs`/],
    [{ sentences: -1 }, /invalid options: sentences must be a whole number, 0 or more, got -1/],
    [{ title: 5 }, /invalid options: title must be a string, got 5/],
    [{ sentences: Infinity }, /invalid options: sentences must be a whole number, 0 or more, got Infinity$/],
    [[{ sentences: 1 }], /invalid options: expected an object, got an array/],
    [{ sentences: null, maxKeywords: undefined, sentencs: null }, /unknown field `sentencs`/],
    [{ language: 'german' }, /unknown language "german"/],
    ['three', /invalid options/],
  ];
  for (const [options, message] of badOptions) {
    test(`bad options ${JSON.stringify(options)} throw an Error`, async () => {
      const { value, error } = await call('summarize', seeds[0].text, options);
      assert.equal(value, undefined);
      assert.ok(error.isError, 'an Error instance');
      assert.match(error.message, message);
    });
  }

  test('empty text throws an Error naming the problem', async () => {
    for (const text of ['', ' \n ']) {
      const { error } = await call('summarize', text);
      assert.ok(error.isError);
      assert.match(error.message, /empty/);
    }
  });

  test('languages() lists English first, and each code is one summarize takes', async () => {
    const { value: languages } = await call('languages');
    assert.equal(languages[0].code, 'en');
    assert.ok(languages.length > 1);
    for (const { code } of languages) {
      const { error } = await call('summarize', seeds[0].text, { language: code, sentences: 1 });
      assert.equal(error, undefined, `${code}: ${error?.message}`);
    }
  });

  test('version() is the crate version', async () => {
    const cargo = readFileSync(join(repoRoot, 'Cargo.toml'), 'utf8');
    const version = cargo.match(/^version = "([^"]+)"/m)[1];
    assert.equal((await call('version')).value, version);
  });
});

/** Field names of each `export interface` in a .d.ts file, inherited ones included. */
function interfaces(dts) {
  const found = {};
  const pattern = /export interface (\w+)(?: extends (\w+))? \{([^}]*)\}/g;
  for (const [, name, parent, body] of dts.matchAll(pattern)) {
    const own = [...body.matchAll(/^\s*(\w+)\??:/gm)].map((m) => m[1]);
    found[name] = { parent, own };
  }
  const fields = (name) =>
    [...(found[name].parent ? fields(found[name].parent) : []), ...found[name].own].sort();
  return Object.fromEntries(Object.keys(found).map((name) => [name, fields(name)]));
}

describe('the TypeScript types', () => {
  const dts = readFileSync(join(wwwRoot, 'pkg/abridge.d.ts'), 'utf8');
  const types = interfaces(dts);

  test('the functions are typed with the interfaces', () => {
    assert.match(dts, /export function summarize\(text: string, options\?: Options \| null\): Summary;/);
    assert.match(
      dts,
      /export function sentences\(text: string, language\?: string \| null\): SentenceSpan\[\];/,
    );
    assert.match(dts, /export function languages\(\): LanguageInfo\[\];/);
    assert.match(dts, /export function version\(\): string;/);
  });

  test('the interfaces name exactly the fields the objects have', async () => {
    const text = seeds[0].text;
    const summary = await summarize(text);
    const keys = (object) => Object.keys(object).sort();
    assert.deepEqual(keys(summary), types.Summary);
    assert.deepEqual(keys(summary.sentences[0]), types.Sentence);
    assert.deepEqual(keys(summary.sentences[0].score), types.Score);
    assert.ok(summary.keywords.length > 0);
    assert.deepEqual(keys(summary.keywords[0]), types.Keyword);
    assert.deepEqual(keys(summary.keywords[0].spans[0]), types.Span);
    for (const quote of summary.quotes) assert.deepEqual(keys(quote), types.Quote);
    const { value: spans } = await call('sentences', text);
    assert.deepEqual(keys(spans[0]), types.SentenceSpan);
    const { value: languages } = await call('languages');
    for (const language of languages) assert.deepEqual(keys(language), types.LanguageInfo);
  });

  test('the options interface lists every option the engine accepts', async () => {
    // Every documented option must be accepted...
    for (const name of types.Options) {
      const value = ['title', 'language'].includes(name) ? 'en' : 1;
      const { error } = await call('summarize', seeds[0].text, { [name]: value });
      assert.equal(error, undefined, `${name}: ${error?.message}`);
    }
    // ...and the engine's own list of fields (in its unknown-field error) must be documented.
    const { error } = await call('summarize', seeds[0].text, { notAnOption: 1 });
    const accepted = [...error.message.matchAll(/`(\w+)`/g)].map((m) => m[1]).slice(1);
    assert.deepEqual(accepted.sort(), types.Options);
  });
});

describe('scripts/serve.py', () => {
  test('serves wasm and modules with their MIME types and no caching', async () => {
    const child = spawn('python3', [join(repoRoot, 'scripts/serve.py'), '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const url = await new Promise((resolveUrl, reject) => {
        child.stdout.on('data', (chunk) => {
          const found = String(chunk).match(/http:\/\/localhost:\d+\//);
          if (found) resolveUrl(found[0].replace('localhost', '127.0.0.1'));
        });
        child.on('exit', (code) => reject(new Error(`serve.py exited with ${code}`)));
      });
      for (const [path, type] of [
        ['pkg/abridge_bg.wasm', 'application/wasm'],
        ['pkg/abridge.js', 'text/javascript'],
      ]) {
        const response = await fetch(url + path);
        assert.equal(response.status, 200, path);
        assert.equal(response.headers.get('content-type'), type, path);
        assert.equal(response.headers.get('cache-control'), 'no-store', path);
        await response.arrayBuffer();
      }
      assert.equal((await fetch(url + 'no-such-file.js')).status, 404);
    } finally {
      child.kill();
    }
  });
});
