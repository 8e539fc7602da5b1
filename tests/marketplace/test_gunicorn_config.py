"""gunicorn.conf.py: two servers on one machine keep apart, and the access log can be turned off."""

import runpy
from pathlib import Path

CONFIG = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"


def gunicorn_settings(monkeypatch, **environment) -> dict:
    for name in ("GUNICORN_CONTROL_SOCKET", "GUNICORN_ACCESS_LOG", "PORT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(CONFIG))


def test_two_servers_on_one_machine_get_control_sockets_of_their_own(monkeypatch):
    first = gunicorn_settings(monkeypatch, PORT="8001")["control_socket"]
    second = gunicorn_settings(monkeypatch, PORT="8002")["control_socket"]

    assert first != second
    assert first.endswith("gunicorn-8001.ctl") and second.endswith("gunicorn-8002.ctl")


def test_the_control_socket_can_be_named_or_turned_off(monkeypatch):
    named = gunicorn_settings(monkeypatch, GUNICORN_CONTROL_SOCKET="/run/hirfa/web.ctl")
    off = gunicorn_settings(monkeypatch, GUNICORN_CONTROL_SOCKET="off")

    assert named["control_socket"] == "/run/hirfa/web.ctl"
    assert off["control_socket_disable"] is True and "control_socket" not in off


def test_the_access_log_is_on_unless_turned_off(monkeypatch):
    assert gunicorn_settings(monkeypatch)["accesslog"] == "-"
    assert gunicorn_settings(monkeypatch, GUNICORN_ACCESS_LOG="off")["accesslog"] is None
