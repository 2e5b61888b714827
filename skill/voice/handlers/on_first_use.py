"""Request handlers whose modules are read the first time the SDK asks them anything.

For each request the SDK asks the handlers in order whether they can handle it, and stops at
the first that can: the ones after it are never asked. Registered through :class:`OnFirstUse`,
a handler's module (and whatever only it uses) is imported when the handler is first asked, so
a cold start reads only the handlers its first request reaches (a launch: two of them).
SnapStart and the web service import them all ahead (:func:`skill.builder.read_ahead`).
"""

from __future__ import annotations

import importlib

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

PACKAGE = "skill.voice.handlers"


class OnFirstUse(AbstractRequestHandler):
    """The handler class ``name`` of ``skill.voice.handlers.<module>``, made when first asked.

    Examples
    --------
    >>> launch = OnFirstUse("launch", "LaunchHandler")
    >>> type(launch.handler).__name__
    'LaunchHandler'
    """

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self._handler: AbstractRequestHandler | None = None

    @property
    def handler(self) -> AbstractRequestHandler:
        # Handlers hold no state: two threads that both make one on first use lose nothing.
        if self._handler is None:
            module = importlib.import_module(f"{PACKAGE}.{self.module}")
            self._handler = getattr(module, self.name)()
        return self._handler

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return self.handler.can_handle(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response | None:
        return self.handler.handle(handler_input)
