"""``letting-go serve``: the web app under waitress, a production WSGI server.

Everything that weakens verification is said loudly on stderr when the server starts.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ask_sdk_core.skill import CustomSkill
from flask import Flask
from waitress.server import BaseWSGIServer, MultiSocketServer, create_server

from skill.web.app import create_app
from skill.web.verify import AlexaSignatureVerifier, chains_in_directory, read_trust_roots

# waitress buffers a whole body before the app sees it: past this it refuses (413) on its own.
# Between the app's limit and this one, the app answers 400.
WAITRESS_MAX_BODY_BYTES = 1024 * 1024
THREADS = 4
# waitress's defaults (100 connections, idle channels kept 120 s) let a few idle or slow clients
# fill the service: many connections are accepted (poll has no 1024-descriptor ceiling) and one
# that sends nothing for CHANNEL_TIMEOUT_SECONDS is closed. Requests are read whole before a
# worker thread sees them, so slow senders hold a connection, never a thread.
CONNECTION_LIMIT = 2000
CHANNEL_TIMEOUT_SECONDS = 10
CLEANUP_INTERVAL_SECONDS = 2


@dataclass(frozen=True)
class ServeOptions:
    """What ``letting-go serve`` was asked for."""

    host: str = "127.0.0.1"
    port: int = 8080
    route: str = "/"
    skill_id: str | None = None
    verify: bool = True
    trust_roots: Path | None = None
    cert_chain_dir: Path | None = None


def _banner(lines: list[str]) -> str:
    rule = "!" * 78
    return "\n".join([rule, *(f"!! {line}" for line in lines), rule])


def warnings_for(options: ServeOptions) -> list[str]:
    """The loud warnings the options call for, one banner each."""
    url = f"http://{options.host}:{options.port}{options.route}"
    found = []
    if not options.verify:
        found.append(
            _banner(
                [
                    "WARNING: request verification is OFF (--no-verify).",
                    f"Anyone who can reach {url} can talk to the skill as any user,",
                    "with requests Alexa never sent. Use this only for local testing.",
                ]
            )
        )
    elif options.trust_roots or options.cert_chain_dir:
        found.append(
            _banner(
                [
                    "WARNING: requests are verified against a test CA "
                    "(--trust-roots / --cert-chain-dir),",
                    "not Amazon's certificates. Use this only for testing.",
                ]
            )
        )
    if options.skill_id is None:
        found.append(
            "letting-go: no skill id configured (--skill-id or LETTING_GO_SKILL_ID): requests "
            "for any skill are answered."
        )
    return found


def build_app(skill: CustomSkill, options: ServeOptions) -> Flask:
    """The app for ``options``: Amazon's certificates unless test ones are named.

    Raises
    ------
    OSError, ValueError
        When the trust roots file cannot be read.
    """
    verifier = AlexaSignatureVerifier()
    if options.trust_roots or options.cert_chain_dir:
        roots = read_trust_roots(options.trust_roots) if options.trust_roots else None
        if options.cert_chain_dir:
            verifier = AlexaSignatureVerifier(chains_in_directory(options.cert_chain_dir), roots)
        else:
            verifier = AlexaSignatureVerifier(trust_roots=roots)
    return create_app(
        skill,
        route=options.route,
        verify=options.verify,
        skill_id=options.skill_id,
        signature_verifier=verifier,
    )


def _addresses(server: MultiSocketServer | BaseWSGIServer) -> list[tuple[str, int]]:
    """Where the server listens, with the port the system chose for port 0."""
    if isinstance(server, MultiSocketServer):
        return [(str(host), int(port)) for host, port in server.effective_listen]
    assert server.socket is not None
    host, port = server.socket.getsockname()[:2]
    return [(str(host), int(port))]


def serve(
    skill: CustomSkill, options: ServeOptions, out: TextIO = sys.stdout, err: TextIO = sys.stderr
) -> None:
    """Serve ``skill`` until interrupted, saying where it listens.

    Raises
    ------
    OSError
        When the address cannot be listened on.

    Examples
    --------
    >>> serve(skill, ServeOptions(port=8080))  # doctest: +SKIP
    """
    app = build_app(skill, options)
    for warning in warnings_for(options):
        print(warning, file=err, flush=True)
    server = create_server(
        app,
        host=options.host,
        port=options.port,
        threads=THREADS,
        max_request_body_size=WAITRESS_MAX_BODY_BYTES,
        connection_limit=CONNECTION_LIMIT,
        channel_timeout=CHANNEL_TIMEOUT_SECONDS,
        cleanup_interval=CLEANUP_INTERVAL_SECONDS,
        asyncore_use_poll=True,
        ident="letting-go",
    )
    for host, port in _addresses(server):
        shown = f"[{host}]" if ":" in host else host
        url = f"http://{shown}:{port}{options.route}"
        print(f"letting-go: listening on {url}", file=out, flush=True)
    try:
        server.run()
    finally:
        server.close()
