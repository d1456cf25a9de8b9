// The page: reads the input, asks the engine (in worker.js) for a summary, shows it.
// It never scores anything itself, and it inserts article text only as text.

import { Summarizer, Superseded } from './summarizer.js';
import { OriginalView } from './original.js';
import { loadFile } from './load.js';
import { encodeText, decodeText } from './share.js';
import { offerBookmarklet } from './bookmarklet.js';
import { toPlain, toMarkdown, toJson, copy, download, fileName, relabel } from './export.js';

/** Chromium refuses URLs above 2 MB: a longer share link may not open. */
const MAX_LINK_CHARS = 2_000_000;
/** Texts longer than this are kept out of the text box, which would take seconds to lay out. */
const MAX_EDIT_CHARS = 1_000_000;
/**
 * The longest text the page summarizes, in characters (UTF-16 code units). The engine's
 * memory grows to about 17 times the text (865 MB for 50 million characters), a wasm memory
 * never shrinks, and a phone closes a tab well before 4 GB: 25 million characters (some four
 * million words) keep it near 435 MB, and take 15 s on a busy 2-core machine.
 */
const MAX_TEXT_CHARS = 25_000_000;
/** Average silent reading speed of adults, in words a minute (Brysbaert, 2019). */
const WORDS_PER_MINUTE = 238;
/**
 * The same in characters a minute, for languages written without spaces, whose "words" the
 * engine counts as pairs of characters (Brysbaert, 2019).
 */
const CHARS_PER_MINUTE = { zh: 255, ja: 357 };
/** Summary items shown at most; the downloads carry all of them. */
const MAX_SHOWN = 200;
/** Sentences the slider reaches at most: past that, a percentage says it better. */
const MAX_SLIDER_SENTENCES = 50;
/** Wait after a keystroke before summarizing, longer for longer texts. */
const TYPING_DELAY_MS = 120;
/** Show progress only for work that a reader would notice. */
const PROGRESS_AFTER_MS = 200;
const PRESETS = {
  sentences: { short: 3, medium: 5, long: 8 },
  percent: { short: 10, medium: 20, long: 35 },
};
const SCORE_LABELS = {
  terms: ['Important words', 'how much of the text’s vocabulary it carries'],
  position: ['Position', 'news puts what matters first'],
  title: ['Title words', 'words it shares with the title'],
  length: ['Length', 'very short and very long sentences make poor summaries'],
  opener: ['Opening word', 'a penalty for starting with “He”, “But”, “This”…'],
  redundancy: ['Repetition', 'a penalty for repeating what the summary already says'],
};

const $ = (id) => document.getElementById(id);

offerBookmarklet($('bookmarklet-link'));
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

const ui = {
  text: $('text'), title: $('title'), file: $('file'), open: $('open'), sample: $('sample'),
  clear: $('clear'), largeNote: $('large-note'), largeText: $('large-text'),
  largeClear: $('large-clear'), fileNotice: $('file-notice'), input: $('input'),
  length: $('length'), lengthLabel: $('length-label'), lengthOut: $('length-out'),
  presets: [...document.querySelectorAll('[data-preset]')],
  units: [...document.querySelectorAll('input[name=unit]')],
  language: $('language'), languageShown: $('language-shown'),
  progress: $('progress'), progressBar: $('progress-bar'), progressText: $('progress-text'),
  error: $('error'), results: $('results'), skip: $('skip'), live: $('live'),
  statIn: $('stat-in'), statOut: $('stat-out'), statSaved: $('stat-saved'), statTime: $('stat-time'),
  summary: $('summary'), summaryCount: $('summary-count'), summaryMore: $('summary-more'),
  quotes: $('quotes'), quotesCount: $('quotes-count'), quotesNone: $('quotes-none'),
  fragments: $('fragments'), fragmentList: $('fragment-list'), fragmentsCount: $('fragments-count'),
  keywords: $('keywords'), original: $('original'), theme: $('theme'),
  copyError: $('copy-error'), shareBox: $('share-box'), shareUrl: $('share-url'),
};

