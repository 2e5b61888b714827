"""The exercise machine and its two definitions, with plain values."""

from __future__ import annotations

from datetime import date

import pytest

from skill.domain.exercises import (
    ExerciseId,
    ExerciseRecord,
    Feeling,
    Position,
    StepId,
    complete,
    definitions,
    forget_place,
    keep_place,
    place_to_resume,
)
from skill.domain.exercises.definitions import EXERCISES, FUTURE, GUIDE, PAST
from skill.domain.exercises.machine import (
    Answer,
    ByFeeling,
    Exercise,
    ExerciseError,
    Machine,
    Pause,
    Reply,
    Say,
    Step,
    Transition,
)

TODAY = date(2026, 11, 24)
READY = Reply(Answer.READY)


def keys(parts: tuple[object, ...]) -> list[str]:
    return [part.key for part in parts if isinstance(part, Say)]


def walk_to(exercise: ExerciseId, step: StepId, feeling: Feeling | None = None) -> Position:
    """The position reached by answering every step before ``step``."""
    position = GUIDE.begin(exercise).position
    while position.step is not step:
        move = GUIDE.answer(position, reply_for(position, feeling))
        assert move is not None
        position = move.position
    return position


def reply_for(position: Position, feeling: Feeling | None = None) -> Reply:
    if position.step is StepId.NAME_FEELING:
        return Reply(Answer.FEELING, feeling)
    if position.step is StepId.PERSPECTIVE:
        return Reply(Answer.YES)
    if position.step is StepId.VOW:
        return Reply(Answer.LET_IT_GO)
    return READY


# --- the definitions ------------------------------------------------------------------------------


def test_past_follows_the_method_in_order() -> None:
    assert [step.id for step in PAST.steps] == [
        StepId.SETTLE,
        StepId.BRING_TO_MIND,
        StepId.NAME_FEELING,
        StepId.REFRAME,
        StepId.PERSPECTIVE,
        StepId.VOW,
        StepId.CLOSE,
    ]
    assert PAST.length == 6


def test_future_follows_the_method_in_order() -> None:
    assert [step.id for step in FUTURE.steps] == [
        StepId.NOTICE,
        StepId.PRESSURE,
        StepId.DIFFERENT,
        StepId.LISTEN,
        StepId.VOW,
        StepId.CLOSE,
    ]
    assert FUTURE.length == 5


def test_settling_breathes_slowly_with_real_pauses() -> None:
    script = PAST.step(StepId.SETTLE).script
    slow = [part for part in script if not isinstance(part, Say | Pause | ByFeeling)]
    assert slow, "the breathing is spoken slowly"
    assert sum(p.seconds for p in slow[0].parts if isinstance(p, Pause)) >= 15


@pytest.mark.parametrize("exercise", EXERCISES.values(), ids=lambda e: e.id.value)
def test_every_exercise_reaches_its_close(exercise: Exercise) -> None:
    position = GUIDE.begin(exercise.id).position
    for _ in range(exercise.length):
        move = GUIDE.answer(position, reply_for(position))
        assert move is not None
        position = move.position
    assert move.finished
    assert position.step is StepId.CLOSE


# --- moves ----------------------------------------------------------------------------------------


def test_begin_opens_with_the_intro_and_ends_with_what_to_say() -> None:
    move = GUIDE.begin(ExerciseId.PAST)
    said = keys(move.parts)
    assert said[0] == "past_intro"
    assert said[-1] == "past_settle_prompt"
    assert not move.finished


def test_a_reply_the_step_does_not_take_moves_nothing() -> None:
    position = walk_to(ExerciseId.PAST, StepId.VOW)
    assert GUIDE.answer(position, READY) is None
    assert GUIDE.answer(position, Reply(Answer.NO)) is None


def test_yes_stands_for_ready_where_ready_is_asked() -> None:
    position = GUIDE.begin(ExerciseId.FUTURE).position
    move = GUIDE.answer(position, Reply(Answer.YES))
    assert move is not None and move.position.step is StepId.PRESSURE


