// The npm package (www/pkg) as a developer installs it: `npm install path/to/www/pkg`, then
// `import … from 'abridge'` in Node, with no browser.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './server.mjs';

test('the installed package says when it is used before its engine is loaded, then works', () => {
  const project = mkdtempSync(join(tmpdir(), 'abridge-package-'));
  try {
    writeFileSync(join(project, 'package.json'), '{ "name": "uses-abridge", "private": true }\n');
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', join(repoRoot, 'www', 'pkg')], {
      cwd: project,
    });
    const script = `
      import { readFileSync } from 'node:fs';
      import { createRequire } from 'node:module';
      import init, { initSync, summarize, sentences, languages, version } from 'abridge';
      const early = [() => summarize('One. Two.'), () => sentences('One. Two.'), languages, version]
        .map((f) => { try { f(); return 'no error'; } catch (e) { return e instanceof Error && e.message; } });
      // Node's fetch cannot read the file: init() says what to call instead.
      const fetched = await init().then(() => 'loaded', (e) => e.message);
      const wasm = createRequire(import.meta.url).resolve('abridge/abridge_bg.wasm');
      initSync({ module: readFileSync(wasm) });
      const summary = summarize('The bridge opens in May, the council said. "It connects us," Mayor Ana Ruiz said.');
      console.log(JSON.stringify({ early, fetched, quotes: summary.quotes.map((q) => q.speaker), version: version() }));
    `;
    const out = JSON.parse(execFileSync('node', ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' }));
    const inNode = "call initSync({ module: readFileSync(fileURLToPath(import.meta.resolve('abridge/abridge_bg.wasm'))) })";
    const notLoaded = 'the Abridge engine is not loaded yet: await init() (the default export) or '
      + `call initSync() first (in Node, ${inNode})`;
    assert.deepEqual(out.early, [notLoaded, notLoaded, notLoaded, notLoaded]);
    assert.equal(out.fetched, `the Abridge engine cannot be fetched in Node: ${inNode}`);
    assert.deepEqual(out.quotes, ['Ana Ruiz']);
    assert.match(out.version, /^\d+\.\d+\.\d+$/);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
