// The "Summarize this page" bookmarklet. Its `javascript:` URL loads bookmarklet-overlay.js
// from where Abridge is served into the current page. Where the page's CSP refuses that
// script, it opens the Abridge page instead, with the selected text (or the article's) in the
// URL fragment, which never reaches a server.
//
//   import { offerBookmarklet } from './bookmarklet.js';
//   offerBookmarklet(document.getElementById('bookmarklet-link'));

import { encodeText } from './share.js';

/**
 * The bookmarklet's `javascript:` URL, loading Abridge from `base`: the folder that holds
 * bookmarklet-overlay.js and index.html, this module's own folder by default.
 */
export function bookmarkletUrl(base = new URL('./', import.meta.url)) {
  const folder = new URL('./', base);
  if (folder.protocol !== 'https:' && folder.protocol !== 'http:') {
    throw new Error(`the bookmarklet must load Abridge over http(s), got ${folder.href}`);
  }
  return `javascript:${encodeURIComponent(`(${load})(${JSON.stringify(folder.href)},${encodeText})`)}`;
}

/**
 * Makes `link` the bookmarklet, to drag to the bookmarks bar. Clicked where it is offered, it
 * would summarize the offering page (whose CSP may refuse a `javascript:` URL anyway): it
 * says what to do instead.
 */
export function offerBookmarklet(link) {
  link.href = bookmarkletUrl();
  link.addEventListener('click', (event) => {
    event.preventDefault();
    link.textContent = 'Drag me to your bookmarks bar';
  });
}

// Runs in the visited page, so it is self-contained: it sees only its arguments.
function load(base, encodeText) {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `${base}bookmarklet-overlay.js?${Date.now()}`;
  script.onerror = async () => {
    script.remove();
    const article = document.querySelector('[itemprop=articleBody],article,main') ?? document.body;
    const text = String(window.getSelection()).trim() || `${document.title}\n\n${article.innerText}`;
    window.open(`${base}index.html${await encodeText(text)}`, '_blank', 'noopener');
  };
  (document.head ?? document.documentElement).append(script);
}
