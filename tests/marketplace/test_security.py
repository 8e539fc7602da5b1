"""Security by default: headers, a Content-Security-Policy the pages satisfy, login throttling, production settings."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from provenance.keys import new_private_key_pem
from tests.factories import PASSWORD, UserFactory, make_product

pytestmark = pytest.mark.django_db
PROJECT = Path(__file__).resolve().parents[2]


def test_public_pages_carry_the_security_headers(client):
    response = client.get("/en/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_the_content_security_policy_allows_only_the_sites_own_scripts_and_the_pages_nonce(client):
    make_product()
    response = client.get("/en/shop/catalogue/")
    policy = response["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == f"'self' 'nonce-{nonce}'"
    assert directives["object-src"] == "'none'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    page = response.content.decode()
    inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", page)
    assert inline_scripts and all(f'nonce="{nonce}"' in attributes for attributes in inline_scripts)
    assert not re.search(r"\son[a-z]+=", page), "inline event handlers would be blocked"
    assert "https://" not in "".join(re.findall(r'<script[^>]*src="([^"]+)"', page))


def test_each_response_gets_a_fresh_nonce(client):
    first, second = client.get("/en/"), client.get("/en/")
    assert first["Content-Security-Policy"] != second["Content-Security-Policy"]


def test_staff_admin_areas_get_the_policy_with_inline_scripts_allowed_and_no_nonce(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    policy = client.get("/cms-admin/")["Content-Security-Policy"]
    assert "'unsafe-inline'" in policy and "nonce-" not in policy


def login(client, email, password, language="en"):
    with translation.override(language):
        login_url = reverse("customer:login")
    return client.post(
        login_url,
        {"login-username": email, "login-password": password, "login_submit": "1"},
        REMOTE_ADDR="203.0.113.7",
    )


def test_five_wrong_passwords_lock_the_account_for_that_address_even_against_the_right_one(client):
    user = UserFactory(email="buyer@example.com")
    for _ in range(4):
        assert login(client, user.email, "wrong-password").status_code == 200
    assert login(client, user.email, "wrong-password").status_code == 429
    locked = login(client, user.email, PASSWORD)
    assert locked.status_code == 429
    assert "Too many attempts" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lockout_page_speaks_the_users_language(client):
    user = UserFactory(email="mushtari@example.com")
    for _ in range(6):
        response = login(client, user.email, "wrong-password", language="ar")
    assert response.status_code == 429
    assert '<html lang="ar" dir="rtl"' in response.content.decode()


def test_a_right_password_after_a_few_mistakes_still_signs_in(client):
    user = UserFactory(email="careful@example.com")
    for _ in range(3):
        login(client, user.email, "wrong-password")
    assert login(client, user.email, PASSWORD).status_code == 302


def test_the_digit_preference_is_a_post_and_never_redirects_off_site(client):
    assert client.get(reverse("set-digit-style")).status_code == 405
    response = client.post(reverse("set-digit-style"), {"digits": "arab", "next": "https://evil.example/"})
    assert response["Location"] == "/"
    assert response.cookies["hirfa_digits"].value == "arab"
    response = client.post(reverse("set-digit-style"), {"digits": "<script>", "next": "/ar/"})
    assert response["Location"] == "/ar/"
    assert response.cookies["hirfa_digits"].value == "latn"


def _run_with_production_settings(args, extra_env):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "STRIPE_", "REDIS_", "AWS_", "PRIVATE_FILE", "EMAIL_"))
    }
    env.pop("ELASTICSEARCH_URL", None)
    env.update({"DJANGO_SETTINGS_MODULE": "marketplace.settings.production", **extra_env})
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_settings_refuse_to_start_without_their_secrets():
    result = _run_with_production_settings(["check"], {})
    assert result.returncode != 0
    required = ("DJANGO_SECRET_KEY", "DATABASE_URL", "REDIS_URL", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET",
                "PROVENANCE_SIGNING_KEY")  # fmt: skip
    for name in required:
        assert name in result.stderr


def test_production_settings_refuse_a_weak_secret_key():
    result = _run_with_production_settings(["check"], {**PRODUCTION_ENV, "DJANGO_SECRET_KEY": "short"})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is too short" in result.stderr


PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "k3y-" + "x7Qp9Lm2Zr8Tn4Vb6Yc1Wd5Fg3Hj0Ks" * 2,
    "PROVENANCE_SIGNING_KEY": new_private_key_pem(),
    "DJANGO_ALLOWED_HOSTS": "hirfa.om",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/hirfa_check_deploy",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "ELASTICSEARCH_URL": "http://127.0.0.1:9200",
    "STRIPE_SECRET_KEY": "sk_test_placeholder",
    "STRIPE_PUBLISHABLE_KEY": "pk_test_placeholder",
    "STRIPE_WEBHOOK_SECRET": "whsec_placeholder",
    "AWS_STORAGE_BUCKET_NAME": "hirfa-files",
    "AWS_PRIVATE_BUCKET_NAME": "hirfa-private-files",
}


def test_production_settings_pass_the_deployment_checklist_with_no_warning():
    result = _run_with_production_settings(["check", "--deploy", "--fail-level", "WARNING"], PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_production_keeps_the_cache_in_redis_and_sessions_in_redis_and_the_database():
    script = (
        "from django.conf import settings as s; "
        "print(s.CACHES['default']['BACKEND'], s.CACHES['default']['LOCATION'], s.SESSION_ENGINE, "
        "s.DATABASES['default']['CONN_MAX_AGE'], s.DATABASES['default']['CONN_HEALTH_CHECKS'])"
    )
    result = _run_with_production_settings(["shell", "--no-imports", "-c", script], PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django_redis.cache.RedisCache",
        "redis://127.0.0.1:6379/0",
        "django.contrib.sessions.backends.cached_db",
        "60",
        "True",
    ]


def test_production_refuses_to_start_without_object_storage_unless_told_it_is_one_server():
    without_bucket = {name: value for name, value in PRODUCTION_ENV.items() if name != "AWS_STORAGE_BUCKET_NAME"}

    refused = _run_with_production_settings(["check"], without_bucket)
    one_server = _run_with_production_settings(["check"], {**without_bucket, "DJANGO_FILE_STORAGE": "filesystem"})
    misspelt = _run_with_production_settings(["check"], {**PRODUCTION_ENV, "DJANGO_FILE_STORAGE": "s4"})

    assert refused.returncode != 0 and "AWS_STORAGE_BUCKET_NAME" in refused.stderr
    assert one_server.returncode == 0, one_server.stderr
    assert misspelt.returncode != 0 and "DJANGO_FILE_STORAGE must be s3 or filesystem" in misspelt.stderr


def test_production_keeps_public_media_and_private_files_in_object_storage_and_static_files_hashed():
    script = (
        "from django.core.files.storage import storages as s; "
        "m, p, st = s['default'], s['private'], s['staticfiles']; "
        "print(type(m).__name__, m.location, m.querystring_auth, m.default_acl, "
        "type(p).__name__, p.location, p.querystring_auth, p.querystring_expire, p.default_acl, p.custom_domain, "
        "type(st).__name__)"
    )
    result = _run_with_production_settings(
        ["shell", "--no-imports", "-c", script], {**PRODUCTION_ENV, "AWS_S3_CUSTOM_DOMAIN": "media.hirfa.om"}
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "S3StorageWithTimeouts", "media", "False", "public-read",
        "S3StorageWithTimeouts", "private", "True", "300", "private", "None",
        "CompressedManifestStaticFilesStorage",
    ]  # fmt: skip


def test_production_queues_e_mail_for_the_worker_which_delivers_it_to_the_mail_server_of_email_url():
    script = "from django.conf import settings as s; print(s.EMAIL_BACKEND, s.EMAIL_DELIVERY_BACKEND, s.EMAIL_HOST)"

    result = _run_with_production_settings(
        ["shell", "--no-imports", "-c", script], {**PRODUCTION_ENV, "EMAIL_URL": "smtp://mail.hirfa.internal:587"}
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "marketplace.mail_queue.QueuedEmailBackend",
        "django.core.mail.backends.smtp.EmailBackend",
        "mail.hirfa.internal",
    ]


def test_production_refuses_to_start_in_debug_mode():
    result = _run_with_production_settings(["check"], {**PRODUCTION_ENV, "DJANGO_DEBUG": "1"})
    assert result.returncode != 0
    assert "DJANGO_DEBUG is on: production never runs in debug mode" in result.stderr


def test_production_refuses_private_files_in_the_media_bucket_unless_its_policy_is_said_to_deny_them():
    without_private = {name: value for name, value in PRODUCTION_ENV.items() if name != "AWS_PRIVATE_BUCKET_NAME"}

    unset = _run_with_production_settings(["check"], without_private)
    same = _run_with_production_settings(["check"], {**without_private, "AWS_PRIVATE_BUCKET_NAME": "hirfa-files"})
    denied_by_policy = _run_with_production_settings(
        ["check"], {**without_private, "AWS_PRIVATE_PREFIX_DENIED_BY_POLICY": "1"}
    )

    for refused in (unset, same):
        assert refused.returncode != 0
        assert "AWS_PRIVATE_BUCKET_NAME" in refused.stderr and "AWS_PRIVATE_PREFIX_DENIED_BY_POLICY" in refused.stderr
    assert denied_by_policy.returncode == 0, denied_by_policy.stderr


PAGE_POLICY = (
    "from django.test import Client; "
    "response = Client().get('/robots.txt', HTTP_HOST='hirfa.om', secure=True); "
    "print(response.status_code); "
    "print(dict(part.strip().split(' ', 1) for part in response['Content-Security-Policy'].split(';'))['img-src'])"
)


def test_production_pages_may_load_images_from_the_media_cdn():
    result = _run_with_production_settings(
        ["shell", "--no-imports", "-c", PAGE_POLICY], {**PRODUCTION_ENV, "AWS_S3_CUSTOM_DOMAIN": "media.hirfa.om"}
    )
    assert result.returncode == 0, result.stderr
    status, img_src = result.stdout.strip().splitlines()
    assert status == "200"
    assert img_src.split() == ["'self'", "data:", "https://media.hirfa.om"]


def test_production_pages_may_load_images_from_the_object_store_when_there_is_no_cdn():
    result = _run_with_production_settings(
        ["shell", "--no-imports", "-c", PAGE_POLICY],
        {
            **PRODUCTION_ENV,
            "AWS_S3_ENDPOINT_URL": "https://objects.example.net:9000",
            "AWS_S3_ADDRESSING_STYLE": "path",
        },
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[1:] == ["'self'", "data:", "https://objects.example.net:9000"]


def test_wagtails_admin_asks_no_outside_service_for_avatars(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True, email="editor@example.com"))
    page = client.get("/cms-admin/").content.decode()
    assert "gravatar" not in page.lower()
