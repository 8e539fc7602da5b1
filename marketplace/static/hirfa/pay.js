// The payment page: Stripe's Card Element collects the card in Stripe's own frame, and confirmCardPayment charges it
// (with 3-D Secure when the card asks for it); this page never sees the card. The same code runs against real
// Stripe.js and against the local stand-in of the demo and the tests (payments/local_stripe.py). Once Stripe has
// answered, the buyer goes to the return address, where the site checks the payment with Stripe itself and shows
// the thank-you page, or this page again with the reason of a decline in the buyer's language.
(function () {
    "use strict";
    var form = document.getElementById("payment-form");
    if (!form) {
        return;
    }
    var texts = JSON.parse(document.getElementById("payment-texts").textContent);
    var message = document.getElementById("payment-message");
    var progress = document.getElementById("payment-progress");
    var button = document.getElementById("pay-button");
    var holder = document.getElementById("card-holder");

    function say(text) {
        message.textContent = text;
        message.classList.remove("d-none");
    }

    function quiet() {
        message.textContent = "";
        message.classList.add("d-none");
    }

    function busy(on) {
        button.disabled = on;
        button.setAttribute("aria-busy", on ? "true" : "false");
        progress.textContent = on ? texts.paying : "";
        progress.classList.toggle("d-none", !on);
    }

    // A card number typed in the name field would go to Stripe as the cardholder's name: 13 to 19 digits that pass
    // the Luhn check are refused there.
    function looksLikeCardNumber(text) {
        var digits = text.replace(/[\s-]/g, "");
        if (!/^[0-9]{13,19}$/.test(digits)) {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < digits.length; i++) {
            var digit = parseInt(digits.charAt(digits.length - 1 - i), 10);
            if (i % 2 === 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 === 0;
    }

    if (typeof Stripe !== "function") {
        say(texts.unavailable);
        button.disabled = true;
        return;
    }
    var stripe = Stripe(form.dataset.publishableKey, {locale: form.dataset.locale});
    var card = stripe.elements({locale: form.dataset.locale}).create("card", {hidePostalCode: true});
    card.mount("#card-element");
    card.on("change", function (event) {
        if (event && event.error) {
            say(texts[event.error.code] || texts.general);
        } else {
            quiet();
        }
    });

    var paying = false;
    form.addEventListener("submit", function (event) {
        event.preventDefault();
        if (paying) {
            return;  // a second press while the first is on its way charges nothing more
        }
        var name = holder.value.trim();
        if (looksLikeCardNumber(name)) {
            say(texts.card_number_in_name);
            holder.focus();
            return;
        }
        quiet();
        paying = true;
        busy(true);
        var details = name ? {name: name} : {};
        stripe.confirmCardPayment(form.dataset.clientSecret, {payment_method: {card: card, billing_details: details}})
            .then(function (result) {
                var error = result && result.error;
                if (!error || error.type === "card_error" || error.payment_intent) {
                    // Paid, or declined by the bank: the site asks Stripe itself and says which, in the buyer's
                    // language (a decline comes back to this page with its reason).
                    window.location.assign(form.dataset.returnUrl);
                    return;
                }
                say(texts[error.code] || texts.general);
                paying = false;
                busy(false);
            }, function () {
                say(texts.network);
                paying = false;
                busy(false);
            });
    });
})();
