// Lets the page load and work offline. Every file of the page is answered from the cache,
// so that once the page has loaded nothing it asks for goes to the network; the cache is
// refreshed in the background each time the page is opened, and the refreshed files are
// used from the next visit on.

const CACHE = 'abridge-v1';
const SHELL = [
  './', 'index.html', 'style.css', 'icon.svg', 'app.js', 'worker.js', 'summarizer.js',
  'original.js', 'load.js', 'share.js', 'export.js', 'bookmarklet.js', 'pkg/abridge.js', 'pkg/abridge_bg.wasm',
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
  if (request.method !== 'GET') return;
  const path = ownPath(request.url);
  // Only the page's own files: other pages of the folder (embed.html, the widget) and
  // other sites go to the network as if there were no service worker.
  if (path === null) return;
  if (request.mode === 'navigate') event.waitUntil(refresh());
  event.respondWith(cached(request, path));
});

/** The page's file `url` names (`''` for the page itself), or null for anything else. */
function ownPath(url) {
  const scope = new URL('./', self.location.href).href;
  const target = new URL(url);
  target.search = '';
  target.hash = '';
  if (!target.href.startsWith(scope)) return null;
  const path = target.href.slice(scope.length);
  if (path === '' || path === 'index.html') return './';
  return SHELL.includes(path) || path.startsWith('seeds/') ? path : null;
}

async function cached(request, path) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(path, { ignoreSearch: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') cache.put(path, response.clone());
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
