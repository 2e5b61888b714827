"""The likeliest intent by the words said, for what no sample fits and none is near.

Alexa's NLU is statistical: it weighs the words of an utterance against the words of each
intent's samples, so a sample's telling words still count when they come inside a long, rambling
sentence ("okay confession i went over to his place friday"). This is that idea at its simplest,
a naive Bayes classifier: for each intent, how often each word and word pair occurs in its
samples' surfaces (slots as type tokens), against how often it occurs in all of them. It answers
only when some words say clearly which intent is meant, and one intent wins by a margin.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: Pseudo-samples, as a share of each intent's own, that pull its word rates towards the rates
#: over all samples (a share, so an intent with many samples is not penalised for them).
_PRIOR_SHARE = 0.05
#: A telling word occurs at least this many times more often in the intent's samples than overall.
_TELLING_LIFT = 4.0
#: ... in at least this share of the intent's samples.
_TELLING_SHARE = 0.02
#: Counted by samples (``least_samples``), a word is telling when the intent holds at least this
#: share of its occurrences. Not a lift: an intent with a third of all samples (crisis, in
#: Spanish) cannot reach a lift of 4 even with words no other intent has.
_TELLING_OWNED = 0.75


@dataclass(frozen=True)
class Likeliest:
    intent: str
    margin: float
    """How much likelier (natural log) it is than the runner-up."""
    telling: int
    """How many words and word pairs said point at it."""


def _features(words: Sequence[str]) -> set[str]:
    return set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}


class LikeliestIntent:
    """Word and word-pair rates per intent, learned from the samples' surfaces."""

    def __init__(self, surfaces: Iterable[tuple[str, str]]) -> None:
        samples: Counter[str] = Counter()
        per_intent: dict[str, Counter[str]] = defaultdict(Counter)
        overall: Counter[str] = Counter()
        for intent, surface in surfaces:
            features = _features(surface.split())
            samples[intent] += 1
            per_intent[intent].update(features)
            overall.update(features)
        total = sum(samples.values())
        self._background = {f: n / total for f, n in overall.items()}
        self._overall = dict(overall)
        self._samples = dict(samples)
        self._counts = dict(per_intent)

    def _rate(self, intent: str, feature: str) -> float:
        background = self._background[feature]
        count = self._counts[intent].get(feature, 0)
        prior = _PRIOR_SHARE * self._samples[intent]
        return (count + prior * background) / (self._samples[intent] + prior)

    def find(self, tagged: Sequence[str], least_samples: int | None = None) -> Likeliest | None:
        """The likeliest intent for the (type-tagged) words, or None when nothing is known.

        A word is telling when a share of the intent's samples hold it, or, with
        ``least_samples``, when at least that many do and few others: counts that do not shrink
        as the intent's samples grow.
        """
        features = [f for f in _features(tagged) if f in self._background]
        if not features:
            return None
        scores: list[tuple[float, int, str]] = []
        for intent in self._samples:
            score, telling = 0.0, 0
            for feature in features:
                rate = self._rate(intent, feature)
                lift = rate / self._background[feature]
                score += math.log(lift)
                if least_samples is None:
                    telling += rate >= _TELLING_SHARE and lift >= _TELLING_LIFT
                else:
                    count = self._counts[intent].get(feature, 0)
                    owned = count / self._overall[feature]
                    telling += count >= least_samples and owned >= _TELLING_OWNED
            scores.append((score, telling, intent))
        scores.sort(reverse=True)
        (best, telling, intent), (second, _, _) = scores[0], scores[1]
        return Likeliest(intent, best - second, telling)
