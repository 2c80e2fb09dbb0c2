/* Tandem service worker: keeps the app shell available offline. It never caches the API, so
 * private content only ever lives in the page's memory, not in a cache on the device. */
const VERSION = 'v1';
const SHELL_CACHE = `tandem-shell-${VERSION}`;
const ASSET_CACHE = `tandem-assets-${VERSION}`;
const SHELL = ['/index.html', '/manifest.webmanifest'];
// Each deploy adds new hashed files; keep the newest ones so the cache cannot grow forever.
const MAX_ASSETS = 40;

self.addEventListener('install', (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

/**
 * The shell and the hashed files it loads. The page that installs the worker has fetched its
 * files before the worker controlled it, so without this the first visit would not work offline.
 */
async function precacheShell() {
  const shell = await caches.open(SHELL_CACHE);
  await shell.addAll(SHELL);
  const html = await (await shell.match('/index.html')).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
  await (await caches.open(ASSET_CACHE)).addAll(assets);
}

self.addEventListener('activate', (event) => {
  const keep = new Set([SHELL_CACHE, ASSET_CACHE]);
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('tandem-') && !keep.has(name))
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) return; // always the network, never a cache

  if (request.mode === 'navigate') {
    event.respondWith(networkFirstShell(request));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  }
});

/** Navigations go to the network; offline, the cached shell boots the app. */
async function networkFirstShell(request) {
  try {
    const response = await fetch(request);
    const type = response.headers.get('Content-Type') ?? '';
    if (response.ok && type.includes('text/html')) {
      const cache = await caches.open(SHELL_CACHE);
      await cache.put('/index.html', response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match('/index.html');
    if (cached) return cached;
    throw error;
  }
}

/**
 * Built assets carry a content hash in their name, so a cached copy is never stale. The server
 * answers an unknown path (an asset of an older deploy) with the app's HTML: that is no asset,
 * and is never kept under the asset's name.
 */
async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  const type = response.headers.get('Content-Type') ?? '';
  if (response.ok && !type.includes('text/html')) {
    const cache = await caches.open(ASSET_CACHE);
    await cache.put(request, response.clone());
    await trim(cache, MAX_ASSETS);
  }
  return response;
}

/** Drops the oldest entries (keys come back in insertion order) beyond `max`. */
async function trim(cache, max) {
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - max)).map((key) => cache.delete(key)));
}
