"""Screens for devices that show APL (an Echo Show): the documents, their data, and touches.

:mod:`~skill.voice.apl.documents` loads the documents shipped beside it,
:mod:`~skill.voice.apl.screens` builds each screen's data from what the speech says, and
:mod:`~skill.voice.apl.touch` answers a button's touch as the intent it names.
"""
