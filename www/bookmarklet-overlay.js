// What the "Summarize this page" bookmarklet loads into any page: a panel in its own shadow
// root with the summary and key quotes of the selected text, or else of the page's article.
// The bookmarklet (bookmarklet.js) adds a query string to this module's URL so that each
// click runs it again; a second click replaces the panel.

import { FONT, adoptStyle, el, proseOf } from './abridge-widget.js';

const ID = 'abridge-bookmarklet-overlay';

const STYLE = `
:host { all: initial !important; }
.panel {
  position: fixed; z-index: 2147483647; top: 16px; right: 16px;
  width: min(440px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto;
  box-sizing: border-box; padding: 12px; border-radius: 12px;
  background: #eef1f4; color: #1f2328;
  /* The faces of the summary's box and no others: each new face is a font lookup. */
  font: ${FONT};
  box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35);
}
@media (prefers-color-scheme: dark) { .panel { background: #0d1014; color: #e6e8eb; } }
.bar { display: flex; align-items: center; gap: 8px; margin: 0 0 8px; }
.bar p { margin: 0; flex: 1; font-size: 0.85em; }
.close {
  all: unset; cursor: pointer; width: 28px; height: 28px; border-radius: 6px;
  text-align: center; line-height: 28px; font-weight: 700;
}
.close:hover { background: rgba(127, 127, 127, 0.2); }
.close:focus-visible { outline: 2px solid #0a5fb4; outline-offset: 1px; }
abridge-summary { margin: 0; }
`;

function open() {
  document.getElementById(ID)?.remove();
  const selection = String(getSelection() ?? '').trim();
  const previousFocus = document.activeElement;

  const host = document.createElement('div');
  host.id = ID;
  const root = host.attachShadow({ mode: 'open' });
  adoptStyle(root, STYLE);
  const panel = el('div', { class: 'panel', role: 'dialog', 'aria-label': 'Abridge summary' });
  const bar = el('div', { class: 'bar' });
  const what = el('p', {}, selection ? 'Abridge · the selected text' : 'Abridge · this page');
  const close = el('button', { class: 'close', type: 'button', 'aria-label': 'Close' }, '×');
  bar.append(what, close);
  const widget = el('abridge-summary', { quotes: '3' });
  panel.append(bar, widget);
  root.append(panel);

  const dismiss = () => {
    host.remove();
    document.removeEventListener('keydown', onKey, true);
    if (previousFocus instanceof HTMLElement) previousFocus.focus({ preventScroll: true });
  };
  const onKey = (event) => {
    if (event.key === 'Escape') dismiss();
  };
  close.addEventListener('click', dismiss);
  document.addEventListener('keydown', onKey, true);
  // A page without an <article> or <main> still has a body worth summarizing.
  widget.addEventListener('abridge:error', (event) => {
    if (event.detail.reason !== 'no-article' || widget.text !== null) return;
    const text = proseOf(document.body, host);
    if (text) widget.text = text;
  });
  if (selection) widget.text = selection;

  document.documentElement.append(host);
  close.focus({ preventScroll: true });
}

open();
