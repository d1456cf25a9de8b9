// The <abridge-summary> widget and the bookmarklet in headless Chromium, on host pages written
// for these tests (tests/e2e/fixtures/widget/). Screenshots go to test-output/widget/.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { facesIn, launchBrowser, outputDir, repoRoot, startServer } from './server.mjs';
import { decodeText } from '../../www/share.js';
import { bookmarkletUrl } from '../../www/bookmarklet.js';

const FIXTURES = join(repoRoot, 'tests', 'e2e', 'fixtures', 'widget');
const SHOTS = outputDir('widget');
const README = readFileSync(join(repoRoot, 'README.md'), 'utf8');

let server; // serves www/ and, under /fixtures/, the host pages: the widget's own origin
let foreign; // serves only the host pages, from another origin, as any site would
let browser;

before(async () => {
  const extra = Object.fromEntries(
    readdirSync(FIXTURES).map((name) => [`/fixtures/${name}`, join(FIXTURES, name)]),
  );
  // A host page's own copy of Readability, which the widget uses but never loads itself.
  extra['/vendor-test/Readability.js'] = join(
    repoRoot, 'node_modules', '@mozilla', 'readability', 'Readability.js',
  );
  server = await startServer({ extra });
  foreign = await startServer({ root: FIXTURES });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await foreign?.close();
});

/**
 * A fresh page that records the widgets' events and the page's uncaught errors. The widget's
 * server is made to answer with CORS headers, as a CDN does, for pages of another origin.
 */
async function newPage({ colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1000, height: 900 } });
  await context.route(`${server.url}**`, async (route) => {
    try {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'access-control-allow-origin': '*' },
      });
    } catch {
      // The test closed the page while a file was on its way (the service worker's refresh).
      await route.abort().catch(() => {});
    }
  });
  await context.addInitScript(() => {
    window.abridgeEvents = [];
    for (const type of ['abridge:ready', 'abridge:error']) {
      document.addEventListener(type, (event) => {
        window.abridgeEvents.push({ type, id: event.target.id, detail: event.detail });
      });
    }
  });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error));
  return page;
}

/** Waits until the widget `id` has fired `count` events of `type`; returns the last one. */
async function eventOf(page, id, type = 'abridge:ready', count = 1) {
  await page.waitForFunction(
    ([id, type, count]) =>
      window.abridgeEvents.filter((e) => e.id === id && e.type === type).length >= count,
    [id, type, count],
    { timeout: 15000 },
  );
  return page.evaluate(
    ([id, type]) => window.abridgeEvents.filter((e) => e.id === id && e.type === type).at(-1),
    [id, type],
  );
}

/** What the widget `id` shows, read from its shadow root. */
function shown(page, id = 'widget') {
  return page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    const texts = (selector) => [...root.querySelectorAll(selector)].map((e) => e.textContent);
    const visible = (selector) => root.querySelector(selector)?.checkVisibility() ?? false;
    return {
      sentences: texts('.sentences li'),
      quotes: texts('blockquote'),
      speakers: texts('figure figcaption'),
      keywords: texts('.tags li'),
      status: root.querySelector('.status').textContent,
      message: visible('.message') ? root.querySelector('.message').textContent : null,
      link: root.querySelector('.message a')?.href ?? null,
      elements: [...root.querySelectorAll('*')].map((e) => e.localName),
    };
  }, id);
}

async function screenshot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

// Computed styles that follow from the box's size on the page, not from its CSS.
const LAYOUT = ['width', 'height', 'inline-size', 'block-size', 'perspective-origin', 'transform-origin'];
// What the host element itself shows; where it sits (margin, width) is the page's to decide.
const HOST_LOOKS = [
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'background-color', 'background-image', 'box-shadow', 'outline-style', 'display',
];

/** The computed styles of the widget's host element and of each element in its shadow. */
function widgetStyles(page) {
  return page.evaluate(([layout, looks]) => {
    const styleOf = (element, properties) => {
      const style = getComputedStyle(element);
      return Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
    };
    const widget = document.getElementById('widget');
    const inside = [...widget.shadowRoot.querySelectorAll('*')].map((e) => [
      `${e.localName}.${e.className}`,
      styleOf(e, [...getComputedStyle(e)].filter((p) => !layout.includes(p))),
    ]);
    return { host: styleOf(widget, looks), inside };
  }, [LAYOUT, HOST_LOOKS]);
}

/** The largest difference of any colour channel of any pixel of two same-sized PNG images. */
function largestDifference(page, a, b) {
  return page.evaluate(async ([a, b]) => {
    const decode = async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, image.width, image.height);
    };
    const [x, y] = await Promise.all([decode(a), decode(b)]);
    if (x.width !== y.width || x.height !== y.height) return Infinity;
    let largest = 0;
    for (let i = 0; i < x.data.length; i++) largest = Math.max(largest, Math.abs(x.data[i] - y.data[i]));
    return largest;
  }, [a.toString('base64'), b.toString('base64')]);
}

