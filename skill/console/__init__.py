"""The local console's language understanding: typed text resolved against the interaction model."""
