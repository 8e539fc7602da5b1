/* The workshop's service worker (artisans/workshop_app.py): the offline page and static files only. */
"use strict";
var CONFIG = {{ config|safe }};

self.addEventListener("install", function (event) {
    event.waitUntil(
        caches.open(CONFIG.cache)
            .then(function (cache) { return cache.addAll([CONFIG.offline].concat(CONFIG.static)); })
            .then(function () { return self.skipWaiting(); })
    );
});

self.addEventListener("activate", function (event) {
    event.waitUntil(
        caches.keys()
            .then(function (names) {
                return Promise.all(names
                    .filter(function (name) { return name.indexOf("workshop-shell-") === 0 && name !== CONFIG.cache; })
                    .map(function (name) { return caches.delete(name); }));
            })
            .then(function () { return self.clients.claim(); })
    );
});

self.addEventListener("fetch", function (event) {
    var request = event.request;
    if (request.method !== "GET") {
        return; // uploads and forms go to the network, untouched
    }
    var url = new URL(request.url);
    if (request.mode === "navigate") {
        // Pages hold personal data and prices: never cached, only replaced by the offline page when unreachable.
        event.respondWith(fetch(request).catch(function () {
            return caches.open(CONFIG.cache).then(function (cache) { return cache.match(CONFIG.offline); });
        }));
        return;
    }
    if (url.origin === self.location.origin && url.pathname.indexOf(CONFIG.staticPrefix) === 0) {
        event.respondWith(caches.open(CONFIG.cache).then(function (cache) {
            return cache.match(request).then(function (cached) {
                var fresh = fetch(request).then(function (response) {
                    if (response.ok) {
                        cache.put(request, response.clone());
                    }
                    return response;
                });
                return cached || fresh;
            });
        }));
    }
});
