# Hirfa: the two commands are `make demo` and `make test`.
PYTHON_BOOTSTRAP ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install demo procfile test test-browser lint check lock messages makemessages rtl-css purge-css clean

# Install exactly the locked dependency set into .venv; reinstalls only when the lock changes.
install: $(VENV)/.installed messages

$(VENV)/.installed: requirements.lock
	test -x $(PY) || $(PYTHON_BOOTSTRAP) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	touch $@

# The project's own translations are compiled in the build, never committed as .mo files.
messages: $(VENV)/.installed
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v 0

# Refresh the .po files from the sources. Templates copied from Oscar (to remove inline scripts) keep Oscar's
# own strings and translations, so they are left out.
OSCAR_TEMPLATE_COPIES := oscar/basket/partials/basket_content.html \
	oscar/partials/nav_checkout.html oscar/partials/form.html \
	oscar/customer/wishlists/wishlists_form.html oscar/error.html
makemessages: $(VENV)/.installed
	$(MANAGE) makemessages -l ar -l en --no-obsolete --ignore=".venv/*" --ignore="tests/*" --ignore="bench/*" \
		--ignore="catalogue/demo/*" --ignore="media/*" $(foreach t,$(OSCAR_TEMPLATE_COPIES),--ignore="marketplace/templates/$(t)")

# Migrate, load the demo catalogue (a no-op once loaded), index it in the search engine (the bundled in-memory one
# unless ELASTICSEARCH_URL is set), and serve on http://127.0.0.1:8000 with the background worker beside it (search
# outbox, reservation expiry, refunds, Wagtail's scheduled publishing) and, unless STRIPE_SECRET_KEY names real Stripe
# keys, the local stand-in for Stripe (card payments with Stripe's test cards). All three stop with the demo.
# Static files are collected, hashed and compressed (gzip, brotli) as in production, and whitenoise serves them
# (runserver --nostatic), with a year's cache lifetime for hashed names.
demo: export DJANGO_STATIC_COLLECTED = 1
demo: install
	$(MANAGE) migrate --no-input -v 0
	$(MANAGE) collectstatic --no-input -v 0
	$(MANAGE) load_demo --site $(HOST):$(PORT)
	$(MANAGE) search_index --rebuild
	if [ -z "$$STRIPE_SECRET_KEY" ]; then $(MANAGE) local_stripe --site http://$(HOST):$(PORT) & fi; stripe=$$!; \
		$(MANAGE) worker & worker=$$!; \
		trap 'kill $$worker $$stripe 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) runserver --nostatic $(HOST):$(PORT)

# The whole suite except the browser tests (which `make test-browser` runs).
# The production processes on this machine (Procfile: gunicorn and the worker), as `honcho start` runs them.
procfile: install
	PATH=$(CURDIR)/$(VENV)/bin:$$PATH $(VENV)/bin/honcho start

test: install
	$(VENV)/bin/pytest $(PYTEST_ARGS)

test-browser: install
	$(VENV)/bin/pytest -m browser $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .

check: install
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run

# Regenerate requirements.lock from pyproject.toml (needs network).
lock:
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --extra dev --strip-extras --no-emit-index-url --no-emit-find-links \
		-o requirements.lock pyproject.toml

# Regenerate the right-to-left copy of Oscar's Bootstrap 4 stylesheet (needs node and the npm registry).
# Right-to-left copies of Oscar's Bootstrap 4 stylesheets (shop and dashboard), vendored under
# marketplace/static/hirfa/vendor/. Needs node and the npm registry; rerun after upgrading Oscar.
RTL_VENDOR := marketplace/static/hirfa/vendor
rtl-css: $(VENV)/.installed
	for sheet in styles dashboard; do \
		src=$$($(PY) -c "import oscar,os;print(os.path.join(os.path.dirname(oscar.__file__),'static/oscar/css/$$sheet.css'))"); \
		out=$(RTL_VENDOR)/oscar-$$sheet.rtl.css; \
		npx --yes rtlcss@4.3.0 $$src $$out && \
		sed -i 's#url("\.\./#url("../../oscar/#g' $$out && \
		sed -i "1a /* Right-to-left copy of django-oscar's static/oscar/css/$$sheet.css (Bootstrap 4), made by rtlcss 4.3.0. Do not edit: run make rtl-css. */" $$out; \
	done

# The storefront's stylesheets: Oscar's Bootstrap 4 rules (left-to-right, and the rtl-css copy) with only the
# selectors that templates, Python and scripts use (purgecss.config.cjs), vendored beside the RTL copies. Needs node
# and the npm registry; rerun after rtl-css, or after templates start using Bootstrap classes not used before.
purge-css: $(VENV)/.installed
	oscar=$$($(PY) -c "import oscar,os;print(os.path.dirname(oscar.__file__))"); out=$$(mktemp -d); \
	OSCAR_DIR=$$oscar npx --yes purgecss@6.0.0 --config purgecss.config.cjs \
		--css $$oscar/static/oscar/css/styles.css $(RTL_VENDOR)/oscar-styles.rtl.css --output $$out && \
	sed 's#url("\.\./webfonts/#url("../../oscar/webfonts/#g' $$out/styles.css > $(RTL_VENDOR)/oscar-styles.used.css && \
	cp $$out/oscar-styles.rtl.css $(RTL_VENDOR)/oscar-styles.rtl.used.css && \
	for sheet in oscar-styles.used oscar-styles.rtl.used; do \
		sed -i "1a /* Oscar's Bootstrap 4 stylesheet with only the rules the storefront uses, made by purgecss 6.0.0. Do not edit: run make purge-css. */" $(RTL_VENDOR)/$$sheet.css; \
	done; rm -rf $$out

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
