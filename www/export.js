// The summary as plain text, Markdown and JSON, and the ways to take it away.
//
// A `view` is what the page shows: {title, language, sentences: [{text, start, end, score}],
// quotes: [{text, speaker, cue, start, end}], keywords: [{text, score}], stats: {wordsIn,
// wordsOut (charactersIn, charactersOut in Chinese and Japanese), sentencesIn, milliseconds}}.

const quoted = ({ speaker, text }) => `${speaker ? `${speaker}: ` : ''}“${text}”`;
const oneLine = (s) => s.replace(/\s+/g, ' ').trim();

export function toPlain(view) {
  const lines = [];
  if (view.title) lines.push(oneLine(view.title), '');
  lines.push(...view.sentences.map((s) => oneLine(s.text)));
  if (view.quotes.length) {
    lines.push('', 'Key quotes:', ...view.quotes.map((q) => quoted({ ...q, text: oneLine(q.text) })));
  }
  if (view.keywords.length) lines.push('', `Keywords: ${view.keywords.map((k) => k.text).join(', ')}`);
  return lines.join('\n') + '\n';
}

/** Escapes what Markdown would read as markup (and raw HTML), so the text stays text. */
function md(s) {
  return oneLine(s).replace(/[\\`*_[\]<>]/g, '\\$&');
}

export function toMarkdown(view) {
  const lines = [`# ${view.title ? md(view.title) : 'Summary'}`, ''];
  lines.push(...view.sentences.map((s) => `- ${md(s.text)}`));
  if (view.quotes.length) {
    lines.push('', '## Key quotes', '');
    lines.push(...view.quotes.map((q) => `- ${quoted({ speaker: q.speaker && md(q.speaker), text: md(q.text) })}`));
  }
  if (view.keywords.length) {
    lines.push('', '## Keywords', '', view.keywords.map((k) => md(k.text)).join(', '));
  }
  return lines.join('\n') + '\n';
}

export function toJson(view) {
  return JSON.stringify({
    title: view.title || null,
    language: view.language,
    summary: view.sentences.map((s) => s.text),
    sentences: view.sentences,
    quotes: view.quotes,
    keywords: view.keywords,
    stats: view.stats,
  }, null, 2) + '\n';
}

/** Puts `text` on the clipboard; resolves when done, rejects when the browser refuses. */
export async function copy(text) {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Pages served over plain http on a LAN address have no async clipboard.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'offscreen';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('the browser did not allow copying');
}

/** How long a button says what it did ("Copied") before its own label is back. */
const SAID_MS = 2000;
const relabeled = new WeakMap(); // button → { label: its own, timer: when it is back }

/**
 * Has `button` say `label` for a moment: the reader sees the click's effect where they
 * clicked. Its width is kept, so that the buttons beside it stay where they were.
 */
export function relabel(button, label) {
  const was = relabeled.get(button);
  clearTimeout(was?.timer);
  const own = was?.label ?? button.textContent;
  if (!was) button.style.minWidth = `${button.getBoundingClientRect().width}px`;
  button.textContent = label;
  const timer = setTimeout(() => {
    relabeled.delete(button);
    button.textContent = own;
    button.style.minWidth = '';
  }, SAID_MS);
  relabeled.set(button, { label: own, timer });
}

/** Saves `text` as a file called `name`. */
export function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a title: `rubio-urges-talks.md`. */
export function fileName(title, ext) {
  const stem = (title || 'summary').normalize('NFKD').toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'summary';
  return `${stem}.${ext}`;
}
