/* The hearts on product cards and pages, and "Follow" on an artisan's page (favourites/templatetags/favourites.py).

   Pages are drawn for a visitor who keeps nothing (a shared page cannot say who hearted what); the session-state
   answer (session-state.js, window.hirfaSessionState) lists the pieces this visitor hearted and the artisans they
   follow, and the buttons are marked from it. Pressing one sends its form in the background and flips it; without
   this script, or if the request fails, the form is sent as a page and comes back with a message. */
(function () {
    "use strict";

    function markHeart(form, kept) {
        var button = form.querySelector("button");
        form.action = kept ? form.dataset.removeUrl : form.dataset.addUrl;
        if (button) { button.setAttribute("aria-pressed", kept ? "true" : "false"); }
    }

    function markFollow(form, following) {
        var button = form.querySelector("button");
        form.action = following ? form.dataset.unfollowUrl : form.dataset.followUrl;
        if (!button) { return; }
        button.setAttribute("aria-pressed", following ? "true" : "false");
        button.textContent = following ? button.dataset.labelFollowing : button.dataset.labelFollow;
    }

    function apply(state) {
        if (!state) { return; }
        var kept = {};
        (state.favourites || []).forEach(function (id) { kept[String(id)] = true; });
        var followed = {};
        (state.following || []).forEach(function (id) { followed[String(id)] = true; });
        document.querySelectorAll("form[data-favourite-product]").forEach(function (form) {
            markHeart(form, !!kept[form.dataset.favouriteProduct]);
        });
        document.querySelectorAll("form[data-follow-artisan]").forEach(function (form) {
            form.dataset.signedIn = state.signedIn ? "yes" : "";
            markFollow(form, !!followed[form.dataset.followArtisan]);
        });
    }

    function send(form, onDone) {
        var token = form.querySelector("input[name=csrfmiddlewaretoken]");
        if (!window.fetch || !token || !token.value) { return false; }
        fetch(form.action, {
            method: "POST", credentials: "same-origin", body: new FormData(form),
            headers: {"Accept": "application/json", "X-CSRFToken": token.value}
        }).then(function (response) {
            if (!response.ok) { throw new Error(String(response.status)); }
            return response.json();
        }).then(onDone).catch(function () {
            form.dataset.sendAsPage = "yes";  // the page answer says what went wrong, in the page's language
            form.submit();
        });
        return true;
    }

    document.addEventListener("submit", function (event) {
        var form = event.target;
        // session-state.js holds back a form sent before the CSRF token is known, and sends it again once it is.
        if (event.defaultPrevented || form.dataset.sendAsPage) { return; }
        if (form.matches("form[data-favourite-product]")) {
            if (send(form, function (answer) { markHeart(form, !!answer.favourite); })) { event.preventDefault(); }
        } else if (form.matches("form[data-follow-artisan]") && form.dataset.signedIn === "yes") {
            // A guest's press goes as a page: it is sent to sign in and back.
            if (send(form, function (answer) { markFollow(form, !!answer.following); })) { event.preventDefault(); }
        }
    });

    if (window.hirfaSessionState) { window.hirfaSessionState.then(apply); }
})();
