"""What every template sees: the facts, the answers, and the few functions that write Korean and English.

Prompt templates and fact templates render in the same sandboxed Jinja2
environment with the same names, so a part reads the same whether it is
asked of a model or built from the facts. The functions are small and named
for what a writer does ("josa", "statement", "reported", "headline"); the
Korean ones go through Kiwi (``grammar.py``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.core.legal_duties import legal_duty
from desktop.core.lengths import release_length
from desktop.core.parts import grammar, wording
from desktop.core.parts.clean import sentences
from desktop.core.parts.policies import people_in, place_policies, placement_notes, policies_for
from desktop.core.placeholders import placeholder
from desktop.core.profile import CompanyProfile
from desktop.core.writing.slogan_brief import SloganBrief
from desktop.core.writing.slogans import slogan_list


def fence(text: Any) -> str:
    """Keep data inside its block: a fact cannot close the fence and speak as an instruction."""
    return str(text).replace("<<<", "«").replace(">>>", "»")


def company_names(profile: CompanyProfile) -> list[str]:
    """Every way the documents write the company's name (Korean, English)."""
    return [name for name in (profile.company.name, profile.company.name_en) if name]


def template_context(profile: CompanyProfile, answers: dict[str, Any], language: str) -> dict[str, Any]:
    """Names and functions shared by prompt templates and fact templates."""
    company = profile.company
    name = (company.name_en or company.name) if language == "en" else company.name
    context: dict[str, Any] = {
        "company": company,
        "brand": profile.brand,
        "products": profile.products,
        "contact": profile.contact,
        "facts": [fact.text for fact in profile.facts],
        "answers": answers,
        "lang": language,
        "today": dt.date.today().isoformat(),
        "name": name,
        "names": company_names(profile),
        "ph": lambda label: placeholder(label, language),
        "fence": fence,
        "sentences": lambda text: sentences(str(text), language),
        **_writing_functions(),
        **_press_furniture(profile, answers, language, name),
        **_manual_helpers(answers, language),
        **_crisis_helpers(profile, answers, language),
        "slogans": lambda: slogan_list(SloganBrief.from_inputs(profile, answers, language)),
        "legal_duty": lambda scenario: legal_duty(str(scenario), language),
    }
    return context


def _writing_functions() -> dict[str, Any]:
    return {
        "korean_date": wording.korean_date,
        "english_date": wording.english_date,
        "day_of_month": wording.day_of_month,
        "josa": grammar.josa,
        "particle": grammar.particle,
        "plain": grammar.plain,
        "reported": grammar.reported,
        "statement": grammar.statement,
        "quote_close": grammar.quote_close,
        "without_subject": grammar.without_subject,
        "is_sentence": grammar.is_sentence,
        "headline": grammar.headline,
        "en_sentence": wording.en_sentence,
        "en_headline": wording.en_headline,
        "en_announced": wording.en_announced,
        "en_quote": wording.en_quote,
        "copula": grammar.copula,
        "dateline_city": wording.dateline_city,
        "split_speaker": wording.split_speaker,
    }


def _press_furniture(profile: CompanyProfile, answers: dict[str, Any], language: str, name: str) -> dict[str, Any]:
    """The dateline and the quoted speaker, which several parts (and their checks) share."""
    place = str(answers.get("location") or profile.company.headquarters or "")
    city = wording.dateline_city(place, language) if place else ""
    city = city or placeholder("Dateline city" if language == "en" else "발표 지역", language)
    date = str(answers.get("date") or "")
    when = wording.english_date(date) if language == "en" else wording.korean_date(date)
    ceo = profile.company.ceo
    if answers.get("quote_speaker"):
        speaker = str(answers["quote_speaker"])
    elif ceo:
        speaker = f"{ceo}, CEO" if language == "en" else f"{ceo} 대표"
    else:
        speaker = placeholder("Quoted person" if language == "en" else "인용할 사람", language)
    low, high = release_length(answers)
    return {
        "city": city,
        "dateline": f"{city}, {when} —" if when else f"{city} —",
        #: The chosen length, for a capable model's asks: '1,200~2,500자' / '1,200–2,500 characters'.
        "body_length": f"{low:,}–{high:,} characters" if language == "en" else f"{low:,}~{high:,}자",
        "speaker": speaker,
        "speaker_name": wording.split_speaker(speaker)[0],
        "speaker_title": wording.split_speaker(speaker)[1],
    }


def _manual_helpers(answers: dict[str, Any], language: str) -> dict[str, Any]:
    chapters = [str(c) for c in answers.get("chapters") or []]
    rules = [str(p) for p in answers.get("policies") or []]
    placements = place_policies(chapters, rules, language)
    return {
        "policies_for": lambda chapter: policies_for(chapter, chapters, rules, language),
        "placement_of": {p.policy: p.chapter for p in placements},
        "placed_by_default": [p.policy for p in placements if p.by_default],
        "placement_notes": placement_notes(placements, language),
        "people_in": people_in,
    }


_SPEAKER_ROLES = ("대변", "홍보", "spokes", "communication", "press")


def _crisis_helpers(profile: CompanyProfile, answers: dict[str, Any], language: str) -> dict[str, Any]:
    """The response team as (role, person) pairs, its lead (the first line) and its spokesperson."""
    team = []
    for line in answers.get("team") or []:
        role, _, person = str(line).partition(":")
        team.append((role.strip(), person.strip()))
    contact = profile.contact
    contact_person = " ".join(part for part in (contact.name, contact.title) if part)
    lead = team[0][1] if team and team[0][1] else ""
    speaker = next((person for role, person in team if person and any(w in role.lower() for w in _SPEAKER_ROLES)), "")
    label = {"lead": ("Crisis lead", "총괄 책임자"), "speaker": ("Spokesperson", "대변인")}
    return {
        "team_members": team,
        "crisis_lead": lead or placeholder(label["lead"][language != "en"], language),
        "spokesperson": speaker or contact_person or placeholder(label["speaker"][language != "en"], language),
        "severity_count": min(max(int(answers.get("severity_levels") or 3), 3), 5),
    }
