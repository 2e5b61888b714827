"""What Letting Go says in the daily check-in, the tip of the day, and "how am I doing?"."""

from __future__ import annotations

_ACTIVITIES = "friends, family, exercise, a hobby, a goal, rest, or something new"

LINES: dict[str, tuple[str, ...]] = {
    # --- offering and opening -----------------------------------------------------------------
    "welcome_back_checkin": (
        "Welcome back. You're on day {day} of {target}. Would you like to do today's check-in?",
        "Good to hear from you. It's day {day} of {target}. Shall we do today's check-in?",
        "Hi again. Day {day} of {target}. Would you like to check in for today?",
    ),
    "checkin_offer_reprompt": (
        "Shall we do today's check-in? Say yes or no.",
        "Would you like to check in for today? Say yes or no.",
        "Check in for today? You can say yes or no.",
    ),
    "checkin_finish_offer": (
        "Shall we finish today's check-in?",
        "Would you like to pick up today's check-in where we left it?",
    ),
    "checkin_offer_declined": (
        "Alright. You can ask how many days are left, or how you're doing. What would you like?",
    ),
    "checkin_intro": (
        "Let's do today's check-in. ",
        "Okay, today's check-in. ",
    ),
    "checkin_intro_resume": ("Let's finish today's check-in. ",),
    "checkin_intro_no_period": (
        "You haven't started a no-contact period yet, so let's just check in on you. ",
    ),
    # --- question 1: no contact ---------------------------------------------------------------
    "checkin_ask_contact": ("Have you kept no contact since your last check-in?",),
    "checkin_ask_contact_first": ("First: have you kept no contact so far?",),
    "checkin_ask_contact_reprompt": (
        "Kept no contact? Say yes or no.",
        "Stayed apart? Say yes or no.",
    ),
    "checkin_contact_kept": (
        "Good. ",
        "Well done. ",
        "Good for you. ",
    ),
    "checkin_contact_noted": ("Thanks for telling me. ",),
    "checkin_contact_already_reset": (
        "Thanks for telling me. Your count already starts from today, so there's nothing to "
        "reset. ",
    ),
    "checkin_slip_recorded": (
        "Done: today is day 1 again, and your longest run, {best}, still counts. ",
    ),
    "checkin_slip_recorded_first": ("Done: today is day 1 again. ",),
    "checkin_slip_declined": ("Okay, your count stays as it was. ",),
    # --- question 2: mood ---------------------------------------------------------------------
    "checkin_ask_mood": (
        "How are you feeling today, from one to five? One is awful, five is great.",
        "How are you today, on a scale of one to five? One is awful, five is great.",
    ),
    "checkin_ask_mood_reprompt": (
        "How are you feeling? Say a number from one to five.",
        "Say a number from one to five, or a word like low or good.",
        "From one to five, where are you today? Just say the number.",
    ),
    "checkin_mood_out_of_range": (
        "The scale only goes from one to five: one is awful, five is great. Where are you today?",
    ),
    "checkin_mood_unclear": ("Sorry, I didn't catch that. How are you feeling, from one to five?",),
    "checkin_mood_low": (
        "Thank you for being honest; hard days pass. ",
        "Thanks for telling me. Low days don't last. ",
    ),
    "checkin_mood_middle": (
        "Somewhere in the middle, then. That's alright. ",
        "Okay. A steady day counts too. ",
    ),
    "checkin_mood_high": (
        "That's good to hear. ",
        "I'm glad. ",
    ),
    # --- question 3: one thing for yourself ---------------------------------------------------
    "checkin_ask_activity": (
        "What's one thing you'll do for yourself today? Friends, family, exercise, a hobby, "
        "a goal, rest, or something new?",
    ),
    "checkin_ask_activity_reprompt": (
        "What's one thing for yourself today? Say, for example: friends, rest, or something new.",
        "What will you do for yourself today? Say something like: exercise, or a hobby.",
    ),
    "checkin_activity_unclear": (
        f"I didn't quite catch what kind of thing that is. Is it {_ACTIVITIES}?",
    ),
    "checkin_activity_other": ("Something of your own; that counts. ",),
    "checkin_suggest_friends": (
        "Here's an idea: get in touch with a friend you haven't seen in a while, and make a "
        "plan. Shall we make that your one thing today?",
    ),
    "checkin_suggest_family": (
        "Here's an idea: call someone in your family, just to hear how they are. "
        "Shall we make that your one thing today?",
    ),
    "checkin_suggest_exercise": (
        "Here's an idea: a walk, a run or a stretch, even for ten minutes. "
        "Shall we make that your one thing today?",
    ),
    "checkin_suggest_hobby": (
        "Here's an idea: give an hour to something you enjoy, just for the fun of it. "
        "Shall we make that your one thing today?",
    ),
    "checkin_suggest_goal": (
        "Here's an idea: pick a goal of your own and take one small step towards it. "
        "Shall we make that your one thing today?",
    ),
    "checkin_suggest_rest": (
        "Here's an idea: real rest, an early night or a quiet hour without your phone. "
        "Shall we make that your one thing today?",
    ),
    "checkin_suggest_something_new": (
        "Here's an idea: try something you've never done, a new place, a recipe, a class. "
        "Shall we make that your one thing today?",
    ),
    "checkin_suggest_reprompt": (
        "Shall we make that your one thing today? Say yes or no.",
        "Would you like that as your one thing today? Say yes or no.",
    ),
    "checkin_suggestion_declined": (
        "That's alright. Any small kindness to yourself counts today. ",
    ),
    "activity_ack_friends": ("Time with a friend. Good choice. ", "A friend it is. "),
    "activity_ack_family": ("Time with family. Good choice. ", "Family it is. "),
    "activity_ack_exercise": ("Moving your body. Good choice. ", "Some exercise, then. "),
    "activity_ack_hobby": ("Something you enjoy. Good choice. ", "A hobby it is. "),
    "activity_ack_goal": ("A step on a goal. Good choice. ", "A goal it is. "),
    "activity_ack_rest": ("Rest. You've earned it. ", "Rest it is. "),
    "activity_ack_something_new": ("Something new. Good choice. ", "Something new it is. "),
    # --- closing: the night, the tip of the day, the streak ----------------------------------
    "checkin_late": (
        "It's late, and nights are often the hardest. ",
        "Nights are the hardest stretch; thanks for checking in. ",
    ),
    "checkin_tip_intro": (
        "Today's tip: ",
        "Here's a thought for today: ",
        "Something for today: ",
    ),
    "checkin_streak_first": ("That was your first check-in; come back tomorrow for a streak.",),
    "checkin_streak_fresh": (
        "A fresh streak starts today.",
        "Today starts a new streak.",
    ),
    "checkin_streak": (
        "That's {days} in a row you've checked in.",
        "You've checked in {days} in a row now.",
    ),
    "checkin_no_period_offer": (" Would you like to set up your no-contact period now?",),
    "checkin_stopped": (
        "Okay, we'll leave it there. Whatever you've answered is kept, and you can finish "
        "later by saying: today's check-in.",
    ),
    # --- a second check-in the same day -------------------------------------------------------
    "checkin_already_done": (
        "You've already checked in today: you were at {mood} out of 5, and your one thing was "
        "{activity}. One check-in a day is plenty. Would you like to hear how you're doing "
        "overall?",
    ),
    "checkin_already_done_no_activity": (
        "You've already checked in today: you were at {mood} out of 5. One check-in a day is "
        "plenty. Would you like to hear how you're doing overall?",
    ),
    "checkin_already_done_brief": (
        "You've already checked in today, and one check-in a day is plenty. Would you like to "
        "hear how you're doing overall?",
    ),
    "progress_offer_reprompt": (
        "Would you like to hear how you're doing? Say yes or no.",
        "Shall I tell you how you're doing overall? Say yes or no.",
    ),
    "activity_friends": ("time with friends",),
    "activity_family": ("time with family",),
    "activity_exercise": ("some exercise",),
    "activity_hobby": ("a hobby",),
    "activity_goal": ("a step on a goal",),
    "activity_rest": ("rest",),
    "activity_something_new": ("something new",),
    "activity_other": ("something of your own",),
    # --- progress: "how am I doing?" ----------------------------------------------------------
    "progress_day": ("You're on day {day} of {target}, with {left} to go. ",),
    "progress_complete": ("You finished your {target} without contact. ",),
    "progress_no_period": ("You don't have a no-contact period running right now. ",),
    "progress_streak": ("You've checked in {days} in a row; your best is {longest}. ",),
    "progress_streak_best": ("You've checked in {days} in a row, your best yet. ",),
    "progress_streak_begun": ("Your check-in streak has just begun. ",),
    "progress_streak_one": ("Your check-in streak is starting again; your best is {longest}. ",),
    "progress_streak_ended": (
        "Your best check-in streak is {longest}; a new one can start today. ",
    ),
    "progress_no_checkins": ("You haven't done a check-in yet. ",),
    "progress_mood_rising": (
        "Over {checkins}, your mood has been rising, averaging {average} out of 5. ",
    ),
    "progress_mood_steady": (
        "Over {checkins}, your mood has held steady, averaging {average} out of 5. ",
    ),
    "progress_mood_falling": (
        "Over {checkins}, your mood has been falling, averaging {average} out of 5. Go gently. ",
    ),
    "progress_mood_single": ("At your last check-in, your mood was {average} out of 5. ",),
    # The tally, as people say counts: "no urges yet", "one exercise done", never "0 urges".
    "progress_tally": ("{urges}, {exercises}, and {slips}.",),
    "tally_urges": ("{count} let pass",),
    "tally_no_urges": ("no urges yet",),
    "tally_exercises": ("{count} done",),
    "tally_no_exercises": ("no exercises yet",),
    "tally_slips": ("{count}",),
    "tally_no_slips": ("no slips",),
    "progress_exercises": ("You've completed {exercises}.",),
    "progress_no_exercises": ("No exercises yet.",),
    "progress_offer_start": (" Would you like to start a no-contact period?",),
    # --- the tips: one idea each, in our own words --------------------------------------------
    "tip_all_in": (
        "Half-measures keep the wound open. No quick check-ins, no one-word replies: the space "
        "only works when it's whole.",
    ),
    "tip_mute_not_watch": (
        "If their profile keeps pulling you in, mute it for now. Watching from a distance keeps "
        "you in the waiting room.",
    ),
    "tip_lean_on_people": (
        "Tell one person you trust what you're doing. Someone in your corner makes the hard "
        "evenings lighter.",
    ),
    "tip_plan_tomorrow": (
        "Plan one small thing for tomorrow that you'll enjoy. A day with something in it is "
        "easier to live than an empty one.",
    ),
    "tip_phone_away": (
        "When the pull is strongest, put your phone in another room for twenty minutes. "
        "The wave rises, and then it falls.",
    ),
    "tip_space_is_kind": (
        "Space isn't giving up. It lets the good memories you share stay good, instead of "
        "being written over by hard new ones.",
    ),
    "tip_when_they_reach_out": (
        "If they reach out without wanting a future together, you can hold your line. A kind "
        "silence resets more than a half-open door.",
    ),
    "tip_new_memories": (
        "Make a memory this week that has nothing to do with them. Later, you'll have new "
        "stories to share instead of old wishes.",
    ),
    "tip_step_on_a_goal": (
        "Pick a goal that's yours alone, and take one step on it today, however small.",
    ),
    "tip_fun_counts": (
        "Fun is part of the work. An evening laughing with friends does more for you now than "
        "another hour of going over it all.",
    ),
    "tip_not_a_countdown": (
        "Try not to tick days off the calendar. Fill them instead, and the time takes care of "
        "itself.",
    ),
    "tip_move_your_body": (
        "A walk, a swim, a stretch: moving your body is one of the quickest ways to quiet a "
        "busy mind.",
    ),
    "tip_resentment_is_care": (
        "Don't judge yourself for resentment that lingers. It often shows how much you cared, "
        "and how often you kept quiet for peace.",
    ),
    "tip_name_it": (
        "Name one old hurt you're still carrying. You don't have to solve it today; noticing "
        "it is the first step to setting it down.",
    ),
    "tip_perspective": (
        "Think of an old argument that felt huge at the time. After everything since, notice "
        "how much lighter it weighs now.",
    ),
    "tip_weapon_down": (
        "Old hurts make poor weapons. Decide that past mistakes won't be brought into future "
        "arguments.",
    ),
    "tip_fresh_eyes": (
        "Try to picture them as a whole person, not as the sum of every fight. Fresh eyes help "
        "you as much as them.",
    ),
    "tip_different_not_same": (
        "Whatever comes next won't be a copy of before. It may be better or worse, but it will "
        "be new, and that's alright.",
    ),
    "tip_drop_the_script": (
        "Notice any story in your head about exactly how things will go. Gripping it puts "
        "pressure on both of you, so hold it loosely.",
    ),
    "tip_listen_first": (
        "If you do talk again one day, go in curious rather than certain. Ask about their side "
        "of things, and really hear the answer.",
    ),
    "tip_no_pressure": (
        "People can sense when someone needs one particular outcome. The less you grip, the "
        "more room there is for something real.",
    ),
    "tip_own_values": (
        "Never trade away your own values to win a connection. Anything worth having won't ask "
        "that of you.",
    ),
    "tip_keep_living": (
        "Keep the habits you've built lately. They aren't a way to pass the time; they're your "
        "life.",
    ),
    "tip_unfold": (
        "Let things unfold at their own pace. You can't write both halves of the story, and "
        "you don't have to.",
    ),
    "tip_respect_breaks_cycles": (
        "A cycle of conflict often ends when one person simply chooses more respect. You can "
        "be that person, whatever they choose.",
    ),
    "tip_bring_who_you_became": (
        "You spent this time growing rather than waiting. Bring that person into whatever "
        "comes next.",
    ),
    "tip_be_gentle": (
        "Go easy on yourself today. Healing doesn't move in a straight line, and a hard day "
        "doesn't undo the good ones.",
    ),
    "tip_sleep_matters": (
        "Sleep is part of healing. If nights are rough, leave the phone outside the bedroom "
        "and let the day end.",
    ),
    "tip_kindness_outward": (
        "Do one kind thing for someone else today. Stepping outside your own head, even "
        "briefly, helps.",
    ),
    "tip_feelings_pass": (
        "A feeling is a visitor, not a verdict. Let it arrive, notice it, and let it move on.",
    ),
    "tip_get_outside": (
        "Spend a few minutes outdoors today. Daylight and fresh air change how a day feels.",
    ),
    "tip_write_not_send": (
        "If words for them keep building up, write them down and don't send them. Getting "
        "them out of your head is what counts.",
    ),
    "tip_ask_for_help": (
        "If things feel too heavy, talk to someone you trust, or to a professional. Asking for "
        "help is a strong thing to do.",
    ),
}
