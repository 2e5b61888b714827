"""What Letting Go says in any part of a conversation: help, goodbyes, fallbacks, faults."""

from __future__ import annotations

MENU = (
    "You can ask how many days are left, tell me when you feel the pull to reach out, "
    "or tell me if you were in touch."
)

LINES: dict[str, tuple[str, ...]] = {
    # --- built-ins ----------------------------------------------------------------------------
    # Help fits where the person is, and with "what else" names every capability.
    "help": (
        "I'm a coach for getting through a breakup, not a therapist. You can say: how many days "
        "left, today's check-in, or how am I doing. When the pull to reach out comes, say: I "
        "want to text them. To hear everything else, say: what else.",
    ),
    "help_no_period": (
        "I'm a coach for getting through a breakup, not a therapist. It starts with a promise "
        "of no contact: say start no contact. When the pull to reach out comes, say: I want to "
        "text them. To hear everything else, say: what else.",
    ),
    "help_more": (
        "You can say: start no contact, how many days left, today's check-in, how am I doing, "
        "I texted them, end no contact, let go of the past, let go of the future, I want to "
        "tell them something, breathe with me, remind me at 8 PM, what are my reminders, "
        "cancel my reminders, or delete my data.",
    ),
    "help_in_dialog": (
        "I'm a coach for getting through a breakup, not a therapist. "
        "To carry on from where we were: {question}",
    ),
    "goodbye": (
        "Take care of yourself. I'm here whenever you need me.",
        "Go gently today. Talk soon.",
        "Look after yourself. Come back any time.",
    ),
    "dialog_stopped": ("Okay, we'll stop there. Nothing has been set. Take care of yourself.",),
    "fallback": (
        "Sorry, I didn't get that. You can ask how many days are left, or say help. "
        "What would you like?",
        "I'm not sure I followed. Try: how many days left, or say help. What would you like?",
    ),
    "fallback_in_dialog": ("Sorry, I didn't catch that. {question}",),
    "paused": ("Okay. I'll be here whenever you want to come back.",),
    "paused_in_dialog": ("Take your time. {question}",),
    "nothing_to_repeat": ("There's nothing for me to repeat yet. What would you like?",),
    "yes_no_unexpected": ("I'm not sure what that answers. " + MENU + " What would you like?",),
    # --- faults -------------------------------------------------------------------------------
    "error": (
        "Sorry, something went wrong on my side, and nothing you've told me before was lost. "
        "Please try again in a moment.",
    ),
    "state_unreadable": (
        "I'm having trouble reading your saved progress, so I haven't changed anything. "
        "Please try again a bit later.",
    ),
    "store_conflict": (
        "That arrived at the same moment as another request of yours, and I couldn't save it. "
        "Nothing was lost. Please say it once more.",
    ),
    "store_unavailable": (
        "I couldn't reach your saved progress just now, so nothing has changed. "
        "Please try again in a moment.",
    ),
    "store_unsure": (
        "I couldn't confirm that was saved just now; it may or may not have been. "
        "In a moment, ask me for your progress and I'll tell you where things stand.",
    ),
    # A failed save after the last-day reminder had already changed at Alexa: say what did.
    "last_day_cancelled_unsaved": (
        "I couldn't save that just now, so your period is as it was, though your last-day "
        "reminder is already cancelled. Please say it again in a moment.",
    ),
    "reminders_cancelled_unsaved": (
        "Your reminders are cancelled, though I couldn't save that just now, so I may still "
        "mention them. Asking me to cancel them again will set that straight.",
    ),
    "delete_failed_reminders_gone": (
        "I couldn't delete your saved progress just now, though your reminders are already "
        "cancelled. Please ask me to delete your data again in a moment.",
    ),
    "last_day_moved_unsaved": (
        "I couldn't save that just now, so your period is as it was, though your last-day "
        "reminder has already moved to the new last day. Please say it again in a moment.",
    ),
}
