"""What the console needs of a language to hear it: its built-in phrases, fillers, the words of
an invocation, and how its numbers, dates, durations and times are said."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ConsoleLanguage:
    """One language as the console's matcher hears it (see :class:`skill.console.nlu.Matcher`)."""

    builtin_phrases: Mapping[str, tuple[str, ...]]
    """Phrases of Alexa's built-in intents, which have no samples in the model."""
    fillers: frozenset[str]
    """Words put before or after what is meant ("um", "pues"), set aside when nothing fits."""
    lead_words: Mapping[str, str]
    """A first word that answers on its own ("yes", "no", "stop"), to its intent."""
    launch_verbs: str
    """Alternatives (a regular expression) that open a skill: "open|start|..."."""
    one_shot: str
    """A regular expression for "ask {inv} to ...", whose one group is what was asked."""
    parse_date: Callable[[str, date], str | None]
    parse_duration: Callable[[str], str | None]
    parse_number: Callable[[str], str | None]
    parse_time: Callable[[str], str | None]
    short_leads: frozenset[str] = frozenset()
    """Lead words that are also everyday words ("si" is "if"): they lead only a short answer."""
    language: str = "en"
    """The language's code ("es"): whether its crisis phrases are heard in any verb form."""
