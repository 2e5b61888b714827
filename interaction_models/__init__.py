"""The interaction models and the NLU evaluation set, shipped with the console as package data.

Installed, this folder is the package ``skill.models`` (see pyproject.toml), so that a wheel or
``pipx install .`` gives a console that understands what it is told. ``python -m
deploy.interaction_model`` (``make model``) writes the ``<locale>.json`` files from their
``<locale>.toml`` sources.
"""
