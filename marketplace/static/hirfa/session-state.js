/* What a page shared by every anonymous visitor leaves out (marketplace/page_cache.py), filled in for this visitor.

   - The CSRF token: shared pages carry none in their forms; it is written in from the csrftoken cookie, which the
     session-state answer sets, as soon as it is known and again just before a form is sent.
   - On a page drawn for an anonymous visitor (data-session-state names the answer's address): the basket's count,
     the account links of a signed-in visitor and any messages waiting, since a browser or a CDN may have kept a copy
     of the page from before the visitor signed in or filled a basket.
   - On any page with a heart or a "Follow" button, the same answer for favourites.js (window.hirfaSessionState):
     the pieces this visitor hearted and the artisans they follow. */
(function () {
    "use strict";
    var script = document.currentScript;
    var cookieName = (script && script.dataset.csrfCookie) || "csrftoken";
    // Pages drawn for anyone ask always; other pages only when they have a heart or a "Follow" button to mark.
    var stateUrl = script && (script.dataset.sessionState ||
        (document.querySelector("[data-favourite-product], [data-follow-artisan]") && script.dataset.sessionStateUrl));

    function csrfToken() {
        var prefix = cookieName + "=";
        var pair = document.cookie.split("; ").filter(function (item) { return item.indexOf(prefix) === 0; })[0];
        return pair ? decodeURIComponent(pair.slice(prefix.length)) : "";
    }

    function fillTokens() {
        var token = csrfToken();
        if (!token) { return false; }
        document.querySelectorAll("input[name=csrfmiddlewaretoken]").forEach(function (input) {
            if (!input.value) { input.value = token; }
        });
        return true;
    }

    function showBasketCount(state) {
        var link = document.querySelector(".basket-link");
        if (!link) { return; }
        link.querySelectorAll(".badge").forEach(function (badge) { badge.remove(); });
        if (state.basketCount > 0) {
            var badge = document.createElement("span");
            badge.className = "badge badge-pill badge-light";
            badge.textContent = state.basketCountText;
            link.appendChild(document.createTextNode(" "));
            link.appendChild(badge);
        }
    }

    function showAccountLinks(state) {
        var basketLink = document.querySelector(".site-tools .basket-link");
        var menu = document.querySelector(".site-nav__account");
        if (!state.signedIn || !basketLink) { return; }
        document.querySelectorAll(".site-tools .site-tools__account").forEach(function (link) { link.remove(); });
        basketLink.insertAdjacentHTML("afterend", state.accountLinks);
        if (menu) { menu.innerHTML = state.menuAccountLinks; }
    }

    function showMessages(state) {
        var main = document.getElementById("main");
        if (!state.messages || !main) { return; }
        var box = document.createElement("div");
        box.className = "session-messages";
        box.innerHTML = state.messages;
        var header = main.querySelector(".page-header");
        main.insertBefore(box, header ? header.nextSibling : main.firstChild);
    }

    var ready = Promise.resolve();
    var answered = Promise.resolve(null);
    if (stateUrl && window.fetch) {
        answered = fetch(stateUrl, {credentials: "same-origin", cache: "no-store", headers: {"Accept": "application/json"}})
            .then(function (response) { return response.ok ? response.json() : null; })
            .catch(function () { return null; });
        ready = answered
            .then(function (state) {
                if (!state) { return; }
                showBasketCount(state);
                showAccountLinks(state);
                showMessages(state);
            })
            .catch(function () { /* the page stays as drawn for an anonymous visitor */ })
            .then(fillTokens);
    }
    fillTokens();
    // The answer for other scripts (favourites.js marks the hearts and the "Follow" button from it), once the
    // tokens are written in; null when there is none.
    window.hirfaSessionState = ready.then(function () { return answered; });

    // A form sent before the token was known waits for the session-state answer (once), then goes.
    document.addEventListener("submit", function (event) {
        var form = event.target;
        var input = form.querySelector("input[name=csrfmiddlewaretoken]");
        if (!input || input.value || fillTokens() || form.dataset.waitedForToken) { return; }
        event.preventDefault();
        form.dataset.waitedForToken = "yes";
        var submitter = event.submitter;
        ready.then(function () {
            fillTokens();
            if (form.requestSubmit) { form.requestSubmit(submitter || undefined); } else { form.submit(); }
        });
    }, true);
})();
