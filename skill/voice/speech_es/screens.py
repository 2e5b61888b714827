"""Lo que muestra un Echo Show: frases cortas para la pantalla, que se leen de un vistazo.

Una pantalla solo lleva palabras y números de la skill: nunca a la otra persona, nunca nada de lo
que la persona dijo. Los botones dicen lo que hacen, con las palabras que alguien diría.
"""

from __future__ import annotations

LINES: dict[str, tuple[str, ...]] = {
    "screen_title": ("Letting Go",),
    # --- inicio: la bienvenida y los días que quedan ----------------------------------------------
    "screen_day_of": ("Día {day} de {target}",),
    "screen_days_to_go_one": ("día por delante",),
    "screen_days_to_go": ("días por delante",),
    "screen_phase_first_days": ("Los primeros días. Con calma.",),
    "screen_phase_middle": ("Estos días son para ti.",),
    "screen_phase_last_days": ("El último tramo, bien vivido.",),
    "screen_phase_complete": ("Lo lograste. Bien hecho.",),
    "screen_welcome": ("Un lugar tranquilo para empezar de nuevo.",),
    # --- botones
    "screen_button_start": ("Empezar el contacto cero",),
    "screen_button_checkin": ("Hacer el repaso",),
    "screen_button_past": ("Soltar el pasado",),
    "screen_button_future": ("Soltar el futuro",),
    "screen_button_progress": ("¿Cómo voy?",),
    "screen_button_ready": ("Adelante",),
    "screen_button_repeat": ("Repetir",),
    "screen_button_pause": ("Pausa",),
    "screen_button_yes": ("Sí",),
    "screen_button_no": ("No",),
    "screen_button_let_it_go": ("Lo suelto",),
    "screen_button_delete": ("Sí, bórralo todo",),
    "screen_button_keep": ("No, guárdalo",),
    "screen_feeling_resentment": ("Rencor",),
    "screen_feeling_jealousy": ("Celos",),
    "screen_feeling_anger": ("Rabia",),
    "screen_feeling_shame": ("Vergüenza",),
    "screen_feeling_unsure": ("No lo sé",),
    # --- el repaso del día ------------------------------------------------------------------------
    "screen_checkin_title": ("El repaso de hoy",),
    "screen_checkin_mood": ("Ánimo de hoy",),
    "screen_mood_of": ("{mood} de 5",),
    "screen_checkin_streak": ("Racha de repasos",),
    "screen_checkin_tip": ("Idea para hoy",),
    "screen_checkin_moods": ("Ánimo de los últimos días",),
    # --- cómo vas
    "screen_progress_title": ("Cómo vas",),
    "screen_no_period": ("Sin periodo en marcha",),
    "screen_streak_longest": ("la más larga, {days}",),
    "screen_mood_average": ("Ánimo, de media",),
    "screen_mood_none": ("Aún no hay ánimos",),
    "screen_trend_rising": ("subiendo",),
    "screen_trend_steady": ("estable",),
    "screen_trend_falling": ("bajando",),
    "screen_tally_urges": ("Impulsos dejados pasar",),
    "screen_tally_exercises": ("Ejercicios hechos",),
    "screen_tally_slips": ("Deslices",),
    # --- los ejercicios: cada paso en pocas palabras tranquilas ----------------------------------
    "screen_step_of": ("Paso {step} de {total}",),
    "screen_done": ("Hecho",),
    "screen_breathe": ("Inhala mientras el círculo crece, exhala mientras vuelve.",),
    "screen_step_past_settle": ("Acomódate. Respira despacio.",),
    "screen_step_past_bring_to_mind": ("Piensa en una sola cosa. No hace falta decirla.",),
    "screen_step_past_name_feeling": ("¿Qué te remueve?",),
    "screen_step_past_reframe": ("Habla de cuánto te importaba.",),
    "screen_step_past_perspective": ("¿Pesa lo mismo que entonces?",),
    "screen_step_past_vow": ("Cuando quieras, déjalo en el suelo.",),
    "screen_step_past_close": ("Lo soltaste. Puede quedarse ahí.",),
    "screen_step_future_notice": ("Mira el futuro que te habías imaginado.",),
    "screen_step_future_pressure": ("Siente el peso de ese guion.",),
    "screen_step_future_different": ("Lo que venga será distinto.",),
    "screen_step_future_listen": ("Primero escucha. Deja que llegue.",),
    "screen_step_future_vow": ("Cuando quieras, suéltalo.",),
    "screen_step_future_close": ("Espacio para respirar y para escuchar.",),
    # --- crisis y borrar
    "screen_crisis_title": ("No tienes que cargar con esto a solas",),
    "screen_crisis_how": ("{how} {name}",),
    "screen_crisis_always": ("Gratis, a cualquier hora, de día o de noche.",),
    "screen_crisis_emergency": ("¿En peligro ahora mismo? Llama al {emergency}.",),
    "screen_delete_title": ("¿Borrar tus datos?",),
    "screen_delete_body": ("Tus periodos, repasos y recordatorios se borran para siempre.",),
}
