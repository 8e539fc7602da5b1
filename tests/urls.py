"""The project's named URLs, read from the resolver, for the tests that must cover every page of a kind (the
workshop's, the dashboard's) so that a page added later is tested without editing the test."""

from __future__ import annotations

from collections.abc import Iterator

from django.urls import URLPattern, URLResolver, get_resolver


def named_url_patterns(resolver: URLResolver | None = None, namespace: str = "") -> Iterator[tuple[str, URLPattern]]:
    """(the name to reverse, with its namespaces, the pattern) for every named URL."""
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            inner = ":".join(part for part in (namespace, entry.namespace) if part)
            yield from named_url_patterns(entry, inner)
        elif entry.name:
            yield (f"{namespace}:{entry.name}" if namespace else entry.name), entry


def argument_names(pattern: URLPattern) -> frozenset[str]:
    """The names of a URL's arguments, for path() routes and for re_path() regexes alike."""
    return frozenset(pattern.pattern.converters) | frozenset(pattern.pattern.regex.groupindex)
