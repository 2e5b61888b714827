"""Las ganas de escribirle: un momento para centrarse que va con la hora, y lo que viene después.

Cada momento es una respiración y una cosa que hacer en su lugar, en menos de 45 segundos con la
cuenta y la elección que siguen. De noche, las cosas que hacer son de noche. Unas ganas que
vuelven en menos de una hora oyen un camino más corto que lo dice. Un mensaje no enviado se
escucha y nunca se repite.
"""

from __future__ import annotations

from skill.voice.catalog import ByCount

_IN = '<prosody rate="slow">'
_OUT = "</prosody>"

LINES: dict[str, tuple[str, ...] | ByCount] = {
    # --- el momento para centrarse (uno tras otro, para que cada vez se oiga el siguiente) ----
    "urge_day": (
        'Me alegra que hayas venido aquí primero. <break time="1s"/> Escribirle ahora solo '
        'aleja más a tu ex; la distancia abre un comienzo nuevo. <break time="1s"/> '
        f'{_IN}Respira conmigo. <break time="4s"/> Y suelta.{_OUT} <break time="3s"/> '
        "Luego sal a caminar un rato, o llama a alguien que te quiera.",
        'Gracias por contármelo a mí, y no a tu ex. <break time="1s"/> La distancia es lo que '
        'da a las dos partes espacio para empezar de nuevo. <break time="1s"/> '
        f'{_IN}Toma aire. <break time="4s"/> Y déjalo ir.{_OUT} <break time="3s"/> '
        "Luego elige una cosa pequeña que sea solo para ti.",
        'Las ganas aprietan, y aquí sigues. <break time="1s"/> Mantener la distancia es lo que '
        'hará que luego te vea con otros ojos. <break time="1s"/> '
        f'{_IN}Respira despacio. <break time="4s"/> Y suelta.{_OUT} <break time="3s"/> '
        "Luego deja el teléfono y sal un momento afuera.",
    ),
    "urge_night": (
        'De noche las ganas se oyen más fuerte; pasan. <break time="1s"/> Un mensaje ahora '
        'solo aleja más a tu ex. <break time="1s"/> '
        f'{_IN}Toma aire. <break time="4s"/> Y suelta.{_OUT} <break time="3s"/> '
        "Luego apúntalo para mañana, bebe un poco de agua, y apaga la luz.",
        'Me alegra que me lo digas a mí, y no a tu ex. <break time="1s"/> A estas horas todo '
        'parece urgente; por la mañana no lo será. <break time="1s"/> '
        f'{_IN}Respira despacio. <break time="4s"/> Y suelta.{_OUT} <break time="3s"/> '
        "Si necesitas a alguien, deja escrito un mensaje a una amistad para mañana.",
        'Te has parado, y eso importa. <break time="1s"/> Lo que envíes esta noche te deja en '
        'el papel de ex, no en un comienzo nuevo. <break time="1s"/> '
        f'{_IN}Toma aire. <break time="4s"/> Y suelta.{_OUT} <break time="3s"/> '
        "Deja el teléfono al otro lado de la habitación, y baja las luces.",
    ),
    "urge_again": (
        'Han vuelto. Pasa, y lo estás llevando bien. <break time="1s"/> '
        f'{_IN}Una respiración. <break time="4s"/> Fuera.{_OUT} <break time="2s"/> '
        "Volverán a bajar.",
        'Vuelven las ganas, y otra vez has venido aquí. <break time="1s"/> '
        f'{_IN}Dentro. <break time="4s"/> Y fuera.{_OUT} <break time="2s"/> '
        "Cada ola es un poco más pequeña.",
        'Otra vez, y aun así no les has hecho caso. <break time="1s"/> '
        f'{_IN}Toma aire. <break time="4s"/> Y déjalo ir.{_OUT} <break time="2s"/> '
        "Cada vez pasan antes.",
    ),
    "urge_counted": ByCount(
        "urges",
        {
            "one": ("Ya va {urges} que dejas pasar.", "Llevas {urges} que has dejado pasar."),
            "other": (
                "Ya van {urges} que dejas pasar.",
                "Llevas {urges} que has dejado pasar.",
                "Con este, son {urges} que dejas atrás.",
            ),
        },
    ),
    "urge_no_period": ("Para convertirlo en una promesa, di: empezar contacto cero.",),
    "urge_choice": (
        "¿Quieres otra respiración, decirle algo, soltar el pasado, o despedirnos?",
        "¿Y ahora: otra respiración, decirle algo, soltar el pasado, o adiós?",
        "Puedes decir: respira, quiero decirle algo, soltar el pasado, o adiós.",
    ),
    "urge_choice_reprompt": (
        "Di respira, quiero decirle algo, soltar el pasado, o adiós.",
        "Dime cuál: respira, quiero decirle algo, soltar el pasado, o adiós.",
    ),
    "urge_choice_which": (
        "¿Cuál prefieres? Di respira, quiero decirle algo, soltar el pasado, o adiós.",
    ),
    # --- otra respiración ---------------------------------------------------------------------
    "breathe": (
        f'Vamos a respirar. {_IN}Toma aire, despacio. <break time="4s"/> Aguántalo. '
        f'<break time="2s"/> Y suéltalo todo.{_OUT} <break time="4s"/>',
        f'Aquí va otra. {_IN}Toma aire. <break time="4s"/> Y suéltalo, más largo que al '
        f'entrar.{_OUT} <break time="4s"/>',
        f'{_IN}Toma aire por la nariz. <break time="4s"/> Y suéltalo por la boca.{_OUT} '
        '<break time="4s"/>',
    ),
    "breathe_after": (
        "¿Otra respiración, decirle lo que le dirías, o adiós?",
        "Puedes decir: respira, quiero decirle algo, o adiós.",
    ),
    "breathe_after_reprompt": (
        "Di respira, quiero decirle algo, o adiós.",
        "Di respira otra vez, o adiós.",
    ),
    # --- el mensaje no enviado: se escucha, no se guarda --------------------------------------
    "unsent_invite": (
        "Adelante, dilo como si tu ex pudiera oírte. Te escucho, y no lo enviaré ni lo guardaré.",
        "Dilo tal como se lo dirías. Se queda aquí, sin enviar, y no guardaré ni una palabra.",
    ),
    "unsent_invite_reprompt": (
        "Cuando quieras, di lo que le dirías.",
        "Sigo escuchando. Di lo que le dirías.",
    ),
    "unsent_heard": (
        "Gracias por decirlo en voz alta; ya está dicho, y puede irse.",
        "Eso ya ha salido de ti, y no ha ido a ningún otro sitio.",
        "Hacía falta valor para decir eso, y ahora puedes dejarlo.",
    ),
    "unsent_after": (
        "¿Quieres una respiración lenta, o lo dejamos aquí? Di respira, o adiós.",
        "Di respira para una respiración lenta, o adiós para descansar aquí.",
    ),
    "unsent_after_reprompt": ("Di respira, o adiós.", "Di respira para respirar, o adiós."),
}
