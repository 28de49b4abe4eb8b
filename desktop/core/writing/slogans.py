"""Catchphrase candidates built from slogan forms and the person's own words, not from a filler template.

The built-in model is too small to write a usable Korean slogan, and a template
such as 'X을 담은 Y' makes fillers ('뼈 없는을 담은 …'). So PR Studio writes
candidates the way a copywriter drafts them: a handful of forms (대구, 반복,
명사형 마무리, 3–4 어절 리듬, 제안형, a signature; in English imperative,
'X, not Y', 'Made for …', alliteration, '<Product>. <Keyword>.') filled with the
person's keywords, tone and style and the company's own name, products, verbs
and facts (``korean_slogans``, ``english_slogans``).

Every candidate kept here fits ``max_length``, claims nothing the sources do not
(``slogan_brief.may_say``) and is said once; choosing the best and most
different of them is ``slogan_ranking``'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.writing import english_slogans, korean_slogans
from desktop.core.writing.english_slogans import english_forms
from desktop.core.writing.korean_palette import KoreanPalette
from desktop.core.writing.korean_slogans import korean_forms
from desktop.core.writing.slogan_brief import Slogan, SloganBrief, may_say
from desktop.core.writing.slogan_ranking import Rated, choose, preferences, priors

#: Frames a model's candidate can be seen to use, so the list still has each frame once.
_MODEL_FRAMES = {
    "담은": re.compile(r"(을|를) 담은 "),
    "위한": re.compile(r"(을|를) 위한 "),
    "대구-방식": re.compile(r"^\S+[은는] \S+게, \S+[은는] \S+게$"),
    "made-for": re.compile(r"^made for ", re.IGNORECASE),
}


@dataclass
class SloganSet:
    """The candidates the forms made, and the frames that made none that fits (for saying why fewer)."""

    slogans: list[Slogan] = field(default_factory=list)
    #: Frames whose every wording was longer than ``max_length``.
    too_long: set[str] = field(default_factory=set)

    @property
    def frames(self) -> list[str]:
        return list(dict.fromkeys(slogan.frame for slogan in self.slogans))


def build_slogans(brief: SloganBrief) -> SloganSet:
    """Every candidate the forms make that fits and may be said, each text once, in the forms' order."""
    if brief.language == "en":
        made = english_forms(brief)
    else:
        made = korean_forms(KoreanPalette.of(brief))
    found = SloganSet()
    seen: set[str] = set()
    for frame, text in made:
        key = _letters(text)
        if key in seen or not text or not may_say(text, brief):
            continue
        seen.add(key)
        if brief.fits(text):
            found.slogans.append(Slogan(text, frame))
        else:
            found.too_long.add(frame)
    found.too_long -= set(found.frames)
    return found


def slogan_list(brief: SloganBrief) -> list[str]:
    """The list without the model: the forms' candidates in the forms' order of preference and Kiwi's, each frame
    once, no near-duplicates. It is the catchphrase part built from the facts (``parts/candidates.md.j2``)."""
    made = build_slogans(brief).slogans
    liked = preferences(made, frame_order(brief.language))
    prior = priors(made, brief.language)
    rated = [Rated(slogan, None, prior[i], liked[i]) for i, slogan in enumerate(made)]
    return [item.slogan.text for item in choose(rated, brief.count)]


def frame_order(language: str) -> list[str]:
    """The forms of a language, a copywriter's favourites first."""
    return list(english_slogans.FORMS if language == "en" else korean_slogans.FORMS)


def frame_of(text: str, index: int) -> str:
    """The frame a model's candidate uses: a known one ('담은') or its own."""
    return next((frame for frame, shape in _MODEL_FRAMES.items() if shape.search(text)), f"model-{index}")


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())
