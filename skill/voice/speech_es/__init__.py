"""Todo lo que Letting Go dice en español, un módulo por capacidad.

Escrito para el oído y de tú: una idea por turno, cálido y sencillo, y cada turno abierto
termina diciendo qué se puede responder. Nunca se pide contar los días hacia atrás, y a la otra
persona solo se la llama «tu ex». Se evita lo que cambia de un país a otro (vosotros y ustedes,
«vale», «móvil» o «celular») y lo que obliga a elegir un género para quien escucha. Las mismas
claves y los mismos huecos que en inglés; una frase cuyas palabras concuerdan con una cuenta
(«queda 1 día», «quedan 12 días») tiene una forma por categoría de plural (:class:`ByCount`).
"""

from __future__ import annotations

from datetime import date as Date

from skill.voice.catalog import ByCount
from skill.voice.cldr import Cldr
from skill.voice.speech_es import (
    cards,
    checkin,
    common,
    crisis,
    exercises,
    period,
    privacy,
    reminders,
    screens,
    urge,
)
from skill.voice.speech_es.reminders import clock_time as clock_time

#: Lo que la skill cuenta en voz alta, por categoría de plural de CLDR.
NOUNS: dict[str, dict[str, str]] = {
    "day": {"one": "{n} día", "other": "{n} días"},
    "urge": {"one": "un impulso", "other": "{n} impulsos"},
    "check_in": {"one": "un repaso", "other": "{n} repasos"},
    "exercise": {"one": "un ejercicio", "other": "{n} ejercicios"},
    "slip": {"one": "un desliz", "other": "{n} deslices"},
}


def date(value: object, today: object, cldr: Cldr) -> str:
    """'hoy', 'ayer', 'el viernes' dentro de la última semana, y si no 'el 3 de noviembre'.

    Examples
    --------
    >>> spain = Cldr.of("es-ES")
    >>> date(Date(2026, 11, 20), Date(2026, 11, 24), spain)
    'el viernes'
    >>> date(Date(2026, 11, 3), Date(2026, 11, 24), spain)
    'el 3 de noviembre'
    """
    if not isinstance(value, Date) or not isinstance(today, Date):
        return str(value)
    ago = (today - value).days
    if ago == 0:
        return "hoy"
    if ago == 1:
        return "ayer"
    if 1 < ago < 7:
        return f"el {cldr.weekday(value)}"
    return "el " + cldr.month_day(value, with_year=value.year != today.year)


LINES: dict[str, tuple[str, ...] | ByCount] = {
    **common.LINES,
    **period.LINES,
    **checkin.LINES,
    **exercises.LINES,
    **reminders.LINES,
    **privacy.LINES,
    **crisis.LINES,
    **urge.LINES,
    **cards.LINES,
    **screens.LINES,
}
