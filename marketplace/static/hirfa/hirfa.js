/* Hirfa's small progressive enhancements. The site works without this file.
   Behaviour is attached here rather than in inline attributes, which the Content-Security-Policy forbids. */
(function () {
    "use strict";
    var language = document.documentElement.lang || "en";

    // Filters, facets and sorting apply as soon as they change, so phones need one tap less.
    document.querySelectorAll("form.filters select, form.sort-form select, form.facets__form input").forEach(function (field) {
        field.addEventListener("change", function () { field.form.submit(); });
    });

    // Links that go back or print (Oscar's templates used inline onclick handlers for these).
    document.addEventListener("click", function (event) {
        var link = event.target.closest("[data-action]");
        if (!link) { return; }
        if (link.dataset.action === "back") { event.preventDefault(); window.history.back(); }
        if (link.dataset.action === "print") { event.preventDefault(); window.print(); }
    });

    // Which search result a buyer opened (for the authority's search analytics), sent without delaying the page.
    document.addEventListener("click", function (event) {
        var link = event.target.closest("a");
        var item = link && link.closest("[data-search]");
        var token = document.querySelector("meta[name=csrf-token]");
        if (!item || !token || !navigator.sendBeacon) { return; }
        var data = new FormData();
        data.append("search", item.dataset.search);
        data.append("product", item.dataset.product);
        data.append("position", item.dataset.position);
        data.append("csrfmiddlewaretoken", token.content);
        navigator.sendBeacon("/api/search/click/", data);
    });

    // The destination ("Deliver to"): the country in the cookie that the footer's and the basket's forms set, else
    // the region of the browser's language when the marketplace ships there (en-GB: GB), else Oman. Cached pages
    // carry no destination in their HTML: this selects it in the footer and fills the product page's notice.
    var destinationChoices = document.querySelectorAll("select[data-destination-choice]");
    if (destinationChoices.length) {
        var first = destinationChoices[0];
        var shipsTo = Array.prototype.map.call(first.options, function (option) { return option.value; });
        var cookie = document.cookie.split("; ").filter(function (pair) {
            return pair.indexOf(first.dataset.cookie + "=") === 0;
        })[0];
        var chosen = cookie ? decodeURIComponent(cookie.slice(first.dataset.cookie.length + 1)).toUpperCase() : "";
        var region = ((navigator.language || "").split("-").slice(1).filter(function (part) {
            return /^[a-z]{2}$/i.test(part);
        })[0] || "").toUpperCase();
        var destination = shipsTo.indexOf(chosen) >= 0 ? chosen : (shipsTo.indexOf(region) >= 0 ? region : "OM");
        destinationChoices.forEach(function (select) {
            if (select.dataset.destinationChoice === "client") { select.value = destination; }
            // A new destination applies at once (the button stays for browsers without this script).
            select.addEventListener("change", function () { select.form.submit(); });
        });
        var restrictionData = document.getElementById("destination-rules");
        var notice = document.getElementById("destination-notice");
        if (restrictionData && notice) { showRestrictionNotice(JSON.parse(restrictionData.textContent), destination, notice); }
    }

    // What the destination does to this piece, by the same rules as checkout/restrictions.py: a rule for the country
    // wins over the generic one (every destination outside Oman); inside Oman only rules naming Oman apply.
    function showRestrictionNotice(data, country, notice) {
        var rules = {};
        data.rules.forEach(function (rule) { if (rule.country === null && country !== data.home) { rules[rule.flag] = rule; } });
        data.rules.forEach(function (rule) { if (rule.country === country) { rules[rule.flag] = rule; } });
        var name = data.countries[country] || country;
        var lines = [];
        data.flags.forEach(function (flag) {
            var rule = rules[flag];
            if (!rule) { return; }
            var action = rule.action;
            var reason = rule.reason || data.reasons[flag];
            if (action === "surface_only" && data.noSurface.indexOf(country) >= 0) {
                action = "refuse";
                reason = data.reasons.no_surface;
            }
            var text = data.messages[action]
                .replace("%(country)s", function () { return name; })
                .replace("%(reason)s", function () { return reason; });
            lines.push({action: action, text: text});
        });
        notice.replaceChildren();
        notice.hidden = lines.length === 0;
        if (!lines.length) { return; }
        lines.forEach(function (line) {
            var paragraph = document.createElement("p");
            paragraph.className = "destination-notice__line destination-notice__line--" + line.action;
            paragraph.textContent = line.text;
            notice.appendChild(paragraph);
        });
        var change = document.createElement("a");
        change.href = "#deliver-to";
        change.className = "destination-notice__change";
        change.textContent = data.messages.change;
        notice.appendChild(change);
        var refused = lines.some(function (line) { return line.action === "refuse"; });
        notice.className = "destination-notice alert " + (refused ? "alert-danger" : "alert-info");
        notice.dataset.destination = country;
    }

    // The address form follows the chosen country: its subdivisions only (the states of the US, the emirates, the
    // governorates of Oman), the field's name there, and which fields the country requires (checkout/forms.py
    // embeds each shipping country's rules). The server checks the same rules.
    var area = document.querySelector("select[data-address-rules]");
    var areaRules = area && document.getElementById(area.dataset.addressRules);
    var areaCountry = area && area.form && area.form.querySelector("select[name=country]");
    if (areaRules && areaCountry) {
        var rules = JSON.parse(areaRules.textContent);
        var blank = area.querySelector("option[value='']");
        var areasByCountry = {};
        area.querySelectorAll("optgroup[data-country]").forEach(function (group) {
            areasByCountry[group.dataset.country] = Array.prototype.slice.call(group.children);
        });
        var labelOf = function (field) { return field && area.form.querySelector("label[for='" + field.id + "']"); };
        var rowOf = function (field) { return field && field.closest(".form-group"); };
        var setRequired = function (field, required) {
            if (!field) { return; }
            field.required = required;
            var label = labelOf(field);
            if (label) { label.classList.toggle("required", required); }
        };
        var city = area.form.querySelector("[name=line4]");
        var postcode = area.form.querySelector("[name=postcode]");
        var follow = function (first) {
            var rule = rules[areaCountry.value] || {};
            var options = areasByCountry[areaCountry.value] || [];
            var kept = first ? area.value : "";
            area.replaceChildren.apply(area, [blank].concat(options));
            area.value = kept;
            if (rowOf(area)) { rowOf(area).hidden = options.length === 0; }
            if (labelOf(area) && rule.area) { labelOf(area).textContent = rule.area + " "; }
            setRequired(area, Boolean(rule.areaRequired) && options.length > 0);
            if (labelOf(city) && rule.city) { labelOf(city).textContent = rule.city + " "; }
            setRequired(city, Boolean(rule.cityRequired));
            if (postcode) {
                if (rowOf(postcode)) { rowOf(postcode).hidden = rule.postcodeUsed === false; }
                if (labelOf(postcode) && rule.postcode) { labelOf(postcode).textContent = rule.postcode + " "; }
                setRequired(postcode, Boolean(rule.postcodeRequired));
            }
            area.dispatchEvent(new Event("change"));
        };
        areaCountry.addEventListener("change", function () { follow(false); });
        follow(true);
    }

    // The wilayat picker offers only the wilayats of the governorate chosen in the same address form.
    var wilayats = document.getElementById("wilayat-choices");
    var governorate = wilayats && wilayats.closest("form") && wilayats.closest("form").querySelector("select[name=state]");
    if (governorate) {
        var allWilayats = Array.prototype.slice.call(wilayats.options);
        var narrow = function () {
            wilayats.replaceChildren.apply(wilayats, allWilayats.filter(function (option) {
                return !governorate.value || option.dataset.governorate === governorate.value;
            }));
        };
        governorate.addEventListener("change", narrow);
        narrow();
    }

    // Autocomplete for the search box: products, crafts and artisans from the first letters, in either script.
    var input = document.getElementById("site-search-q");
    if (!input || !window.fetch) { return; }
    var list = document.createElement("ul");
    list.id = "site-search-suggestions";
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.parentNode.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("autocomplete", "off");
    var timer = null;
    var active = -1;
    var latest = 0;

    function close() {
        list.hidden = true;
        list.innerHTML = "";
        active = -1;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
    }

    function show(suggestions) {
        list.innerHTML = "";
        suggestions.forEach(function (item, index) {
            var option = document.createElement("li");
            option.id = "suggestion-" + index;
            option.setAttribute("role", "option");
            option.className = "suggestions__item suggestions__item--" + item.kind;
            var link = document.createElement("a");
            link.href = item.url;
            link.textContent = item.label;
            link.lang = item.language;
            link.dir = item.language === "ar" ? "rtl" : "ltr";
            link.tabIndex = -1;
            option.appendChild(link);
            list.appendChild(option);
        });
        list.hidden = suggestions.length === 0;
        input.setAttribute("aria-expanded", suggestions.length ? "true" : "false");
    }

    function highlight(index) {
        var options = list.querySelectorAll("[role=option]");
        if (!options.length) { return; }
        active = (index + options.length) % options.length;
        options.forEach(function (option, i) { option.setAttribute("aria-selected", i === active ? "true" : "false"); });
        input.setAttribute("aria-activedescendant", options[active].id);
    }

    input.addEventListener("input", function () {
        clearTimeout(timer);
        var value = input.value.trim();
        if (value.length < 2) { close(); return; }
        timer = setTimeout(function () {
            var ticket = ++latest;
            fetch("/api/search/suggest/?lang=" + encodeURIComponent(language) + "&q=" + encodeURIComponent(value), {
                headers: {"Accept": "application/json"}
            }).then(function (response) {
                return response.ok ? response.json() : {suggestions: []};
            }).then(function (body) {
                if (ticket === latest) { show(body.suggestions || []); }
            }).catch(close);
        }, 150);
    });
    input.addEventListener("keydown", function (event) {
        if (list.hidden) { return; }
        if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
        else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
        else if (event.key === "Escape") { close(); }
        else if (event.key === "Enter" && active >= 0) {
            event.preventDefault();
            window.location.href = list.querySelectorAll("[role=option] a")[active].href;
        }
    });
    document.addEventListener("click", function (event) {
        if (!event.target.closest(".site-search")) { close(); }
    });
})();