const state = {
  text: '',
  textId: 0,
  unit: 'sentences',
  values: { sentences: PRESETS.sentences.medium, percent: PRESETS.percent.medium },
  shown: null, // {text, result, ms}: what the page shows
  requested: 0, // the newest request's number
  settled: 0, // the newest request answered without the engine (an empty or too long text)
  samples: null,
  sample: 0,
  rate: 2_000, // characters the engine reads a millisecond, refined by each run
};

let engine = null;
const original = new OriginalView(ui.original, { onProgress: (f) => renderProgress('show', f) });

// ---------------------------------------------------------------- theme

const THEME_KEY = 'abridge-theme';
function applyTheme(theme) {
  document.documentElement.dataset.theme = theme;
  ui.theme.setAttribute('aria-pressed', String(theme === 'dark'));
}
applyTheme(readTheme());
function readTheme() {
  try {
    const saved = localStorage.getItem(THEME_KEY);
    if (saved === 'dark' || saved === 'light') return saved;
  } catch { /* storage may be off: follow the system */ }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
ui.theme.addEventListener('click', () => {
  const theme = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
  applyTheme(theme);
  try { localStorage.setItem(THEME_KEY, theme); } catch { /* not persisted, still applied */ }
});

// ---------------------------------------------------------------- input

/** Makes `text` the one to summarize; `shared` when it comes from the address (a share link). */
function setText(text, { title, shared = false } = {}) {
  state.text = text;
  state.textId++;
  if (!shared) forgetShareLink();
  const large = text.length > MAX_EDIT_CHARS;
  ui.text.value = large ? '' : text;
  // Standing in for a text it does not hold, the box takes no keystroke, which would replace
  // all of that text; a paste, a drop, a file or Clear still does.
  ui.text.readOnly = large;
  ui.largeNote.hidden = !large;
  if (large) {
    ui.largeText.textContent = `${formatSize(text.length)} of text: too long to edit here`
      + (text.length > MAX_TEXT_CHARS ? '.' : ', so it is shown under “Original text”.');
  }
  if (title !== undefined) ui.title.value = title;
  schedule(0);
}

function notice(message) {
  ui.fileNotice.textContent = message;
  ui.fileNotice.hidden = !message;
}

/** Shows `message` and waits until it is drawn: long work on the page's thread comes next. */
async function noticeShown(message) {
  notice(message);
  announce(message);
  await new Promise((drawn) => requestAnimationFrame(() => setTimeout(drawn)));
}

ui.text.addEventListener('input', (e) => {
  state.text = ui.text.value;
  state.textId++;
  forgetShareLink();
  ui.largeNote.hidden = true;
  // A paste or a drop brings a whole text at once: no keystroke follows to wait for.
  const whole = e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop';
  schedule(whole ? 0 : TYPING_DELAY_MS + state.text.length / 20_000);
});
ui.text.addEventListener('paste', (e) => {
  const pasted = e.clipboardData?.getData('text/plain') ?? '';
  // The text box takes a short text, and says so by `input`; read-only, it takes none.
  if (!pasted || (pasted.length <= MAX_EDIT_CHARS && !ui.text.readOnly)) return;
  e.preventDefault();
  notice('');
  setText(pasted);
});
ui.title.addEventListener('input', () => schedule(TYPING_DELAY_MS));
ui.largeClear.addEventListener('click', () => { setText(''); ui.text.focus(); });
ui.clear.addEventListener('click', () => {
  setText('', { title: '' });
  notice('');
  ui.text.focus();
});

ui.open.addEventListener('click', () => ui.file.click());
ui.file.addEventListener('change', () => {
  if (ui.file.files[0]) openFile(ui.file.files[0]);
  ui.file.value = '';
});

async function openFile(file) {
  // UTF-8 takes at most three bytes a character: such a file is too long whatever it holds,
  // and is not read at all.
  if (file.size > 3 * MAX_TEXT_CHARS) {
    const message = tooLongMessage(`${file.name} is ${(file.size / 1e6).toFixed(1)} MB`);
    notice(message);
    announce(message);
    return;
  }
  try {
    const { text, title, notice: message } = await loadFile(file, { reading: noticeShown });
    notice(message);
    setText(text, { title });
    announce(`Opened ${file.name}.`);
  } catch (e) {
    notice(e.message);
    announce(e.message);
  }
}

for (const type of ['dragenter', 'dragover']) {
  ui.input.addEventListener(type, (e) => {
    e.preventDefault();
    ui.input.classList.add('dropping');
  });
}
ui.input.addEventListener('dragleave', (e) => {
  if (!ui.input.contains(e.relatedTarget)) ui.input.classList.remove('dropping');
});
ui.input.addEventListener('drop', (e) => {
  e.preventDefault();
  ui.input.classList.remove('dropping');
  const file = e.dataTransfer.files[0];
  if (file) openFile(file);
  else {
    const text = e.dataTransfer.getData('text/plain');
    if (text) { notice(''); setText(text); }
  }
});

/** The text of sample article `index` (of any number, in turn), and how many there are. */
async function sample(index) {
  if (!state.samples) {
    const response = await fetch('seeds/index.json');
    if (!response.ok) throw new Error('no samples');
    state.samples = await response.json();
  }
  if (!state.samples.length) throw new Error('no samples');
  const name = state.samples[index % state.samples.length];
  const response = await fetch(`seeds/${encodeURIComponent(name)}`);
  if (!response.ok) throw new Error('no sample');
  return { text: await response.text(), count: state.samples.length };
}

ui.sample.addEventListener('click', async () => {
  try {
    const index = state.sample++;
    const { text, count } = await sample(index);
    notice(count > 1 ? `Sample ${(index % count) + 1} of ${count}.` : '');
    setText(text, { title: '' });
  } catch {
    notice('The sample articles are not available (run scripts/build to copy them).');
  }
});

// ---------------------------------------------------------------- length and language

function setUnit(unit) {
  state.unit = unit;
  for (const radio of ui.units) radio.checked = radio.value === unit;
  ui.lengthLabel.textContent = unit === 'sentences' ? 'Sentences' : 'Percent of the sentences';
  updateSlider();
}

function updateSlider() {
  const count = state.shown?.result.count ?? 0;
  if (state.unit === 'sentences') {
    const max = Math.max(PRESETS.sentences.long, Math.min(count || 20, MAX_SLIDER_SENTENCES));
    Object.assign(ui.length, { min: 1, max, step: 1 });
    // What the slider shows is what is asked for, even after a shorter text came in.
    state.values.sentences = Math.min(state.values.sentences, max);
  } else {
    Object.assign(ui.length, { min: 5, max: 100, step: 5 });
  }
  ui.length.value = state.values[state.unit];
  const value = Number(ui.length.value);
  ui.lengthOut.value = state.unit === 'sentences' ? `${value} ${value === 1 ? 'sentence' : 'sentences'}` : `${value}%`;
  for (const button of ui.presets) {
    button.setAttribute('aria-pressed', String(PRESETS[state.unit][button.dataset.preset] === value));
  }
}

ui.length.addEventListener('input', () => {
  state.values[state.unit] = Number(ui.length.value);
  updateSlider();
  schedule(0);
});
for (const radio of ui.units) {
  radio.addEventListener('change', () => { setUnit(radio.value); schedule(0); });
}
for (const button of ui.presets) {
  button.addEventListener('click', () => {
    state.values[state.unit] = PRESETS[state.unit][button.dataset.preset];
    updateSlider();
    schedule(0);
  });
}
ui.language.addEventListener('change', () => schedule(0));

function options() {
  const value = state.values[state.unit];
  const options = state.unit === 'sentences' ? { sentences: value } : { ratio: value / 100 };
  const title = ui.title.value.trim();
  if (title) options.title = title;
  if (ui.language.value) options.language = ui.language.value;
  return options;
}

async function fillLanguages() {
  const languages = await engine.languages();
  const current = ui.language.value;
  ui.language.replaceChildren(el('option', { value: '', textContent: 'Detect automatically' }));
  for (const { code, name } of languages) {
    ui.language.append(el('option', { value: code, textContent: `${languageName(code, name)} (${code})` }));
  }
  ui.language.value = languages.some((l) => l.code === current) ? current : '';
}

// ---------------------------------------------------------------- summarizing

let timer = 0;
function schedule(delay) {
  clearTimeout(timer);
  timer = setTimeout(summarize, delay);
}

async function summarize() {
  if (!engine) return; // summarized once the engine is ready
  const number = ++state.requested;
  const text = state.text;
  // Neither goes to the engine: any answer still on its way is for an older text.
  const tooLong = text.length > MAX_TEXT_CHARS;
  if (tooLong || !text.trim()) {
    state.settled = number;
    hideProgress();
    showNothing(tooLong ? tooLongMessage(`This text is ${formatSize(text.length)} long`) : '');
    return;
  }
  const started = performance.now();
  const progress = setTimeout(() => showProgress(text.length, started), text.length > 200_000 ? 0 : PROGRESS_AFTER_MS);
  try {
    const { result, ms } = await engine.run(text, state.textId, options());
    clearTimeout(progress);
    if (number < state.settled) return;
    if (number < state.requested && state.shown) return; // a newer answer is on its way
    state.rate = text.length / Math.max(ms, 1);
    showError('');
    render(text, result, ms, number === state.requested);
  } catch (e) {
    clearTimeout(progress);
    if (e instanceof Superseded) return;
    if (number !== state.requested) return;
    hideProgress();
    if (ui.language.value && /language/i.test(e.message)) {
      ui.language.value = '';
      showError(`${e.message}: reading the language automatically instead.`);
      schedule(0);
      return;
    }
    // What was shown is of an earlier text, or of other settings.
    showNothing(`Could not summarize: ${e.message}`);
  }
}

/** What the page says of `what` (a text, a file) over its limit, and what to do instead. */
function tooLongMessage(what) {
  return `${what}, more than the ${formatSize(MAX_TEXT_CHARS)} the page can summarize: `
    + 'summarize it in parts, or with the abridge command-line tool.';
}

/** Says `message` (none when empty) at the top of the page, or `where`. */
function showError(message, where = ui.error) {
  where.textContent = message;
  where.hidden = !message;
}

/** Shows `message` (none when empty) instead of any results. */
function showNothing(message) {
  showError(message);
  ui.results.hidden = ui.skip.hidden = true;
  state.shown = null;
  original.clear();
}

// Long work shows a bar: the engine reports no progress of its own, so its share is
// estimated from how fast earlier runs read, and never shown as done before it is.
let progressTicker = 0;
function showProgress(chars, started) {
  ui.progress.hidden = false;
  ui.results.setAttribute('aria-busy', 'true');
  const expected = chars / state.rate;
  clearInterval(progressTicker);
  const tick = () => {
    const elapsed = performance.now() - started;
    ui.progressBar.value = Math.min(0.9, (elapsed / expected) * 0.9);
    ui.progressText.textContent = `Summarizing ${formatSize(chars)}… ${(elapsed / 1000).toFixed(1)} s`;
  };
  tick();
  progressTicker = setInterval(tick, 100);
}

function renderProgress(stage, fraction) {
  if (fraction >= 1) {
    hideProgress();
    return;
  }
  clearInterval(progressTicker);
  ui.progress.hidden = false;
  ui.progressBar.value = 0.9 + fraction * 0.1;
  ui.progressText.textContent = `Showing the text… ${Math.round(fraction * 100)}%`;
}

function hideProgress() {
  clearInterval(progressTicker);
  ui.progress.hidden = true;
  ui.results.removeAttribute('aria-busy');
}

// ---------------------------------------------------------------- rendering

function render(text, result, ms, latest) {
  const sameText = state.shown && state.shown.text === text;
  state.shown = { text, result, ms };
  ui.results.hidden = ui.skip.hidden = false;
  ui.shareBox.hidden = true;
  showError('', ui.copyError);
  updateSlider();

  const { unit, all, out, perMinute } = length(text, result);
  for (const label of document.querySelectorAll('.stats .unit')) label.textContent = unit;
  ui.statIn.textContent = all.toLocaleString();
  ui.statOut.textContent = out.toLocaleString();
  ui.statSaved.textContent = formatMinutes((all - out) / perMinute);
  ui.statTime.textContent = formatMs(ms);

  const code = result.language;
  ui.languageShown.textContent = `Read as ${languageName(code)} (${code})${ui.language.value ? '' : ', detected'}.`;

  renderSummary(text, result);
  renderQuotes(result);
  renderKeywords(result);
  original.show(text, result, { keepScroll: sameText });
  if (latest) {
    announce(`Summary: ${result.selected.length.toLocaleString()} of ${result.count.toLocaleString()} sentences, `
      + `${out.toLocaleString()} of ${all.toLocaleString()} ${unit.toLowerCase()}.`, 600);
  }
}

function renderSummary(text, result) {
  const items = [];
  const shown = Math.min(result.selected.length, MAX_SHOWN);
  for (let k = 0; k < shown; k++) {
    const i = result.selected[k];
    const sentence = text.slice(result.starts[i], result.ends[i]);
    const button = el('button', { type: 'button', className: 'sentence', dir: 'auto', textContent: sentence });
    button.addEventListener('click', () => jumpToSentence(i));
    const why = el('details', { className: 'why' },
      el('summary', { textContent: 'Why?' }),
      el('p', { textContent: `Ranked ${result.ranks[k].toLocaleString()} of ${result.count.toLocaleString()} by score.` }),
      whyTable(result, i));
    items.push(el('li', {}, button, why));
  }
  ui.summary.replaceChildren(...items);
  const chosen = result.selected.length.toLocaleString();
  ui.summaryCount.textContent = `(${chosen} of ${result.count.toLocaleString()} sentences)`;
  ui.summaryMore.hidden = result.selected.length <= shown;
  ui.summaryMore.textContent = `The first ${shown} are shown; the downloads hold all ${chosen}.`;
}

function whyTable(result, i) {
  const k = result.scoreKeys.length;
  const rows = [];
  let totalCell = null;
  result.scoreKeys.forEach((key, j) => {
    const value = result.scores[i * k + j];
    if (key === 'total') {
      totalCell = value;
      return;
    }
    const [label, help] = SCORE_LABELS[key] ?? [key[0].toUpperCase() + key.slice(1), ''];
    rows.push(el('tr', {},
      el('th', { scope: 'row', textContent: label }, help ? el('span', { className: 'hint', textContent: ` ${help}` }) : ''),
      el('td', { textContent: formatScore(value), className: value < 0 ? 'negative' : '' })));
  });
  return el('table', {},
    el('caption', { className: 'visually-hidden', textContent: 'Score breakdown' }),
    el('tbody', {}, ...rows),
    el('tfoot', {}, el('tr', {}, el('th', { scope: 'row', textContent: 'Total' }),
      el('td', { textContent: formatScore(totalCell ?? 0) }))));
}

function renderQuotes(result) {
  const statements = result.quotes.filter((q) => q.kind !== 'fragment');
  const fragments = result.quotes.filter((q) => q.kind === 'fragment');
  ui.quotes.replaceChildren(...statements.map((q) => {
    const button = el('button', { type: 'button', className: 'quote' },
      el('span', { className: 'quote-text', dir: 'auto', textContent: `“${q.text}”` }),
      el('span', { className: 'speaker', dir: 'auto', textContent: q.speaker ? `${q.speaker}${q.cue ? ` (${q.cue})` : ''}` : 'Speaker not named' }));
    button.addEventListener('click', () => jumpToSpan(q.start, q.end, 'Quote'));
    return el('li', {}, button);
  }));
  ui.quotesCount.textContent = statements.length ? `(${statements.length})` : '';
  ui.quotesNone.hidden = statements.length > 0;
  ui.fragments.hidden = fragments.length === 0;
  ui.fragmentsCount.textContent = `(${fragments.length})`;
  ui.fragmentList.replaceChildren(...fragments.map((q) => {
    const button = el('button', { type: 'button', className: 'fragment', dir: 'auto', textContent: `“${q.text}”` });
    button.addEventListener('click', () => jumpToSpan(q.start, q.end, 'Quoted words'));
    return el('li', {}, button);
  }));
}

let activeKeyword = null;
function renderKeywords(result) {
  const keep = activeKeyword;
  activeKeyword = null;
  ui.keywords.replaceChildren(...result.keywords.map((kw) => {
    const count = kw.spans.length / 2;
    const button = el('button', { type: 'button', className: 'keyword', dir: 'auto' },
      kw.text, el('span', { className: 'count', textContent: ` ${count}` }));
    button.setAttribute('aria-pressed', 'false');
    button.setAttribute('aria-label', `${kw.text}, ${count} ${count === 1 ? 'time' : 'times'}`);
    button.addEventListener('click', () => toggleKeyword(button, kw));
    if (keep === kw.text) queueMicrotask(() => toggleKeyword(button, kw, false));
    return el('li', {}, button);
  }));
}

function toggleKeyword(button, kw, jump = true) {
  const on = activeKeyword !== kw.text;
  for (const b of ui.keywords.querySelectorAll('button')) b.setAttribute('aria-pressed', 'false');
  activeKeyword = on ? kw.text : null;
  button.setAttribute('aria-pressed', String(on));
  original.highlight('keyword', on ? kw.spans : []);
  if (!on) return announce(`${kw.text} is no longer highlighted.`);
  announce(`${kw.text} highlighted ${kw.spans.length / 2} times in the text.`);
  if (jump && kw.spans.length) original.reveal(kw.spans[0], kw.spans[1]);
}

async function jumpToSentence(i) {
  const mark = await original.markOf(i);
  if (!mark) return;
  original.scrollToElement(mark);
  mark.focus({ preventScroll: true });
  mark.classList.remove('flash');
  void mark.offsetWidth; // restart the flash animation
  mark.classList.add('flash');
}

async function jumpToSpan(start, end, what) {
  await original.reveal(start, end);
  ui.original.focus({ preventScroll: true });
  announce(`${what} shown in the original text.`);
}

// ---------------------------------------------------------------- taking it away

/**
 * How long the text and the summary are, as a reader counts: words, or characters other than
 * spaces in a language written without them; and how many of those a minute are read.
 */
function length(text, result) {
  const chars = CHARS_PER_MINUTE[result.language];
  const size = chars
    ? (i) => text.slice(result.starts[i], result.ends[i]).replace(/\s/g, '').length
    : (i) => result.words[i];
  let all = 0;
  for (let i = 0; i < result.count; i++) all += size(i);
  const out = result.selected.reduce((n, i) => n + size(i), 0);
  return { unit: chars ? 'Characters' : 'Words', all, out, perMinute: chars ?? WORDS_PER_MINUTE };
}

function view() {
  const { text, result, ms } = state.shown;
  const k = result.scoreKeys.length;
  const { unit, all, out } = length(text, result);
  return {
    title: ui.title.value.trim() || result.title || '',
    language: result.language,
    sentences: Array.from(result.selected, (i) => ({
      text: text.slice(result.starts[i], result.ends[i]),
      start: result.starts[i],
      end: result.ends[i],
      score: Object.fromEntries(result.scoreKeys.map((key, j) => [key, result.scores[i * k + j]])),
    })),
    quotes: result.quotes.filter((q) => q.kind !== 'fragment')
      .map(({ text: quote, speaker, cue, start, end }) => ({ text: quote, speaker, cue, start, end })),
    keywords: result.keywords.map(({ text: keyword, score }) => ({ text: keyword, score })),
    stats: { [`${unit.toLowerCase()}In`]: all, [`${unit.toLowerCase()}Out`]: out, sentencesIn: result.count, milliseconds: Math.round(ms) },
  };
}

async function copyAs(format, button) {
  if (!state.shown) return;
  const v = view();
  try {
    await copy(format === 'markdown' ? toMarkdown(v) : toPlain(v));
    showError('', ui.copyError);
    relabel(button, 'Copied');
    announce(format === 'markdown' ? 'Summary copied as Markdown.' : 'Summary copied as text.');
  } catch (e) {
    // Said by the buttons, not only to screen readers: the reader is waiting for the copy
    // there, and the page's messages show far above.
    showError(`Could not copy the summary: ${e.message.replace(/\.$/, '')}. Download it instead, or select it and copy it by hand.`, ui.copyError);
  }
}
$('copy-text').addEventListener('click', (e) => copyAs('plain', e.currentTarget));
$('copy-md').addEventListener('click', (e) => copyAs('markdown', e.currentTarget));
$('download-md').addEventListener('click', () => {
  if (!state.shown) return;
  const v = view();
  download(fileName(v.title, 'md'), toMarkdown(v), 'text/markdown');
});
$('download-json').addEventListener('click', () => {
  if (!state.shown) return;
  const v = view();
  download(fileName(v.title, 'json'), toJson(v), 'application/json');
});
// A share link is the page's address with `#text=` (see share.js) and the settings after it.
$('share').addEventListener('click', async () => {
  if (!state.text.trim()) return;
  const settings = new URLSearchParams({ unit: state.unit, length: state.values[state.unit] });
  if (ui.title.value.trim()) settings.set('title', ui.title.value.trim());
  if (ui.language.value) settings.set('language', ui.language.value);
  const url = new URL(location.href);
  url.hash = '';
  const link = `${url.href}${await encodeText(state.text)}&${settings}`;
  ui.shareBox.hidden = false;
  ui.shareUrl.value = link;
  ui.shareUrl.select();
  let message = 'Share link made';
  try {
    await copy(link);
    message += ' and copied';
  } catch { /* selected in the box, ready to copy by hand */ }
  if (link.length > MAX_LINK_CHARS) message += '. It is very long: some browsers may not open it';
  announce(`${message}.`);
});

async function openShareLink() {
  try {
    const text = await decodeText(location.hash);
    if (text === null) return;
    const settings = new URLSearchParams(location.hash.slice(1));
    const unit = settings.get('unit');
    const length = Number(settings.get('length'));
    if (unit === 'sentences' || unit === 'percent') {
      if (Number.isFinite(length) && length > 0) state.values[unit] = length;
      setUnit(unit);
    }
    state.pendingLanguage = settings.get('language');
    notice('');
    setText(text, { title: settings.get('title') ?? '', shared: true });
  } catch (e) {
    notice(`This share link could not be read: ${e.message}. Ask for the link again, or paste the article.`);
  }
}
addEventListener('hashchange', openShareLink);

/**
 * Takes a share link's text, and the settings that came with it, out of the address once the
 * reader's own text replaces it: a reload would bring the shared text back over theirs.
 */
function forgetShareLink() {
  if (new URLSearchParams(location.hash.slice(1)).has('text')) {
    history.replaceState(history.state, '', location.pathname + location.search);
  }
}

// ---------------------------------------------------------------- helpers

let announceTimer = 0;
function announce(message, delay = 0) {
  clearTimeout(announceTimer);
  // A repeated message must change to be read again.
  announceTimer = setTimeout(() => { ui.live.textContent = message; }, delay);
}

/** A language's name in the reader's own language where the browser knows it. */
function languageName(code, fallback = code) {
  try {
    return new Intl.DisplayNames([navigator.language || 'en', 'en'], { type: 'language' }).of(code) || fallback;
  } catch {
    return fallback;
  }
}

const formatScore = (x) => (x >= 0 ? '+' : '−') + Math.abs(x).toFixed(2);
function formatMinutes(minutes) {
  if (minutes < 1) return `${Math.round(minutes * 60)} s`;
  return minutes < 60 ? `${Math.round(minutes)} min` : `${(minutes / 60).toFixed(1)} h`;
}
const formatMs = (ms) => (ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`);
function formatSize(chars) {
  if (chars < 1e3) return `${chars} characters`;
  return chars < 1e6 ? `${Math.round(chars / 1e3)} thousand characters` : `${(chars / 1e6).toFixed(1)} million characters`;
}

// ---------------------------------------------------------------- start

setUnit(state.unit);
state.text = ui.text.value; // a reload may have kept what was typed
const shared = openShareLink();
Summarizer.load(new URL('./pkg/abridge_bg.wasm', import.meta.url))
  .then(async (summarizer) => {
    engine = summarizer;
    document.documentElement.dataset.ready = 'true';
    // Only a head start: without the samples the engine warms up on its own texts alone.
    sample(0).then(({ text }) => summarizer.warmUp(text), () => {});
    await shared;
    schedule(0);
    await fillLanguages();
    if (state.pendingLanguage && [...ui.language.options].some((o) => o.value === state.pendingLanguage)) {
      ui.language.value = state.pendingLanguage;
      schedule(0);
    }
  })
  .catch((e) => showError(`The summarizer could not start: ${e.message}. Reload the page to try again.`));

if ('serviceWorker' in navigator && window.isSecureContext) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('sw.js').catch(() => { /* works online without it */ });
  });
}
