"""The local settings (`make demo`, the benches) keep database connections as production does (issue 19, part 2)."""

import json
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
READ = (
    "import json, django; django.setup(); from django.conf import settings; "
    "print(json.dumps({k: settings.DATABASES['default'].get(k) for k in ('CONN_MAX_AGE', 'CONN_HEALTH_CHECKS')}))"
)


def database_settings(module: str) -> dict:
    environment = {"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": module}
    output = subprocess.run(
        [sys.executable, "-c", READ], cwd=PROJECT, env=environment, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def test_the_local_settings_keep_each_processs_database_connection():
    assert database_settings("marketplace.settings.local") == {"CONN_MAX_AGE": 60, "CONN_HEALTH_CHECKS": True}


def test_the_test_settings_still_open_a_connection_per_request():
    assert database_settings("marketplace.settings.test")["CONN_MAX_AGE"] == 0
