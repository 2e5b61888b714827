"""Lo que Letting Go dice del periodo de contacto cero: empezarlo, los días, deslices, el final."""

from __future__ import annotations

from skill.voice.catalog import ByCount
from skill.voice.speech_es.common import MENU as _MENU

LINES: dict[str, tuple[str, ...] | ByCount] = {
    # --- bienvenida ---------------------------------------------------------------------------
    "welcome_new": (
        "Hola, soy Letting Go. Estoy aquí para acompañarte en una ruptura, día a día. "
        "Empieza con una promesa a ti: un tiempo de contacto cero de verdad, para vivir tu "
        "vida en lugar de esperar. Soy una guía, no una terapeuta. ¿Preparamos tu periodo de "
        "contacto cero? Puedes decir sí o no.",
    ),
    "welcome_new_reprompt": (
        "¿Empezamos tu periodo? Di sí o no.",
        "¿Lo preparamos? Di sí o no.",
    ),
    "welcome_back_active": (
        "Hola de nuevo. Vas por el día {day} de {target}. " + _MENU + " ¿Qué te gustaría?",
        "Qué bien oírte. Hoy es el día {day} de {target}. " + _MENU + " ¿Qué te gustaría?",
        "Hola otra vez. Día {day} de {target}, y sigues adelante. " + _MENU + " ¿Qué te gustaría?",
    ),
    "welcome_back_complete": (
        "Hola de nuevo. Completaste tus {target} sin contacto, y eso pidió mucha fuerza. "
        "Si quieres empezar un periodo nuevo, di: empezar contacto cero. ¿Qué te gustaría?",
    ),
    "welcome_back_idle": (
        "Hola de nuevo. Ahora mismo no tienes ningún periodo en marcha. ¿Quieres empezar uno?",
    ),
    "menu_reprompt": (
        "Puedes decir: cuántos días quedan, o ayuda. ¿Qué te gustaría?",
        "¿Qué te gustaría? Di ayuda para oír lo que puedes hacer.",
    ),
    "offer_declined": ("Está bien. Cuando quieras, di: empezar contacto cero. Cuídate.",),
    # --- empezar un periodo -------------------------------------------------------------------
    "start_already_active": (
        "Ya vas por el día {day} de {target}. Empezar de nuevo pondría tu cuenta a cero. "
        "¿Quieres un periodo nuevo desde el principio?",
    ),
    "restart_declined": ("Bien. Tu periodo sigue: día {day} de {target}.",),
    "ask_last_contact": (
        "Vamos a prepararlo. ¿Cuándo fue la última vez que hablaste con tu ex? Un mensaje "
        "cuenta, y una llamada también. Puedes decir hoy, ayer o una fecha.",
    ),
    "ask_last_contact_reprompt": (
        "¿Cuándo fue el último contacto? Por ejemplo, di: ayer.",
        "¿Cuándo fue la última vez que hubo contacto? Di hoy, ayer o una fecha.",
        "Dime el día del último contacto, por ejemplo: el viernes pasado.",
    ),
    "last_contact_unclear": (
        "Para eso necesito un día concreto. ¿Cuándo fue el último contacto? "
        "Por ejemplo: el viernes pasado.",
    ),
    "last_contact_future": (
        "Ese día todavía no ha llegado. ¿Cuándo fue el último contacto? "
        "Hoy, ayer o una fecha que ya haya pasado.",
    ),
    "ask_relationship_length": ("¿Y cuánto duró la relación? Algo como: ocho meses, o dos años.",),
    "ask_relationship_length_reprompt": (
        "¿Cuánto tiempo duró la relación? Di algo como: dos años.",
        "Dime cuánto tiempo duró, por ejemplo: seis meses.",
        "¿Cuánto duró la relación? Por ejemplo, di: un año.",
    ),
    "relationship_length_unclear": (
        "No he entendido cuánto tiempo. ¿Cuánto duró la relación? Por ejemplo: seis semanas.",
    ),
    "ask_target_days": ("Un periodo puede durar de 7 a 180 días. ¿Cuántos días te gustaría?",),
    "ask_target_days_reprompt": (
        "¿Cuántos días, entre 7 y 180? Di un número.",
        "Di un número de días, de 7 a 180.",
    ),
    "confirm_long_ago": (
        "Eso fue hace {ago}, más que un periodo de {target}. Si es así, ya has pasado la "
        "parte más dura. ¿Es correcta esa fecha?",
    ),
    "confirm_long_ago_reprompt": (
        "¿Es correcta esa fecha? Di sí o no.",
        "¿He entendido bien la fecha? Di sí o no.",
    ),
    "short_relationship_note": (
        "Como la relación duró menos de tres meses, con dos semanas basta. ",
    ),
    "commitment": (
        "{note}Este es el compromiso: {target} de contacto cero, contando desde {when}. "
        "Ni mensajes, ni llamadas, ni siquiera una respuesta de una palabra. "
        "Y esos días son para tu propia vida: la gente que quieres, lo que te gusta, "
        "tus propias metas. ¿Te comprometes?",
    ),
    "commitment_reprompt": (
        "¿Te comprometes? Di sí o no.",
        "¿Te haces esta promesa? Di sí o no.",
        "¿Cuento contigo? Puedes decir sí o no.",
    ),
    "committed": (
        "Hecho. Hoy es el día {day} de {target}. Pregúntame cuántos días quedan cuando "
        "quieras, y avísame cuando te entren ganas de escribirle. Y ahora, haz algo bonito "
        "por ti hoy.",
    ),
    "committed_already_complete": (
        "Hecho, y con esa cuenta ya llevas {elapsed} sin contacto, más que tus {target}. "
        "Eso es todo un logro. El siguiente paso es soltar el futuro que te habías imaginado: "
        "lo que venga será distinto a lo de antes, y no pasa nada.",
    ),
    "commitment_declined": (
        "No pasa nada. No he guardado nada. Funciona mejor cuando te entregas del todo, así "
        "que cuando quieras, di: empezar contacto cero.",
    ),
    "length_changed": ("Hecho. Ahora tu periodo es de {target}, y vas por el día {day}.",),
    "length_out_of_range": ("Un periodo puede durar de 7 a 180 días. ¿Cuántos días te gustaría?",),
    "length_no_period": (
        "Todavía no tienes ningún periodo en marcha. Di: empezar contacto cero, y lo "
        "preparamos juntos.",
    ),
    # --- días que quedan, por fase ------------------------------------------------------------
    "days_left_first_days": ByCount(
        "left",
        {
            "one": (
                "Día {day} de {target}, y te queda {left}. Los primeros días son los que más "
                "cuestan, y los estás pasando. Planea hoy algo solo para ti.",
            ),
            "other": (
                "Día {day} de {target}, y te quedan {left}. Los primeros días son los que más "
                "cuestan, y los estás pasando. Planea hoy algo solo para ti.",
                "Vas por el día {day} de {target}: te quedan {left}. Al principio ayuda "
                "apoyarte en la gente que te quiere. Piensa en alguien a quien ver o llamar hoy.",
            ),
        },
    ),
    "days_left_middle": ByCount(
        "left",
        {
            "one": (
                "Te queda {left}: vas por el día {day} de {target}. Este tramo es para vivir, "
                "no para esperar. Regálate algo bonito esta semana.",
            ),
            "other": (
                "Te quedan {left}: vas por el día {day} de {target}. Este tramo es para vivir, "
                "no para esperar. Regálate algo bonito esta semana.",
                "Día {day} de {target}, quedan {left}. Llénalos de gente, planes y pequeños "
                "logros, en vez de mirar el calendario. Elige una meta y da hoy un paso.",
                "Vas por el día {day} de {target}. Quedan {left}, y son tuyos. Quizá esta sea "
                "la semana de probar eso nuevo que tenías pendiente.",
            ),
        },
    ),
    "days_left_last_days": ByCount(
        "left",
        {
            "one": (
                "Solo te queda {left}: día {day} de {target}. Sigue viviendo como hasta "
                "ahora; estos días siguen siendo tuyos, no una cuenta atrás.",
            ),
            "other": (
                "Solo te quedan {left}: día {day} de {target}. Sigue viviendo como hasta "
                "ahora; estos días siguen siendo tuyos, no una cuenta atrás.",
                "Día {day} de {target}, y te quedan {left}. Has llenado muchos días nuevos "
                "con cosas tuyas. Sigue sumando.",
            ),
        },
    ),
    "days_left_complete": (
        "Lo has conseguido: {target_days} sin contacto. Antes de nada, dedica un momento a lo "
        "siguiente: soltar el futuro que tenías escrito. Pase lo que pase entre tu ex y tú, "
        "será distinto a lo de antes, de maneras que nadie puede prever.",
    ),
    "no_period": (
        "Todavía no has empezado un periodo de contacto cero. ¿Quieres empezar uno ahora?",
    ),
    "period_ended": ("Tu último periodo terminó en el día {day}. ¿Quieres empezar uno nuevo?",),
    # --- deslices -----------------------------------------------------------------------------
    "slip_when_unclear": (
        "No he entendido qué día fue. ¿Cuándo hubo contacto? Hoy, ayer o una fecha.",
    ),
    "slip_when_future": (
        "Ese día todavía no ha llegado. ¿Cuándo hubo contacto? Hoy, ayer o una fecha que ya "
        "haya pasado.",
    ),
    "slip_when_reprompt": (
        "¿Qué día fue? Di hoy, ayer o una fecha.",
        "¿Cuándo fue? Di hoy, ayer o un día como el viernes pasado.",
    ),
    "slip_before_start": (
        "Eso fue antes de que empezara tu cuenta, que empezó {start}, así que tu cuenta sigue "
        "en pie. Gracias por tu honestidad.",
    ),
    "slip_confirm": (
        "Gracias por contármelo. Pasa, y no borra lo que has construido. "
        "¿Empezamos otra vez tus {target} desde {when}?",
    ),
    "slip_confirm_reprompt": (
        "¿Empezamos otra vez la cuenta? Di sí o no.",
        "¿Quieres volver a empezar la cuenta? Di sí o no.",
    ),
    "slip_recorded": (
        "Hecho. {when} vuelve a ser el día 1, de {target}. Tu mejor racha, {best}, sigue "
        "contando, y nadie te la quita. Por ahora, cuida solo de hoy.",
    ),
    "slip_recorded_first": (
        "Hecho. {when} vuelve a ser el día 1, de {target}. La cuenta es solo una herramienta; "
        "lo que importa es lo que haces con los días. Por ahora, cuida solo de hoy.",
    ),
    "slip_declined": ("De acuerdo. He dejado tu cuenta como estaba: día {day} de {target}.",),
    "slip_after_complete": (
        "Gracias por contármelo. Ya habías completado tus {target}, así que no hay nada que "
        "reiniciar. Si vuelve a haber contacto, ve con calma: escucha más de lo que planeas.",
    ),
    "slip_no_period": (
        "Gracias por contármelo. Ahora mismo no tienes ningún periodo en marcha, así que no hay "
        "nada que reiniciar. ¿Quieres empezar uno?",
    ),
    # --- terminar -----------------------------------------------------------------------------
    "end_confirm": ("¿Quieres terminar tu periodo de contacto cero, en el día {day} de {target}?",),
    "end_confirm_reprompt": (
        "¿Termino tu periodo? Di sí o no.",
        "¿Quieres terminar tu periodo de contacto cero? Di sí o no.",
    ),
    "end_done": (
        "De acuerdo, ha terminado, y guardo todo lo que hiciste: tu mejor racha fue de {best}. "
        "Si vuelve a haber contacto, ve con calma. Escucha más de lo que planeas, y deja que las "
        "cosas vayan a su ritmo.",
    ),
    "end_declined": ("De acuerdo, tu periodo sigue: día {day} de {target}.",),
    "end_no_period": (
        "Ahora mismo no tienes ningún periodo en marcha, así que no hay nada que terminar. "
        "Para empezar uno, di: empezar contacto cero.",
    ),
}
