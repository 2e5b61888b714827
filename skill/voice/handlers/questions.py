"""The yes/no questions a turn can leave open, by the name the session keeps them under.

The handler that asks one and :mod:`~skill.voice.handlers.conversation`, which hands the yes or
no to the code that answers it, both name it from here: asking a question reads none of the
code that answers it (the welcome, at every cold start, asks two of them).
"""

OFFER_START = "offer_start"  # begin a no-contact period?
RESTART_QUESTION = "restart_period"  # a period is already running: begin again?
OFFER_CHECKIN = "offer_checkin"  # do today's check-in (or finish it)?
OFFER_PROGRESS = "offer_progress"  # hear how you're doing?
RESUME_QUESTION = "resume_exercise"  # pick up the exercise where you left off?
LAST_DAY_OFFER = "last_day_reminder"  # a reminder on the period's last day?
URGE_CHOICE = "urge_choice"  # after an urge: a plain yes asks which, a no says goodbye
