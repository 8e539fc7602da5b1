/* The workshop's "add a piece" page on a slow phone line (issue 24).
 *
 * - Each chosen photo is made small on the phone (at most 2048 px on its long side, JPEG at 85%, turned upright
 *   from its EXIF orientation) and sent at once, one at a time, while the artisan goes on typing; the server checks
 *   and re-encodes it as any photo, and answers with a token that the form sends instead of the file. A photo the
 *   browser cannot decode (HEIC on some browsers) is sent as it is.
 * - Each photo shows its own progress. A failed send is retried by itself after 2, then 4 seconds, and when the
 *   connection comes back; after three failures the artisan gets a "try again" button.
 * - The text typed is kept in localStorage until the piece is saved (hirfa.js clears it on the next page, which
 *   shows the "listing-saved" message), so a reload or a dropped line loses nothing. Photos already sent are kept there as tokens too.
 * Without this script the form sends its photos with it, as before.
 */
(function () {
    "use strict";

    var MAX_SIDE = 2048;
    var QUALITY = 0.85;
    var MAX_ATTEMPTS = 3;
    // A dropped line often leaves a request hanging rather than failing: no progress for this long counts as a drop.
    var STALL_MS = 10000;

    function storage() {
        try {
            return window.localStorage;
        } catch (error) {
            return null; // private browsing or storage turned off: the form still works, it just is not kept
        }
    }

    var form = document.querySelector("form[data-photo-upload-url]");
    if (!form || !window.FormData || !window.XMLHttpRequest) {
        return;
    }
    var input = form.querySelector("input[type=file][name=photos]");
    var textsElement = document.getElementById("photo-upload-texts");
    if (!input || !textsElement) {
        return;
    }
    var texts = JSON.parse(textsElement.textContent);
    var uploadUrl = form.getAttribute("data-photo-upload-url");
    var maxPhotos = parseInt(form.getAttribute("data-max-photos"), 10) || 8;
    var draftKey = form.getAttribute("data-draft-key");
    var csrfToken = form.querySelector("input[name=csrfmiddlewaretoken]").value;
    var waitNotice = form.querySelector(".photo-uploads-wait");
    var items = [];
    var sending = null;

    var list = document.createElement("ul");
    list.className = "photo-uploads";
    list.setAttribute("aria-live", "polite");
    input.parentNode.insertBefore(list, input.nextSibling);

    var tooMany = document.createElement("p");
    tooMany.className = "photo-uploads-too-many text-danger";
    tooMany.setAttribute("role", "alert");
    tooMany.hidden = true;
    tooMany.textContent = texts.too_many;
    list.parentNode.insertBefore(tooMany, list);

    // Numbers in the digits the reader chose (texts.arabic_indic_digits): the page's own numbers are already.
    function fill(text, value) {
        var number = String(value);
        if (texts.arabic_indic_digits) {
            number = number.replace(/[0-9]/g, function (digit) { return "٠١٢٣٤٥٦٧٨٩"[digit]; });
        }
        return text.replace("{n}", number);
    }

    // --- Photos made small on the phone ----------------------------------------------------------------------

    function smaller(file) {
        if (!window.createImageBitmap || !window.HTMLCanvasElement || !HTMLCanvasElement.prototype.toBlob) {
            return Promise.resolve(file);
        }
        return createImageBitmap(file, { imageOrientation: "from-image" })
            .then(function (bitmap) {
                var scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
                var canvas = document.createElement("canvas");
                canvas.width = Math.max(1, Math.round(bitmap.width * scale));
                canvas.height = Math.max(1, Math.round(bitmap.height * scale));
                var context = canvas.getContext("2d");
                context.fillStyle = "#fff"; // a transparent PNG becomes a JPEG on white, as the server does
                context.fillRect(0, 0, canvas.width, canvas.height);
                context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
                if (bitmap.close) {
                    bitmap.close();
                }
                return new Promise(function (resolve) {
                    canvas.toBlob(function (blob) {
                        if (!blob) {
                            resolve(file);
                            return;
                        }
                        var stem = (file.name || "photo").replace(/\.[^.]*$/, "") || "photo";
                        resolve(new File([blob], stem + ".jpg", { type: "image/jpeg" }));
                    }, "image/jpeg", QUALITY);
                });
            })
            .catch(function () {
                return file; // the browser cannot read it (HEIC, or not a photo): the server decides
            });
    }

    // --- One row per photo -----------------------------------------------------------------------------------

    function addRow(item) {
        var row = document.createElement("li");
        row.className = "photo-upload";
        var name = document.createElement("span");
        name.className = "photo-upload-name";
        name.textContent = item.name;
        var bar = document.createElement("progress");
        bar.max = 100;
        bar.value = 0;
        bar.setAttribute("aria-label", texts.progress_label + ": " + item.name);
        var status = document.createElement("span");
        status.className = "photo-upload-status";
        var retry = document.createElement("button");
        retry.type = "button";
        retry.className = "btn btn-outline-primary photo-upload-retry";
        retry.textContent = texts.try_again;
        retry.hidden = true;
        retry.addEventListener("click", function () {
            item.attempts = 0;
            retry.hidden = true;
            queue(item);
        });
        var remove = document.createElement("button");
        remove.type = "button";
        remove.className = "btn btn-link photo-upload-remove";
        remove.textContent = texts.remove;
        remove.addEventListener("click", function () { forget(item); });
        row.appendChild(name);
        row.appendChild(bar);
        row.appendChild(status);
        row.appendChild(retry);
        row.appendChild(remove);
        list.appendChild(row);
        item.row = row;
        item.bar = bar;
        item.status = status;
        item.retry = retry;
    }

    function show(item, state, text, percent) {
        item.state = state;
        item.row.setAttribute("data-state", state);
        item.status.textContent = text;
        if (typeof percent === "number") {
            item.bar.value = percent;
        }
        if (state !== "failed" && state !== "refused") {
            item.retry.hidden = true;
        }
    }

    function forget(item) {
        clearTimeout(item.watchdog);
        if (item.xhr) {
            item.xhr.abort();
        }
        if (item.timer) {
            clearTimeout(item.timer);
        }
        if (item.hidden) {
            item.hidden.remove();
        }
        item.row.remove();
        items.splice(items.indexOf(item), 1);
        updateWaitNotice();
        if (sending === item) {
            sending = null;
        }
        keep();
        next();
    }

    // --- Sending, one photo at a time (on a thin line, two at once only make both slower) ----------------------

    function queue(item) {
        show(item, "queued", "", 0);
        next();
    }

    function next() {
        if (sending) {
            return;
        }
        var item = items.filter(function (each) { return each.state === "queued"; })[0];
        if (item) {
            send(item);
        }
    }

    function send(item) {
        sending = item;
        item.attempts += 1;
        show(item, "sending", fill(texts.sending, 0), 0);
        var xhr = new XMLHttpRequest();
        item.xhr = xhr;
        xhr.open("POST", uploadUrl);
        xhr.setRequestHeader("X-CSRFToken", csrfToken);
        xhr.setRequestHeader("Accept", "application/json");
        function stalled() {
            item.dropped = true;
            xhr.abort();
        }
        function watch() {
            clearTimeout(item.watchdog);
            item.watchdog = setTimeout(stalled, STALL_MS);
        }
        watch();
        xhr.upload.addEventListener("load", function () { clearTimeout(item.watchdog); }); // the server works now
        xhr.upload.addEventListener("progress", function (event) {
            watch();
            if (event.lengthComputable && event.total) {
                var percent = Math.min(99, Math.floor((100 * event.loaded) / event.total));
                show(item, "sending", fill(texts.sending, percent), percent);
            }
        });
        xhr.addEventListener("loadend", function () { clearTimeout(item.watchdog); });
        xhr.addEventListener("abort", function () {
            if (item.dropped) {
                item.dropped = false;
                failed(item);
            }
        });
        xhr.addEventListener("load", function () {
            var answer = null;
            try {
                answer = JSON.parse(xhr.responseText);
            } catch (error) {
                answer = null;
            }
            if (xhr.status === 201 && answer && answer.token) {
                done(item, answer.token);
            } else if (xhr.status >= 400 && xhr.status < 500 && answer && answer.error) {
                refused(item, answer.error);
            } else {
                failed(item);
            }
        });
        xhr.addEventListener("error", function () { failed(item); });
        xhr.addEventListener("timeout", function () { failed(item); });
        var data = new FormData();
        data.append("photo", item.file, item.file.name);
        xhr.send(data);
    }

    function finished(item) {
        item.xhr = null;
        if (sending === item) {
            sending = null;
        }
        next();
    }

    function done(item, token) {
        item.token = token;
        item.file = null;
        var hidden = document.createElement("input");
        hidden.type = "hidden";
        hidden.name = "photo_tokens";
        hidden.value = token;
        form.appendChild(hidden);
        item.hidden = hidden;
        show(item, "sent", texts.sent, 100);
        keep();
        updateWaitNotice();
        finished(item);
        sendIfWaiting();
    }

    function refused(item, message) {
        // The server read the photo and refused it: sending it again will not help.
        sendWhenDone = false;
        show(item, "refused", message, 0);
        item.row.classList.add("text-danger");
        finished(item);
    }

    function failed(item) {
        if (item.attempts >= MAX_ATTEMPTS) {
            show(item, "failed", texts.failed, 0);
            item.retry.hidden = false;
        } else {
            var seconds = Math.pow(2, item.attempts); // 2, then 4
            show(item, "waiting", navigator.onLine === false ? texts.offline : fill(texts.retrying, seconds), 0);
            item.timer = setTimeout(function () {
                item.timer = null;
                if (item.state === "waiting") {
                    show(item, "queued", "", 0);
                    next();
                }
            }, seconds * 1000);
        }
        finished(item);
    }

    window.addEventListener("offline", function () {
        if (sending && sending.xhr) {
            sending.dropped = true;
            sending.xhr.abort();
        }
    });

    window.addEventListener("online", function () {
        items.forEach(function (item) {
            if (item.state === "waiting" || item.state === "failed") {
                if (item.timer) {
                    clearTimeout(item.timer);
                    item.timer = null;
                }
                if (item.state === "failed") {
                    item.attempts = 0;
                }
                show(item, "queued", "", 0);
            }
        });
        next();
    });

    input.addEventListener("change", function () {
        var files = Array.prototype.slice.call(input.files || []);
        input.value = ""; // the photos are sent on their own; the form must not send them a second time
        if (!files.length) {
            return;
        }
        tooMany.hidden = items.length + files.length <= maxPhotos;
        if (!tooMany.hidden) {
            return;
        }
        files.forEach(function (file) {
            var item = { name: file.name, file: null, attempts: 0, state: "preparing" };
            items.push(item);
            addRow(item);
            show(item, "preparing", texts.preparing, 0);
            smaller(file).then(function (small) {
                if (items.indexOf(item) === -1) {
                    return; // removed meanwhile
                }
                item.file = small;
                queue(item);
            });
        });
    });

    function pending() {
        return items.filter(function (item) { return item.state !== "sent"; }).length;
    }

    function updateWaitNotice() {
        if (waitNotice && !pending()) {
            waitNotice.hidden = true;
        }
    }

    function inChosenOrder() {
        // The photos arrive in any order on a dropping line; the piece shows them in the order they were chosen.
        items.forEach(function (item) {
            if (item.hidden) {
                form.appendChild(item.hidden);
            }
        });
    }

    // "Send" pressed while photos are still on their way: the form goes by itself once they are all there.
    var sendWhenDone = false;

    function sendIfWaiting() {
        if (sendWhenDone && !pending()) {
            sendWhenDone = false;
            inChosenOrder();
            form.submit();
        }
    }

    form.addEventListener("submit", function (event) {
        inChosenOrder();
        if (!pending()) {
            return;
        }
        event.preventDefault();
        var stuck = items.some(function (item) { return item.state === "failed" || item.state === "refused"; });
        sendWhenDone = !stuck;
        if (waitNotice) {
            waitNotice.hidden = false;
            waitNotice.scrollIntoView({ block: "center" });
        }
    });

    // --- The text kept on the phone --------------------------------------------------------------------------

    function fields() {
        return Array.prototype.filter.call(form.elements, function (element) {
            return element.name && element.name !== "csrfmiddlewaretoken" && element.type !== "file"
                && element.type !== "hidden" && element.type !== "submit" && element.type !== "button";
        });
    }

    function keep() {
        var store = storage();
        if (!store || !draftKey) {
            return;
        }
        var values = {};
        fields().forEach(function (element) {
            if (element.type === "checkbox" || element.type === "radio") {
                values[element.name + "=" + element.value] = element.checked;
            } else {
                values[element.name] = element.value;
            }
        });
        var photos = items
            .filter(function (item) { return item.token; })
            .map(function (item) { return { name: item.name, token: item.token }; });
        try {
            store.setItem(draftKey, JSON.stringify({ values: values, photos: photos }));
        } catch (error) {
            // storage full: keeping the text is a help, not a condition
        }
    }

    function restore() {
        var store = storage();
        var kept = null;
        try {
            kept = store && draftKey ? JSON.parse(store.getItem(draftKey) || "null") : null;
        } catch (error) {
            kept = null;
        }
        if (!kept) {
            return;
        }
        // A form sent back with errors already holds what was typed; only the photos' tokens may be missing.
        if (form.getAttribute("data-bound") !== "true") {
            fields().forEach(function (element) {
                if (element.type === "checkbox" || element.type === "radio") {
                    var key = element.name + "=" + element.value;
                    if (key in kept.values) {
                        element.checked = kept.values[key];
                    }
                } else if (element.name in kept.values) {
                    element.value = kept.values[element.name];
                }
            });
        }
        var present = Array.prototype.map.call(
            form.querySelectorAll("input[type=hidden][name=photo_tokens]"), function (hidden) { return hidden; }
        );
        (kept.photos || []).forEach(function (photo) {
            var item = { name: photo.name, file: null, attempts: 0, state: "sent" };
            items.push(item);
            addRow(item);
            var existing = present.filter(function (hidden) { return hidden.value === photo.token; })[0];
            if (existing) {
                item.token = photo.token;
                item.hidden = existing;
                show(item, "sent", texts.sent, 100);
            } else {
                done(item, photo.token);
            }
        });
    }

    restore();
    form.addEventListener("input", keep);
    form.addEventListener("change", keep);
})();
