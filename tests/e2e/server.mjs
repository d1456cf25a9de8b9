// Shared by the browser tests: a static server for the page as scripts/build writes it
// (dist/) on an ephemeral port, Chromium through playwright-core, and a folder for screenshots.
//
//   import { startServer, launchBrowser, outputDir } from './server.mjs';
//   const server = await startServer();          // { url, root, close }
//   const browser = await launchBrowser();
//   const page = await browser.newPage();
//   await page.goto(server.url + 'index.html');
//   await page.screenshot({ path: outputDir('page') + '/start.png' });

import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/** The repository's root folder. */
export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The folder the page is served from: www/ as scripts/build writes it, modules minified. */
export const wwwRoot = join(repoRoot, 'dist');

/** The types the page's files are served with, as scripts/serve.py serves them. */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` (dist/ by default) on 127.0.0.1 on a free port.
 * `extra` maps URL paths ('/fixture.html') to file paths outside the root, for test pages;
 * `headers` are sent with every file.
 * Resolves to { url, root, close }, where url ends with '/'.
 */
export async function startServer({ root = wwwRoot, extra = {}, headers = {} } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const mapped = Object.hasOwn(extra, path);
    let file = mapped ? extra[path] : join(root, normalize(path));
    if (!mapped && file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...headers,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end(`not found: ${path}`);
    }
  });
  await new Promise((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    root,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

/** The flags Chromium needs here: root, no GPU, and no network but localhost. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Debian's headless Chromium. Close it with `await browser.close()`. */
export function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    ...options,
  });
}

/** A folder under test-output/ for this test's screenshots and logs, created if missing. */
export function outputDir(name) {
  const dir = join(repoRoot, 'test-output', name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * The faces of the fonts that the visible text inside `selector` is drawn in, as
 * "size weight style" (and the family, with `family`), sorted: the element's shadow root when
 * it has one, and any shadow roots inside, are looked into. Each face new to a page costs the
 * browser a font lookup when it is first drawn (on Linux, a call to the browser process that
 * the page waits for).
 */
export function facesIn(page, selector, { family = false } = {}) {
  return page.evaluate(([selector, family]) => {
    const faces = new Set();
    const visit = (root) => {
      const nodes = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = nodes.currentNode; node; node = nodes.nextNode()) {
        if (node.shadowRoot) visit(node.shadowRoot);
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent.trim()) continue;
        if (!node.parentElement.checkVisibility()) continue;
        const style = getComputedStyle(node.parentElement);
        const face = `${style.fontSize} ${style.fontWeight} ${style.fontStyle}`;
        faces.add(family ? `${face} ${style.fontFamily}` : face);
      }
    };
    const element = document.querySelector(selector);
    visit(element.shadowRoot ?? element);
    return [...faces].sort();
  }, [selector, family]);
}