@pytest.mark.parametrize("feeling", [*Feeling, None])
def test_the_reframe_speaks_to_the_feeling_named(feeling: Feeling | None) -> None:
    position = walk_to(ExerciseId.PAST, StepId.NAME_FEELING)
    move = GUIDE.answer(position, Reply(Answer.FEELING, feeling))
    assert move is not None
    assert move.position == Position(ExerciseId.PAST, StepId.REFRAME, feeling)
    name = feeling.value if feeling else "unsure"
    assert keys(move.parts)[0] == f"past_reframe_{name}"


def test_perspective_answers_yes_and_no_differently_before_the_vow() -> None:
    position = walk_to(ExerciseId.PAST, StepId.PERSPECTIVE)
    yes = GUIDE.answer(position, Reply(Answer.YES))
    no = GUIDE.answer(position, Reply(Answer.NO))
    assert yes is not None and no is not None
    assert yes.position.step is no.position.step is StepId.VOW
    assert keys(yes.parts)[0] == "past_perspective_yes"
    assert keys(no.parts)[0] == "past_perspective_no"
    assert keys(yes.parts)[1:] == keys(no.parts)[1:]


def test_skip_moves_to_the_next_step_without_an_answer() -> None:
    position = walk_to(ExerciseId.PAST, StepId.NAME_FEELING)
    move = GUIDE.skip(position)
    assert move.position == Position(ExerciseId.PAST, StepId.REFRAME, None)
    assert keys(move.parts)[0] == "past_reframe_unsure"


def test_skipping_the_vow_closes_the_exercise() -> None:
    move = GUIDE.skip(walk_to(ExerciseId.FUTURE, StepId.VOW))
    assert move.finished


def test_start_over_goes_back_to_the_first_step_and_forgets_the_feeling() -> None:
    position = walk_to(ExerciseId.PAST, StepId.PERSPECTIVE, Feeling.SHAME)
    assert position.feeling is Feeling.SHAME
    move = GUIDE.start_over(position)
    assert move.position == Position(ExerciseId.PAST, StepId.SETTLE)
    assert "past_intro" not in keys(move.parts)


def test_resume_says_the_step_again_from_its_start() -> None:
    position = walk_to(ExerciseId.PAST, StepId.REFRAME, Feeling.ANGER)
    move = GUIDE.resume(position)
    assert move.position == position
    assert keys(move.parts) == ["past_reframe_anger", "past_reframe_prompt"]


def test_step_numbers_count_only_the_steps_that_wait() -> None:
    assert GUIDE.step_number(walk_to(ExerciseId.PAST, StepId.NAME_FEELING)) == (3, 6)
    assert GUIDE.step_number(walk_to(ExerciseId.FUTURE, StepId.VOW)) == (5, 5)


def test_each_step_has_its_own_reprompt_and_help() -> None:
    position = walk_to(ExerciseId.PAST, StepId.PERSPECTIVE)
    assert GUIDE.reprompt(position) == "past_perspective_reprompt"
    assert GUIDE.help(position) == "past_perspective_help"


def test_a_step_names_its_lines_after_the_exercise_and_the_step() -> None:
    # The definitions are built once, at import; the helpers are called here so that a change to
    # the naming pattern fails a test rather than only the catalog lookups at run time.
    step = definitions._step(ExerciseId.FUTURE, StepId.NOTICE, Say("future_notice"), Pause(2))
    assert step == Step(
        StepId.NOTICE,
        (Say("future_notice"), Pause(2)),
        "future_notice_prompt",
        "future_notice_reprompt",
        "future_notice_help",
    )
    assert not step.final


def test_the_final_step_has_a_prompt_and_nothing_that_waits() -> None:
    step = definitions._step(ExerciseId.PAST, StepId.CLOSE, Say("past_close"), final=True)
    assert step == Step(StepId.CLOSE, (Say("past_close"),), "past_close_prompt", final=True)
    assert (step.reprompt, step.help) == ("", "")


def test_ready_and_yes_both_move_a_step_on() -> None:
    assert definitions._on_ready(StepId.SETTLE, StepId.BRING_TO_MIND) == (
        Transition(StepId.SETTLE, Answer.READY, StepId.BRING_TO_MIND),
        Transition(StepId.SETTLE, Answer.YES, StepId.BRING_TO_MIND),
    )