// The menu on a phone: folded behind the "Menu" button (the CSS folds it only once this has run, so without the
// script it stays open). Escape closes it and gives the focus back to the button.
(function () {
    "use strict";
    var toggle = document.querySelector(".site-nav-toggle");
    var menu = document.getElementById("site-menu");
    if (!toggle || !menu) { return; }
    document.documentElement.classList.add("js-menu");
    toggle.hidden = false;
    function setOpen(open) {
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
        menu.classList.toggle("is-open", open);
    }
    toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") !== "true";
        setOpen(open);
        if (open) { menu.querySelector("a").focus(); }
    });
    menu.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
            setOpen(false);
            toggle.focus();
        }
    });
})();

// The facets on a phone: in a drawer behind the "Filter" button, so the first piece is on the first screen (the CSS
// folds them only once this has run, so without the script they stay in the page). Escape, the "Close" button or a
// tap beside the drawer closes it and gives the focus back to the button.
(function () {
    "use strict";
    var toggle = document.querySelector(".facets-toggle");
    var drawer = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
    if (!drawer) { return; }
    var top = drawer.querySelector(".facets__top");
    var closeButton = drawer.querySelector(".facets__close");
    var backdrop = document.createElement("div");
    backdrop.className = "facets-backdrop";
    backdrop.hidden = true;
    drawer.parentNode.insertBefore(backdrop, drawer.nextSibling);
    document.documentElement.classList.add("js-facets");
    toggle.hidden = false;
    if (top) { top.hidden = false; }
    function isOpen() { return toggle.getAttribute("aria-expanded") === "true"; }
    function setOpen(open) {
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
        drawer.classList.toggle("is-open", open);
        backdrop.hidden = !open;
        document.documentElement.classList.toggle("facets-open", open);
    }
    function close() {
        setOpen(false);
        toggle.focus();
    }
    toggle.addEventListener("click", function () {
        setOpen(!isOpen());
        if (isOpen()) { (closeButton || drawer.querySelector("input, a, button")).focus(); }
    });
    if (closeButton) { closeButton.addEventListener("click", close); }
    backdrop.addEventListener("click", close);
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && isOpen()) { close(); }
    });
    // Focus never wanders behind the open drawer: leaving it closes it.
    drawer.addEventListener("focusout", function (event) {
        if (isOpen() && event.relatedTarget && !drawer.contains(event.relatedTarget)) { setOpen(false); }
    });
})();

/* A piece saved in the workshop: forget the text workshop-photos.js kept on the phone while it was written. The page
   after saving (whichever it is) shows the "listing-saved" message. */
(function () {
    "use strict";
    if (!document.querySelector(".alert-listing-saved")) {
        return;
    }
    try {
        Object.keys(window.localStorage)
            .filter(function (key) { return key.indexOf("hirfa-listing-draft:") === 0; })
            .forEach(function (key) { window.localStorage.removeItem(key); });
    } catch (error) {
        // storage turned off: nothing was kept
    }
})();

/* The workshop's service worker (artisans/workshop_app.py), named by its pages' manifest link. */
(function () {
    "use strict";
    var manifest = document.querySelector("link[rel=manifest][data-service-worker]");
    if (!manifest || !("serviceWorker" in navigator)) {
        return;
    }
    navigator.serviceWorker
        .register(manifest.getAttribute("data-service-worker"), { scope: manifest.getAttribute("data-scope") })
        .catch(function () {
            // no service worker (an old browser, or not over HTTPS): the workshop works as a plain site
        });
})();
