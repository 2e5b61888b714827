"""What each screen shows: its document's name and a datasource, built from the values the speech
says, with every visible word from the catalog (``screen_*`` lines).

Nothing here reads a request or the store: a handler passes what it has already worked out, so
the screen and the speech cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from skill.domain.checkin import CheckInLog, mood_trend
from skill.domain.exercises import Feeling, Position
from skill.domain.exercises.definitions import GUIDE
from skill.domain.exercises.machine import Answer, Slowly
from skill.domain.period import Period
from skill.voice.apl.chart import mood_bars
from skill.voice.catalog import Speech, plain
from skill.voice.crisis_lines import CrisisLine

CHECKIN_INTENT = "CheckInIntent"
PAST_INTENT = "LetGoOfPastIntent"
FUTURE_INTENT = "LetGoOfFutureIntent"
PROGRESS_INTENT = "ProgressIntent"
START_INTENT = "StartNoContactIntent"
FEELING_INTENT = "FeelingIntent"
FEELING_SLOT = "feeling"


@dataclass(frozen=True)
class Button:
    """A button: its label, and the intent (and slot) a touch on it is answered as."""

    label: str
    intent: str
    slot: str = ""
    value: str = ""

    def data(self) -> dict[str, str]:
        return {"label": self.label, "intent": self.intent, "slot": self.slot, "value": self.value}


@dataclass(frozen=True)
class Screen:
    """A document to show (by name, see :mod:`skill.voice.apl.documents`) and its data."""

    document: str
    data: dict[str, Any]
    buttons: tuple[Button, ...] = field(default=())
    shown: tuple[str, ...] = field(default=())
    """The keys of ``data`` that say what the screen is about, for :attr:`summary`."""

    @property
    def datasources(self) -> dict[str, Any]:
        return {"payload": {**self.data, "buttons": [b.data() for b in self.buttons]}}

    @property
    def summary(self) -> str:
        """One line of what the screen shows (for the console): "Day 2 of 30 · 29 · days to go"."""
        return " · ".join(str(self.data[key]) for key in self.shown if self.data.get(key))


def _text(speech: Speech, key: str, **values: object) -> str:
    # The first phrasing, always: a screen draws nothing from the turn's choice of phrasings.
    return plain(speech.in_turn(key, 0, **values))


def _button(speech: Speech, key: str, intent: str, slot: str = "", value: str = "") -> Button:
    return Button(_text(speech, f"screen_button_{key}"), intent, slot, value)


def _menu(speech: Speech, *first: Button) -> tuple[Button, ...]:
    """What there is to do from a screen that is not a question."""
    return (
        *first,
        _button(speech, "past", PAST_INTENT),
        _button(speech, "future", FUTURE_INTENT),
    )


def _days_to_go(speech: Speech, left: int) -> str:
    return _text(speech, "screen_days_to_go_one" if left == 1 else "screen_days_to_go")


def _period_values(speech: Speech, period: Period, today: date) -> dict[str, Any]:
    day, target, left = period.day_number(today), period.target_days, period.days_left(today)
    return {
        "dayOf": _text(speech, "screen_day_of", day=day, target=target),
        "done": min(day, target),
        "target": target,
        "left": str(left),
        "leftLabel": _days_to_go(speech, left),
        "phase": _text(speech, f"screen_phase_{period.phase(today).value}"),
    }


#: The period's values when none is running: the documents read every key they name.
_NO_PERIOD: dict[str, Any] = {
    "dayOf": "", "done": 0, "target": 1, "left": "", "leftLabel": "", "phase": ""
}  # fmt: skip


def home(speech: Speech, period: Period | None, today: date) -> Screen:
    """The launch and days left: day N of M, the days left large, the phase in a few words."""
    title = _text(speech, "screen_title")
    if period is None or not period.is_active():
        data: dict[str, Any] = {
            **_NO_PERIOD,
            "title": title,
            "hasPeriod": False,
            "welcome": _text(speech, "screen_welcome"),
        }
        return Screen(
            "home",
            data,
            _menu(speech, _button(speech, "start", START_INTENT)),
            ("title", "welcome"),
        )
    data = {
        "title": title,
        "hasPeriod": True,
        "welcome": "",
        **_period_values(speech, period, today),
    }
    first = () if period.is_complete(today) else (_button(speech, "checkin", CHECKIN_INTENT),)
    return Screen("home", data, _menu(speech, *first), ("dayOf", "left", "leftLabel"))


def checkin(speech: Speech, log: CheckInLog, day: date, tip: str | None) -> Screen:
    """The check-in's close: today's mood, the streak, the tip, and the last seven moods."""
    entry = log.on(day)
    mood = entry.mood if entry is not None else None
    moods = [e.mood for e in log.entries if e.mood is not None]
    bars = mood_bars(moods)
    data = {
        "title": _text(speech, "screen_checkin_title"),
        "moodLabel": _text(speech, "screen_checkin_mood"),
        "mood": _text(speech, "screen_mood_of", mood=mood) if mood is not None else "",
        "streakLabel": _text(speech, "screen_checkin_streak"),
        "streak": speech.days(log.streak.current(day)),
        "tipLabel": _text(speech, "screen_checkin_tip") if tip else "",
        "tip": plain(tip) if tip else "",
        "chartLabel": _text(speech, "screen_checkin_moods"),
        "earlierMoods": bars.earlier,
        "latestMood": bars.latest if mood is not None else "",
    }
    buttons = _menu(speech, _button(speech, "progress", PROGRESS_INTENT))
    return Screen("checkin", data, buttons, ("title", "mood", "streak"))


def progress(
    speech: Speech,
    period: Period | None,
    log: CheckInLog,
    today: date,
    tally: tuple[int, int, int],
) -> Screen:
    """How am I doing: the day, the streak, the mood, and the urges, exercises and slips.

    ``tally`` is (urges resisted, exercises done, slips), as the speech counts them.
    """
    running = period is not None and period.is_active()
    streak = log.streak
    found = mood_trend(log)
    tiles = [
        {
            "label": _text(speech, "screen_checkin_streak"),
            "value": speech.days(streak.current(today)),
            "note": _text(speech, "screen_streak_longest", days=speech.days(streak.longest)),
        },
        {
            "label": _text(speech, "screen_mood_average"),
            "value": f"{found.average:g}" if found else "",
            "note": _text(speech, f"screen_trend_{found.trend.value}")
            if found and found.trend
            else ("" if found else _text(speech, "screen_mood_none")),
        },
    ]
    urges, exercises, slips = tally
    for key, count in (("urges", urges), ("exercises", exercises), ("slips", slips)):
        if key != "exercises" and not running:
            continue  # urges and slips belong to a period
        tiles.append({"label": _text(speech, f"screen_tally_{key}"), "value": str(count)})
    data: dict[str, Any] = {
        **_NO_PERIOD,
        "title": _text(speech, "screen_progress_title"),
        "hasPeriod": running,
        "noPeriod": _text(speech, "screen_no_period"),
        "tiles": tiles,
    }
    if period is not None and running:
        data.update(_period_values(speech, period, today))
        first = (_button(speech, "checkin", CHECKIN_INTENT),)
    else:
        first = (_button(speech, "start", START_INTENT),)
    shown = ("title", "dayOf") if running else ("title", "noPeriod")
    return Screen("progress", data, _menu(speech, *first), shown)


def _step_buttons(speech: Speech, position: Position) -> tuple[Button, ...]:
    """The answers this step takes, as buttons, then repeat and pause."""
    exercise = GUIDE.exercise(position)
    takes = {answer for answer in Answer if exercise.transition(position.step, answer)}
    buttons: list[Button] = []
    if Answer.READY in takes:
        buttons.append(_button(speech, "ready", "ReadyIntent"))
    elif Answer.YES in takes:
        buttons += [
            _button(speech, "yes", "AMAZON.YesIntent"),
            _button(speech, "no", "AMAZON.NoIntent"),
        ]
    if Answer.FEELING in takes:
        buttons += [
            Button(
                _text(speech, f"screen_feeling_{f.value}"), FEELING_INTENT, FEELING_SLOT, f.value
            )
            for f in Feeling
        ]
        buttons.append(Button(_text(speech, "screen_feeling_unsure"), "NotSureIntent"))
    if Answer.LET_IT_GO in takes:
        buttons.append(_button(speech, "let_it_go", "LetItGoIntent"))
    buttons += [
        _button(speech, "repeat", "AMAZON.RepeatIntent"),
        _button(speech, "pause", "AMAZON.PauseIntent"),
    ]
    return tuple(buttons)


def exercise_step(speech: Speech, position: Position, finished: bool = False) -> Screen:
    """One step of an exercise: step x of y, and what it asks in a few calm words.

    A step that breathes slowly shows a circle that grows and settles with the breath.
    """
    step, total = GUIDE.step_number(position)
    name = _text(speech, f"exercise_name_{position.exercise.value}")
    script = GUIDE.exercise(position).step(position.step).script
    breathing = not finished and any(isinstance(part, Slowly) for part in script)
    data = {
        "title": name[:1].upper() + name[1:],
        "stepOf": _text(speech, "screen_done")
        if finished
        else _text(speech, "screen_step_of", step=step, total=total),
        "done": total if finished else step - 1,
        "total": total,
        "instruction": _text(
            speech, f"screen_step_{position.exercise.value}_{position.step.value}"
        ),
        "breathing": breathing,
        "breatheHint": _text(speech, "screen_breathe") if breathing else "",
    }
    buttons = _menu(speech, _button(speech, "checkin", CHECKIN_INTENT)) if finished else ()
    shown = ("title", "stepOf", "instruction")
    return Screen("exercise", data, buttons or _step_buttons(speech, position), shown)


def crisis(speech: Speech, line: CrisisLine) -> Screen:
    """The crisis line: its number large, and how to reach it."""
    said_how = speech.line(f"crisis_how_{line.how}")
    how = said_how[:1].upper() + said_how[1:]
    data = {
        "title": _text(speech, "screen_crisis_title"),
        "number": line.number,
        "how": _text(speech, "screen_crisis_how", how=how, name=line.name),
        "always": _text(speech, "screen_crisis_always"),
        "emergency": _text(speech, "screen_crisis_emergency", emergency=line.emergency),
    }
    return Screen("crisis", data, shown=("how", "number"))


def delete_confirmation(speech: Speech) -> Screen:
    """ "Delete my data?", with a button for each answer."""
    data = {
        "title": _text(speech, "screen_delete_title"),
        "body": _text(speech, "screen_delete_body"),
    }
    buttons = (
        _button(speech, "delete", "AMAZON.YesIntent"),
        _button(speech, "keep", "AMAZON.NoIntent"),
    )
    return Screen("delete", data, buttons, ("title",))