@pytest.mark.parametrize(
    "position",
    [
        Position(ExerciseId.PAST, StepId.CLOSE),
        Position(ExerciseId.PAST, StepId.NOTICE),
        Position(ExerciseId.FUTURE, StepId.SETTLE),
    ],
)
def test_positions_no_one_can_be_on_are_not_known(position: Position) -> None:
    assert not GUIDE.knows(position)


# --- definitions that could strand someone are refused ------------------------------------------


def _step(step_id: StepId, final: bool = False) -> Step:
    if final:
        return Step(step_id, (), "p", final=True)
    return Step(step_id, (), "p", "r", "h")


_ON = (Transition(StepId.SETTLE, Answer.READY, StepId.CLOSE),)
_THROUGH_VOW = (
    Transition(StepId.SETTLE, Answer.READY, StepId.VOW),
    Transition(StepId.VOW, Answer.READY, StepId.CLOSE),
)


@pytest.mark.parametrize(
    ("steps", "transitions", "message"),
    [
        ((), (), "past: the last step, and only it, must be final"),
        ((_step(StepId.SETTLE),), (), "the last step, and only it, must be final"),
        ((_step(StepId.CLOSE, True), _step(StepId.SETTLE)), (), "only it, must be final"),
        (
            (_step(StepId.SETTLE), _step(StepId.VOW, True), _step(StepId.CLOSE, True)),
            (),
            "only it, must be final",
        ),
        (
            (_step(StepId.SETTLE), _step(StepId.SETTLE), _step(StepId.CLOSE, True)),
            _ON,
            "past: a step appears twice",
        ),
        ((Step(StepId.SETTLE, (), "p"), _step(StepId.CLOSE, True)), _ON, "settle needs a reprompt"),
        (
            (Step(StepId.SETTLE, (), "p", "r"), _step(StepId.CLOSE, True)),
            _ON,
            "past: settle needs a reprompt and help",
        ),
        (
            (_step(StepId.SETTLE), Step(StepId.VOW, (), "p", "r"), _step(StepId.CLOSE, True)),
            _THROUGH_VOW,
            "past: vow needs a reprompt and help",
        ),
        (
            (_step(StepId.SETTLE), _step(StepId.CLOSE, True)),
            (Transition(StepId.SETTLE, Answer.READY, StepId.VOW),),
            "past: a transition leaves the exercise",
        ),
        (
            (_step(StepId.SETTLE), _step(StepId.CLOSE, True)),
            (*_ON, Transition(StepId.CLOSE, Answer.READY, StepId.SETTLE)),
            "a transition leaves the exercise",
        ),
        (
            (_step(StepId.SETTLE), _step(StepId.VOW), _step(StepId.CLOSE, True)),
            (*_THROUGH_VOW, Transition(StepId.CLOSE, Answer.YES, StepId.VOW)),
            "a transition leaves the exercise",
        ),
        (
            (_step(StepId.SETTLE), _step(StepId.CLOSE, True)),
            (*_ON, Transition(StepId.SETTLE, Answer.READY, StepId.SETTLE)),
            "past: two transitions for ready",
        ),
        (
            (_step(StepId.SETTLE), _step(StepId.VOW), _step(StepId.CLOSE, True)),
            _ON,
            r"past: no reply moves on from \['vow'\]",
        ),
        (
            (_step(StepId.SETTLE), _step(StepId.VOW), _step(StepId.CLOSE, True)),
            (Transition(StepId.VOW, Answer.READY, StepId.CLOSE),),
            r"no reply moves on from \['settle'\]",
        ),
        (
            (
                Step(StepId.SETTLE, (ByFeeling({Feeling.ANGER: "a"}, "u"),), "p", "r", "h"),
                _step(StepId.CLOSE, True),
            ),
            _ON,
            "past: settle misses a feeling",
        ),
    ],
    ids=[
        "no steps",
        "no final step",
        "final step first",
        "two final steps",
        "a step twice",
        "no reprompt",
        "no help",
        "no help before the last",
        "unknown destination",
        "a row from the final step",
        "a row from the final step of three",
        "two rows for one reply",
        "a step with no way on",
        "the first step with no way on",
        "a feeling without its line",
    ],
)
def test_definitions_that_could_strand_someone_are_refused(
    steps: tuple[Step, ...], transitions: tuple[Transition, ...], message: str
) -> None:
    with pytest.raises(ExerciseError, match=message):
        Exercise(ExerciseId.PAST, "intro", steps, transitions)


