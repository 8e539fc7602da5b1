"""The demo's content pages: the editors' texts in ``cms/demo/*.yaml`` (read by ``data.py``), made into Wagtail pages
in both languages by ``pages.py``."""
