// The embed page: snippets that name this server's own URLs, copy buttons, the bookmarklet
// link, and a log of the widgets' events.

import { offerBookmarklet } from './bookmarklet.js';
import { relabel } from './export.js';

const widgetUrl = new URL('./abridge-widget.js', import.meta.url);

function setText(id, text) {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

setText(
  'snippet-basic',
  `<script type="module" src="${widgetUrl.href}"></script>\n` +
    '<abridge-summary for="#story" sentences="3" quotes="2"></abridge-summary>',
);
setText('csp-origin', widgetUrl.origin);
setText('snippet-theme', themeSnippet());
setText(
  'snippet-csp',
  `Content-Security-Policy: script-src 'self' ${widgetUrl.origin} 'wasm-unsafe-eval'; ` +
    `worker-src blob: ${widgetUrl.origin}; connect-src 'self' ${widgetUrl.origin}`,
);

/**
 * The rule that themes the branded example, read from embed.css: the snippet shows what the
 * example on this page uses, written once.
 */
function themeSnippet() {
  const selector = 'abridge-summary.branded';
  for (const sheet of document.styleSheets) {
    const rule = [...sheet.cssRules].find((r) => r.selectorText === selector);
    if (!rule) continue;
    const declarations = rule.style.cssText.split(/;\s*/).filter(Boolean);
    return `${selector} {\n${declarations.map((d) => `  ${d};`).join('\n')}\n}`;
  }
  return '';
}

const bookmarklet = document.getElementById('bookmarklet-link');
if (bookmarklet) offerBookmarklet(bookmarklet);

for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(source.textContent);
      relabel(button, 'Copied');
    } catch {
      // Clipboard access refused (an insecure origin, say): select the text to copy by hand.
      getSelection().selectAllChildren(source);
      relabel(button, 'Press Ctrl+C');
    }
  });
}

const log = document.getElementById('event-log');
document.addEventListener('abridge:ready', (event) => {
  if (!log) return;
  const { summary } = event.detail;
  log.textContent = `abridge:ready from #${event.target.id}: ${summary.selected.length} of ` +
    `${summary.sentences.length} sentences, ${summary.quotes.length} quotes, ` +
    `language ${summary.language}.`;
});
