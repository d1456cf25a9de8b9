// The fragment format that carries text from the widget and the bookmarklet to the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeText, decodeText } from '../../www/share.js';

test('text survives the round trip, whatever its characters', async () => {
  const cases = {
    plain: 'The council voted on Tuesday. "We will build," the mayor said.',
    unicode: 'Café «résumé» — 東京で会議。🙂 and combining e\u0301.',
    long: 'A sentence that repeats to make the text long. '.repeat(5000),
    empty: '',
  };
  for (const [name, text] of Object.entries(cases)) {
    const fragment = await encodeText(text);
    assert.match(fragment, /^#text=[A-Za-z0-9_-]*$/, name);
    assert.equal(await decodeText(fragment), text, name);
    assert.equal(await decodeText(fragment.slice(1)), text, `${name} without #`);
  }
});

test('compression keeps long articles short enough for a URL', async () => {
  const text = 'A sentence that repeats to make the text long. '.repeat(5000);
  assert.ok((await encodeText(text)).length < text.length / 20);
});

test('a fragment without text gives null, a damaged one an error', async () => {
  assert.equal(await decodeText(''), null);
  assert.equal(await decodeText('#other=1'), null);
  await assert.rejects(decodeText('#text=%%%'), /damaged/);
  await assert.rejects(decodeText('#text=AAAA'), /damaged/);
});
