"""What Letting Go says in the guided exercises: letting go of the past, and of the future.

The steps and their pauses are in :mod:`skill.domain.exercises.definitions`; these are the lines
they name. Each step's prompt tells the person what to say next; its reprompt, heard whenever
they go quiet or are misheard, comes in two or three phrasings that are shorter and say only
that; its help says what the step is for.
"""

from __future__ import annotations

from skill.voice.speech_en.common import MENU as _MENU

_NAVIGATION = "You can also say repeat, skip, start over, or pause."

LINES: dict[str, tuple[str, ...]] = {
    # --- around the exercises -----------------------------------------------------------------
    "exercise_name_past": ("letting go of the past",),
    "exercise_name_future": ("letting go of the future",),
    "exercise_help": ("You're on step {step} of {total} of {exercise}. {help} " + _NAVIGATION,),
    "exercise_skip": ("Okay, let's move on.", "Alright, on to the next part."),
    "exercise_start_over": ("Okay, let's begin again from the top.",),
    "exercise_paused": (
        "Okay, we'll pause here, at step {step} of {total}. I'll keep your place for a week: "
        "next time you open Letting Go, I'll offer to pick it up. Take care of yourself.",
    ),
    "exercise_home": (
        "Okay, I've kept your place at step {step} of {total}. " + _MENU + " What would you like?",
    ),
    "exercise_resume_offer": (
        "Welcome back. Last time, you were part-way through {exercise}, at step {step} of "
        "{total}. Shall we pick up where you left off?",
        "Hi again. You stopped at step {step} of {total} of {exercise}. "
        "Would you like to carry on from there?",
    ),
    "exercise_resume_reprompt": (
        "Shall we pick up where you left off? Say yes or no.",
        "Would you like to carry on from where you stopped? Say yes or no.",
    ),
    "exercise_back_offer": (
        "Shall we go back to {exercise}, at step {step} of {total}?",
        "Would you like to pick up {exercise} again, at step {step}?",
    ),
    "exercise_resumed": ("Okay, picking up at step {step} of {total}.",),
    "exercise_resume_declined": (
        "That's fine, we'll leave it. You can start an exercise fresh whenever you like: "
        "say let go of the past, or let go of the future. Or ask how many days are left. "
        "What would you like?",
    ),
    "exercise_offer": (
        "If you'd like a guided exercise, say: let go of the past, or: let go of the future. "
        "What would you like?",
    ),
    # --- breathing, spoken slowly ---------------------------------------------------------------
    "breathe_in": ("Breathe in slowly.",),
    "breathe_out": ("And let it all out.",),
    "breathe_in_again": ("Once more. In.",),
    "breathe_out_again": ("And out.",),
    # --- letting go of the past -----------------------------------------------------------------
    "past_intro": (
        "Let's let go of the past together. It takes about four minutes, "
        "and you can say pause whenever you need to.",
    ),
    "past_settle": (
        "First, let's settle. Find a comfortable spot, let your shoulders drop, "
        "and close your eyes if that feels right.",
    ),
    "past_settle_prompt": ("When you feel a little more settled, say: ready.",),
    "past_settle_reprompt": (
        "When you feel settled, say: ready.",
        "Take your time, then say: ready.",
        "No rush. When you're settled, say: ready.",
    ),
    "past_settle_help": (
        "This step is only about slowing down, with a couple of deep breaths. "
        "When you feel settled, say: ready.",
    ),
    "past_bring_to_mind": (
        "Now bring to mind one thing from your time together that still stings. "
        "Something they did, or said, or never did. You don't need to say it out loud; "
        "it stays with you.",
    ),
    "past_bring_to_mind_notice": (
        "Let it come into focus. Notice where you feel it in your body, "
        "and let it be there for a moment.",
    ),
    "past_bring_to_mind_prompt": ("When you have it in mind, say: ready.",),
    "past_bring_to_mind_reprompt": (
        "When you have one thing, say: ready.",
        "Take your time, then say: ready.",
        "Once it comes to you, say: ready.",
    ),
    "past_bring_to_mind_help": (
        "Think of one thing from the relationship that still hurts. Keep it to yourself; "
        "I never need to hear it. When you have it, say: ready.",
    ),
    "past_name_feeling": (
        "Stay with it, and notice what it stirs in you. For most people it's one of four "
        "things: resentment, jealousy, anger, or shame. Often it's a mix.",
    ),
    "past_name_feeling_prompt": (
        "Which one is closest? Say resentment, jealousy, anger or shame. "
        "If you can't tell, say: I don't know.",
    ),
    "past_name_feeling_reprompt": (
        "Which is closest: resentment, jealousy, anger or shame? Or say: I don't know.",
        "Say resentment, jealousy, anger or shame, or say: I don't know.",
        "Which feeling fits best? Say its name, or say: I don't know.",
    ),
    "past_name_feeling_help": (
        "Name the feeling that comes with it: resentment, jealousy, anger or shame. "
        "I only keep the word, never what happened. If you can't tell, say: I don't know.",
    ),
    "past_reframe_resentment": (
        "Resentment. That makes sense, and there's nothing wrong with you for feeling it. "
        "It builds up because this person matters to you; if you didn't care, their "
        "mistakes would have slid right off. It also holds every time you bit back what you "
        "wanted to say, to spare their feelings or to keep them close. So it's a sign of how deep "
        "the bond went. It doesn't need judging, only putting down.",
    ),
    "past_reframe_jealousy": (
        "Jealousy. That's a very human feeling, and nothing to be ashamed of. "
        "We only feel it over someone whose place in our life really counts. It's a measure "
        "of how much you cared, and of how often you kept that fear to yourself rather than "
        "turn it on them. You don't have to judge it. You can simply see it for what it is.",
    ),
    "past_reframe_anger": (
        "Anger. That's understandable; something hurt you. Anger like this usually means "
        "the relationship mattered a great deal. Think, too, of the times you felt it and "
        "stayed quiet, because you didn't want to wound them. That was care as well. "
        "The anger made sense then. The question is whether it still helps you now.",
    ),
    "past_reframe_shame": (
        "Shame. That's a heavy one to carry, and it takes courage to name it. Shame tends to "
        "grow out of how badly we wanted things to work, and how often we held back to keep "
        "the peace. It's a sign of caring, not a verdict on who you are. "
        "You don't have to judge yourself for it.",
    ),
    "past_reframe_unsure": (
        "That's alright; feelings are often tangled, and you don't need a label. Whatever it "
        "is, it grew because this person mattered to you, and because there were times you "
        "kept quiet to protect them and the two of you. That's a sign of how much you cared. "
        "There's no need to judge it, or yourself.",
    ),
    "past_reframe_prompt": ("When you're ready to go on, say: ready.",),
    "past_reframe_reprompt": (
        "To go on, say: ready.",
        "Whenever you're ready, say: ready.",
        "Take your time, then say: ready.",
    ),
    "past_reframe_help": (
        "This step looks at the feeling in a kinder light: it grew out of caring. "
        "When you're ready to go on, say: ready.",
    ),
    "past_perspective": (
        "Now, some perspective. Think about where things stand today. You've been through "
        "a breakup, and you're facing the chance that the two of you may not find your way "
        "back.",
    ),
    "past_perspective_compare": ("Hold the thing you brought to mind up against all of that.",),
    "past_perspective_prompt": (
        "Does it weigh as much now as it did then? You can say yes or no.",
    ),
    "past_perspective_reprompt": (
        "Does it still weigh as much? Say yes or no.",
        "Is it as heavy as it was? Say yes or no.",
        "Still as heavy as before? Say yes or no.",
    ),
    "past_perspective_help": (
        "Compare that old hurt with where you are now, after the breakup. Does it still feel "
        "as heavy? Either answer is fine. Just say yes or no.",
    ),
    "past_perspective_yes": (
        "Thank you for being honest. Some things stay heavy, and that's alright. Letting go "
        "isn't pretending it didn't matter. It's deciding not to carry it into the days ahead. "
        "You can let it go even while it still aches.",
    ),
    "past_perspective_no": (
        "That's often how it goes. Next to a breakup, a lot of old quarrels shrink. "
        "When you might lose someone, forgiving the smaller things gets easier. "
        "That lighter feeling is worth keeping.",
    ),
    "past_vow": (
        "Now for the vow. This is a conscious choice: to stop carrying this, and anything "
        "like it, whether it's resentment, jealousy, anger or shame.",
    ),
    "past_vow_set_down": ("Take a slow breath, and picture yourself setting it down.",),
    "past_vow_prompt": ("When you're ready, say: I let it go.",),
    "past_vow_reprompt": (
        "No rush. Say: I let it go.",
        "Breathe, then say: I let it go.",
    ),
    "past_vow_help": (
        "This is the moment you choose to put it down. It doesn't have to feel finished. "
        "When you're ready, say: I let it go.",
    ),
    "past_close": (
        "You let it go. Here's what that means from now on. It won't come up in an argument "
        "again, and it won't be something to throw at them when you're hurt. When you think "
        "of them, try to see them as they are today, with fresh eyes. They may not do the "
        "same straight away, and that's okay. A cycle of fighting can end because just one "
        "of you decided to be kinder.",
    ),
    "past_close_prompt": (
        "When you'd like the next part, say: let go of the future. Take care of yourself.",
    ),
    # --- letting go of the future ---------------------------------------------------------------
    "future_intro": (
        "Let's let go of the future. It takes a few minutes, and you can say pause at any time.",
    ),
    "future_notice": (
        "Now picture the future you've been imagining with them: getting back together, "
        "how the months ahead would go, how it all turns out.",
    ),
    "future_notice_replay": ("Let that picture play for a moment, without judging it.",),
    "future_notice_prompt": ("When you can see it, say: ready.",),
    "future_notice_reprompt": (
        "Once you see it, say: ready.",
        "Picture it, then say: ready.",
        "Take your time, then say: ready.",
    ),
    "future_notice_help": (
        "Just notice the future you keep imagining with them. When you can see it, say: ready.",
    ),
    "future_pressure": (
        "Hope is natural. But when it hardens into a script, it shows, even unspoken. They "
        "feel it as pressure, as if they'd been cast in a story they had no say in.",
    ),
    "future_pressure_room": ("Notice whether your picture leaves them any room to choose.",),
    "future_pressure_prompt": ("When you're ready to go on, say: ready.",),
    "future_pressure_reprompt": (
        "To go on, say: ready.",
        "Whenever you're ready, say: ready.",
        "Take your time, then say: ready.",
    ),
    "future_pressure_help": (
        "This step is about how a fixed picture of the future feels to the other person. "
        "When you're ready to go on, say: ready.",
    ),
    "future_different": (
        "Whatever happens, this is true: a next chapter between you would not be a copy of the "
        "old one. Better or worse, it will be different, in ways no one can know yet.",
    ),
    "future_different_okay": ("Let that be okay. Not knowing leaves room for something real.",),
    "future_different_prompt": ("When you've let that settle, say: ready.",),
    "future_different_reprompt": (
        "To go on, say: ready.",
        "Whenever you're ready, say: ready.",
    ),
    "future_different_help": (
        "This step is about accepting that what comes next can't be planned. "
        "When you're ready, say: ready.",
    ),
    "future_listen": (
        "So instead of steering towards the ending you've written, try being the listener. "
        "If you talk again, be curious. What have they been through? What do they want now? "
        "How have they changed?",
    ),
    "future_listen_matters": (
        "Understanding them matters more than reaching the ending you planned.",
    ),
    "future_listen_prompt": ("When that feels clear, say: ready.",),
    "future_listen_reprompt": (
        "When you're ready, say: ready.",
        "Once it's clear, say: ready.",
        "To go on, say: ready.",
    ),
    "future_listen_help": (
        "This step swaps planning for listening: what they went through, and what they want. "
        "When that feels clear, say: ready.",
    ),
    "future_vow": (
        "Now, a vow. Let go of the script. Loosen your grip, and let things unfold in their own "
        "time, the way they really do.",
    ),
    "future_vow_prompt": ("When you're ready, say: I let it go.",),
    "future_vow_reprompt": (
        "No rush. Say: I let it go.",
        "Breathe, then say: I let it go.",
    ),
    "future_vow_help": (
        "This is the moment you choose to put the script down. When you're ready, "
        "say: I let it go.",
    ),
    "future_close": (
        "You let it go. From now on, when the old script starts to play, notice it, and come "
        "back to listening. What you find may not match what you pictured, and what matters "
        "most can still be there.",
    ),
    "future_close_prompt": (
        "When the script creeps back, say: let go of the future. Take good care of yourself.",
    ),
}