/** Every computed style of every element of the page outside the widget, in document order. */
function hostStyles(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *:not(abridge-summary)')].map((element) => {
      const style = getComputedStyle(element);
      return [element.localName, Object.fromEntries([...style].map((p) => [p, style.getPropertyValue(p)]))];
    }),
  );
}

test('a host page with aggressive global CSS neither changes the widget nor is changed by it', async () => {
  const plain = await newPage();
  await plain.goto(`${server.url}fixtures/plain.html`);
  await eventOf(plain, 'widget');
  const expected = await widgetStyles(plain);
  const plainShown = await shown(plain);
  await screenshot(plain, 'plain-host');

  const aggressive = await newPage();
  await aggressive.goto(`${server.url}fixtures/aggressive.html`);
  await eventOf(aggressive, 'widget');
  const actual = await widgetStyles(aggressive);
  await screenshot(aggressive, 'aggressive-host');
  assert.deepEqual(await shown(aggressive), plainShown);
  assert.deepEqual(actual.inside.map(([name]) => name), expected.inside.map(([name]) => name));
  for (const [i, [name, style]] of actual.inside.entries()) {
    assert.deepEqual(style, expected.inside[i][1], `computed style of ${name} in the shadow root`);
  }
  assert.deepEqual(actual.host, expected.host, 'computed style of the host element');
  const pixels = async (page, name) => {
    // Whole pixels only: the last, partly covered row shows the page behind the box.
    const { x, y, width, height } = await page.locator('#widget').boundingBox();
    const clip = { x, y, width: Math.floor(width), height: Math.floor(height) };
    return page.screenshot({ clip, path: join(SHOTS, `${name}.png`) });
  };
  const difference = await largestDifference(
    plain, await pixels(plain, 'widget-in-plain'), await pixels(aggressive, 'widget-in-aggressive'),
  );
  // Anti-aliasing varies by a level or two with the box's place on the page; a leaked colour,
  // font or border changes pixels by far more.
  assert.ok(difference <= 8, `the same pixels, up to anti-aliasing: a channel differs by ${difference}`);

  // The same page with the widget's script refused: the page's own elements look the same.
  const withWidget = await hostStyles(aggressive);
  const bare = await newPage();
  await bare.route('**/abridge-widget.js', (route) => route.abort());
  await bare.goto(`${server.url}fixtures/aggressive.html`);
  await bare.waitForLoadState('load');
  assert.deepEqual(await hostStyles(bare), withWidget);
  for (const page of [plain, aggressive, bare]) {
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('the widget shows the summary, quotes and keywords, and is keyboard accessible', async () => {
  const page = await newPage();
  await page.goto(`${server.url}fixtures/plain.html`);
  const { detail } = await eventOf(page, 'widget');
  await screenshot(page, 'summary');
  const view = await shown(page);
  const { summary } = detail;
  assert.equal(view.sentences.length, 2, 'sentences="2"');
  assert.deepEqual(view.sentences, summary.selected.map((i) => summary.sentences[i].text));
  assert.ok(view.quotes.length >= 1 && view.quotes.length <= 2, `quotes="2": ${view.quotes}`);
  const quoted = (sentence, quote) => sentence.includes(quote.replace(/[.,]$/, ''));
  assert.ok(!view.sentences.some((s) => quoted(s, view.quotes[0])), 'quotes not in the summary first');
  assert.ok(view.keywords.length > 0, 'keywords are shown when asked for');
  assert.equal(summary.language, 'en', 'lang="en-GB" of the page');
  assert.equal(summary.title, 'The city library will stay open until midnight during exams');
  assert.ok(!detail.text.includes('Jo Example'), 'the byline is not read');
  assert.ok(!detail.text.includes('during exams'), 'the headline is the title, not a sentence');
  assert.match(view.status, /^2 of \d+ sentences/);
  // Named for its article; filling in as the page loads, it announces nothing.
  const announced = () => page.evaluate(() => {
    const root = document.getElementById('widget').shadowRoot;
    return [root.querySelector('.box').getAttribute('aria-label'), root.querySelector('.status').getAttribute('role')];
  });
  assert.deepEqual(await announced(), ['Summary of “The city library will stay open until midnight during exams”', null]);

  // Tab reaches the toggle; Enter collapses the box and says so to assistive technology.
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const active = document.activeElement.shadowRoot?.activeElement;
    return active && { tag: active.localName, expanded: active.getAttribute('aria-expanded') };
  });
  assert.deepEqual(focused, { tag: 'button', expanded: 'true' });
  await page.keyboard.press('Enter');
  const collapsed = await page.evaluate(() => {
    const widget = document.getElementById('widget');
    const root = widget.shadowRoot;
    return {
      attribute: widget.hasAttribute('collapsed'),
      expanded: root.querySelector('button').getAttribute('aria-expanded'),
      bodyVisible: root.getElementById('body').checkVisibility(),
    };
  });
  assert.deepEqual(collapsed, { attribute: true, expanded: 'false', bodyVisible: false });
  await screenshot(page, 'collapsed');
  await page.keyboard.press('Space');
  assert.equal(await page.evaluate(() => document.getElementById('widget').collapsed), false);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/** The faces of the box's font: 1em, 1em bold and 0.85em, of the default 16px. */
const BOX_FACES = ['13.6px 400 normal', '16px 400 normal', '16px 700 normal'];

test('the box draws its text in three faces of its font: each new face costs a font lookup', async () => {
  const page = await newPage();
  await page.goto(`${server.url}fixtures/plain.html`);
  await eventOf(page, 'widget');
  assert.deepEqual(await facesIn(page, '#widget'), BOX_FACES);
  await page.context().close();
});

test('bad attribute values fall back to the defaults', async () => {
  const page = await newPage();
  await page.goto(`${server.url}fixtures/two.html`);
  await eventOf(page, 'first-widget');
  const values = await page.evaluate(() => {
    const widget = document.getElementById('first-widget');
    const read = () => ({
      sentences: widget.sentences, quotes: widget.quotes, keywords: widget.keywords,
      theme: widget.theme, collapsed: widget.collapsed, app: widget.app,
    });
    const before = read();
    for (const [name, value] of Object.entries({
      sentences: 'lots', quotes: '-1', keywords: 'false', theme: 'purple', app: 'javascript:alert(1)',
    })) widget.setAttribute(name, value);
    return { before, after: read() };
  });
  assert.deepEqual(values.before, {
    sentences: 1, quotes: 0, keywords: false, theme: 'auto', collapsed: false,
    app: `${server.url}index.html`,
  });
  assert.deepEqual(values.after, {
    sentences: 3, quotes: 2, keywords: false, theme: 'auto', collapsed: false,
    app: `${server.url}index.html`,
  });

  // The new values make a summary of their own: waited for, so that the next one is `lang`'s
  // whether or not it came before `lang` changed.
  await eventOf(page, 'first-widget', 'abridge:ready', 2);

  // `lang` overrides the page's language; one that is not a language tag leaves the page's.
  const language = async (value, count) => {
    await page.evaluate((value) => document.getElementById('first-widget').setAttribute('lang', value), value);
    return (await eventOf(page, 'first-widget', 'abridge:ready', count)).detail.summary.language;
  };
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  assert.equal(await language('de-AT', 3), 'de');
  assert.equal(await language('not a tag', 4), 'en');
  assert.deepEqual(warnings, [
    '<abridge-summary> lang="not a tag" is not a language code such as en or pt-BR; using the article’s.',
  ]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the box speaks the article\'s language where it knows it, and English elsewhere', async () => {
  const page = await newPage();
  await page.goto(`${server.url}fixtures/french.html`);
  const { detail } = await eventOf(page, 'widget');
  assert.equal(detail.summary.language, 'fr');
  const labels = () => page.evaluate(() => {
    const root = document.getElementById('widget').shadowRoot;
    const text = (selector) => root.querySelector(selector).textContent;
    return {
      lang: root.querySelector('.box').lang,
      labels: [...root.querySelectorAll('.toggle, .status, .credit, h3')].map((e) => e.lang),
      name: root.querySelector('.box').getAttribute('aria-label'),
      heading: text('h2'),
      quotes: text('.quotes h3'),
      status: text('.status'),
      credit: text('.credit'),
    };
  });
  assert.deepEqual(await labels(), {
    lang: 'fr',
    labels: ['fr', 'fr', 'fr', 'fr', 'fr'],
    name: 'Résumé de « Le tramway arrive à Valmont »',
    heading: 'Résumé',
    quotes: 'Citation clé',
    status: `2 phrases sur ${detail.summary.sentences.length}, 1 citation`,
    credit: 'Résumé dans votre navigateur par Abridge',
  });
  await screenshot(page, 'french');
  // French guillemets, set off by narrow no-break spaces.
  const marks = await page.evaluate(() =>
    getComputedStyle(document.getElementById('widget').shadowRoot.querySelector('blockquote')).quotes);
  assert.ok(marks.startsWith('"«\u202f" "\u202f»"'), marks);
  // The root's `lang`, often a template's default, does not overrule the article's own.
  await page.evaluate(() => {
    document.documentElement.lang = 'en';
    document.querySelector('article').append(Object.assign(document.createElement('p'), {
      textContent: 'Les travaux de la deuxième ligne pourraient commencer en 2029.',
    }));
  });
  const again = await eventOf(page, 'widget', 'abridge:ready', 2);
  assert.equal(again.detail.summary.language, 'fr');
  // A language whose words the box lacks: its labels in English, said to be English, and
  // the article's words in its own language.
  await page.evaluate(() => document.getElementById('widget').setAttribute('lang', 'sv'));
  await eventOf(page, 'widget', 'abridge:ready', 3);
  const swedish = await labels();
  assert.equal(swedish.lang, 'sv');
  assert.deepEqual(swedish.labels, ['en', 'en', 'en', 'en', 'en']);
  assert.equal(swedish.heading, 'Summary');
  assert.match(swedish.status, /^2 of \d+ sentences, 1 quote$/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('two widgets on one page load the engine once', async () => {
  const page = await newPage({ colorScheme: 'dark' });
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${server.url}fixtures/two.html`);
  const first = await eventOf(page, 'first-widget');
  const second = await eventOf(page, 'second-widget');
  assert.equal(first.detail.summary.selected.length, 1);
  assert.equal(second.detail.summary.selected.length, 3);
  assert.deepEqual(requests.filter((path) => path.endsWith('/abridge_bg.wasm')), ['/pkg/abridge_bg.wasm']);
  // Two regions of one article: numbered, that a reader moving between regions tells them apart.
  const names = await page.evaluate(() => ['first-widget', 'second-widget'].map(
    (id) => document.getElementById(id).shadowRoot.querySelector('.box').getAttribute('aria-label')));
  assert.deepEqual(names.toSorted(), ['Summary of “Two widgets”', 'Summary of “Two widgets” (2)']);
  assert.equal(requests.filter((path) => path.endsWith('/abridge.js')).length, 1);
  await screenshot(page, 'two-widgets-dark');
  // The page declares no dark scheme, so the browser draws it white for a reader who prefers
  // dark: the `auto` box is light on it, the `dark` one dark. Printed, a dark box is light:
  // printers leave out backgrounds, which would leave light text on white paper.
  const colors = (id) => page.evaluate((id) => {
    const style = getComputedStyle(document.getElementById(id).shadowRoot.querySelector('.box'));
    return [style.color, style.backgroundColor];
  }, id);
  const light = ['rgb(31, 35, 40)', 'rgb(255, 255, 255)'];
  assert.deepEqual(await colors('first-widget'), light);
  assert.deepEqual(await colors('second-widget'), ['rgb(230, 232, 235)', 'rgb(22, 25, 29)']);
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await colors('second-widget'), light);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/** Waits until the box of widget `id` is drawn in `scheme`. */
function themeBecomes(page, id, scheme) {
  return page.waitForFunction(([id, scheme]) =>
    document.getElementById(id).shadowRoot.querySelector('.box').dataset.theme === scheme, [id, scheme]);
}

test('`theme="auto"` takes the scheme of what the box stands on, and follows the page\'s switch', async () => {
  const page = await newPage({ colorScheme: 'dark' });
  await page.goto(`${server.url}fixtures/themes.html`);
  await eventOf(page, 'page-widget');
  await eventOf(page, 'panel-widget');
  const schemes = () => page.evaluate(() => ['page-widget', 'panel-widget'].map(
    (id) => document.getElementById(id).shadowRoot.querySelector('.box').dataset.theme,
  ));
  // A light site for a reader who prefers dark; a dark panel on it (an `oklch()` colour).
  assert.deepEqual(await schemes(), ['light', 'dark']);
  await screenshot(page, 'themes-site-light');
  // The site's own switch, a class on the root, and a background that fades to the new colour.
  await page.evaluate(() => document.documentElement.classList.add('night'));
  await themeBecomes(page, 'page-widget', 'dark');
  await screenshot(page, 'themes-site-dark');
  // A wrapper's own switch, a class on the element the box is in.
  await page.evaluate(() => document.querySelector('.panel').classList.add('paper'));
  await themeBecomes(page, 'panel-widget', 'light');
  await page.evaluate(() => document.querySelector('.panel').classList.remove('paper'));
  // A page that paints no background of its own but declares both schemes is drawn in the
  // reader's: the box follows the reader, in either setting.
  await page.evaluate(() => {
    document.documentElement.classList.remove('night');
    document.head.append(Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light dark' }));
    document.body.style.cssText = 'background: none; transition: none';
  });
  await themeBecomes(page, 'page-widget', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await themeBecomes(page, 'page-widget', 'light');
  assert.deepEqual(await schemes(), ['light', 'dark']);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an article the page renders later is waited for: no failure shown, nothing announced', async () => {
  const page = await newPage();
  await page.goto(`${server.url}fixtures/late.html`);
  const { detail } = await eventOf(page, 'widget');
  assert.equal(detail.title, 'Ferry timetable doubles');
  const state = await page.evaluate(() => ({
    errors: window.abridgeEvents.filter((e) => e.type === 'abridge:error').length,
    ...Object.fromEntries(['widget', 'veiled'].map((id) => {
      const root = document.getElementById(id).shadowRoot;
      return [id, [root.querySelector('.status').getAttribute('role'), root.querySelector('.box').dataset.theme]];
    })),
  }));
  // On a gradient with light text, the box is dark; under a light veil on white, light.
  assert.deepEqual(state, { errors: 0, widget: [null, 'dark'], veiled: [null, 'light'] });
  await screenshot(page, 'late-article');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('without `for`, the widget finds the article and skips what is not its prose', async () => {
  const page = await newPage();
  await page.goto(`${server.url}fixtures/auto.html`);
  const { detail } = await eventOf(page, 'widget');
  const found = await page.evaluate(() => document.getElementById('widget').article?.localName);
  assert.equal(found, 'article');
  assert.equal(detail.title, 'Harvest festival returns to the valley after five years');
  assert.match(detail.text, /^The harvest festival will return to the valley/);
  const skips = ['Navigation', 'Sidebar', 'Caption', 'Related', 'Script', 'Footer', 'Byline-Person',
    'Table', 'Share', 'Comment', 'Copyright'];
  for (const skipped of skips) {
    assert.ok(!detail.text.includes(skipped), `${skipped} text is not part of the article`);
  }
  assert.equal(detail.text.split('\n\n').length, 5, 'one paragraph per <p>');
  assert.equal((await shown(page)).sentences.length, 3);
  await screenshot(page, 'found-article');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('without an article the widget says so, and uses Readability when the page has it', async () => {
  const page = await newPage();
  await page.goto(`${server.url}fixtures/no-article.html`);
  const failure = await eventOf(page, 'widget', 'abridge:error');
  assert.equal(failure.detail.reason, 'no-article');
  assert.match((await shown(page)).message, /found no article/);
  await screenshot(page, 'no-article');

  const read = await newPage();
  await read.goto(`${server.url}fixtures/readability.html`);
  const { detail } = await eventOf(read, 'widget');
  assert.match(detail.text, /^More than two hundred volunteers planted/);
  assert.ok(!detail.text.includes('About'), 'the menu is not part of the article');
  assert.equal(detail.title, 'Volunteers plant a thousand trees along the canal');
  assert.equal((await shown(read)).sentences.length, 3);
  for (const each of [page, read]) {
    assert.deepEqual(each.errors, []);
    await each.context().close();
  }
});

test('when the engine cannot load, the widget says so and links to the Abridge page', async () => {
  const page = await newPage();
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.route('**/abridge_bg.wasm', (route) => route.abort());
  await page.goto(`${server.url}fixtures/plain.html`);
  const failure = await eventOf(page, 'widget', 'abridge:error');
  assert.equal(failure.detail.reason, 'load-failed');
  assert.deepEqual(warnings, [`<abridge-summary> The engine could not be loaded from ${server.url}pkg/: `
    + 'the page’s connect-src must allow it, and another origin must serve it with CORS.']);
  await page.waitForFunction(() => document.getElementById('widget').shadowRoot.querySelector('.message a'));
  const view = await shown(page);
  assert.match(view.message, /could not load/);
  const carried = await decodeText(new URL(view.link).hash);
  assert.match(carried, /^The city library will stay open until midnight during exams\n\nThe city library/);
  await screenshot(page, 'engine-failed');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a text too long for the host page is refused with a link to the Abridge page', async () => {
  const page = await newPage();
  await page.goto(`${server.url}fixtures/plain.html`);
  await eventOf(page, 'widget');
  // Sets the widget's text to the article repeated to `chars` characters, and returns it.
  const setText = (chars) => page.evaluate((chars) => {
    const article = document.getElementById('story').innerText;
    const text = article.repeat(Math.ceil(chars / article.length)).slice(0, chars);
    document.getElementById('widget').text = text;
    return text;
  }, chars);

  await setText(200_000);
  const ready = await eventOf(page, 'widget', 'abridge:ready', 2);
  assert.equal(ready.detail.text.length, 200_000, 'the longest text the box takes is summarized');

  const long = await setText(200_001);
  const failure = await eventOf(page, 'widget', 'abridge:error');
  assert.equal(failure.detail.reason, 'too-long');
  assert.equal(failure.detail.message,
    'This text is too long to summarize here: 200,001 characters, and the box takes up to 200,000.');
  await page.waitForFunction(() => document.getElementById('widget').shadowRoot.querySelector('.message a'));
  let view = await shown(page);
  assert.match(view.message, /^This text is too long to summarize here: .*Summarize it on the Abridge page$/);
  assert.equal(view.status, 'No summary', 'the old summary is gone');
  assert.equal(await decodeText(new URL(view.link).hash), long, 'the link carries the text');

  // Past what a link can carry, the link opens the page without the text.
  await setText(1_000_001);
  await eventOf(page, 'widget', 'abridge:error', 2);
  await page.waitForFunction(() => /Paste it/.test(document.getElementById('widget').shadowRoot.querySelector('.message a')?.textContent));
  view = await shown(page);
  assert.match(view.message, /1,000,001 characters.*Paste it into the Abridge page$/);
  assert.equal(view.link, `${server.url}index.html`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the widget summarizes again when its article or its attributes change', async () => {
  const page = await newPage();
  await page.goto(`${server.url}fixtures/plain.html`);
  await eventOf(page, 'widget');
  await page.evaluate(() => {
    document.getElementById('story').innerHTML = `
      <h1>Zoo welcomes twin pandas</h1>
      <p>The zoo welcomed twin panda cubs on Friday, the first born there in ten years.</p>
      <p>Both cubs are healthy and feeding well, according to the keepers.</p>
      <p>"We are overjoyed and a little tired," said head keeper Omar Haddad.</p>
      <p>Visitors will be able to see the pandas from the spring.</p>`;
  });
  const changed = await eventOf(page, 'widget', 'abridge:ready', 2);
  assert.equal(changed.detail.title, 'Zoo welcomes twin pandas');
  // A change after the page has loaded is announced, as the region's new name is.
  assert.deepEqual(await page.evaluate(() => {
    const root = document.getElementById('widget').shadowRoot;
    return [root.querySelector('.box').getAttribute('aria-label'), root.querySelector('.status').getAttribute('role')];
  }), ['Summary of “Zoo welcomes twin pandas”', 'status']);
  const view = await shown(page);
  assert.equal(view.sentences.length, 2);
  for (const sentence of view.sentences) assert.ok(changed.detail.text.includes(sentence), sentence);
  assert.ok(view.sentences.every((s) => !/library/i.test(s)), 'nothing of the old article is left');

  // Typing into one paragraph: the change is noticed too.
  await page.evaluate(() => {
    document.querySelector('#story p').append(' A third cub was found later that night.');
  });
  const typed = await eventOf(page, 'widget', 'abridge:ready', 3);
  assert.match(typed.detail.text, /A third cub was found later that night\./);

  await page.evaluate(() => document.getElementById('widget').setAttribute('sentences', '1'));
  await eventOf(page, 'widget', 'abridge:ready', 4);
  assert.equal((await shown(page)).sentences.length, 1);

  const again = await page.evaluate(async () => (await document.getElementById('widget').summarize()).selected.length);
  assert.equal(again, 1, 'summarize() resolves to the summary');
  await screenshot(page, 'article-changed');

  // A page that renders with JavaScript swaps the article element for another, removes it,
  // or adds it after the box: the box follows the article the page shows.
  await page.evaluate(() => {
    const story = document.getElementById('story');
    const swapped = story.cloneNode(false);
    swapped.innerHTML = '<h1>Ferry returns to the island</h1><p>The ferry to the island runs again '
      + 'from Monday, the harbour master said.</p><p>Its engine was repaired in a month.</p>';
    story.replaceWith(swapped);
  });
  const swapped = await eventOf(page, 'widget', 'abridge:ready', 6);
  assert.equal(swapped.detail.title, 'Ferry returns to the island');
  await page.evaluate(() => document.getElementById('story').remove());
  const gone = await eventOf(page, 'widget', 'abridge:error');
  assert.equal(gone.detail.reason, 'no-article');
  const goneView = await shown(page);
  assert.equal(goneView.status, 'No summary', 'no summary of an article that is gone');
  assert.equal(goneView.message, 'No element matches “#story” on this page.');
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend',
    '<article id="story"><h1>Bridge reopens</h1><p>The old bridge reopened on Tuesday after '
    + 'repairs, the council said.</p><p>Cyclists were the first to cross it.</p></article>'));
  const added = await eventOf(page, 'widget', 'abridge:ready', 7);
  assert.equal(added.detail.title, 'Bridge reopens');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('under a CSP that allows neither a worker nor WebAssembly the widget offers the Abridge page instead', async () => {
  const page = await newPage();
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(`${server.url}fixtures/strict-csp.html`);
  const failure = await eventOf(page, 'widget', 'abridge:error');
  assert.equal(failure.detail.reason, 'wasm-blocked');
  // The site's owner is told what to allow.
  assert.ok(warnings.some((w) => /^<abridge-summary> .*script-src needs 'wasm-unsafe-eval'/.test(w)), warnings.join('\n'));
  await page.waitForFunction(() => document.getElementById('widget').shadowRoot.querySelector('.message a'));
  const view = await shown(page);
  assert.match(view.message, /security policy blocks WebAssembly/);
  assert.ok(view.link.startsWith(`${server.url}index.html#text=`), view.link);
  const carried = await decodeText(new URL(view.link).hash);
  assert.match(carried, /^Harbour wall repairs finish early\n\nRepairs to the harbour wall finished/);
  // Styled all the same: the CSP has no style-src for it.
  const border = await page.evaluate(() =>
    getComputedStyle(document.getElementById('widget').shadowRoot.querySelector('.box')).borderLeftWidth);
  assert.equal(border, '4px');
  await screenshot(page, 'strict-csp-fallback');
  assert.deepEqual(page.errors, [], 'no uncaught error');
  await page.context().close();
});

/**
 * Opens plain.html as a page of `origin` with the widget from its own server, as from a CDN
 * when `origin` is another, with `head` (a CSP, a style sheet) added to its head, and waits
 * for its summary. Resolves to the layout shift so far, as Web Vitals count it (shifts not
 * caused by the reader's input).
 */
async function openHosted(page, origin, head = '') {
  const url = `${origin}hosted.html`;
  const html = readFileSync(join(FIXTURES, 'plain.html'), 'utf8')
    .replace('src="/abridge-widget.js"', `src="${server.url}abridge-widget.js"`)
    .replace('<meta charset="utf-8">', (meta) => meta + head);
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries()) if (!shift.hadRecentInput) window.layoutShift += shift.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  const { detail } = await eventOf(page, 'widget');
  assert.equal(detail.summary.selected.length, 2);
  // A shift is reported once the frame that made it has been drawn.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => window.layoutShift);
}

const cspMeta = (csp) => `<meta http-equiv="Content-Security-Policy" content="${csp}">`;

/** Where the engine of the page's widget ran: the page's workers, and whether the page's own thread fetched it. */
async function engineOf(page) {
  return {
    workers: page.workers().length,
    pageFetchedEngine: await page.evaluate(() =>
      performance.getEntriesByType('resource').some((e) => e.name.endsWith('/abridge_bg.wasm'))),
  };
}

test('the widget summarizes in a worker, off the host page\'s thread, also from another origin', async () => {
  const own = await newPage();
  await openHosted(own, server.url);
  assert.deepEqual(await engineOf(own), { workers: 1, pageFetchedEngine: false });
  // From a CDN the worker is a blob of the page's that imports the widget's worker script,
  // under the CSP that the embed page gives for the widget's origin.
  const cdn = await newPage();
  await cdn.goto(`${server.url}embed.html`);
  const snippet = await cdn.textContent('#snippet-csp');
  const csp = snippet.replace(/^Content-Security-Policy: /, '');
  assert.ok(csp.includes(`worker-src blob: ${new URL(server.url).origin};`), snippet);
  await openHosted(cdn, foreign.url, cspMeta(csp));
  assert.deepEqual(await engineOf(cdn), { workers: 1, pageFetchedEngine: false });
  // A page that enforces Trusted Types gets the worker's URL from the widget's policy.
  const typed = await newPage();
  const violations = [];
  typed.on('console', (message) => /Trusted/.test(message.text()) && violations.push(message.text()));
  await openHosted(typed, server.url, cspMeta("require-trusted-types-for 'script'"));
  assert.deepEqual(await engineOf(typed), { workers: 1, pageFetchedEngine: false });
  assert.deepEqual(violations, []);
  for (const page of [own, cdn, typed]) {
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('where the CSP forbids a worker, the widget summarizes on the page\'s thread', async () => {
  const page = await newPage();
  // The README's CSP for a widget from a CDN, without its `worker-src`.
  const csp = `script-src 'self' ${server.url} 'wasm-unsafe-eval'; connect-src 'self' ${server.url}`;
  await openHosted(page, foreign.url, cspMeta(csp));
  assert.deepEqual(await engineOf(page), { workers: 0, pageFetchedEngine: true });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the height the README reserves for the box keeps the article from jumping when it fills in', async () => {
  const reservation = README.match(/```css\n(abridge-summary[^{`]* \{[^`]*\})\n```/)?.[1];
  assert.ok(reservation, 'the README shows the style rule');
  const embedPage = readFileSync(join(repoRoot, 'www', 'embed.html'), 'utf8');
  assert.ok(embedPage.includes(`<code id="snippet-reserve">${reservation}</code>`), 'the embed page shows it too');
  const bare = await newPage();
  const reserved = await newPage();
  const shifts = [await openHosted(bare, server.url), await openHosted(reserved, server.url, `<style>${reservation}</style>`)];
  // Web Vitals call a Cumulative Layout Shift under 0.1 good and over 0.25 poor.
  assert.ok(shifts[0] > 0.1, `without it the article jumps: ${shifts}`);
  assert.ok(shifts[1] < 0.1, `with it the shift is small: ${shifts}`);
  // A collapsed box, only its heading, keeps no reserved room (20em is 320 px here).
  const collapsed = await reserved.evaluate(() => {
    const widget = document.getElementById('widget');
    widget.collapsed = true;
    return widget.getBoundingClientRect().height;
  });
  assert.ok(collapsed < 100, `a collapsed box is ${collapsed} px high`);
  for (const page of [bare, reserved]) {
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('the CSP the README documents is enough for the widget', async () => {
  const page = await newPage();
  await page.goto(`${server.url}fixtures/needed-csp.html`);
  const { detail } = await eventOf(page, 'widget');
  assert.ok(detail.summary.selected.length > 0);
  await screenshot(page, 'needed-csp');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('markup in the article text is shown as text', async () => {
  const page = await newPage();
  await page.goto(`${server.url}fixtures/malicious.html`);
  await eventOf(page, 'widget');
  const view = await shown(page);
  const all = [...view.sentences, ...view.quotes].join(' ');
  assert.match(all, /<img src=x onerror="window\.pwned=1">/);
  assert.ok(!view.elements.includes('img') && !view.elements.includes('script'), view.elements.join());
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await screenshot(page, 'markup-as-text');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/** Runs the bookmarklet in `page` as a click on the bookmark would. */
function clickBookmarklet(page) {
  const url = bookmarkletUrl(server.url);
  return page.evaluate(decodeURIComponent(url.slice('javascript:'.length)));
}

/** What the bookmarklet's overlay shows, once its summary is ready. */
async function overlay(page, count) {
  await page.waitForFunction(
    (count) => window.abridgeEvents.filter((e) => e.type === 'abridge:ready').length >= count,
    count,
    { timeout: 15000 },
  );
  return page.evaluate(() => {
    const overlays = document.querySelectorAll('#abridge-bookmarklet-overlay');
    const root = overlays[0].shadowRoot;
    const widget = root.querySelector('abridge-summary');
    return {
      count: overlays.length,
      note: root.querySelector('.bar p').textContent,
      sentences: [...widget.shadowRoot.querySelectorAll('.sentences li')].map((e) => e.textContent),
      quotes: [...widget.shadowRoot.querySelectorAll('blockquote')].map((e) => e.textContent),
    };
  });
}

test('the bookmarklet shows an overlay on any page, and respects a selection', async () => {
  const page = await newPage();
  await page.goto(`${foreign.url}bookmarklet-host.html`);
  await clickBookmarklet(page);
  const whole = await overlay(page, 1);
  await screenshot(page, 'bookmarklet-page');
  assert.equal(whole.note, 'Abridge · this page');
  assert.ok(whole.sentences.length >= 3, whole.sentences.join('|'));
  assert.ok(whole.quotes.some((q) => q.startsWith('Every note we played tonight')), whole.quotes.join('|'));
  assert.deepEqual(await facesIn(page, '#abridge-bookmarklet-overlay'), BOX_FACES,
    "the panel around the box draws in the box's faces");

  const selected = await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('selected'));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return getSelection().toString().replace(/\s+/g, ' ').trim();
  });
  await clickBookmarklet(page);
  const part = await overlay(page, 2);
  await screenshot(page, 'bookmarklet-selection');
  assert.equal(part.count, 1, 'a second click replaces the overlay');
  assert.equal(part.note, 'Abridge · the selected text');
  assert.ok(part.sentences.length > 0);
  for (const sentence of part.sentences) {
    assert.ok(selected.includes(sentence.replace(/\s+/g, ' ')), `${sentence} is from the selection`);
  }

  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#abridge-bookmarklet-overlay').count(), 0, 'Escape closes it');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("where the page's CSP refuses the bookmarklet's script, it opens the Abridge page", async () => {
  const page = await newPage();
  await page.goto(`${foreign.url}bookmarklet-csp.html`);
  const opened = page.context().waitForEvent('page');
  await clickBookmarklet(page);
  const popup = await opened;
  assert.ok(popup.url().startsWith(`${server.url}index.html#text=`), popup.url());
  const text = await decodeText(new URL(popup.url()).hash);
  assert.match(text, /^Some news site\n\nOrchestra plays its last concert/);
  assert.match(text, /The city orchestra played its last concert/);

  const opened2 = page.context().waitForEvent('page');
  await page.evaluate(() => getSelection().selectAllChildren(document.getElementById('first')));
  await clickBookmarklet(page);
  const selection = await decodeText(new URL((await opened2).url()).hash);
  assert.match(selection, /^The city orchestra played its last concert in the old hall/);
  assert.ok(!selection.includes('Orchestra plays'), 'only the selection');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the embed page shows working widgets, its snippets and the bookmarklet', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await newPage({ colorScheme });
    await page.goto(`${server.url}embed.html`);
    for (const id of ['example-default', 'example-dark', 'example-branded']) await eventOf(page, id);
    const page_ = await page.evaluate(() => ({
      snippet: document.getElementById('snippet-basic').textContent,
      theme: document.getElementById('snippet-theme').textContent,
      branded: getComputedStyle(document.getElementById('example-branded')).getPropertyValue('--abridge-accent'),
      bookmarklet: document.getElementById('bookmarklet-link').href,
      quotes: [...document.getElementById('example-default').shadowRoot.querySelectorAll('blockquote')]
        .map((b) => b.textContent),
    }));
    assert.ok(page_.snippet.includes(`src="${server.url}abridge-widget.js"`), page_.snippet);
    // The theming snippet is the rule the branded example uses.
    assert.match(page_.theme, /^abridge-summary\.branded \{\n( {2}[-a-z]+: [^;\n]+;\n)+\}$/, page_.theme);
    assert.ok(page_.theme.includes(`  --abridge-accent: ${page_.branded};\n`), page_.theme);
    assert.match(page_.theme, /\n {2}--abridge-font: Georgia, serif;\n/);
    assert.ok(page_.bookmarklet.startsWith('javascript:'), 'the bookmarklet link is built');
    assert.ok(page_.quotes.length > 0, 'the sample article has key quotes');
    // The key quotes are the engine's statements, as it gives them.
    const { summary } = (await eventOf(page, 'example-default')).detail;
    const statements = summary.quotes.filter((q) => q.kind === 'statement').map((q) => q.text);
    for (const q of page_.quotes) assert.ok(statements.includes(q), q);
    // Clicked rather than dragged, the bookmarklet says what to do instead.
    await page.click('#bookmarklet-link');
    assert.equal(await page.textContent('#bookmarklet-link'), 'Drag me to your bookmarks bar');
    await screenshot(page, `embed-page-${colorScheme}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test("the embed page opens as itself after the Abridge page's service worker is installed", async () => {
  const page = await newPage();
  await page.goto(`${server.url}index.html`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.goto(`${server.url}embed.html`);
  assert.equal(await page.title(), 'Embed Abridge on your site');
  await page.context().close();
});
