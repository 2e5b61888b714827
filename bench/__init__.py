"""Measurements of the skill that are reported, not timed: run each module as a script."""
