// Carries an article's text to the Abridge page in the URL fragment, which browsers never
// send to a server: `#text=` followed by the base64url of the deflate-raw of its UTF-8.
// The widget and the bookmarklet write it where WebAssembly is blocked; the page reads it.

const KEY = 'text';

/** The fragment (with its `#`) that carries `text`. */
export async function encodeText(text) {
  const bytes = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return `#${KEY}=${toBase64Url(bytes)}`;
}

/**
 * The text a fragment carries, or `null` when it carries none. `fragment` is a URL's hash,
 * with or without its `#`. A damaged payload rejects with an `Error` that says so.
 */
export async function decodeText(fragment) {
  const payload = new URLSearchParams(fragment.replace(/^#/, '')).get(KEY);
  if (payload === null) return null;
  let bytes;
  try {
    bytes = await pipe(fromBase64Url(payload), new DecompressionStream('deflate-raw'));
  } catch (cause) {
    throw new Error(`the text in the link is damaged (${payload.length} characters)`, { cause });
  }
  return new TextDecoder().decode(bytes);
}

async function pipe(bytes, transform) {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes) {
  // Chunked, because spreading a long array into fromCharCode overflows the call stack.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
