"""Lo que la app de Alexa muestra junto a una respuesta: un título y unas líneas sencillas.

Una tarjeta solo lleva palabras y números de la skill: nunca a la otra persona, nunca nada de lo
que la persona dijo.
"""

from __future__ import annotations

from skill.voice.catalog import ByCount

LINES: dict[str, tuple[str, ...] | ByCount] = {
    "card_days_left_title": ("Día {day} de {target}",),
    "card_days_left": ByCount(
        "left",
        {
            "one": ("Queda {left}. Avísame cuando te entren ganas de escribirle.",),
            "other": ("Quedan {left}. Avísame cuando te entren ganas de escribirle.",),
        },
    ),
    "card_days_left_done": ("Completaste {target} sin contacto.",),
    "card_checkin_title": ("El repaso de hoy",),
    "card_checkin": ("Racha de repasos: {days}.\nLa idea de hoy: {tip}",),
    "card_checkin_no_tip": ("Racha de repasos: {days}.",),
    "card_progress_title": ("Cómo vas",),
    "card_crisis_title": ("No tienes que cargar con esto a solas",),
    "card_crisis": (
        "{how} a {name}: {number}, a cualquier hora, de día o de noche.\n"
        "¿En peligro ahora mismo? Llama al {emergency}.",
    ),
}
