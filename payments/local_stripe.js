// Appended by payments/local_stripe.py to localstripe's stand-in for Stripe.js (for `make demo` and the tests, never
// production): its `Stripe()` is wrapped so that `confirmCardPayment` with a card does what Stripe.js does (create the
// card's payment method and confirm the intent with the publishable key and the client secret, then 3-D Secure when
// the card asks for it), and the card's fields are checked as Stripe's Card Element checks them before sending.
(function () {
  'use strict';
  var localStripe = Stripe;

  function validationError(code, message) {
    return {error: {type: 'validation_error', code: code, message: message}};
  }

  function checkCard(value) {
    var card = value && value.card;
    if (!card || !card.number) { return validationError('incomplete_number', 'Your card number is incomplete.'); }
    var digits = String(card.number).replace(/\s+/g, '');
    if (!/^[0-9]{16}$/.test(digits)) { return validationError('invalid_number', 'Your card number is invalid.'); }
    var month = parseInt(card.exp_month, 10), year = parseInt(card.exp_year, 10);
    if (!month || !year || String(card.exp_year).length !== 4) {
      return validationError('incomplete_expiry', "Your card's expiration date is incomplete.");
    }
    if (month < 1 || month > 12) { return validationError('invalid_expiry_month', "Your card's expiration month is invalid."); }
    var now = new Date();
    if (year < now.getFullYear() || (year === now.getFullYear() && month < now.getMonth() + 1)) {
      return validationError('invalid_expiry_year_past', "Your card's expiration year is in the past.");
    }
    if (!/^[0-9]{3}$/.test(String(card.cvc || ''))) {
      return validationError('incomplete_cvc', "Your card's security code is incomplete.");
    }
    return {card: {number: digits, exp_month: month, exp_year: year, cvc: String(card.cvc)}};
  }

  Stripe = function (apiKey, options) {
    var stripe = localStripe(apiKey, options);
    var authenticate = stripe.confirmCardPayment;  // localstripe's: the 3-D Secure step only

    async function afterAuthentication(clientSecret) {
      var result = await authenticate(clientSecret);
      var intent = result && result.paymentIntent;
      if (intent && intent.status === 'requires_payment_method') {
        var failure = intent.last_payment_error || {};
        return {error: {type: 'card_error', code: failure.code || 'payment_intent_authentication_failure',
                        message: failure.message || '', payment_intent: intent}};
      }
      return result;
    }

    stripe.confirmCardPayment = async function (clientSecret, data) {
      var method = data && data.payment_method;
      if (!method) { return afterAuthentication(clientSecret); }
      var element = method.card;
      var checked = checkCard(element && element.value);
      if (checked.error) { return checked; }
      var match = /^(pi_\w+)_secret_/.exec(clientSecret || '');
      if (!match) { return {error: {type: 'invalid_request_error', code: 'resource_missing', message: 'No such payment_intent.'}}; }
      var response = await fetch(LOCALSTRIPE_BASE_API + '/v1/payment_intents/' + match[1] + '/confirm', {
        method: 'POST',
        body: JSON.stringify({
          key: apiKey,
          client_secret: clientSecret,
          payment_method_data: {type: 'card', card: checked.card, billing_details: method.billing_details || {}}
        })
      });
      var body = await response.json().catch(function () { return {}; });
      if (body.error) { return {error: body.error}; }
      if (body.status === 'requires_action') { return afterAuthentication(clientSecret); }
      return {paymentIntent: body};
    };
    return stripe;
  };
})();
