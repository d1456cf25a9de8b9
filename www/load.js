// Turns a file into article text: plain text and Markdown as they are, HTML through
// Mozilla's Readability (loaded by index.html as vendor/Readability.js), which takes the
// article out of the page's menus, footers and ads. Nothing here ever inserts the file
// into the page: HTML is parsed into an inert DOMParser document, which runs no script
// and loads no image.

/** Bytes examined to tell text from binary. */
const SNIFF_BYTES = 65_536;
/** Above this share of control characters a file is not text (text has almost none). */
const MAX_CONTROL_SHARE = 0.05;
/**
 * The largest web page an article is taken out of. DOMParser and Readability run on the
 * page's thread only (workers have no DOM), at about half a second a megabyte of prose:
 * news pages weigh well under this, and a larger one would stall the page for seconds.
 */
export const MAX_HTML_BYTES = 5_000_000;
/** A web page past this takes Readability a tenth of a second or more: the reader is told first. */
const SLOW_HTML_BYTES = 200_000;

/**
 * Reads `file` and returns `{text, title, notice}`; `notice` says what a reader should know
 * (replaced characters, a page with no article). Throws an Error with a message for a
 * reader when the file is not text. Before taking the article out of a large web page, which
 * holds the page's thread, it awaits `reading(message)`, which can show the message.
 */
export async function loadFile(file, { reading = async () => {} } = {}) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const name = file.name || 'the file';
  const { text, replaced, legacy } = decode(bytes, name);
  const notices = [];
  if (legacy) {
    notices.push(`${name} is not UTF-8: it was read as Windows-1252 (Latin-1), as older Western software writes text.`);
  } else if (replaced) {
    notices.push(`${name} is not valid UTF-8: the characters that could not be read are shown as �.`);
  }
  let title = '';
  let body = text;
  if (isHtml(name, file.type, text)) {
    if (bytes.length > MAX_HTML_BYTES) {
      throw new Error(`${name} is a web page of ${(bytes.length / 1e6).toFixed(1)} MB, more than the `
        + `${MAX_HTML_BYTES / 1e6} MB an article can be taken out of here: save the article as a .txt `
        + 'file, or copy and paste its text.');
    }
    if (bytes.length > SLOW_HTML_BYTES) await reading(`Taking the article out of ${name}…`);
    const article = extractArticle(text);
    body = article.text;
    title = article.title;
    if (article.notice) notices.push(article.notice);
  }
  if (!body.trim()) throw new Error(`${name} holds no text to summarize.`);
  return { text: body, title, notice: notices.join(' ') };
}

/**
 * Decodes bytes as text, refusing binary data: `{text, replaced, legacy}`, `replaced` when
 * some bytes could not be read, `legacy` when the text was read as Windows-1252.
 */
export function decode(bytes, name = 'the file') {
  const utf16 = bomUtf16(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    return { text, replaced: text.includes('\uFFFD') };
  }
  if (looksBinary(bytes)) {
    throw new Error(`${name} is not a text file: open a .txt, .md or .html file.`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), replaced: false };
  } catch {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    // Not one character beyond ASCII read as UTF-8: the bytes above 0x7f are most likely the
    // letters of Latin-1 or Windows-1252 (`é` as one byte), in which every byte is a character.
    // A file with some UTF-8 in it is UTF-8 with a few bytes broken.
    if (!/[^\u0000-\u007f\ufffd]/u.test(text)) {
      return { text: new TextDecoder('windows-1252').decode(bytes), replaced: false, legacy: true };
    }
    return { text, replaced: true };
  }
}

function bomUtf16(b) {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

function looksBinary(bytes) {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    // Tab, line feed, vertical tab, form feed, carriage return and escape occur in text.
    if (b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}

function isHtml(name, type, text) {
  if (/\.(x?html?)$/i.test(name) || type === 'text/html' || type === 'application/xhtml+xml') return true;
  if (/\.(txt|md|markdown|text)$/i.test(name)) return false;
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

/** The article in an HTML document: `{title, text, notice}`. */
export function extractArticle(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const docTitle = (doc.title || '').trim();
  const Readability = globalThis.Readability;
  if (typeof Readability === 'function') {
    const article = new Readability(doc).parse();
    if (article && article.content) {
      const content = new DOMParser().parseFromString(article.content, 'text/html');
      const text = textOf(content.body);
      if (text.trim()) return { title: (article.title || docTitle).trim(), text, notice: '' };
    }
  }
  // Readability found no article (or is missing): keep the page's whole text.
  const whole = new DOMParser().parseFromString(html, 'text/html');
  return {
    title: docTitle,
    text: textOf(whole.body),
    notice: 'No article was found in this page, so all of its text is shown.',
  };
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'HEAD']);

/**
 * The text of an element with paragraphs kept: blocks are separated by a blank line, `<br>`
 * breaks a line, and white space elsewhere collapses as a browser would show it.
 */
export function textOf(root) {
  const out = [];
  const walk = (node, pre) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        out.push(pre ? child.data : child.data.replace(/\s+/g, ' '));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') { out.push('\n'); continue; }
        const block = BLOCKS.has(tag);
        if (block) out.push('\n\n');
        else if (tag === 'TD' || tag === 'TH') out.push(' ');
        walk(child, pre || tag === 'PRE');
        if (block) out.push('\n\n');
      }
    }
  };
  if (root) walk(root, false);
  return out.join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/ {2,}/g, ' ')
    .trim();
}
