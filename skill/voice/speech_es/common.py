"""Lo que Letting Go dice en cualquier momento: ayuda, despedidas, lo no entendido, los fallos."""

from __future__ import annotations

MENU = (
    "Puedes preguntarme cuántos días quedan, avisarme cuando te entren ganas de escribirle, "
    "o contarme si hubo contacto."
)

LINES: dict[str, tuple[str, ...]] = {
    # --- integradas ---------------------------------------------------------------------------
    "help": (
        "Soy una guía para pasar una ruptura, no una terapeuta. Puedes decir: cuántos días "
        "quedan, el repaso de hoy, o cómo voy. Cuando te entren ganas de buscar a tu ex, di: "
        "quiero escribirle. Para oír todo lo demás, di: qué más.",
    ),
    "help_no_period": (
        "Soy una guía para pasar una ruptura, no una terapeuta. Todo empieza con una promesa "
        "de contacto cero: di empezar contacto cero. Cuando te entren ganas de buscar a tu ex, "
        "di: quiero escribirle. Para oír todo lo demás, di: qué más.",
    ),
    "help_more": (
        "Puedes decir: empezar contacto cero, cuántos días quedan, el repaso de hoy, cómo voy, "
        "le escribí, terminar el contacto cero, soltar el pasado, soltar el futuro, quiero "
        "decirle algo, respira conmigo, recuérdamelo a las 8 de la tarde, qué recordatorios "
        "tengo, cancela mis recordatorios, o borra mis datos.",
    ),
    "help_in_dialog": (
        "Soy una guía para pasar una ruptura, no una terapeuta. Para seguir donde íbamos: "
        "{question}",
    ),
    "goodbye": (
        "Cuídate mucho. Aquí estaré cuando me necesites.",
        "Ve con calma hoy. Hablamos pronto.",
        "Cuídate. Vuelve cuando quieras.",
    ),
    "dialog_stopped": ("De acuerdo, lo dejamos aquí. No he guardado nada. Cuídate.",),
    "fallback": (
        "Perdona, no te he entendido. Puedes preguntarme cuántos días quedan, o decir ayuda. "
        "¿Qué te gustaría?",
        "Creo que no te he entendido bien. Prueba con: cuántos días quedan, o di ayuda. "
        "¿Qué te gustaría?",
    ),
    "fallback_in_dialog": ("Perdona, no te he entendido. {question}",),
    "paused": ("De acuerdo. Aquí estaré cuando quieras volver.",),
    "paused_in_dialog": ("Tómate tu tiempo. {question}",),
    "nothing_to_repeat": ("Todavía no hay nada que repetir. ¿Qué te gustaría?",),
    "yes_no_unexpected": ("No sé muy bien a qué responde eso. " + MENU + " ¿Qué te gustaría?",),
    # --- fallos -------------------------------------------------------------------------------
    "error": (
        "Perdona, algo ha fallado por mi parte, y no se ha perdido nada de lo que me contaste "
        "antes. Prueba otra vez en un momento.",
    ),
    "state_unreadable": (
        "Me está costando leer tu progreso guardado, así que no he cambiado nada. "
        "Prueba otra vez un poco más tarde.",
    ),
    "store_conflict": (
        "Eso llegó justo a la vez que otra petición tuya, y no he podido guardarlo. "
        "No se ha perdido nada. Dímelo una vez más, por favor.",
    ),
    "store_unavailable": (
        "Ahora mismo no puedo llegar a tu progreso guardado, así que no ha cambiado nada. "
        "Prueba otra vez en un momento.",
    ),
    "store_unsure": (
        "No he podido confirmar si eso se guardó; puede que sí y puede que no. "
        "En un momento, pregúntame cómo vas y te diré cómo está todo.",
    ),
    "last_day_cancelled_unsaved": (
        "Ahora mismo no he podido guardarlo, así que tu periodo sigue como estaba, aunque el "
        "recordatorio de tu último día ya está cancelado. Dímelo otra vez en un momento.",
    ),
    "reminders_cancelled_unsaved": (
        "Tus recordatorios están cancelados, pero no he podido guardarlo, así que puede que "
        "todavía los mencione. Si me pides cancelarlos otra vez, quedará todo en orden.",
    ),
    "delete_failed_reminders_gone": (
        "Ahora mismo no he podido borrar tu progreso guardado, aunque tus recordatorios ya "
        "están cancelados. Pídeme que borre tus datos otra vez en un momento.",
    ),
    "last_day_moved_unsaved": (
        "Ahora mismo no he podido guardarlo, así que tu periodo sigue como estaba, aunque el "
        "recordatorio de tu último día ya se ha movido al nuevo último día. Dímelo otra vez "
        "en un momento.",
    ),
}
