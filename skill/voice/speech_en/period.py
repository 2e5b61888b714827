"""What Letting Go says about the no-contact period: starting, days left, slips, urges, ending."""

from __future__ import annotations

from skill.voice.speech_en.common import MENU as _MENU

LINES: dict[str, tuple[str, ...]] = {
    # --- welcome ------------------------------------------------------------------------------
    "welcome_new": (
        "Hi, I'm Letting Go. I'm here to help you through a breakup, one day at a time. "
        "It starts with a promise to yourself: a stretch of real no contact, "
        "spent living your own life instead of waiting. "
        "I'm a coach, not a therapist. Shall we set up your no-contact period? "
        "You can say yes or no.",
    ),
    "welcome_new_reprompt": (
        "Begin your period? Say yes or no.",
        "Shall we begin? Say yes or no.",
    ),
    "welcome_back_active": (
        "Welcome back. You're on day {day} of {target}. " + _MENU + " What would you like?",
        "Good to hear from you. It's day {day} of {target}. " + _MENU + " What would you like?",
        "Hi again. Day {day} of {target}, and you're still going. "
        + _MENU
        + " What would you like?",
    ),
    "welcome_back_complete": (
        "Welcome back. You finished your {target} without contact, and that took real strength. "
        "If you'd like to begin a new period, say: start no contact. What would you like?",
    ),
    "welcome_back_idle": (
        "Welcome back. There's no period running at the moment. Would you like to start a new one?",
    ),
    "menu_reprompt": (
        "You can say: how many days left, or help. What would you like?",
        "What would you like? You can say help to hear your options.",
    ),
    "offer_declined": (
        "That's alright. Whenever you're ready, just say: start no contact. Take care of yourself.",
    ),
    # --- starting a period --------------------------------------------------------------------
    "start_already_active": (
        "You're already on day {day} of {target}. Starting over would set your count back to "
        "the beginning. Do you want a new period from scratch?",
    ),
    "restart_declined": ("Good. Your period carries on: day {day} of {target}.",),
    "ask_last_contact": (
        "Let's set it up. When were you last in touch with them? A text counts, and so does "
        "a call. You can say today, yesterday, or a date.",
    ),
    "ask_last_contact_reprompt": (
        "When was your last contact? For example, say: yesterday.",
        "When were you last in touch? Say today, yesterday, or a date.",
        "Say the day you were last in touch, like: last Friday.",
    ),
    "last_contact_unclear": (
        "I need one particular day for that. When were you last in touch? "
        "For example: last Friday.",
    ),
    "last_contact_future": (
        "That day hasn't come yet. When were you last in touch? "
        "Today, yesterday, or a date that has passed.",
    ),
    "ask_relationship_length": (
        "And how long were you together? Something like: eight months, or two years.",
    ),
    "ask_relationship_length_reprompt": (
        "How long were you together? Say something like: two years.",
        "Say how long you were together, like: six months.",
        "How long did the relationship last? For example, say: a year.",
    ),
    "relationship_length_unclear": (
        "I didn't catch a length of time. How long were you together? For example: six weeks.",
    ),
    "ask_target_days": (
        "A period can be anywhere from 7 to 180 days. How many days would you like?",
    ),
    "ask_target_days_reprompt": (
        "How many days, between 7 and 180? Say a number.",
        "Say a number of days, from 7 to 180.",
    ),
    "confirm_long_ago": (
        "That was {ago} ago, which is longer than a {target} period. If that's right, "
        "you've already come through the hardest stretch. Is that date right?",
    ),
    "confirm_long_ago_reprompt": (
        "Is that date right? Say yes or no.",
        "Did I get that date right? Say yes or no.",
    ),
    "short_relationship_note": (
        "Since you were together for less than three months, two weeks is enough. ",
    ),
    "commitment": (
        "{note}Here's the commitment: {target} of no contact, counted from {when}. "
        "No texts, no calls, not even a one-word reply. "
        "And those days are for your own life: people you love, things you enjoy, "
        "goals of your own. Are you in?",
    ),
    "commitment_reprompt": (
        "Are you ready to commit? Say yes or no.",
        "Will you make this promise to yourself? Say yes or no.",
        "Are you in? You can say yes or no.",
    ),
    "committed": (
        "It's set. Today is day {day} of {target}. "
        "Ask me how many days are left whenever you like, and tell me when an urge hits. "
        "Now go and do one kind thing for yourself today.",
    ),
    "committed_already_complete": (
        "It's set, and by that count you've already gone {elapsed} without contact, "
        "more than your {target}. That's a real achievement. "
        "The next step is letting go of the future you had pictured: whatever comes next "
        "will be different from before, and that's alright.",
    ),
    "commitment_declined": (
        "That's okay. Nothing has been set. It works best when you're all in, so whenever "
        "you're ready, say: start no contact.",
    ),
    "length_changed": ("Done. Your period is now {target}, and you're on day {day}.",),
    "length_out_of_range": ("A period can be from 7 to 180 days. How many days would you like?",),
    "length_no_period": (
        "There's no period running yet. Say: start no contact, and we'll set one up together.",
    ),
    # --- days left, by phase ------------------------------------------------------------------
    "days_left_first_days": (
        "Day {day} of {target}, with {left} to go. The first days ask the most of you, "
        "and you're doing them. Plan one thing today that's just for you.",
        "You're on day {day} of {target}: {left} to go. Early on, it helps to lean on the "
        "people who care about you. Think of someone you could see or call today.",
    ),
    "days_left_middle": (
        "{left} to go: you're on day {day} of {target}. This stretch is for living, "
        "not waiting. Give yourself something to look forward to this week.",
        "Day {day} of {target}, {left} left. Fill them with people, plans and small wins "
        "rather than watching the calendar. Pick a goal and take one step on it today.",
        "You're on day {day} of {target}. {left} remain, and they belong to you. "
        "Maybe this is the week for something new you've been meaning to try.",
    ),
    "days_left_last_days": (
        "Just {left} left: day {day} of {target}. Keep living the way you have been; "
        "these days are still yours, not a countdown.",
        "Day {day} of {target}, with {left} to go. You've built a lot of new days of your own. "
        "Keep adding to them.",
    ),
    "days_left_complete": (
        "You've done it: {target_days} without contact. Before anything else, take a moment for "
        "the next part: letting go of the future you'd scripted. Whatever happens between "
        "you now will be different from before, in ways no one can predict.",
    ),
    "no_period": ("You haven't started a no-contact period yet. Would you like to start one now?",),
    "period_ended": ("Your last period ended on day {day}. Would you like to start a new one?",),
    # --- slips --------------------------------------------------------------------------------
    "slip_when_unclear": (
        "I didn't catch which day that was. When were you in touch? Today, yesterday, or a date.",
    ),
    "slip_when_future": (
        "That day hasn't come yet. When were you in touch? Today, yesterday, or a date that has "
        "passed.",
    ),
    "slip_when_reprompt": (
        "Which day was it? Say today, yesterday, or a date.",
        "When was it? Say today, yesterday, or a day like last Friday.",
    ),
    "slip_before_start": (
        "That was before your count began, on {start}, so your count still stands. "
        "Thank you for being honest with yourself.",
    ),
    "slip_confirm": (
        "Thanks for telling me. That happens, and it doesn't erase what you've built. "
        "Shall we start your {target} again from {when}?",
    ),
    "slip_confirm_reprompt": (
        "Shall we start your count again? Say yes or no.",
        "Would you like to begin your count again? Say yes or no.",
    ),
    "slip_recorded": (
        "Done. {when} is day 1 again, of {target}. Your longest run, {best}, "
        "still counts, and no one can take it away. For now, just look after today.",
    ),
    "slip_recorded_first": (
        "Done. {when} is day 1 again, of {target}. The count is only a tool; "
        "what matters is what you do with the days. For now, just look after today.",
    ),
    "slip_declined": ("Okay. I've left your count as it was: day {day} of {target}.",),
    "slip_after_complete": (
        "Thanks for telling me. You'd already finished your {target}, so there's nothing to "
        "reset. If you're back in touch, go gently: listen more than you plan.",
    ),
    "slip_no_period": (
        "Thanks for telling me. There's no period running right now, so there's nothing to "
        "reset. Would you like to start one?",
    ),
    # --- ending -------------------------------------------------------------------------------
    "end_confirm": ("You'd like to end your no-contact period, on day {day} of {target}?",),
    "end_confirm_reprompt": (
        "Shall I end your period? Say yes or no.",
        "Do you want to end your no-contact period? Say yes or no.",
    ),
    "end_done": (
        "Alright, it's ended, and everything you did is kept: your longest run was {best}. "
        "If you're back in touch, go gently. Listen more than you plan, and let things "
        "unfold in their own way.",
    ),
    "end_declined": ("Okay, your period carries on: day {day} of {target}.",),
    "end_no_period": (
        "There's no period running right now, so there's nothing to end. "
        "To begin one, say: start no contact.",
    ),
}
