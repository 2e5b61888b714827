"""Lo que Letting Go dice de los recordatorios: ponerlos, cambiarlos, oírlos, cancelarlos.

Aquí están también los textos que Alexa dice cuando suena un recordatorio. Son genéricos a
propósito: cualquiera en la habitación puede oírlos, así que nunca mencionan una ruptura ni a
otra persona.
"""

from __future__ import annotations

LINES: dict[str, tuple[str, ...]] = {
    # --- lo que dice un recordatorio al sonar (texto sencillo, sin SSML) ----------------------
    "reminder_text_daily": ("Es la hora de tu repaso de Letting Go.",),
    "reminder_text_last_day": (
        "Hoy es el último día de tu periodo de Letting Go. Abre Letting Go cuando tengas un "
        "momento.",
    ),
    # --- pedir la hora ------------------------------------------------------------------------
    "ask_reminder_time": (
        "¿A qué hora quieres cada día el recordatorio de tu repaso? Por ejemplo: a las 8 de "
        "la tarde.",
    ),
    "ask_reminder_time_reprompt": (
        "¿A qué hora te lo recuerdo? Por ejemplo, di: a las 8 de la tarde.",
        "Dime una hora para el recordatorio, como: a las 7 y media de la tarde.",
    ),
    "reminder_time_unclear": (
        "Para eso necesito una hora del reloj, como las 8 de la tarde, o las 7 y media de la "
        "mañana. ¿A qué hora te gustaría?",
    ),
    # --- hecho --------------------------------------------------------------------------------
    "reminder_set": (
        "Hecho. Te recordaré hacer el repaso todos los días a {time}. "
        "Para cambiarlo, di: cambia mi recordatorio a las 9 de la noche.",
    ),
    "reminder_moved": ("Hecho. Ahora tu recordatorio del repaso es a {time}, todos los días.",),
    "last_day_offer": ("Una cosa más: ¿quieres un recordatorio en tu último día, {date}?",),
    "last_day_offer_reprompt": (
        "¿Te lo recuerdo en tu último día? Di sí o no.",
        "¿Quieres un recordatorio en tu último día? Di sí o no.",
    ),
    "last_day_set": ("Hecho. Te lo recordaré {date}, tu último día, a {time}.",),
    "last_day_declined": ("De acuerdo, sin recordatorio. Cuídate hoy.",),
    "last_day_passed": (
        "Tu último día ya ha llegado, así que no queda nada que recordarte. "
        "Enhorabuena por llegar hasta aquí.",
    ),
    "last_day_no_period": (
        "Ahora mismo no tienes ningún periodo en marcha, así que no hay último día que recordarte.",
    ),
    # --- el recordatorio del último día, cuando el periodo cambia y no puede seguirlo ---------
    "last_day_not_moved": (
        "Ahora mismo no he podido mover el recordatorio de tu último día, así que puede que "
        "aún suene {date}.",
    ),
    "last_day_not_cancelled": (
        "Ahora mismo no he podido cancelar el recordatorio de tu último día, así que puede que "
        "aún suene {date}.",
    ),
    # --- oírlos y cancelarlos -----------------------------------------------------------------
    "reminders_none": (
        "No tienes ningún recordatorio mío. Para poner uno, di: recuérdame hacer el repaso "
        "todos los días a las 8 de la tarde.",
    ),
    "reminders_daily": (
        "Tienes un recordatorio del repaso todos los días a {time}. Para quitarlo, di: "
        "cancela mis recordatorios.",
    ),
    "reminders_last_day": (
        "Tienes un recordatorio en el último día de tu periodo, {date}. Para quitarlo, di: "
        "cancela mis recordatorios.",
    ),
    "reminders_both": (
        "Tienes un recordatorio del repaso todos los días a {time}, y otro en el último día de "
        "tu periodo, {date}. Para quitarlos, di: cancela mis recordatorios.",
    ),
    "reminders_none_to_cancel": ("No hay recordatorios míos que cancelar.",),
    "reminders_cancelled": ("Hecho. He cancelado tus recordatorios de Letting Go.",),
    "reminders_cancelled_partly": (
        "He cancelado uno de tus recordatorios, pero no he podido llegar a los recordatorios de "
        "Alexa para el otro. Pídemelo otra vez dentro de un rato.",
    ),
    # --- el permiso ---------------------------------------------------------------------------
    "permission_denied": (
        "Está bien, no pondré ningún recordatorio. Si cambias de idea, puedes permitir los "
        "recordatorios en la app de Alexa. Te he dejado allí una tarjeta.",
    ),
    "permission_not_answered": (
        "No he oído respuesta, así que no he puesto ningún recordatorio. Si quieres uno, puedes "
        "permitir los recordatorios en la app de Alexa. Te he dejado allí una tarjeta.",
    ),
    "permission_by_card": (
        "Aquí no puedo pedir ese permiso por voz. Te he dejado una tarjeta en la app de Alexa "
        "para que permitas los recordatorios. Luego pídemelo otra vez.",
    ),
    "permission_still_missing": (
        "Sigo sin permiso para poner recordatorios, así que no ha cambiado nada. "
        "Te he dejado una tarjeta en la app de Alexa para que los permitas.",
    ),
    # --- fallos -------------------------------------------------------------------------------
    "reminders_unreachable": (
        "Desde aquí no puedo llegar a los recordatorios de Alexa, así que no he cambiado "
        "ninguno. Puedes intentarlo desde tu Echo.",
    ),
    "reminder_no_time_zone": (
        "No sé en qué zona horaria está tu dispositivo, así que no puedo poner un recordatorio "
        "a la hora correcta. Puedes elegirla en la app de Alexa, en los ajustes del "
        "dispositivo, y luego pedírmelo otra vez.",
    ),
    "reminder_limit_reached": (
        "No cabe otro recordatorio: tu cuenta tiene todos los que Alexa permite. Puedes quitar "
        "algunos en la app de Alexa, en Recordatorios, y luego pedírmelo otra vez.",
    ),
    "reminder_not_allowed": (
        "Alexa no me deja gestionar recordatorios en esta cuenta o dispositivo, así que no ha "
        "cambiado nada.",
    ),
    "reminder_busy": (
        "Los recordatorios de Alexa están ocupados ahora mismo, así que no ha cambiado nada. "
        "Prueba otra vez en un minuto.",
    ),
    "reminder_unavailable": (
        "Ahora mismo no he podido llegar a los recordatorios de Alexa, así que no ha cambiado "
        "nada. Prueba otra vez dentro de un rato.",
    ),
    "reminder_rejected": (
        "Los recordatorios de Alexa no lo han aceptado, así que no ha cambiado nada. "
        "Prueba otra vez, quizá con otra hora.",
    ),
}


def _period(hour: int) -> str:
    if hour < 6:
        return "de la madrugada"
    if hour < 12:
        return "de la mañana"
    if hour < 21:
        return "de la tarde"
    return "de la noche"


def clock_time(hour: int, minute: int) -> str:
    """Una hora como se dice, con su artículo: "las 8 de la tarde", "la 1 y media".

    Examples
    --------
    >>> clock_time(20, 0), clock_time(7, 30)
    ('las 8 de la tarde', 'las 7 y media de la mañana')
    >>> clock_time(13, 15), clock_time(12, 0)
    ('la 1 y cuarto de la tarde', 'las 12 del mediodía')
    >>> clock_time(0, 0), clock_time(21, 45)
    ('las 12 de la noche', 'las 9:45 de la noche')
    """
    twelve = hour % 12 or 12
    article = "la" if twelve == 1 else "las"
    minutes = {0: "", 15: " y cuarto", 30: " y media"}.get(minute, f":{minute:02d}")
    period = "del mediodía" if (hour, minute) == (12, 0) else _period(hour)
    if hour == 0 and minute == 0:
        period = "de la noche"
    return f"{article} {twelve}{minutes} {period}"
