"""Glazen Huis core: checks drafts against the guideline for online communication
by Dutch central-government civil servants. Pure Python; never imports Qt."""

__version__ = "0.1.0"
