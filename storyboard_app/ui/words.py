"""Counted nouns in the window's text: "1 shot", "2 shots", never "1 shots"."""

from __future__ import annotations


def count(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and the noun, singular for exactly one: ``count(1, "shot")`` → "1 shot"."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
