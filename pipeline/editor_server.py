"""The editor's HTTP layer: response headers that keep the browser local and inert.

Streamlit has no setting for response headers, but ``streamlit run editor_app.py``
serves an ``st.App`` through Starlette, which takes ASGI middleware.  This one
adds a Content-Security-Policy to every HTTP response so that a translation,
note or reviewer name that smuggles markup past the escaping still cannot make
the browser fetch a remote image, run a remote script, post a form elsewhere or
frame the editor: everything must come from the editor's own origin.
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import cache
from pathlib import Path

import streamlit
from starlette.types import ASGIApp, Message, Receive, Scope, Send

_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def inline_script_hashes(index_html: str) -> tuple[str, ...]:
    """CSP source expressions (``'sha256-…'``) allowing exactly the inline scripts of a page."""
    return tuple("'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
                 for body in _INLINE_SCRIPT.findall(index_html))


@cache
def content_security_policy() -> str:
    """Same origin only.  Streamlit's page has a one-line inline script (allowed by its hash,
    read from the installed Streamlit), needs inline styles (its CSS-in-JS) and ``data:``/
    ``blob:`` for icons and downloads; everything else is its own files."""
    index = Path(streamlit.__file__).with_name("static") / "index.html"
    hashes = inline_script_hashes(index.read_text(encoding="utf-8")) if index.is_file() else ()
    return "; ".join((
        "default-src 'self'",
        # blob: — Streamlit loads a component's own module (ours: pipeline/editor_keys.js) from a blob
        # URL it makes; only a script already running can make one
        " ".join(("script-src 'self' blob:", *hashes)),
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "media-src 'self' data: blob:",
        "connect-src 'self'",
        "frame-src 'self' blob: data:",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ))


@cache
def headers() -> tuple[tuple[bytes, bytes], ...]:
    return (
        (b"content-security-policy", content_security_policy().encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"cross-origin-opener-policy", b"same-origin"),
    )


class SecurityHeaders:
    """ASGI middleware: add :func:`headers` to every HTTP response (not to websockets)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = headers()
                names = {name for name, _ in extra}
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = {**message, "headers": [*kept, *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)
