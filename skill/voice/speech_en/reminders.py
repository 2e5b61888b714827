"""What Letting Go says about reminders: setting, changing, listing, cancelling, and their faults.

The texts Alexa speaks when a reminder rings are here too. They are generic on purpose: anyone in
the room may hear them, so they never mention a breakup or another person.
"""

from __future__ import annotations

LINES: dict[str, tuple[str, ...]] = {
    # --- what a reminder says when it rings (plain text, no SSML) -----------------------------
    "reminder_text_daily": ("Time for your Letting Go check-in.",),
    "reminder_text_last_day": (
        "Today is the last day of your Letting Go period. Open Letting Go when you have a moment.",
    ),
    # --- asking for the time ------------------------------------------------------------------
    "ask_reminder_time": (
        "What time each day would you like your check-in reminder? For example: 8 pm.",
    ),
    "ask_reminder_time_reprompt": (
        "What time should I remind you? For example, say: 8 pm.",
        "Say a time for your reminder, like: 7:30 pm.",
    ),
    "reminder_time_unclear": (
        "I need a time on the clock for that, like 8 pm, or 7:30 in the morning. "
        "What time would you like?",
    ),
    # --- done ---------------------------------------------------------------------------------
    "reminder_set": (
        "Done. I'll remind you to check in every day at {time}. "
        "To change it, say: change my reminder to 9 pm.",
    ),
    "reminder_moved": ("Done. Your daily check-in reminder is now at {time}, every day.",),
    "last_day_offer": ("One more thing: would you like a reminder on your last day, {date}?",),
    "last_day_offer_reprompt": (
        "Shall I remind you on your last day? Say yes or no.",
        "Would you like a reminder on your last day? Say yes or no.",
    ),
    "last_day_set": ("Done. I'll remind you on {date}, your last day, at {time}.",),
    "last_day_declined": ("Okay, no reminder. Take care of yourself today.",),
    "last_day_passed": (
        "Your last day is already here, so there's nothing left to remind you of. "
        "Well done for getting this far.",
    ),
    "last_day_no_period": (
        "There's no period running now, so there's no last day to remind you of.",
    ),
    # --- the last-day reminder, when the period changes and it cannot follow -----------------
    "last_day_not_moved": (
        "I couldn't move your last-day reminder just now, so it may still ring on {date}.",
    ),
    "last_day_not_cancelled": (
        "I couldn't cancel your last-day reminder just now, so it may still ring on {date}.",
    ),
    # --- listing and cancelling ---------------------------------------------------------------
    "reminders_none": (
        "You don't have any reminders from me. To set one, say: "
        "remind me to check in every day at 8 pm.",
    ),
    "reminders_daily": (
        "You have a check-in reminder every day at {time}. To stop it, say: cancel my reminders.",
    ),
    "reminders_last_day": (
        "You have a reminder on the last day of your period, {date}. "
        "To stop it, say: cancel my reminders.",
    ),
    "reminders_both": (
        "You have a check-in reminder every day at {time}, and one on the last day of your "
        "period, {date}. To stop them, say: cancel my reminders.",
    ),
    "reminders_none_to_cancel": ("There are no reminders from me to cancel.",),
    "reminders_cancelled": ("Done. I've cancelled your reminders from Letting Go.",),
    "reminders_cancelled_partly": (
        "I cancelled one of your reminders, but couldn't reach Alexa's reminders for the other. "
        "Please ask me again in a little while.",
    ),
    # --- permission ---------------------------------------------------------------------------
    "permission_denied": (
        "That's alright, I won't set a reminder. If you change your mind, you can allow "
        "reminders in the Alexa app. I've put a card there for you.",
    ),
    "permission_not_answered": (
        "I didn't hear an answer, so I haven't set a reminder. If you'd like one, you can allow "
        "reminders in the Alexa app. I've put a card there for you.",
    ),
    "permission_by_card": (
        "I can't ask for that permission by voice here. I've put a card in your Alexa app where "
        "you can allow reminders. Then just ask me again.",
    ),
    "permission_still_missing": (
        "I still don't have permission to set reminders, so nothing has changed. "
        "I've put a card in your Alexa app where you can allow them.",
    ),
    # --- faults -------------------------------------------------------------------------------
    "reminders_unreachable": (
        "I can't reach Alexa's reminders from here, so I haven't changed any reminders. "
        "You can try again from your Echo.",
    ),
    "reminder_no_time_zone": (
        "I don't know which time zone your device is in, so I can't set a reminder for the right "
        "time. You can set the time zone in the Alexa app, in your device's settings, "
        "and then ask me again.",
    ),
    "reminder_limit_reached": (
        "There's no room for another reminder: your account has as many as Alexa allows. "
        "You can remove some in the Alexa app, under Reminders, and then ask me again.",
    ),
    "reminder_not_allowed": (
        "Alexa won't let me manage reminders on this account or device, so nothing has changed.",
    ),
    "reminder_busy": (
        "Alexa's reminders are busy at the moment, so nothing has changed. "
        "Please try again in a minute.",
    ),
    "reminder_unavailable": (
        "I couldn't reach Alexa's reminders just now, so nothing has changed. "
        "Please try again in a little while.",
    ),
    "reminder_rejected": (
        "Alexa's reminders didn't accept that, so nothing has changed. "
        "Please try again, perhaps with another time.",
    ),
}


def clock_time(hour: int, minute: int) -> str:
    """A time of day as people say it: "8 PM", "7:30 AM", "noon", "midnight".

    Examples
    --------
    >>> clock_time(20, 0), clock_time(7, 30), clock_time(12, 0)
    ('8 PM', '7:30 AM', 'noon')
    """
    if minute == 0 and hour in (0, 12):
        return "midnight" if hour == 0 else "noon"
    suffix = "AM" if hour < 12 else "PM"
    twelve = hour % 12 or 12
    return f"{twelve} {suffix}" if minute == 0 else f"{twelve}:{minute:02d} {suffix}"
