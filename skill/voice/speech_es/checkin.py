"""Lo que Letting Go dice en el repaso diario, la idea del día y en «cómo voy»."""

from __future__ import annotations

from skill.voice.catalog import ByCount

_ACTIVITIES = "amistades, familia, ejercicio, una afición, una meta, descanso, o algo nuevo"

LINES: dict[str, tuple[str, ...] | ByCount] = {
    # --- ofrecer y empezar --------------------------------------------------------------------
    "welcome_back_checkin": (
        "Hola de nuevo. Vas por el día {day} de {target}. ¿Quieres hacer el repaso de hoy?",
        "Qué bien oírte. Hoy es el día {day} de {target}. ¿Hacemos el repaso de hoy?",
        "Hola otra vez. Día {day} de {target}. ¿Quieres repasar cómo va hoy?",
    ),
    "checkin_offer_reprompt": (
        "¿Hacemos el repaso de hoy? Di sí o no.",
        "¿Quieres hacer el repaso de hoy? Di sí o no.",
        "¿Repasamos el día? Puedes decir sí o no.",
    ),
    "checkin_finish_offer": (
        "¿Terminamos el repaso de hoy?",
        "¿Quieres seguir con el repaso de hoy donde lo dejamos?",
    ),
    "checkin_offer_declined": (
        "Está bien. Puedes preguntarme cuántos días quedan, o cómo vas. ¿Qué te gustaría?",
    ),
    "checkin_intro": (
        "Vamos con el repaso de hoy. ",
        "Muy bien, el repaso de hoy. ",
    ),
    "checkin_intro_resume": ("Terminemos el repaso de hoy. ",),
    "checkin_intro_no_period": (
        "Todavía no has empezado un periodo de contacto cero, así que vamos a ver cómo estás. ",
    ),
    # --- pregunta 1: contacto cero ------------------------------------------------------------
    "checkin_ask_contact": ("¿Has mantenido el contacto cero desde el último repaso?",),
    "checkin_ask_contact_first": ("Primero: ¿has mantenido el contacto cero hasta ahora?",),
    "checkin_ask_contact_reprompt": (
        "¿Sin contacto? Di sí o no.",
        "¿Has mantenido la distancia? Di sí o no.",
    ),
    "checkin_contact_kept": (
        "Bien. ",
        "Muy bien. ",
        "Qué bien. ",
    ),
    "checkin_contact_noted": ("Gracias por contármelo. ",),
    "checkin_contact_already_reset": (
        "Gracias por contármelo. Tu cuenta ya empieza hoy, así que no hay nada que reiniciar. ",
    ),
    "checkin_slip_recorded": (
        "Hecho: hoy vuelve a ser el día 1, y tu mejor racha, {best}, sigue contando. ",
    ),
    "checkin_slip_recorded_first": ("Hecho: hoy vuelve a ser el día 1. ",),
    "checkin_slip_declined": ("De acuerdo, tu cuenta sigue como estaba. ",),
    # --- pregunta 2: el ánimo -----------------------------------------------------------------
    "checkin_ask_mood": (
        "¿Cómo te sientes hoy, del uno al cinco? El uno es fatal, el cinco es genial.",
        "¿Cómo estás hoy, en una escala del uno al cinco? El uno es fatal, el cinco es genial.",
    ),
    "checkin_ask_mood_reprompt": (
        "¿Cómo te sientes? Di un número del uno al cinco.",
        "Di un número del uno al cinco, o una palabra como mal o bien.",
        "Del uno al cinco, ¿cómo estás hoy? Dime solo el número.",
    ),
    "checkin_mood_out_of_range": (
        "La escala va solo del uno al cinco: el uno es fatal, el cinco es genial. "
        "¿Dónde estás hoy?",
    ),
    "checkin_mood_unclear": ("Perdona, no te he entendido. ¿Cómo te sientes, del uno al cinco?",),
    "checkin_mood_low": (
        "Gracias por tu sinceridad; los días difíciles pasan. ",
        "Gracias por contármelo. Los días bajos no duran. ",
    ),
    "checkin_mood_middle": (
        "A medio camino, entonces. Está bien. ",
        "De acuerdo. Un día tranquilo también cuenta. ",
    ),
    "checkin_mood_high": (
        "Qué bien oír eso. ",
        "Me alegro. ",
    ),
    # --- pregunta 3: algo para ti -------------------------------------------------------------
    "checkin_ask_activity": (
        "¿Qué vas a hacer hoy por ti? Amistades, familia, ejercicio, una afición, una meta, "
        "descanso, ¿o algo nuevo?",
    ),
    "checkin_ask_activity_reprompt": (
        "¿Qué harás hoy por ti? Di, por ejemplo: amistades, descanso, o algo nuevo.",
        "¿Qué vas a hacer hoy por ti? Di algo como: ejercicio, o una afición.",
    ),
    "checkin_activity_unclear": (f"No he entendido bien qué tipo de cosa es. ¿Es {_ACTIVITIES}?",),
    "checkin_activity_other": ("Algo tuyo; eso cuenta. ",),
    "checkin_suggest_friends": (
        "Una idea: escribe a una amistad a quien no ves desde hace tiempo, y propón un plan. "
        "¿Lo dejamos como lo tuyo de hoy?",
    ),
    "checkin_suggest_family": (
        "Una idea: llama a alguien de tu familia, solo para saber cómo está. "
        "¿Lo dejamos como lo tuyo de hoy?",
    ),
    "checkin_suggest_exercise": (
        "Una idea: un paseo, correr un rato o estirar, aunque sean diez minutos. "
        "¿Lo dejamos como lo tuyo de hoy?",
    ),
    "checkin_suggest_hobby": (
        "Una idea: dedica una hora a algo que disfrutes, solo por gusto. "
        "¿Lo dejamos como lo tuyo de hoy?",
    ),
    "checkin_suggest_goal": (
        "Una idea: elige una meta tuya y da un pasito hacia ella. ¿Lo dejamos como lo tuyo de hoy?",
    ),
    "checkin_suggest_rest": (
        "Una idea: descansar de verdad, acostarte pronto o pasar una hora tranquila sin el "
        "teléfono. ¿Lo dejamos como lo tuyo de hoy?",
    ),
    "checkin_suggest_something_new": (
        "Una idea: prueba algo que nunca hayas hecho, un sitio nuevo, una receta, una clase. "
        "¿Lo dejamos como lo tuyo de hoy?",
    ),
    "checkin_suggest_reprompt": (
        "¿Lo dejamos como lo tuyo de hoy? Di sí o no.",
        "¿Quieres que eso sea lo tuyo de hoy? Di sí o no.",
    ),
    "checkin_suggestion_declined": (
        "Está bien. Hoy cuenta cualquier pequeño gesto de cariño contigo. ",
    ),
    "activity_ack_friends": ("Tiempo con una amistad. Buena elección. ", "Amistades, entonces. "),
    "activity_ack_family": ("Tiempo en familia. Buena elección. ", "Familia, entonces. "),
    "activity_ack_exercise": ("Mover el cuerpo. Buena elección. ", "Algo de ejercicio, entonces. "),
    "activity_ack_hobby": ("Algo que disfrutas. Buena elección. ", "Una afición, entonces. "),
    "activity_ack_goal": ("Un paso hacia una meta. Buena elección. ", "Una meta, entonces. "),
    "activity_ack_rest": ("Descansar. Te lo has ganado. ", "Descanso, entonces. "),
    "activity_ack_something_new": ("Algo nuevo. Buena elección. ", "Algo nuevo, entonces. "),
    # --- el cierre: la noche, la idea del día, la racha ---------------------------------------
    "checkin_late": (
        "Ya es tarde, y las noches suelen ser lo más duro. ",
        "Las noches son el tramo más difícil; gracias por pasarte. ",
    ),
    "checkin_tip_intro": (
        "La idea de hoy: ",
        "Algo para pensar hoy: ",
        "Para hoy: ",
    ),
    "checkin_streak_first": ("Era tu primer repaso; vuelve mañana y empezarás una racha.",),
    "checkin_streak_fresh": (
        "Hoy empieza una racha nueva.",
        "Con hoy arranca una racha nueva.",
    ),
    "checkin_streak": ByCount(
        "days",
        {
            "one": ("Llevas {days} de repaso seguido.",),
            "other": (
                "Llevas {days} seguidos haciendo el repaso.",
                "Ya son {days} seguidos de repaso.",
            ),
        },
    ),
    "checkin_no_period_offer": (" ¿Quieres preparar ahora tu periodo de contacto cero?",),
    "checkin_stopped": (
        "De acuerdo, lo dejamos aquí. Guardo lo que ya has respondido, y puedes terminar "
        "luego diciendo: el repaso de hoy.",
    ),
    # --- un segundo repaso el mismo día -------------------------------------------------------
    "checkin_already_done": (
        "Ya hiciste el repaso de hoy: estabas en un {mood} de 5, y lo tuyo era {activity}. "
        "Con un repaso al día basta. ¿Quieres oír cómo vas en general?",
    ),
    "checkin_already_done_no_activity": (
        "Ya hiciste el repaso de hoy: estabas en un {mood} de 5. Con un repaso al día basta. "
        "¿Quieres oír cómo vas en general?",
    ),
    "checkin_already_done_brief": (
        "Ya hiciste el repaso de hoy, y con uno al día basta. ¿Quieres oír cómo vas en general?",
    ),
    "progress_offer_reprompt": (
        "¿Quieres oír cómo vas? Di sí o no.",
        "¿Te cuento cómo vas en general? Di sí o no.",
    ),
    "activity_friends": ("tiempo con amistades",),
    "activity_family": ("tiempo en familia",),
    "activity_exercise": ("algo de ejercicio",),
    "activity_hobby": ("una afición",),
    "activity_goal": ("un paso hacia una meta",),
    "activity_rest": ("descansar",),
    "activity_something_new": ("algo nuevo",),
    "activity_other": ("algo tuyo",),
    # --- cómo voy -----------------------------------------------------------------------------
    "progress_day": ByCount(
        "left",
        {
            "one": ("Vas por el día {day} de {target}, y te queda {left}. ",),
            "other": ("Vas por el día {day} de {target}, y te quedan {left}. ",),
        },
    ),
    "progress_complete": ("Completaste tus {target} sin contacto. ",),
    "progress_no_period": ("Ahora mismo no tienes ningún periodo de contacto cero en marcha. ",),
    "progress_streak": ByCount(
        "days",
        {
            "one": ("Llevas {days} de repaso; tu mejor racha es de {longest}. ",),
            "other": ("Llevas {days} seguidos de repaso; tu mejor racha es de {longest}. ",),
        },
    ),
    "progress_streak_best": ("Llevas {days} de repaso sin fallar, tu mejor racha. ",),
    "progress_streak_begun": ("Tu racha de repasos acaba de empezar. ",),
    "progress_streak_one": ("Tu racha de repasos vuelve a empezar; la mejor fue de {longest}. ",),
    "progress_streak_ended": (
        "Tu mejor racha de repasos es de {longest}; hoy puede empezar otra. ",
    ),
    "progress_no_checkins": ("Todavía no has hecho ningún repaso. ",),
    "progress_mood_rising": (
        "En {checkins}, tu ánimo ha ido subiendo, con una media de {average} de 5. ",
    ),
    "progress_mood_steady": (
        "En {checkins}, tu ánimo se ha mantenido, con una media de {average} de 5. ",
    ),
    "progress_mood_falling": (
        "En {checkins}, tu ánimo ha ido bajando, con una media de {average} de 5. Ve con calma. ",
    ),
    "progress_mood_single": ("En tu último repaso, tu ánimo estaba en {average} de 5. ",),
    # El recuento, como se dicen las cuentas: «ningún impulso aún», nunca «0 impulsos».
    "progress_tally": ("{urges}, {exercises} y {slips}.",),
    "tally_urges": ("{count} que dejaste pasar",),
    "tally_no_urges": ("ningún impulso todavía",),
    "tally_exercises": ByCount("count", {"one": ("{count} hecho",), "other": ("{count} hechos",)}),
    "tally_no_exercises": ("ningún ejercicio todavía",),
    "tally_slips": ("{count}",),
    "tally_no_slips": ("ningún desliz",),
    "progress_exercises": ("Has completado {exercises}.",),
    "progress_no_exercises": ("Todavía ningún ejercicio.",),
    "progress_offer_start": (" ¿Quieres empezar un periodo de contacto cero?",),
    # --- las ideas: una cada una, con palabras nuestras ---------------------------------------
    "tip_all_in": (
        "Las medias tintas mantienen la herida abierta. Nada de mensajes rápidos ni respuestas "
        "de una palabra: la distancia solo funciona cuando es completa.",
    ),
    "tip_mute_not_watch": (
        "Si su perfil te sigue atrayendo, siléncialo por ahora. Mirar desde lejos te deja "
        "en la sala de espera.",
    ),
    "tip_lean_on_people": (
        "Cuéntale a una persona de confianza lo que estás haciendo. Tener a alguien de tu lado "
        "aligera las tardes difíciles.",
    ),
    "tip_plan_tomorrow": (
        "Planea para mañana algo pequeño que vayas a disfrutar. Un día con algo dentro se vive "
        "mejor que uno vacío.",
    ),
    "tip_phone_away": (
        "Cuando el impulso aprieta más, deja el teléfono en otra habitación veinte minutos. "
        "La ola sube, y luego baja.",
    ),
    "tip_space_is_kind": (
        "Darse espacio no es rendirse. Deja que los buenos recuerdos compartidos sigan siendo "
        "buenos, en vez de taparlos con otros difíciles.",
    ),
    "tip_when_they_reach_out": (
        "Si tu ex te busca sin querer un futuro juntos, puedes mantenerte firme. Un silencio "
        "amable cura más que una puerta entreabierta.",
    ),
    "tip_new_memories": (
        "Crea esta semana un recuerdo que no tenga nada que ver con tu ex. Más adelante tendrás "
        "historias nuevas que contar, no viejos deseos.",
    ),
    "tip_step_on_a_goal": (
        "Elige una meta que sea solo tuya, y da hoy un paso hacia ella, por pequeño que sea.",
    ),
    "tip_fun_counts": (
        "Divertirse también es parte del camino. Una noche de risas con amistades te hace más "
        "bien ahora que otra hora dándole vueltas a todo.",
    ),
    "tip_not_a_countdown": (
        "Intenta no tachar días en el calendario. Mejor llénalos, y el tiempo se ocupa de sí "
        "mismo.",
    ),
    "tip_move_your_body": (
        "Un paseo, nadar, estirarte: mover el cuerpo es de las formas más rápidas de calmar una "
        "cabeza que no para.",
    ),
    "tip_resentment_is_care": (
        "No te juzgues por el rencor que queda. A menudo muestra cuánto te importaba, y cuántas "
        "veces callaste para tener paz.",
    ),
    "tip_name_it": (
        "Ponle nombre a una herida vieja que aún llevas contigo. No hace falta resolverla hoy; "
        "darte cuenta es el primer paso para soltarla.",
    ),
    "tip_perspective": (
        "Piensa en una discusión antigua que entonces parecía enorme. Después de todo lo vivido, "
        "fíjate en lo poco que pesa ahora.",
    ),
    "tip_weapon_down": (
        "Las heridas viejas son malas armas. Decide que los errores pasados no entrarán en "
        "futuras discusiones.",
    ),
    "tip_fresh_eyes": (
        "Intenta ver a tu ex como una persona completa, no como la suma de cada pelea. Mirar "
        "con ojos nuevos te ayuda tanto como a tu ex.",
    ),
    "tip_different_not_same": (
        "Lo que venga no será una copia de lo de antes. Puede ser mejor o peor, pero será nuevo, "
        "y eso está bien.",
    ),
    "tip_drop_the_script": (
        "Fíjate en si tienes una historia en la cabeza de cómo va a ir todo exactamente. "
        "Aferrarte a ella presiona a las dos partes, así que sostenla con suavidad.",
    ),
    "tip_listen_first": (
        "Si algún día vuelve a haber contacto, ve con curiosidad, no con certezas. Pregunta por su "
        "parte de la historia, y escucha de verdad la respuesta.",
    ),
    "tip_no_pressure": (
        "La gente nota cuando alguien necesita un final concreto. Cuanto menos aprietas, más "
        "espacio queda para algo de verdad.",
    ),
    "tip_own_values": (
        "Nunca cambies tus propios valores por ganarte a alguien. Lo que merece la pena no te "
        "pedirá eso.",
    ),
    "tip_keep_living": (
        "Mantén los hábitos que has ido creando. No son una forma de pasar el tiempo; son tu vida.",
    ),
    "tip_unfold": (
        "Deja que las cosas vayan a su ritmo. No puedes escribir las dos mitades de la historia, "
        "y no te hace falta.",
    ),
    "tip_respect_breaks_cycles": (
        "Un ciclo de peleas muchas veces termina cuando una persona elige, sin más, tratar con "
        "más respeto. Esa persona puedes ser tú, elija lo que elija tu ex.",
    ),
    "tip_bring_who_you_became": (
        "Has usado este tiempo para crecer, no para esperar. Lleva a esa persona contigo a lo "
        "que venga.",
    ),
    "tip_be_gentle": (
        "Trátate con cariño hoy. Sanar no va en línea recta, y un día malo no borra los buenos.",
    ),
    "tip_sleep_matters": (
        "Dormir también cura. Si las noches cuestan, deja el teléfono fuera del dormitorio y "
        "deja que el día termine.",
    ),
    "tip_kindness_outward": (
        "Haz hoy algo amable por otra persona. Salir un rato de tu propia cabeza ayuda.",
    ),
    "tip_feelings_pass": (
        "Un sentimiento es una visita, no una sentencia. Déjalo llegar, obsérvalo, y deja que "
        "se vaya.",
    ),
    "tip_get_outside": (
        "Pasa hoy unos minutos al aire libre. La luz del día y el aire fresco cambian cómo se "
        "siente un día.",
    ),
    "tip_write_not_send": (
        "Si se te acumulan palabras para tu ex, escríbelas y no las envíes. Lo que cuenta es "
        "sacarlas de tu cabeza.",
    ),
    "tip_ask_for_help": (
        "Si todo pesa demasiado, habla con alguien de confianza, o con un profesional. Pedir "
        "ayuda es un gesto de fuerza.",
    ),
}
