"""The pull to reach out: a grounding moment that fits the hour, and what comes after it.

Each grounding is a breath and one thing to do instead, under 45 seconds with the count and the
choice that follow. At night the things to do are night things. An urge that comes back within
the hour hears a shorter path that says so. An unsent message is heard and never repeated.
"""

from __future__ import annotations

_IN = '<prosody rate="slow">'
_OUT = "</prosody>"

LINES: dict[str, tuple[str, ...]] = {
    # --- the grounding moment (one is chosen in turn, so each urge hears the next) -------------
    "urge_day": (
        'I\'m glad you came here first. <break time="1s"/> Reaching out now pushes them further '
        'off; the space makes a fresh start. <break time="1s"/> '
        f'{_IN}Breathe in with me. <break time="4s"/> And out.{_OUT} <break time="3s"/> '
        "Then walk for a bit, or call a friend.",
        'Thank you for telling me, not them. <break time="1s"/> The distance is what gives you '
        'both room to start over. <break time="1s"/> '
        f'{_IN}Breathe in. <break time="4s"/> And let it go.{_OUT} <break time="3s"/> '
        "Then pick one small thing that's just for you.",
        'That pull is strong, and you\'re still here. <break time="1s"/> Staying apart is what '
        'lets them see you fresh, later on. <break time="1s"/> '
        f'{_IN}Slow breath in. <break time="4s"/> And out.{_OUT} <break time="3s"/> '
        "Then put the phone down and step outside.",
    ),
    "urge_night": (
        'Nights make the pull loudest; it passes. <break time="1s"/> A message now only pushes '
        'them further off. <break time="1s"/> '
        f'{_IN}Breathe in. <break time="4s"/> And out.{_OUT} <break time="3s"/> '
        "Then write it down for morning, have some water, and turn off the lights.",
        'I\'m glad you told me, not them. <break time="1s"/> At this hour everything feels '
        'urgent; by morning it won\'t. <break time="1s"/> '
        f'{_IN}Slow breath in. <break time="4s"/> And out.{_OUT} <break time="3s"/> '
        "If you need someone, write a friend a message for tomorrow.",
        'You paused, and that matters. <break time="1s"/> Something sent tonight keeps you their '
        'ex, not a fresh start. <break time="1s"/> '
        f'{_IN}Breathe in. <break time="4s"/> And out.{_OUT} <break time="3s"/> '
        "Put the phone across the room, and let the lights go down.",
    ),
    "urge_again": (
        'It came back. That happens, and you\'re handling it. <break time="1s"/> '
        f'{_IN}One breath. <break time="4s"/> Out.{_OUT} <break time="2s"/> '
        "It will fade again.",
        'The pull\'s back, and again you came here instead. <break time="1s"/> '
        f'{_IN}In. <break time="4s"/> And out.{_OUT} <break time="2s"/> '
        "Each wave is a little smaller.",
        'Back again, and still you haven\'t acted on it. <break time="1s"/> '
        f'{_IN}Breathe in. <break time="4s"/> And let it go.{_OUT} <break time="2s"/> '
        "It passes faster each time.",
    ),
    "urge_counted": (
        "That's {urges} you've let pass.",
        "You've now let {urges} pass.",
        "That makes {urges} you've let go by.",
    ),
    "urge_no_period": ("To make it a promise, say: start no contact.",),
    "urge_choice": (
        "Would you like another breath, to tell them something, to let go of the past, or goodbye?",
        "What now: one more breath, tell them something, let go of the past, or goodbye?",
        "You can say: breathe, tell them something, let go of the past, or goodbye.",
    ),
    "urge_choice_reprompt": (
        "Say breathe, tell them something, let go of the past, or goodbye.",
        "Say which: breathe, tell them something, let go of the past, or goodbye.",
    ),
    "urge_choice_which": (
        "Which one? Say breathe, tell them something, let go of the past, or goodbye.",
    ),
    # --- one more breath --------------------------------------------------------------------
    "breathe": (
        f'Let\'s breathe. {_IN}In, slowly. <break time="4s"/> Hold it. <break time="2s"/> '
        f'And let it all go.{_OUT} <break time="4s"/>',
        f'Here\'s one more. {_IN}Breathe in. <break time="4s"/> And out, longer than '
        f'the in.{_OUT} <break time="4s"/>',
        f'{_IN}In through your nose. <break time="4s"/> And out through your mouth.{_OUT} '
        '<break time="4s"/>',
    ),
    "breathe_after": (
        "Another breath, say what you'd tell them, or goodbye?",
        "You can say: breathe, tell them something, or goodbye.",
    ),
    "breathe_after_reprompt": (
        "Say breathe, tell them something, or goodbye.",
        "Say breathe again, or goodbye.",
    ),
    # --- the unsent message: heard, not kept ------------------------------------------------
    "unsent_invite": (
        "Go ahead, say it as if they could hear you. I'm listening, and I won't send it or "
        "keep it.",
        "Say it the way you'd say it to them. It stays here, unsent, and I won't keep a word.",
    ),
    "unsent_invite_reprompt": (
        "Whenever you're ready, say what you'd tell them.",
        "I'm still listening. Say what you'd tell them.",
    ),
    "unsent_heard": (
        "Thank you for saying it out loud; it's said now, and it can go.",
        "That's out of you now, and it went nowhere else.",
        "It took something to say that, and now you can set it down.",
    ),
    "unsent_after": (
        "Would you like a slow breath, or shall we leave it there? Say breathe, or goodbye.",
        "Say breathe for one slow breath, or goodbye to rest here.",
    ),
    "unsent_after_reprompt": ("Say breathe, or goodbye.", "Say breathe for a breath, or goodbye."),
}
