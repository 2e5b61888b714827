"""What Alexa accepts as SSML, checked the strict way: well-formed XML, known tags, short breaks."""

from __future__ import annotations

from xml.parsers import expat

MAX_BREAK_SECONDS = 10.0
TAGS = {"speak", "break", "prosody", "amazon:domain", "p", "s", "say-as"}
# The say-as kinds Alexa knows.
INTERPRET_AS = {
    "characters",
    "spell-out",
    "cardinal",
    "number",
    "ordinal",
    "digits",
    "fraction",
    "unit",
    "date",
    "time",
    "telephone",
    "address",
    "interjection",
    "expletive",
}
# Alexa does not allow the long-form style and prosody on the same text.
EXCLUSIVE = {"prosody", "amazon:domain"}


def break_seconds(time: str) -> float:
    return float(time[:-2]) / 1000 if time.endswith("ms") else float(time[:-1])


def check_ssml(ssml: str) -> list[float]:
    """Raise AssertionError (or ExpatError) unless ``ssml`` is SSML Alexa takes; the breaks."""
    breaks: list[float] = []
    open_tags: list[str] = []

    def start(name: str, attributes: dict[str, str]) -> None:
        assert name in TAGS, f"unknown tag <{name}>"
        assert open_tags or name == "speak", "the document is one <speak>"
        if name in EXCLUSIVE:
            assert not EXCLUSIVE & set(open_tags), f"<{name}> inside {open_tags}"
        if name == "break":
            seconds = break_seconds(attributes["time"])
            assert 0 < seconds <= MAX_BREAK_SECONDS, f"a break of {seconds} s"
            breaks.append(seconds)
        if name == "amazon:domain":
            assert attributes == {"name": "long-form"}
        if name == "prosody":
            assert attributes.get("rate") in {"x-slow", "slow", "medium"}
        if name == "say-as":
            assert attributes.get("interpret-as") in INTERPRET_AS
        open_tags.append(name)

    def end(name: str) -> None:
        open_tags.pop()

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.Parse(ssml, True)
    return breaks
