"""Recognizer: a bare «المملكة»: the article's focus state when that state is a kingdom."""

from __future__ import annotations

from kg.doc import RawMention
from kg.extract.recognizers.shared import _KINGDOM
from kg.lexicon import clitic_variants


class Kingdom:
    """Mixin of kg.extract.mentions.MentionFinder (its tokens, keys, gazetteer and shared name readers)."""

    def _kingdom(self, i: int, end: int) -> list[RawMention] | None:
        """"المملكة" alone is the article's own kingdom: the state the article is about, when that state's name is a
        kingdom's ("المملكة العربية السعودية") and no other kingdom is named (Morocco's condolences to Saudi Arabia
        would make both "the kingdom"); elsewhere it stays a common noun."""
        if not self._kingdom_focus:  # MentionFinder.__init__: the focus is a kingdom, no other kingdom named
            return None
        for prefix, stem in clitic_variants(self.keys[i]):
            if stem == _KINGDOM:
                return [RawMention(i, i + 1, self._span(i, i + 1), "State", "gazetteer", key=self.focus,
                                   prefix=prefix)]
        return None
