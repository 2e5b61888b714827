"""The NLU evaluation set, heard by virtual-alexa: its figures printed beside the console's.

virtual-alexa fits an utterance to a sample exactly or not at all, and the set holds no sample,
so these figures are the floor that exact fits give; Alexa's own NLU generalises past it, as the
console does. What must hold even here: nothing that is not a crisis is ever taken for one, and
what virtual-alexa does fit to an intent is mostly the intended one.
"""

from __future__ import annotations

import pytest

from skill.console.nlu import FALLBACK
from tests.e2e import virtual_alexa_nlu

pytestmark = pytest.mark.usefixtures("virtual_alexa")


def test_virtual_alexa_hears_the_evaluation_set_without_false_crises(
    capsys: pytest.CaptureFixture[str],
) -> None:
    report = virtual_alexa_nlu.evaluate()
    with capsys.disabled():
        print("\nvirtual-alexa on the NLU evaluation set:")
        print("\n".join(report.summary().splitlines()[:5]))
    assert len(report.outcomes) >= 280
    assert report.crisis_precision == 1.0
    fitted = [o for o in report.outcomes if o.match.intent != FALLBACK]
    assert sum(o.intent_right for o in fitted) / len(fitted) >= 0.85
