"""ASK SDK request handlers, a module per capability; :data:`skill.builder.REQUEST_HANDLERS` orders
them."""
