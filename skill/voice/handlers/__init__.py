"""ASK SDK request handlers, a module per capability; :func:`request_handlers` orders them."""
