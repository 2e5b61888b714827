"""Letting Go: an Alexa skill that coaches a person through a breakup with the letting-go method."""
