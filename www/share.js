// Carries an article's text to the Abridge page in the URL fragment, which browsers never
// send to a server: `#text=` followed by the base64url of the deflate-raw of its UTF-8.
// The widget and the bookmarklet write it where WebAssembly is blocked; the page reads it.

/**
 * The fragment (with its `#`) that carries `text`.
 *
 * Self-contained on purpose: the bookmarklet embeds this function's source, to build the link
 * itself on pages whose CSP stops it from loading any module.
 */
export async function encodeText(text) {
  const stream = new Blob([new TextEncoder().encode(text)])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  // Chunked, because spreading a long array into fromCharCode overflows the call stack.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  const payload = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `#text=${payload}`;
}

/**
 * The text a fragment carries, or `null` when it carries none. `fragment` is a URL's hash,
 * with or without its `#`. A damaged payload rejects with an `Error` that says so.
 */
export async function decodeText(fragment) {
  const payload = new URLSearchParams(fragment.replace(/^#/, '')).get('text');
  if (payload === null) return null;
  let bytes;
  try {
    const stream = new Blob([fromBase64Url(payload)])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'));
    bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  } catch (cause) {
    throw new Error(`the text in the link is damaged (${payload.length} characters)`, { cause });
  }
  return new TextDecoder().decode(bytes);
}

function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
