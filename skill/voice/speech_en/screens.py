"""What an Echo Show displays: short lines for the screens, read at a glance from across a room.

A screen holds only the skill's own words and numbers: never the other person, never anything
the person said. Buttons name what they do, in the words a person would say.
"""

from __future__ import annotations

LINES: dict[str, tuple[str, ...]] = {
    "screen_title": ("Letting Go",),
    # --- home: the launch and days left -----------------------------------------------------------
    "screen_day_of": ("Day {day} of {target}",),
    "screen_days_to_go_one": ("day to go",),
    "screen_days_to_go": ("days to go",),
    "screen_phase_first_days": ("The first days. Go gently.",),
    "screen_phase_middle": ("These days are yours to live.",),
    "screen_phase_last_days": ("The last stretch, lived well.",),
    "screen_phase_complete": ("You made it. Well done.",),
    "screen_welcome": ("A quiet place to begin again.",),
    # --- buttons
    "screen_button_start": ("Start no contact",),
    "screen_button_checkin": ("Check in",),
    "screen_button_past": ("Let go of the past",),
    "screen_button_future": ("Let go of the future",),
    "screen_button_progress": ("How am I doing?",),
    "screen_button_ready": ("Ready",),
    "screen_button_repeat": ("Repeat",),
    "screen_button_pause": ("Pause",),
    "screen_button_yes": ("Yes",),
    "screen_button_no": ("No",),
    "screen_button_let_it_go": ("I let it go",),
    "screen_button_delete": ("Yes, delete it all",),
    "screen_button_keep": ("No, keep it",),
    "screen_feeling_resentment": ("Resentment",),
    "screen_feeling_jealousy": ("Jealousy",),
    "screen_feeling_anger": ("Anger",),
    "screen_feeling_shame": ("Shame",),
    "screen_feeling_unsure": ("Not sure",),
    # --- the check-in -----------------------------------------------------------------------------
    "screen_checkin_title": ("Today's check-in",),
    "screen_checkin_mood": ("Mood today",),
    "screen_mood_of": ("{mood} of 5",),
    "screen_checkin_streak": ("Check-in streak",),
    "screen_checkin_tip": ("Today's tip",),
    "screen_checkin_moods": ("Recent moods",),
    # --- progress
    "screen_progress_title": ("How you're doing",),
    "screen_no_period": ("No period running",),
    "screen_streak_longest": ("longest {days}",),
    "screen_mood_average": ("Mood, on average",),
    "screen_mood_none": ("No moods yet",),
    "screen_trend_rising": ("rising",),
    "screen_trend_steady": ("steady",),
    "screen_trend_falling": ("falling",),
    "screen_tally_urges": ("Urges let pass",),
    "screen_tally_exercises": ("Exercises done",),
    "screen_tally_slips": ("Slips",),
    # --- the exercises: each step in a few calm words ---------------------------------------------
    "screen_step_of": ("Step {step} of {total}",),
    "screen_done": ("Done",),
    "screen_breathe": ("Breathe in as the circle grows, out as it settles.",),
    "screen_step_past_settle": ("Settle in. Slow, easy breaths.",),
    "screen_step_past_bring_to_mind": ("Bring one thing to mind. No need to say it.",),
    "screen_step_past_name_feeling": ("What does it stir up?",),
    "screen_step_past_reframe": ("It shows how much you cared.",),
    "screen_step_past_perspective": ("Does it weigh as much now?",),
    "screen_step_past_vow": ("When you're ready, set it down.",),
    "screen_step_past_close": ("You let it go. It can stay gone.",),
    "screen_step_future_notice": ("Notice the future you pictured.",),
    "screen_step_future_pressure": ("Feel the weight of that script.",),
    "screen_step_future_different": ("What comes next will be different.",),
    "screen_step_future_listen": ("Listen first. Let it unfold.",),
    "screen_step_future_vow": ("When you're ready, let it go.",),
    "screen_step_future_close": ("Room to breathe, and room to listen.",),
    # --- crisis and deleting
    "screen_crisis_title": ("You don't have to carry this alone",),
    "screen_crisis_how": ("{how} {name}",),
    "screen_crisis_always": ("Free, any time, day or night.",),
    "screen_crisis_emergency": ("In danger right now? Call {emergency}.",),
    "screen_delete_title": ("Delete your data?",),
    "screen_delete_body": ("Your periods, check-ins and reminders go for good.",),
}
