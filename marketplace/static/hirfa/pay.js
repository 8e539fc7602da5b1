// The payment page: Stripe's Payment Element collects the card (and 3-D Secure) in Stripe's own frames; this page
// never sees card details. After confirmation Stripe sends the buyer to the return URL, which checks the payment.
(function () {
    "use strict";
    var form = document.getElementById("payment-form");
    if (!form || typeof Stripe !== "function") {
        return;
    }
    var stripe = Stripe(form.dataset.publishableKey, {locale: form.dataset.locale});
    var message = document.getElementById("payment-message");
    var button = document.getElementById("pay-button");
    var elements = stripe.elements({clientSecret: form.dataset.clientSecret, locale: form.dataset.locale});
    elements.create("payment").mount("#payment-element");

    form.addEventListener("submit", function (event) {
        event.preventDefault();
        button.disabled = true;
        stripe.confirmPayment({elements: elements, confirmParams: {return_url: form.dataset.returnUrl}})
            .then(function (result) {
                // Only reached when the payment could not go ahead (a declined card, a failed check).
                if (result && result.error) {
                    message.textContent = result.error.message || "";
                    message.classList.remove("d-none");
                }
                button.disabled = false;
            });
    });
})();