def test_a_sound_definition_is_accepted_and_answers_by_its_table() -> None:
    every_feeling = ByFeeling(dict.fromkeys(Feeling, "line"), "unsure")
    steps = (
        Step(StepId.SETTLE, (Say("s"), every_feeling), "p", "r", "h"),
        _step(StepId.VOW),
        _step(StepId.CLOSE, True),
    )
    exercise = Exercise(ExerciseId.PAST, "intro", steps, _THROUGH_VOW)
    assert exercise.transition(StepId.SETTLE, Answer.READY) == _THROUGH_VOW[0]
    assert exercise.transition(StepId.VOW, Answer.READY) == _THROUGH_VOW[1]
    assert exercise.transition(StepId.SETTLE, Answer.YES) is None
    assert exercise.step(StepId.VOW) is steps[1]
    assert [exercise.after(s.id) for s in steps] == [StepId.VOW, StepId.CLOSE, StepId.CLOSE]
    assert exercise.length == 2
    with pytest.raises(KeyError, match=r"StepId\.NOTICE"):
        exercise.step(StepId.NOTICE)


# --- the record -----------------------------------------------------------------------------------


def test_completing_counts_it_dates_it_and_keeps_the_feeling() -> None:
    record = keep_place(ExerciseRecord(), Position(ExerciseId.PAST, StepId.VOW), TODAY)
    done = complete(record, Position(ExerciseId.PAST, StepId.CLOSE, Feeling.JEALOUSY), TODAY)
    assert done.completions == {"past": 1}
    assert done.total_completed == 1
    assert done.completed(ExerciseId.PAST) == 1
    assert done.last_completed == {"past": TODAY}
    assert done.last_feeling is Feeling.JEALOUSY
    assert done.in_progress is None


def test_completing_without_naming_a_feeling_keeps_the_last_one() -> None:
    record = ExerciseRecord(completions={"past": 2}, last_feeling=Feeling.ANGER)
    done = complete(record, Position(ExerciseId.FUTURE, StepId.CLOSE), TODAY)
    assert done.completions == {"past": 2, "future": 1}
    assert done.total_completed == 3
    assert done.last_feeling is Feeling.ANGER


@pytest.mark.parametrize(("days", "offered"), [(0, True), (7, True), (8, False), (-1, True)])
def test_a_place_is_offered_back_for_seven_days(days: int, offered: bool) -> None:
    position = Position(ExerciseId.FUTURE, StepId.LISTEN)
    record = keep_place(ExerciseRecord(), position, date(2026, 11, 1))
    later = date.fromordinal(date(2026, 11, 1).toordinal() + days)
    assert (place_to_resume(record, later) == position) is offered


def test_a_place_let_go_is_not_offered() -> None:
    record = keep_place(ExerciseRecord(), Position(ExerciseId.PAST, StepId.VOW), TODAY)
    assert place_to_resume(forget_place(record), TODAY) is None


def test_an_exercise_the_guide_does_not_run_is_not_known() -> None:
    only_the_past = Machine({ExerciseId.PAST: PAST})
    assert not only_the_past.knows(Position(ExerciseId.FUTURE, StepId.SETTLE))
    assert only_the_past.knows(Position(ExerciseId.PAST, StepId.SETTLE))


def test_a_plain_ready_moves_on_without_a_pause_first() -> None:
    move = GUIDE.answer(GUIDE.begin(ExerciseId.PAST).position, READY)
    assert move is not None
    assert move.parts == GUIDE.current(move.position)
    assert not isinstance(move.parts[0], Pause)


def test_each_completion_counts_again_and_an_exercise_never_done_counts_none() -> None:
    done = Position(ExerciseId.PAST, StepId.CLOSE)
    record = complete(complete(ExerciseRecord(), done, TODAY), done, TODAY)
    assert record.completed(ExerciseId.PAST) == 2
    assert record.completed(ExerciseId.FUTURE) == 0
