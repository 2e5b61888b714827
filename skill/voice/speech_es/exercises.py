"""Lo que Letting Go dice en los ejercicios guiados: soltar el pasado, y soltar el futuro.

Los pasos y sus pausas están en :mod:`skill.domain.exercises.definitions`; estas son las frases
que nombran. Cada paso dice qué decir después; su recordatorio, cuando hay silencio o no se
entiende, es más corto y dice solo eso; su ayuda explica para qué sirve el paso.
"""

from __future__ import annotations

from skill.voice.speech_es.common import MENU as _MENU

_NAVIGATION = "También puedes decir repite, salta, empezar de nuevo, o pausa."

LINES: dict[str, tuple[str, ...]] = {
    # --- alrededor de los ejercicios ----------------------------------------------------------
    "exercise_name_past": ("soltar el pasado",),
    "exercise_name_future": ("soltar el futuro",),
    "exercise_help": ("Estás en el paso {step} de {total} de {exercise}. {help} " + _NAVIGATION,),
    "exercise_skip": ("De acuerdo, sigamos.", "Muy bien, vamos a la siguiente parte."),
    "exercise_start_over": ("De acuerdo, empecemos otra vez desde el principio.",),
    "exercise_paused": (
        "De acuerdo, hacemos una pausa aquí, en el paso {step} de {total}. Te guardo el sitio "
        "una semana: la próxima vez que abras Letting Go, te ofreceré seguir. Cuídate.",
    ),
    "exercise_home": (
        "De acuerdo, te guardo el sitio en el paso {step} de {total}. "
        + _MENU
        + " ¿Qué te gustaría?",
    ),
    "exercise_resume_offer": (
        "Hola de nuevo. La última vez te quedaste a mitad de {exercise}, en el paso {step} de "
        "{total}. ¿Seguimos donde lo dejaste?",
        "Hola otra vez. Paraste en el paso {step} de {total} de {exercise}. "
        "¿Quieres seguir desde ahí?",
    ),
    "exercise_resume_reprompt": (
        "¿Seguimos donde lo dejaste? Di sí o no.",
        "¿Quieres continuar desde donde paraste? Di sí o no.",
    ),
    "exercise_back_offer": (
        "¿Volvemos a {exercise}, en el paso {step} de {total}?",
        "¿Quieres retomar {exercise}, en el paso {step}?",
    ),
    "exercise_resumed": ("De acuerdo, seguimos en el paso {step} de {total}.",),
    "exercise_resume_declined": (
        "Está bien, lo dejamos. Puedes empezar un ejercicio desde cero cuando quieras: di "
        "soltar el pasado, o soltar el futuro. O pregúntame cuántos días quedan. "
        "¿Qué te gustaría?",
    ),
    "exercise_offer": (
        "Si quieres un ejercicio guiado, di: soltar el pasado, o: soltar el futuro. "
        "¿Qué te gustaría?",
    ),
    # --- respirar, despacio -------------------------------------------------------------------
    "breathe_in": ("Toma aire despacio.",),
    "breathe_out": ("Y suéltalo todo.",),
    "breathe_in_again": ("Otra vez. Dentro.",),
    "breathe_out_again": ("Y fuera.",),
    # --- soltar el pasado ---------------------------------------------------------------------
    "past_intro": (
        "Vamos a soltar el pasado. Son unos cuatro minutos, y puedes decir pausa cuando lo "
        "necesites.",
    ),
    "past_settle": (
        "Primero, vamos a calmarnos. Busca una postura cómoda, deja caer los hombros, y "
        "cierra los ojos si te sienta bien.",
    ),
    "past_settle_prompt": ("Cuando notes un poco más de calma, di: ya.",),
    "past_settle_reprompt": (
        "Cuando notes calma, di: ya.",
        "Tómate tu tiempo, y luego di: ya.",
        "Sin prisa. Cuando estés, di: ya.",
    ),
    "past_settle_help": (
        "Este paso es solo para ir más despacio, con un par de respiraciones hondas. "
        "Cuando notes calma, di: ya.",
    ),
    "past_bring_to_mind": (
        "Ahora trae a la mente una cosa de la relación que todavía escuece. Algo que "
        "hizo o dijo tu ex, o que nunca hizo. No hace falta que lo digas en voz alta; se "
        "queda contigo.",
    ),
    "past_bring_to_mind_notice": (
        "Deja que se vuelva nítido. Fíjate en qué parte del cuerpo lo sientes, y déjalo estar "
        "ahí un momento.",
    ),
    "past_bring_to_mind_prompt": ("Cuando lo tengas en mente, di: ya.",),
    "past_bring_to_mind_reprompt": (
        "Cuando tengas una cosa, di: ya.",
        "Tómate tu tiempo, y luego di: ya.",
        "En cuanto te venga, di: ya.",
    ),
    "past_bring_to_mind_help": (
        "Piensa en una cosa de la relación que todavía duela. Guárdala para ti; yo nunca "
        "necesito oírla. Cuando la tengas, di: ya.",
    ),
    "past_name_feeling": (
        "Quédate con ello, y fíjate en lo que te despierta. A casi todo el mundo le pasa una "
        "de cuatro cosas: rencor, celos, rabia o vergüenza. Muchas veces es una mezcla.",
    ),
    "past_name_feeling_prompt": (
        "¿Cuál se parece más? Di rencor, celos, rabia o vergüenza. Si no lo sabes, di: no lo sé.",
    ),
    "past_name_feeling_reprompt": (
        "¿Cuál se parece más: rencor, celos, rabia o vergüenza? O di: no lo sé.",
        "Di rencor, celos, rabia o vergüenza, o di: no lo sé.",
        "¿Qué sentimiento encaja mejor? Di su nombre, o di: no lo sé.",
    ),
    "past_name_feeling_help": (
        "Ponle nombre al sentimiento que lo acompaña: rencor, celos, rabia o vergüenza. Solo "
        "guardo la palabra, nunca lo que pasó. Si no lo sabes, di: no lo sé.",
    ),
    "past_reframe_resentment": (
        "Rencor. Tiene sentido, y no hay nada malo en ti por sentirlo. Se acumula porque esa "
        "persona te importa; si no te importara, sus errores te habrían resbalado. También "
        "guarda cada vez que te mordiste la lengua, para no herirle o para no perderle. Así "
        "que es una señal de lo hondo que era el vínculo. No hace falta juzgarlo, solo dejarlo.",
    ),
    "past_reframe_jealousy": (
        "Celos. Es algo muy humano, y no tienes por qué avergonzarte. Solo los sentimos por "
        "alguien que de verdad ocupa un lugar en nuestra vida. Son una medida de cuánto te "
        "importaba, y de cuántas veces te guardaste ese miedo en vez de echárselo encima. "
        "No tienes que juzgarlos. Puedes verlos, sin más, como lo que son.",
    ),
    "past_reframe_anger": (
        "Rabia. Se entiende; algo te hizo daño. Una rabia así suele querer decir que la "
        "relación te importaba muchísimo. Piensa también en las veces que la sentiste y "
        "callaste, porque no querías herir a tu ex. Eso también era cariño. La rabia tenía "
        "sentido entonces. La pregunta es si todavía te ayuda ahora.",
    ),
    "past_reframe_shame": (
        "Vergüenza. Es una carga pesada, y hace falta valor para nombrarla. La vergüenza "
        "suele nacer de cuánto querías que aquello funcionara, y de cuántas veces te "
        "contuviste para mantener la paz. Es una señal de cariño, no un juicio sobre quién "
        "eres. No tienes que juzgarte por ella.",
    ),
    "past_reframe_unsure": (
        "Está bien; los sentimientos muchas veces se enredan, y no necesitas una etiqueta. Sea "
        "lo que sea, creció porque esa persona te importaba, y porque hubo veces que callaste "
        "para cuidar de tu ex y de la relación. Eso muestra cuánto te importaba. No hace falta "
        "juzgarlo, ni juzgarte.",
    ),
    "past_reframe_prompt": ("Cuando quieras seguir, di: ya.",),
    "past_reframe_reprompt": (
        "Para seguir, di: ya.",
        "Cuando quieras, di: ya.",
        "Tómate tu tiempo, y luego di: ya.",
    ),
    "past_reframe_help": (
        "Este paso mira el sentimiento con más cariño: nació de que te importaba. "
        "Cuando quieras seguir, di: ya.",
    ),
    "past_perspective": (
        "Ahora, un poco de perspectiva. Piensa en cómo están las cosas hoy. Has pasado por "
        "una ruptura, y tienes delante la posibilidad de que la relación no "
        "vuelva.",
    ),
    "past_perspective_compare": ("Pon lo que trajiste a la mente al lado de todo eso.",),
    "past_perspective_prompt": ("¿Pesa ahora tanto como pesaba entonces? Puedes decir sí o no.",),
    "past_perspective_reprompt": (
        "¿Todavía pesa lo mismo? Di sí o no.",
        "¿Es tan pesado como era? Di sí o no.",
        "¿Igual de pesado que antes? Di sí o no.",
    ),
    "past_perspective_help": (
        "Compara esa herida antigua con dónde estás ahora, después de la ruptura. ¿Sigue "
        "pesando tanto? Cualquier respuesta vale. Solo di sí o no.",
    ),
    "past_perspective_yes": (
        "Gracias por tu sinceridad. Hay cosas que siguen pesando, y está bien. Soltar no es "
        "fingir que no importó. Es decidir no cargarlo en los días que vienen. Puedes soltarlo "
        "aunque todavía duela.",
    ),
    "past_perspective_no": (
        "Suele pasar. Al lado de una ruptura, muchas peleas antiguas se encogen. Cuando puedes "
        "perder a alguien, perdonar lo pequeño resulta más fácil. Esa ligereza merece la pena "
        "guardarla.",
    ),
    "past_vow": (
        "Ahora, la promesa. Es una decisión consciente: dejar de cargar con esto, y con "
        "cualquier cosa parecida, sea rencor, celos, rabia o vergüenza.",
    ),
    "past_vow_set_down": ("Respira despacio, e imagínate dejándolo en el suelo.",),
    "past_vow_prompt": ("Cuando quieras, di: lo suelto.",),
    "past_vow_reprompt": (
        "Sin prisa. Di: lo suelto.",
        "Respira, y luego di: lo suelto.",
    ),
    "past_vow_help": (
        "Este es el momento en que eliges dejarlo. No hace falta que se sienta terminado. "
        "Cuando quieras, di: lo suelto.",
    ),
    "past_close": (
        "Lo has soltado. Esto es lo que significa a partir de ahora. No volverá a salir en "
        "una discusión, ni será algo que lanzarle a tu ex cuando te duela. Cuando pienses en "
        "tu ex, intenta verle como es hoy, con ojos nuevos. Puede que no haga lo mismo "
        "enseguida, y no pasa nada. Un ciclo de peleas puede terminar porque solo una de las "
        "dos personas decidió ser más amable.",
    ),
    "past_close_prompt": ("Cuando quieras la siguiente parte, di: soltar el futuro. Cuídate.",),
    # --- soltar el futuro ---------------------------------------------------------------------
    "future_intro": (
        "Vamos a soltar el futuro. Son unos minutos, y puedes decir pausa cuando quieras.",
    ),
    "future_notice": (
        "Imagina el futuro que te has ido contando con tu ex: volver, cómo irían los meses, "
        "cómo acaba todo.",
    ),
    "future_notice_replay": ("Deja que esa imagen corra un momento, sin juzgarla.",),
    "future_notice_prompt": ("Cuando la veas, di: ya.",),
    "future_notice_reprompt": (
        "Cuando la veas, di: ya.",
        "Imagínalo, y luego di: ya.",
        "Tómate tu tiempo, y luego di: ya.",
    ),
    "future_notice_help": (
        "Solo fíjate en el futuro que sigues imaginando con tu ex. Cuando lo veas, di: ya.",
    ),
    "future_pressure": (
        "Tener esperanza es natural. Pero cuando se vuelve un guion, se nota, aunque no lo "
        "digas. Tu ex lo siente como presión, como un papel en una historia que no eligió.",
    ),
    "future_pressure_room": ("Fíjate si tu imagen le deja algún espacio para elegir.",),
    "future_pressure_prompt": ("Cuando quieras seguir, di: ya.",),
    "future_pressure_reprompt": (
        "Para seguir, di: ya.",
        "Cuando quieras, di: ya.",
        "Tómate tu tiempo, y luego di: ya.",
    ),
    "future_pressure_help": (
        "Este paso va de cómo vive la otra persona una imagen fija del futuro. "
        "Cuando quieras seguir, di: ya.",
    ),
    "future_different": (
        "Pase lo que pase, esto es cierto: un capítulo nuevo no sería una copia del anterior. "
        "Mejor o peor, será distinto, de maneras que nadie sabe aún.",
    ),
    "future_different_okay": ("Deja que eso esté bien. No saber deja sitio a algo de verdad.",),
    "future_different_prompt": ("Cuando se haya asentado, di: ya.",),
    "future_different_reprompt": (
        "Para seguir, di: ya.",
        "Cuando quieras, di: ya.",
    ),
    "future_different_help": (
        "Este paso va de aceptar que lo que viene no se puede planear. Cuando quieras, di: ya.",
    ),
    "future_listen": (
        "Así que, en vez de empujar hacia el final que has escrito, prueba a escuchar. Si "
        "vuelve a haber contacto, ten curiosidad. ¿Qué ha vivido? ¿Qué quiere ahora? "
        "¿Cómo ha cambiado?",
    ),
    "future_listen_matters": ("Entender importa más que llegar al final que planeaste.",),
    "future_listen_prompt": ("Cuando lo tengas claro, di: ya.",),
    "future_listen_reprompt": (
        "Cuando quieras, di: ya.",
        "En cuanto lo tengas claro, di: ya.",
        "Para seguir, di: ya.",
    ),
    "future_listen_help": (
        "Este paso cambia planear por escuchar: lo que ha vivido tu ex, y lo que quiere. "
        "Cuando lo tengas claro, di: ya.",
    ),
    "future_vow": (
        "Ahora, una promesa. Suelta el guion. Afloja, y deja que las cosas lleguen a su "
        "tiempo, como de verdad llegan.",
    ),
    "future_vow_prompt": ("Cuando quieras, di: lo suelto.",),
    "future_vow_reprompt": (
        "Sin prisa. Di: lo suelto.",
        "Respira, y luego di: lo suelto.",
    ),
    "future_vow_help": (
        "Este es el momento en que eliges dejar el guion. Cuando quieras, di: lo suelto.",
    ),
    "future_close": (
        "Lo has soltado. A partir de ahora, cuando el guion vuelva a sonar, date cuenta, y "
        "vuelve a escuchar. Lo que encuentres puede no parecerse a lo que imaginabas, y lo más "
        "importante puede seguir ahí.",
    ),
    "future_close_prompt": ("Cuando el guion vuelva, di: soltar el futuro. Cuídate mucho.",),
}
