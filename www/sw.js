// Lets the page load and work offline. Every file of the page is answered from the cache,
// so that once the page has loaded nothing it asks for goes to the network; the cache is
// refreshed in the background each time the page is opened, and the refreshed files are
// used from the next visit on.

const CACHE = 'abridge-v1';
const SHELL = [
  './', 'index.html', 'style.css', 'icon.svg', 'app.js', 'worker.js', 'summarizer.js',
  'original.js', 'load.js', 'share.js', 'export.js', 'pkg/abridge.js', 'pkg/abridge_bg.wasm',
  'vendor/Readability.js', 'seeds/index.json',
];

self.addEventListener('install', (event) => {
  event.waitUntil(refresh().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.waitUntil(refresh());
  event.respondWith(cached(request));
});

async function cached(request) {
  const cache = await caches.open(CACHE);
  // A navigation to the page may carry a share link's fragment or a query; the page is the
  // same. Other pages of the folder (embed.html) are answered as themselves.
  const page = new URL('./', self.location.href).href;
  const target = new URL(request.url);
  target.search = '';
  const toPage = request.mode === 'navigate' && [page, `${page}index.html`].includes(target.href);
  const key = toPage ? page : request;
  const hit = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') cache.put(key, response.clone());
  return response;
}

/** Fetches every file of the page (and the samples) into the cache, keeping old copies on failure. */
async function refresh() {
  const cache = await caches.open(CACHE);
  const put = async (path) => {
    try {
      const response = await fetch(new Request(path, { cache: 'no-cache' }));
      if (response.ok) await cache.put(path, response.clone());
      return response;
    } catch {
      return null; // offline: keep what is cached
    }
  };
  const responses = await Promise.all(SHELL.map(put));
  const index = responses[SHELL.indexOf('seeds/index.json')];
  if (index && index.ok) {
    try {
      const samples = await index.json();
      await Promise.all(samples.map((name) => put(`seeds/${encodeURIComponent(name)}`)));
    } catch { /* no samples: the page says so when asked */ }
  }
}
