"""Lo que Letting Go dice a alguien en crisis: con calma, breve, y primero el número.

La línea de crisis y el número de emergencias de cada país son datos
(:mod:`skill.voice.crisis_lines`); estas frases solo los dicen.
"""

from __future__ import annotations

from skill.voice.ssml import telephone

_NUMBER = telephone("number")
_EMERGENCY = telephone("emergency")

LINES: dict[str, tuple[str, ...]] = {
    "crisis": (
        "Me alegra mucho que me lo hayas dicho. Por favor, habla con alguien ahora mismo: "
        "puedes {how} a {name} al " + _NUMBER + ", a cualquier hora, de día o de noche. "
        "{note}Si estás en peligro ahora, llama al " + _EMERGENCY + ". "
        "No tienes que cargar con esto a solas. Para oír el número otra vez, di: repite.",
    ),
    "crisis_how_call": ("llamar",),
    "crisis_how_call_or_text": ("llamar o escribir",),
    "crisis_note_spanish_988": ("Para que te atiendan en español, marca el 2. ",),
    "crisis_reprompt": (
        "Puedes {how} a {name} al " + _NUMBER + ", a cualquier hora. Para oírlo otra vez, "
        "di: repite.",
    ),
    "crisis_no_line": (
        "Me alegra mucho que me lo hayas dicho. Por favor, habla con alguien ahora mismo: "
        "llama al número de emergencias de tu país, o a una línea de crisis de donde vives. "
        "No tienes que cargar con esto a solas.",
    ),
    "crisis_no_line_reprompt": (
        "Por favor, llama al número de emergencias de tu país, o a una línea de crisis de "
        "donde vives.",
    ),
}
