"""How long each guided exercise takes to say: words at about 150 a minute, plus its pauses.

Every way through an exercise is measured (each feeling that can be named, each answer to a
yes/no step), from the opening line to the close, with the exact SSML the skill speaks. The time
a person takes to answer is not counted.

Run it from the repository root::

    .venv/bin/python -m bench.exercise_length
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from xml.parsers import expat

from skill.domain.exercises import ExerciseId, Feeling, Position
from skill.domain.exercises.definitions import EXERCISES, GUIDE
from skill.domain.exercises.machine import Answer, Move, Reply
from skill.voice.catalog import Speech
from skill.voice.locales import place_for
from skill.voice.ssml import render

WORDS_PER_MINUTE = 150
# What the issue asks of each exercise, in seconds.
#: One locale of each language the skill speaks.
LANGUAGES = ("en-US", "es-ES")
TARGETS = {ExerciseId.PAST: (180.0, 300.0), ExerciseId.FUTURE: (120.0, 180.0)}


@dataclass(frozen=True)
class Spoken:
    """What one stretch of speech amounts to."""

    words: int
    pause_seconds: float

    @property
    def seconds(self) -> float:
        return self.words * 60 / WORDS_PER_MINUTE + self.pause_seconds

    def __add__(self, other: Spoken) -> Spoken:
        return Spoken(self.words + other.words, self.pause_seconds + other.pause_seconds)


def measure(ssml: str) -> Spoken:
    """The words and the pauses in an SSML document (``<speak>...</speak>``).

    Examples
    --------
    >>> measure('<speak>Breathe in. <break time="4s"/> And out.</speak>')
    Spoken(words=4, pause_seconds=4.0)
    """
    words = 0
    pauses = 0.0

    def text(data: str) -> None:
        nonlocal words
        words += len(data.split())

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal pauses
        if name == "break":
            time = attributes.get("time", "0s")
            pauses += float(time[:-2]) / 1000 if time.endswith("ms") else float(time[:-1])

    parser = expat.ParserCreate()
    # Words split across two text callbacks would be counted twice without buffering.
    parser.buffer_text = True
    parser.CharacterDataHandler = text
    parser.StartElementHandler = start
    parser.Parse(ssml, True)
    return Spoken(words, pauses)


def _replies(position: Position) -> Iterator[Reply]:
    """Every answer that moves this step on (every feeling, and not knowing)."""
    for answer in Answer:
        if GUIDE.exercise(position).transition(position.step, answer) is None:
            continue
        if answer is Answer.FEELING:
            yield from (Reply(answer, feeling) for feeling in (*Feeling, None))
        elif answer is not Answer.YES or GUIDE.answer(position, Reply(Answer.READY)) is None:
            # Where "yes" only stands in for "ready", it is the same path.
            yield Reply(answer)


def paths(exercise: ExerciseId) -> Iterator[list[Move]]:
    """Every way through ``exercise``, as the moves (turns) spoken along it."""

    def walk(moves: list[Move]) -> Iterator[list[Move]]:
        last = moves[-1]
        if last.finished:
            yield moves
            return
        for reply in _replies(last.position):
            move = GUIDE.answer(last.position, reply)
            assert move is not None
            yield from walk([*moves, move])

    yield from walk([GUIDE.begin(exercise)])


def lengths(locale: str = "en-US") -> dict[ExerciseId, list[Spoken]]:
    """What each path through each exercise amounts to, as said in ``locale``."""
    place = place_for(locale)
    speech = Speech(place, {}, random.Random(0))
    long_form = place.long_form
    return {
        exercise: [
            sum(
                (measure(f"<speak>{render(m.parts, speech.line, long_form)}</speak>") for m in p),
                Spoken(0, 0.0),
            )
            for p in paths(exercise)
        ]
        for exercise in EXERCISES
    }


def report() -> tuple[str, bool]:
    """The report, and whether every exercise is within its target in every language."""
    lines, ok = [], True
    for locale in LANGUAGES:
        for exercise, spoken in lengths(locale).items():
            low, high = TARGETS[exercise]
            shortest = min(spoken, key=lambda s: s.seconds)
            longest = max(spoken, key=lambda s: s.seconds)
            within = low <= shortest.seconds and longest.seconds <= high
            ok = ok and within
            lines.append(
                f"{locale} {exercise.value:>6}: {shortest.seconds / 60:.1f} to "
                f"{longest.seconds / 60:.1f} min over {len(spoken)} paths ({shortest.words} to "
                f"{longest.words} words at {WORDS_PER_MINUTE} a minute, "
                f"{shortest.pause_seconds:.0f} to {longest.pause_seconds:.0f} s of pauses); "
                f"target {low / 60:.0f} to {high / 60:.0f} min: {'ok' if within else 'OUTSIDE'}"
            )
    return "\n".join(lines), ok


def main() -> int:
    text, ok = report()
    print(text)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
