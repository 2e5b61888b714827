"""Lo que Letting Go dice cuando alguien le pide borrar lo que guarda de esa persona."""

from __future__ import annotations

LINES: dict[str, tuple[str, ...]] = {
    "delete_confirm": (
        "Esto borra todo lo que guardo de ti: tu periodo, tu historial y los recordatorios "
        "que te puse. No se puede deshacer. ¿Lo borro todo? Puedes decir sí o no.",
    ),
    "delete_confirm_reprompt": ("¿Borro todo lo que guardo de ti? Di sí o no.",),
    "delete_declined": ("De acuerdo, no he borrado nada.",),
    "data_deleted": (
        "Hecho. He borrado todo lo que guardaba de ti. Si vuelves, empezaremos de cero. Cuídate.",
    ),
    "data_deleted_with_reminders": (
        "Hecho. He borrado todo lo que guardaba de ti, y también tus recordatorios. "
        "Si vuelves, empezaremos de cero. Cuídate.",
    ),
    "data_deleted_reminders_left": (
        "Hecho. He borrado todo lo que guardaba de ti, pero no he podido quitar tus "
        "recordatorios. Puedes borrarlos en la app de Alexa, en Recordatorios. Cuídate.",
    ),
}
