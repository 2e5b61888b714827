"""Spanish, as the console hears it: Alexa's built-in phrases, fillers, and Spanish numbers
("veintiuno"), dates ("el viernes pasado", "hace dos semanas"), durations ("dos años") and times
("a las nueve de la noche"), resolved to the values Alexa sends (the same ISO forms as English).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from fractions import Fraction

from skill.console.slot_values import SMALLER_UNITS, normalize
from skill.console.wording import ConsoleLanguage

YES, NO = "AMAZON.YesIntent", "AMAZON.NoIntent"
STOP, CANCEL = "AMAZON.StopIntent", "AMAZON.CancelIntent"

BUILTIN_PHRASES: dict[str, tuple[str, ...]] = {
    YES: (
        "sí", "si", "sí por favor", "claro", "claro que sí", "vale", "de acuerdo", "venga",
        "simón", "sip", "yes", "me apunto", "venga va me apunto", "estoy dentro",
        "okay estoy dentro", "okay estoy dentro va",
        "por supuesto", "sí claro", "ok", "okey", "sale", "órale", "ándale", "perfecto", "va",
        "me parece bien", "sí quiero", "sí lo hice", "sí lo he hecho", "eso es", "exacto",
        "correcto", "sí señor", "desde luego", "bueno", "sí sí", "afirmativo", "cuenta conmigo",
        "me comprometo", "sí me comprometo", "lo prometo", "trato hecho",
    ),
    NO: (
        "no", "no gracias", "ahora no", "todavía no", "aún no", "no quiero", "mejor no",
        "no por favor", "para nada", "ni hablar", "no no", "quizá luego", "tal vez luego",
        "hoy no", "no lo he hecho", "no lo hice", "no ahora", "en otro momento", "paso",
        "no hace falta", "no te preocupes", "nah", "nel", "nop", "ahorita no", "no no borres nada",
        "no borres nada",
    ),
    "AMAZON.HelpIntent": (
        "ayuda", "ayúdame", "necesito ayuda", "qué puedo decir", "qué puedo hacer",
        "qué cosas te puedo decir", "qué te puedo decir",
        "cómo funciona", "cómo funciona esto", "cómo se usa esto", "no entiendo",
        "no entiendo cómo funciona",
        "qué haces", "qué puedes hacer", "opciones", "qué opciones tengo", "explícamelo",
        "qué es esto", "qué tengo que decir", "qué es el contacto cero",
    ),
    STOP: (
        "para", "parar", "detente", "basta", "adiós", "hasta luego", "hasta mañana",
        "buenas noches", "chao", "chau", "me voy", "ya está bien", "cállate", "déjalo",
        "déjame en paz", "eso es todo", "nada más", "sal", "salir", "termina", "terminar",
        "párale", "ya párale", "ya para", "ya bájale", "ya cállate", "calla ya", "stop",
        "stop stop",
    ),
    CANCEL: ("cancela", "cancelar", "olvídalo", "déjalo estar", "anula", "cancela eso"),
    "AMAZON.RepeatIntent": (
        "repite", "repítelo", "repetir", "otra vez", "qué has dicho", "qué dijiste", "cómo",
        "perdona qué", "puedes repetirlo", "puedes repetir", "dilo otra vez", "no te he oído",
        "repite la pregunta", "qué era", "repite eso", "me lo repites", "repíteme eso", "repíteme",
        "me lo puedes repetir", "repítemelo", "mande", "me repites las opciones",
        "repíteme las opciones",
    ),
    "AMAZON.NavigateHomeIntent": ("inicio", "ir al inicio", "menú principal", "volver al menú"),
    "AMAZON.StartOverIntent": (
        "empezar de nuevo", "empieza de nuevo", "vuelve a empezar", "volver a empezar",
        "desde el principio", "otra vez desde el principio", "reinicia", "empezar otra vez",
    ),
    "AMAZON.NextIntent": (
        "siguiente", "salta", "sáltalo", "saltar", "salta este paso", "el siguiente",
        "siguiente paso", "pasa al siguiente", "omitir", "pásale al que sigue",
        "al que sigue", "el que sigue", "pasa al que sigue", "sáltatelo", "next", "skip",
        "next skip eso", "skip eso", "sáltate esta pregunta",
    ),
    "AMAZON.PauseIntent": (
        "pausa", "haz una pausa", "pausar", "espera", "espera un momento", "un momento",
        "un segundo", "dame un minuto", "espera un segundo", "para un momento",
        "pon pausa", "ponlo en pausa", "pausa un momento", "pause", "pause un momento",
        "espérame", "espérame tantito", "espera tantito", "hold on", "hold on pausa",
    ),
    "AMAZON.FallbackIntent": (
        "qué tiempo hace", "qué tiempo hace mañana", "pon música", "pon una canción",
        "qué hora es", "pon una alarma", "pon un temporizador", "enciende la luz",
        "apaga la luz", "cuéntame un chiste", "cuéntame un cuento", "las noticias",
        "llama a mi madre", "buenos días", "cómo te llamas",
    ),
}  # fmt: skip
FILLERS = frozenset(
    {"pues", "bueno", "eh", "em", "mmm", "oye", "mira", "a", "ver", "vale", "alexa", "porfa",
     "por", "favor", "sinceramente", "la", "verdad", "o", "sea", "este", "osea", "hmm"}
)  # fmt: skip
LEAD_WORDS = {
    "sí": YES, "si": YES, "claro": YES, "vale": YES, "no": NO, "para": STOP, "adiós": STOP,
    "cancela": CANCEL, "pausa": "AMAZON.PauseIntent",
    "nah": NO, "nel": NO,
}  # fmt: skip
LAUNCH_VERBS = "abre|abrir|inicia|iniciar|empieza|lanza|usa|habla con|pon"
ONE_SHOT = r"(?:pídele a|pide a|dile a|pregúntale a|pregunta a|usa|abre) {inv} (?:(?:que|si) )?(.+)"

_UNITS = {
    "cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
    "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "dieciseis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21,
    "veintiún": 21, "veintiuna": 21, "veintidós": 22, "veintidos": 22, "veintitrés": 23,
    "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26,
    "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
}  # fmt: skip
_TENS = {
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "ochenta": 80, "noventa": 90,
}  # fmt: skip
_HUNDREDS = {
    "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300,
    "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600, "setecientos": 700,
    "ochocientos": 800, "novecientos": 900,
}  # fmt: skip
_MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip
_WEEKDAYS = {
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sábado": 5, "sabado": 5, "domingo": 6,
}  # fmt: skip
_DAY_OFFSETS = {
    "hoy": 0, "esta mañana": 0, "esta tarde": 0, "esta noche": 0, "hace un rato": 0,
    "ahora": 0, "ayer": -1, "anoche": -1, "ayer por la noche": -1, "ayer por la mañana": -1,
    "ayer por la tarde": -1, "ayer en la noche": -1, "ayer en la mañana": -1,
    "ayer en la tarde": -1, "hoy en la mañana": 0, "hoy en la tarde": 0, "hoy en la noche": 0,
    "anteayer": -2, "antes de ayer": -2, "antier": -2,
    "antenoche": -2, "mañana": 1, "pasado mañana": 2,
}  # fmt: skip
_UNITS_OF_TIME = {
    "año": "Y", "años": "Y", "mes": "M", "meses": "M", "semana": "W", "semanas": "W",
    "día": "D", "días": "D", "dia": "D", "dias": "D", "hora": "h", "horas": "h",
    "minuto": "m", "minutos": "m",
}  # fmt: skip
_FUZZY = {("unos",): None, ("unas",): None, ("un", "par", "de"): 2, ("par", "de"): 2,
          ("unos", "pocos"): 3, ("unas", "pocas"): 3, ("varios",): 3, ("varias",): 3}  # fmt: skip
_HEDGES = frozenset({"unos", "unas", "casi", "más", "de", "menos", "como", "durante", "sobre",
                     "alrededor", "aproximadamente", "poco", "o"})  # fmt: skip


def _words(text: str) -> list[str]:
    return normalize(text).split()


def words_to_int(ws: Sequence[str]) -> int | None:
    """A whole number said in Spanish words (or digits), up to 999.

    Examples
    --------
    >>> words_to_int("cuarenta y cinco".split()), words_to_int(["veintiuno"])
    (45, 21)
    >>> words_to_int("ciento ochenta".split()), words_to_int(["12"])
    (180, 12)
    """
    if len(ws) == 1 and ws[0].isdigit():
        return int(ws[0])
    total, i = 0, 0
    if i < len(ws) and ws[i] in _HUNDREDS:
        total += _HUNDREDS[ws[i]]
        i += 1
    if i < len(ws) and ws[i] in _TENS:
        total += _TENS[ws[i]]
        i += 1
        if i + 1 < len(ws) + 1 and i < len(ws) and ws[i] == "y":
            if i + 1 < len(ws) and ws[i + 1] in _UNITS and _UNITS[ws[i + 1]] < 10:
                total += _UNITS[ws[i + 1]]
                i += 2
            else:
                return None
    elif i < len(ws) and ws[i] in _UNITS:
        total += _UNITS[ws[i]]
        i += 1
    if i != len(ws) or not ws:
        return None
    return total


def parse_number(text: str) -> str | None:
    """The number said (AMAZON.NUMBER's value), or None.

    Examples
    --------
    >>> parse_number("cinco"), parse_number("noventa"), parse_number("hola")
    ('5', '90', None)
    >>> parse_number("un tres"), parse_number("un")
    ('3', '1')
    """
    ws = [w for w in _words(text) if w not in ("días", "dias")]
    if len(ws) > 1 and ws[0] in ("un", "una"):
        ws = ws[1:]  # the article: "un tres" is a three
    found = words_to_int(ws) if ws else None
    return None if found is None else str(found)


def _weekday(ws: Sequence[str], today: date) -> date | None:
    ws = [w for w in ws if w not in ("el", "este", "pasado", "pasada", "anterior", "último")]
    if len(ws) != 1 or ws[0] not in _WEEKDAYS:
        return None
    back = (today.weekday() - _WEEKDAYS[ws[0]]) % 7 or 7
    return today - timedelta(days=back)


def _ago(ws: Sequence[str], today: date) -> str | None:
    if len(ws) < 2 or ws[0] != "hace":
        return None
    rest = list(ws[1:])
    unit = rest.pop() if rest and rest[-1] in _UNITS_OF_TIME else None
    amount = words_to_int(rest) if rest else 1
    if unit is None or amount is None:
        return None
    kind = _UNITS_OF_TIME[unit]
    if kind == "D":
        return (today - timedelta(days=amount)).isoformat()
    if kind == "W":
        return (today - timedelta(weeks=amount)).isoformat()
    if kind == "M":
        month = today.month - 1 - amount
        year, month = today.year + month // 12, month % 12 + 1
        return date(year, month, min(today.day, 28)).isoformat()
    if kind == "Y":
        return date(today.year - amount, today.month, min(today.day, 28)).isoformat()
    return None


def _calendar(ws: Sequence[str], today: date) -> str | None:
    ws = [w for w in ws if w not in ("el", "día")]
    if len(ws) < 3 or ws[-2] != "de" or ws[-1] not in _MONTHS:
        if len(ws) >= 5 and ws[-2] == "de" and ws[-4] == "de" and ws[-3] in _MONTHS:
            day, year = words_to_int(ws[:-4]), words_to_int(ws[-1:])
            if day and year:
                return _valid(year, _MONTHS[ws[-3]], day)
        return None
    day = words_to_int(ws[:-2]) if ws[:-2] != ["primero"] else 1
    if day is None:
        return None
    month = _MONTHS[ws[-1]]
    year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
    return _valid(year, month, day)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str, today: date) -> str | None:
    """The date said (AMAZON.DATE's value), relative to ``today``, or None.

    Examples
    --------
    >>> today = date(2026, 12, 1)  # a Tuesday
    >>> parse_date("ayer", today), parse_date("el viernes pasado", today)
    ('2026-11-30', '2026-11-27')
    >>> parse_date("hace dos semanas", today), parse_date("el tres de noviembre", today)
    ('2026-11-17', '2026-11-03')
    >>> parse_date("la semana pasada", today)
    '2026-W48'
    """
    phrase = " ".join(_words(text))
    for lead in ("fue ", "desde ", "creo que "):
        phrase = phrase.removeprefix(lead)
    if phrase in _DAY_OFFSETS:
        return (today + timedelta(days=_DAY_OFFSETS[phrase])).isoformat()
    ws = phrase.split()
    if phrase in ("la semana pasada", "el fin de semana", "el fin de semana pasado"):
        last = today - timedelta(weeks=1)
        year, week, _ = last.isocalendar()
        suffix = "-WE" if "fin" in phrase else ""
        if "fin" in phrase and "pasado" not in phrase:
            year, week, _ = (today - timedelta(days=today.weekday() + 1)).isocalendar()
        return f"{year}-W{week:02d}{suffix}"
    if phrase in ("el mes pasado",):
        month = today.month - 1 or 12
        return f"{today.year - (today.month == 1)}-{month:02d}"
    if (day := _weekday(ws, today)) is not None:
        return day.isoformat()
    return _ago(ws, today) or _calendar(ws, today)


def _amount(ws: Sequence[str]) -> Fraction | None:
    for fuzzy, value in _FUZZY.items():
        if tuple(ws) == fuzzy:
            return Fraction(value or 2)
    if list(ws) in (["medio"], ["media"]):
        return Fraction(1, 2)
    found = words_to_int(ws)
    return None if found is None else Fraction(found)


def parse_duration(text: str) -> str | None:
    """The length of time said (AMAZON.DURATION's value), or None.

    Examples
    --------
    >>> parse_duration("dos años"), parse_duration("tres meses"), parse_duration("un año y medio")
    ('P2Y', 'P3M', 'P1Y6M')
    >>> parse_duration("casi seis semanas"), parse_duration("medio año")
    ('P6W', 'P6M')
    """
    ws = [w for w in _words(text) if w not in _HEDGES or w in ("unos", "unas")]
    half = len(ws) >= 2 and ws[-2:] in (["y", "medio"], ["y", "media"])
    if half:
        ws = ws[:-2]
    if not ws or ws[-1] not in _UNITS_OF_TIME:
        return None
    unit = _UNITS_OF_TIME[ws[-1]]
    amount = _amount(ws[:-1]) if ws[:-1] else Fraction(1)
    if amount is None:
        return None
    if half:
        amount += Fraction(1, 2)
    whole, part = int(amount), amount - int(amount)
    parts: list[tuple[str, int]] = [(unit, whole)] if whole else []
    if part:
        smaller, many = SMALLER_UNITS[unit]
        parts.append((smaller, int(part * many)))
    date_part = "".join(f"{n}{u}" for u, n in parts if u.isupper())
    time_part = "".join(f"{n}{u.upper()}" for u, n in parts if u.islower())
    return "P" + date_part + (f"T{time_part}" if time_part else "")


_PERIODS = {"de la mañana": 0, "de la madrugada": 0, "de la tarde": 12, "de la noche": 12,
            "del mediodía": 12,
            # Said in US Spanish as in English.
            "pm": 12, "p m": 12, "am": 0, "a m": 0}  # fmt: skip


def parse_time(text: str) -> str | None:
    """The time of day said (AMAZON.TIME's value, "21:00"), or None.

    Examples
    --------
    >>> parse_time("a las nueve de la noche"), parse_time("las ocho y media de la mañana")
    ('21:00', '08:30')
    >>> parse_time("a la una de la tarde"), parse_time("las diez menos cuarto"), parse_time("20:00")
    ('13:00', '09:45', '20:00')
    >>> parse_time("a las nueve pm")
    '21:00'

    """
    raw = text.strip().lower()
    if re.fullmatch(r"\d{1,2}:\d{2}", raw):
        hour, minute = map(int, raw.split(":"))
        return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None
    phrase = " ".join(_words(text))
    if phrase in ("mediodía", "al mediodía", "a mediodía"):
        return "12:00"
    if phrase in ("medianoche", "a medianoche", "a la medianoche"):
        return "00:00"
    shift = 0
    for period, hours in _PERIODS.items():
        if phrase.endswith(" " + period):
            phrase, shift = phrase.removesuffix(" " + period), hours
            break
    ws = phrase.split()
    while ws and ws[0] in ("a", "las", "la", "sobre", "hacia", "eso", "de", "como", "tipo", "por"):
        ws = ws[1:]
    minute, sign = 0, 1
    for i, w in enumerate(ws):
        if w in ("y", "menos"):
            tail = ws[i + 1 :]
            sign = 1 if w == "y" else -1
            special = {"media": 30, "cuarto": 15}
            said = special.get(tail[0]) if len(tail) == 1 and tail[0] in special else None
            minutes = said if said is not None else words_to_int(tail)
            if minutes is None:
                return None
            minute, ws = minutes, ws[:i]
            break
    said_hour = words_to_int(ws) if ws else None
    if said_hour is None or not 0 < said_hour <= 24 or minute >= 60:
        return None
    if shift and said_hour < 12:
        said_hour += shift
    total = (said_hour * 60 + sign * minute) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


SPANISH = ConsoleLanguage(
    BUILTIN_PHRASES,
    FILLERS,
    LEAD_WORDS,
    LAUNCH_VERBS,
    ONE_SHOT,
    parse_date,
    parse_duration,
    parse_number,
    parse_time,
    # "si me pasa algo esta noche", "para mí ya se acabó": if and for, not yes and stop.
    short_leads=frozenset({"si", "para"}),
    language="es",
)
