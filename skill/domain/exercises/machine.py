"""The machine that runs a guided exercise: steps and transitions as data, a position as the model.

An :class:`Exercise` is the machine's definition: its steps, in order, and a table of
:class:`Transition` rows (which reply moves which step on, and to where). A
:class:`~skill.domain.exercises.position.Position` is the model: the one exercise and step a
person is on, and the feeling they named. Only the position is ever stored or kept in a session;
the definitions are plain constants, shared by every request.

The functions here take a position and give back a :class:`Move`: the new position, and what to
say for it as :class:`Say`, :class:`Pause` and :class:`Slowly` parts. Turning those parts into
words and SSML is the voice layer's job.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from skill.domain.exercises.position import ExerciseId, Feeling, Position, StepId


class ExerciseError(ValueError):
    """An exercise definition that cannot run: a bug in the definition, found on import."""


class Answer(enum.Enum):
    """The replies a step can wait for."""

    READY = "ready"
    YES = "yes"
    NO = "no"
    FEELING = "feeling"
    LET_IT_GO = "let_it_go"


@dataclass(frozen=True)
class Reply:
    """What the person answered; ``feeling`` goes with :attr:`Answer.FEELING` (None: unsure)."""

    answer: Answer
    feeling: Feeling | None = None


# --- what is said ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Say:
    """One line of the speech catalog, by key."""

    key: str


@dataclass(frozen=True)
class Pause:
    """Silence, in seconds (the voice layer splits long ones as Alexa requires)."""

    seconds: float


@dataclass(frozen=True)
class Slowly:
    """Lines and pauses spoken at a slower pace: breathing."""

    parts: tuple[Say | Pause, ...]


@dataclass(frozen=True)
class ByFeeling:
    """A line that depends on the feeling named (``unsure`` when none was)."""

    lines: Mapping[Feeling, str]
    unsure: str


Part = Say | Pause | Slowly
ScriptPart = Part | ByFeeling
# Between the response to an answer and the next step, a moment to take it in.
ANSWER_PAUSE = Pause(1.5)


# --- the machine's definition ---------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """One step: what is said on arriving, what to say next, and the step's own reprompt and help.

    The final step is spoken as the exercise closes; nothing waits on it, so it has no reprompt
    or help, and it is not counted in "step 3 of 6".
    """

    id: StepId
    script: tuple[ScriptPart, ...]
    prompt: str
    reprompt: str = ""
    help: str = ""
    final: bool = False


@dataclass(frozen=True)
class Transition:
    """A row of the table: at ``source``, the reply ``trigger`` moves to ``dest``, saying ``say``
    first (an answer that deserves its own response, such as a yes or a no)."""

    source: StepId
    trigger: Answer
    dest: StepId
    say: tuple[str, ...] = ()


@dataclass(frozen=True)
class Exercise:
    """A guided exercise: its opening line, its steps in order, and its transitions.

    Raises
    ------
    ExerciseError
        When the definition could strand someone: no steps, a last step that is not final, a
        final step before the end, repeated steps, a waiting step without reprompt or help, a
        line missing for a feeling, a transition to or from an unknown step or from the final
        one, two rows for one reply, or a waiting step with no way on.
    """

    id: ExerciseId
    intro: str
    steps: tuple[Step, ...]
    transitions: tuple[Transition, ...]
    _table: dict[tuple[StepId, Answer], Transition] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        ids = [step.id for step in self.steps]
        if not ids or not self.steps[-1].final or any(s.final for s in self.steps[:-1]):
            raise ExerciseError(f"{self.id.value}: the last step, and only it, must be final")
        if len(set(ids)) != len(ids):
            raise ExerciseError(f"{self.id.value}: a step appears twice")
        for step in self.steps[:-1]:
            if not (step.reprompt and step.help):
                raise ExerciseError(f"{self.id.value}: {step.id.value} needs a reprompt and help")
        for step in self.steps:
            for part in step.script:
                if isinstance(part, ByFeeling) and set(part.lines) != set(Feeling):
                    raise ExerciseError(f"{self.id.value}: {step.id.value} misses a feeling")
        for row in self.transitions:
            if row.source not in ids[:-1] or row.dest not in ids:
                raise ExerciseError(f"{self.id.value}: a transition leaves the exercise: {row}")
            if (row.source, row.trigger) in self._table:
                raise ExerciseError(f"{self.id.value}: two transitions for {row.trigger.value}")
            self._table[(row.source, row.trigger)] = row
        waiting = {row.source for row in self.transitions}
        if stuck := [i.value for i in ids[:-1] if i not in waiting]:
            raise ExerciseError(f"{self.id.value}: no reply moves on from {stuck}")

    def step(self, step_id: StepId) -> Step:
        """The step ``step_id`` of this exercise (KeyError when it has none)."""
        for step in self.steps:
            if step.id is step_id:
                return step
        raise KeyError(step_id)

    def transition(self, source: StepId, trigger: Answer) -> Transition | None:
        """The row for ``trigger`` at ``source``, or None when that reply does not fit there."""
        return self._table.get((source, trigger))

    @property
    def first(self) -> StepId:
        return self.steps[0].id

    def after(self, step_id: StepId) -> StepId:
        """The step that follows ``step_id`` in order (for skipping)."""
        ids = [step.id for step in self.steps]
        return ids[min(ids.index(step_id) + 1, len(ids) - 1)]

    @property
    def length(self) -> int:
        """How many steps wait on the person (the final one is not counted)."""
        return len(self.steps) - 1


# --- moving ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Move:
    """The result of a move: where the person is now, and what to say for it.

    ``finished`` is True when the move reached the final step: the exercise is done, and
    ``position`` is where it ended.
    """

    position: Position
    parts: tuple[Part, ...]
    finished: bool = False


class Machine:
    """Runs positions through a set of exercise definitions.

    Examples
    --------
    >>> from skill.domain.exercises.definitions import EXERCISES
    >>> machine = Machine(EXERCISES)
    >>> move = machine.begin(ExerciseId.PAST)
    >>> move.position.step, machine.step_number(move.position)
    (<StepId.SETTLE: 'settle'>, (1, 6))
    >>> machine.answer(move.position, Reply(Answer.READY)).position.step
    <StepId.BRING_TO_MIND: 'bring_to_mind'>
    """

    def __init__(self, exercises: Mapping[ExerciseId, Exercise]) -> None:
        self._exercises = dict(exercises)

    def exercise(self, position: Position) -> Exercise:
        return self._exercises[position.exercise]

    def knows(self, position: Position) -> bool:
        """Whether ``position`` is a step someone can be on (not final, in that exercise)."""
        exercise = self._exercises.get(position.exercise)
        if exercise is None:
            return False
        try:
            return not exercise.step(position.step).final
        except KeyError:
            return False

    def begin(self, exercise_id: ExerciseId) -> Move:
        """Start ``exercise_id`` from its first step, with its opening line."""
        exercise = self._exercises[exercise_id]
        position = Position(exercise_id, exercise.first)
        return Move(position, (Say(exercise.intro), *self.current(position)))

    def current(self, position: Position) -> tuple[Part, ...]:
        """What the step under way says: its script, then what to say next."""
        step = self.exercise(position).step(position.step)
        return (*_resolve(step.script, position.feeling), Say(step.prompt))

    def answer(self, position: Position, reply: Reply) -> Move | None:
        """Move on by ``reply``, or None when this step does not take that reply."""
        row = self.exercise(position).transition(position.step, reply.answer)
        if row is None:
            return None
        moved = replace(position, step=row.dest)
        if reply.answer is Answer.FEELING:
            moved = replace(moved, feeling=reply.feeling)
        said = tuple(Say(key) for key in row.say)
        return self._arrive(moved, (*said, ANSWER_PAUSE) if said else ())

    def resume(self, position: Position) -> Move:
        """Pick up at ``position``: its step is said again from the start."""
        return Move(position, self.current(position))

    def skip(self, position: Position) -> Move:
        """Go to the next step, without an answer."""
        return self._arrive(replace(position, step=self.exercise(position).after(position.step)))

    def start_over(self, position: Position) -> Move:
        """Back to the first step of the same exercise, with nothing named yet."""
        exercise = self.exercise(position)
        return self._arrive(Position(position.exercise, exercise.first))

    def step_number(self, position: Position) -> tuple[int, int]:
        """("step 3 of 6"): the step's number, and how many steps wait on the person."""
        exercise = self.exercise(position)
        ids = [step.id for step in exercise.steps]
        return ids.index(position.step) + 1, exercise.length

    def reprompt(self, position: Position) -> str:
        """The step's own reprompt (a catalog key)."""
        return self.exercise(position).step(position.step).reprompt

    def help(self, position: Position) -> str:
        """The step's own help (a catalog key)."""
        return self.exercise(position).step(position.step).help

    def _arrive(self, position: Position, first: tuple[Part, ...] = ()) -> Move:
        step = self.exercise(position).step(position.step)
        return Move(position, (*first, *self.current(position)), finished=step.final)


def _resolve(script: tuple[ScriptPart, ...], feeling: Feeling | None) -> tuple[Part, ...]:
    return tuple(
        Say(part.lines[feeling] if feeling is not None else part.unsure)
        if isinstance(part, ByFeeling)
        else part
        for part in script
    )
