"""What Letting Go says when a person asks it to delete what it keeps about them."""

from __future__ import annotations

LINES: dict[str, tuple[str, ...]] = {
    "delete_confirm": (
        "This deletes everything I keep about you: your period, your history, and your "
        "reminders from me. It can't be undone. Shall I delete it all? You can say yes or no.",
    ),
    "delete_confirm_reprompt": ("Shall I delete everything I keep about you? Say yes or no.",),
    "delete_declined": ("Okay, I haven't deleted anything.",),
    "data_deleted": (
        "Done. Everything I kept about you is deleted. If you come back, we'll start fresh. "
        "Take care of yourself.",
    ),
    "data_deleted_with_reminders": (
        "Done. Everything I kept about you is deleted, and so are your reminders from me. "
        "If you come back, we'll start fresh. Take care of yourself.",
    ),
    "data_deleted_reminders_left": (
        "Done. Everything I kept about you is deleted. I couldn't remove your reminders from me, "
        "though. You can delete them in the Alexa app, under Reminders. Take care of yourself.",
    ),
}
