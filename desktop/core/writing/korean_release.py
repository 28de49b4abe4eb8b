"""The Korean release's words: newspaper style, as a Korean newswire editor expects it.

"서울, 2026년 3월 10일 — 제과·베이커리 기업 한빛베이커리(대표 김다은)는 …
연다고 10일 밝혔다": the dateline and who announced open the lead, the headline
puts the company first and stays within 32 characters, a paragraph names its
subject once, and two short sentences in a row become one ('…기록했으며, …').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from desktop.core.parts import grammar
from desktop.core.parts.context import company_names
from desktop.core.parts.structure import content_words
from desktop.core.parts.wording import dateline_city, day_of_month, korean_date
from desktop.core.placeholders import placeholder
from desktop.core.writing.korean_phrases import copula_of
from desktop.core.writing.korean_sentences import NoteContext, note_statements, statement_for
from desktop.core.writing.lexicon import korean_lexicon
from desktop.core.writing.release_words import SAME_NEWS, BackgroundCandidate, ReleaseWords
from desktop.core.writing.statements import Statement
from desktop.core.writing.timing import PAST

#: A Korean headline longer than this (characters, company included) is shortened.
HEADLINE_CHARS = 32
SUBTITLE_CHARS = 46


@dataclass
class KoreanReleaseWords(ReleaseWords):
    @cached_property
    def context(self) -> NoteContext:
        from desktop.core.writing.release import release_date

        context = NoteContext(self.company, release_date(self.answers), self.focus)
        first = _first_sentence(self.announcement)
        told = statement_for(grammar.without_subject(first, company_names(self.profile)), context)
        return replace(context, story=PAST if told.tense == PAST else "")

    @cached_property
    def focus(self) -> str:
        """The place or product the news is about: a quoted name, or the facility the announcement names."""
        return news_focus(self.announcement, self.name_words)

    def statements_of(self, note: str) -> list[Statement]:
        return note_statements(note, self.context)

    # -- lead --------------------------------------------------------------------
    def _who(self) -> str:
        company = self.profile.company
        industry = re.sub(r"\s*\([^)]*\)", "", company.industry).strip()  # '돌봄 서비스(사회적기업)' → '돌봄 서비스'
        if industry and not industry.endswith(("기업", "회사", "업체")):
            industry += " 기업"
        ceo = f"(대표 {company.ceo})" if company.ceo else ""
        return " ".join(part for part in (industry, f"{self.company}{ceo}") if part) + grammar.particle(
            self.company, "는"
        )

    def _news(self, told: int | None) -> Statement:
        text = self.key_points[told] if told is not None else self.announcement
        first = grammar.without_subject(_first_sentence(text), company_names(self.profile))
        return statement_for(first, self.context)

    def lead_sentence(self, told: int | None) -> tuple[str, ...]:
        dateline = self.dateline
        day = day_of_month(str(self.answers.get("date") or ""))
        said = f"{day}일 밝혔다." if day else "밝혔다."
        news = self._news(told)
        # A lead tells a dated plan in the present, as newspapers do: '…20일 매장을 연다고 밝혔다'.
        bodies = [body for body in news.bodies if not body.endswith("할 예정이다.")] or list(news.bodies)
        return tuple(f"{dateline} {self._who()} {grammar.reported(body)} {said}" for body in bodies)

    def fold_into_lead(self, lead: Any, when: str) -> bool:
        who = self._who()
        first = lead.sentences[0]
        if when in first[0] or not all(f"{who} " in wording for wording in first):
            return False
        lead.sentences[0] = tuple(wording.replace(f"{who} ", f"{who} {when} ", 1) for wording in first)
        return True

    def lead_more(self, told: set[int]) -> list[tuple[str, ...]]:
        sentences = []
        for sentence in _sentences(self.announcement)[1:]:
            index = self.restating_point(sentence, told)
            fuller = self.statements_of(self.key_points[index]) if index is not None else []
            if index is not None and fuller and not any(statement.listed for statement in fuller):
                told.add(index)
                sentences += [statement.wordings(False) for statement in fuller]
            else:
                sentences.append(statement_for(sentence, self.context).wordings(False))
        return sentences

    @property
    def dateline(self) -> str:
        place = str(self.answers.get("location") or self.profile.company.headquarters or "")
        city = dateline_city(place, "ko") if place else placeholder("발표 지역", "ko")
        date = korean_date(str(self.answers.get("date") or ""))
        return f"{city}, {date} —" if date else f"{city} —"

    # -- headline and subtitle ------------------------------------------------------
    def headlines(self) -> list[str]:
        """Headlines with the company first, from the announcement as the user put it (else the key point
        that tells it more fully), the wording that says the news within the limit first."""
        names = company_names(self.profile)
        options = []
        told = self.key_point_in_lead()
        bodies = [body for index in dict.fromkeys([None, told]) for body in self._news(index).bodies]
        for body in bodies:
            for text in _shorter(body, self.context):
                line = grammar.headline(text, self.company, names)
                if not line.startswith(self.company):
                    line = f"{self.company}, {line}"
                options.append(line)
        fitting = [line for line in options if len(line) <= HEADLINE_CHARS]
        if not fitting:  # keep the news's last words that fit: '…어르신을 위한 병원 동행 서비스 시작'
            fitting = [_tail_that_fits(line, self.company) for line in options]
        return list(dict.fromkeys(fitting))

    def subtitle(self, headline: str = "") -> str:
        """Two other facts of the news, as headline phrases joined by '…' (none when there are none).

        ``headline``: the headline as it stands (a model's idea may have taken a key point's words).
        """
        told = self.key_point_in_lead()
        headline = headline or self.headlines()[0]
        phrases = []
        for index, point in enumerate(self.key_points):
            if index == told:
                continue
            phrase = _phrase(point, self.company)
            if not phrase or phrase in headline or len(phrase) > SUBTITLE_CHARS - 2 or self.headlined(phrase, headline):
                continue
            phrases.append((bool(re.search(r"\d", phrase)), -index, phrase))
        phrases.sort(reverse=True)
        chosen: list[str] = []
        for _, _, phrase in phrases:
            if len("… ".join([*chosen, phrase])) <= SUBTITLE_CHARS:
                chosen.append(phrase)
            if len(chosen) == 2:
                break
        order = [p for p in (_phrase(point, self.company) for point in self.key_points) if p in chosen]
        return "… ".join(order)

    def headlined(self, phrase: str, headline: str) -> bool:
        words = set(content_words(phrase, "ko"))
        said = set(content_words(headline, "ko"))
        return bool(words) and len(words & said) / len(words) >= SAME_NEWS

    # -- paragraphs ---------------------------------------------------------------------
    def paragraphs(self, groups: list[list[Statement]], part: str) -> list[Any]:
        from desktop.core.writing.release import Paragraph

        openers = korean_lexicon().connectives["addition"]
        paragraphs = []
        for number, statements in enumerate(groups):
            sentences = _said_once(statements)
            if part == "background":
                sentences[0] = self._whose(statements[0], sentences[0], first=number == 0)
            # A connective only where the company does one more thing after another, in the same time
            # ('또한 …는 …'), never on a fact of another kind or an earlier step ('이와 함께 … 지난해 협약을
            # 체결했다' reads as if both happened together); at most once each in the release.
            before = groups[number - 1][0] if number else None
            adds = (
                before is not None
                and self._acts(statements[0])
                and self._acts(before)
                and statements[0].tense == before.tense
            )
            offered = openers if part == "details" and adds else ()
            paragraphs.append(Paragraph(_joined_short(sentences, statements), openers=offered))
        return paragraphs

    def _acts(self, statement: Statement) -> bool:
        return statement.subject == self.company and not statement.own_subject and not statement.possessive

    def _whose(self, statement: Statement, wordings: tuple[str, ...], first: bool) -> tuple[str, ...]:
        """The background opens with when the company began: '2012년 설립된 한빛베이커리는 …'."""
        founded = str(self.profile.company.founded or "").strip()
        if not first or not founded or statement.own_subject or statement.possessive:
            return wordings
        if statement.subject != self.company or "설립" in statement.note:
            return wordings
        return tuple(f"{founded}년 설립된 {grammar.josa(self.company, '는')} {body}" for body in statement.bodies)

    def list_intro(self) -> tuple[str, ...]:
        return ("이번 발표의 주요 내용은 다음과 같다.", "주요 내용은 다음과 같다.")

    # -- background -----------------------------------------------------------------------
    def fact_statements(self, fact: str) -> list[Statement]:
        return note_statements(fact, self.context, ongoing=True)

    def more_background(self) -> list[BackgroundCandidate]:
        """The head count from the profile, when no fact already gives it."""
        employees = str(self.profile.company.employees or "").strip()
        facts = " ".join(fact.text for fact in self.profile.facts)
        if not employees.isdigit() or self.already_told(f"{employees}명") or f"{employees}명" in facts:
            return []
        body = f"임직원은 {employees}명이다."
        statement = Statement(body, self.company, False, (body,), "present", possessive=True)
        return [BackgroundCandidate(statement, 0, closing=True)]

    def product_statement(self, name: str, description: str) -> Statement:
        """'아쿠아실드' + '수성 방수 접착제. VOC 배출을 줄였다.' → '아쿠아실드는 수성 방수 접착제다. VOC 배출을 줄였다.'"""
        bodies = []
        for number, part in enumerate(_sentences(description.strip())):
            text = part.strip().rstrip(".")
            if not text:
                continue
            if grammar.is_sentence(text):
                body = grammar.plain(text).rstrip(".") + "."
                bodies.append(body if number or grammar.has_subject(body) else f"{grammar.josa(name, '는')} {body}")
            else:
                bodies.append(
                    f"{grammar.josa(name, '는')} {copula_of(text)}." if number == 0 else f"{copula_of(text)}."
                )
        return Statement(description, name, True, (" ".join(bodies),), "present")


#: Two sentences this short, one after the other, read better as one ('객실은 9개이며, 1박 요금은 …').
SHORT_SENTENCE = 34


def _joined_short(sentences: list[tuple[str, ...]], statements: list[Statement]) -> list[tuple[str, ...]]:
    """A short copula or past sentence and the short one after it become one: '…기록했으며, 수출 비중은 41%다.'"""
    joined: list[tuple[str, ...]] = []
    for wordings, statement in zip(sentences, statements, strict=True):
        last = joined[-1] if joined else None
        short = last is not None and len(last[0]) < SHORT_SENTENCE and len(wordings[0]) < SHORT_SENTENCE
        if last is not None and short and len(last) == 1 and "," not in last[0]:  # never three in one
            head = _as_first_half(last[0])
            second = wordings[0]
            if head and statement.own_subject and "," not in second and not second.startswith(self_name(statement)):
                joined[-1] = tuple(f"{head} {wording}" for wording in wordings)
                continue
        joined.append(wordings)
    return joined


def self_name(statement: Statement) -> str:
    """A sentence that names its own owner again ('한결케미칼의 임직원은 …') starts a new thought."""
    return f"{statement.subject}의" if statement.possessive else "\x00"


def _as_first_half(sentence: str) -> str:
    """'…41%다.' → '…41%이며,', '…기록했다.' / '…있다.' → '…기록했으며,'; "" where the ending does not allow it."""
    from desktop.core import korean

    if not sentence.endswith("다."):
        return ""
    before = sentence[-3:-2]
    if "가" <= before <= "힣" and (ord(before) - 0xAC00) % 28 == 20:  # a syllable closed by ㅆ: 했다, 있다, 됐다
        return sentence[:-2] + "으며,"
    tokens = korean.tokenize(sentence[:-1])
    if len(tokens) >= 2 and tokens[-1].tag == "EF" and tokens[-2].tag == "VCP":
        return sentence[: tokens[-2].start].rstrip() + "이며,"
    if (
        len(tokens) >= 2
        and tokens[-1].tag == "EF"
        and tokens[-1].form == "다"
        and tokens[-2].tag in ("NNG", "NNB", "SN", "SW", "SL")
    ):
        return sentence[:-2] + "이며,"  # '…41%다.': Kiwi reads the copula into the ending
    return ""


def news_focus(announcement: str, name_words: set[str]) -> str:
    """'김 가공 공장' in '바다솔식품이 부산 기장에 김 가공 공장을 준공했다'; "'아쿠아실드'" when a name is quoted."""
    if match := re.search(r"['‘“\"]([^'’”\"]{2,30})['’”\"]", announcement):
        return match.group(0)
    suffixes = korean_lexicon().facility_suffixes
    words = announcement.replace(",", " ").split()
    for index, word in enumerate(words):
        bare = re.sub(r"(에서|에|을|를|은|는|이|가|의|으로|로)$", "", word)
        modifies_next = bare == word and index + 1 < len(words) and _noun_only(words[index + 1])
        if word.endswith(("에", "에서")):
            continue  # where the news happens ('…산업단지에'), not what it is about
        if len(bare) >= 2 and bare.endswith(suffixes) and bare not in name_words and not modifies_next:
            phrase = [bare]  # '병원 동행 서비스': 병원 only modifies what follows, it is not the place
            for before in reversed(words[max(0, index - 2) : index]):
                if not _noun_only(before) or before in name_words:
                    break
                phrase.insert(0, before)
            return " ".join(phrase[-3:])
    return ""


def _noun_only(word: str) -> bool:
    """'김', '가공', '세' (번째) are words that may build a place's name; '위한', '공장을' are not."""
    from desktop.core import korean

    tokens = korean.tokenize(word)
    return bool(tokens) and all(t.tag.startswith(("NN", "NR", "MM", "SN", "SL", "XSN", "XPN")) for t in tokens)


def _said_once(statements: list[Statement]) -> list[tuple[str, ...]]:
    """Each sentence's wordings, saying the implied subject only when it changes within the paragraph."""
    sentences = []
    previous = ""
    for statement in statements:
        say = statement.own_subject or statement.subject != previous
        sentences.append(statement.wordings(say_subject=say))
        previous = "" if statement.own_subject else statement.subject  # a sentence in between breaks the chain
    return sentences


def _first_sentence(text: str) -> str:
    sentences = _sentences(text)
    return sentences[0] if sentences else text


def _sentences(text: str) -> list[str]:
    from desktop.core import korean

    return [text[s.start : s.end].strip() for s in korean.split_sentences(text.strip())] or [text]


def _shorter(body: str, context: NoteContext) -> list[str]:
    """The news sentence, then without the time it happens, then without where: headlines drop both first."""
    options = [body]
    without_time = re.sub(r"^(\d{4}년\s*)?(\d{1,2}월\s*)?(\d{1,2}일\s*)?(부터\s*)?", "", body).strip()
    if without_time and without_time != body:
        options.append(without_time)
    tokens_dropped = re.sub(r"^(?:[^ ]+ ){0,3}?[^ ]+(에서|에)\s+", "", options[-1]).strip()
    if tokens_dropped != options[-1]:
        options.append(tokens_dropped)
    return options


def _tail_that_fits(line: str, company: str) -> str:
    """The headline's last words within the limit, never starting on a word that leads into the next one
    ('단 대형 드론', '광산구와 손잡고', '40L를'), read in the whole headline's context."""
    from desktop.core import korean

    body = line[len(company) + 2 :] if line.startswith(f"{company}, ") else line
    leading = []
    offset = 0
    tokens = korean.tokenize(body)
    for word in body.split():
        start = body.index(word, offset)
        offset = start + len(word)
        last = [t for t in tokens if start <= t.start < offset]
        leading.append(bool(last) and last[-1].tag in ("JKB", "JC", "EC", "ETM", "JKO"))
    words = body.split()
    room = HEADLINE_CHARS - len(company) - 2
    first = 0
    while len(words) - first > 2 and (len(" ".join(words[first:])) > room or leading[first]):
        first += 1
    return f"{company}, {' '.join(words[first:])}"


def _phrase(point: str, company: str) -> str:
    """A key point as a headline phrase: a noun-ending note (its first clause) as written; "" for a
    sentence or a clause that ends on a particle ('교동채는 1930년대에 지은 한옥으로')."""
    from desktop.core import korean

    text = point.strip().rstrip(".")
    if grammar.is_sentence(text):
        return ""
    text = text.split(",")[0].strip()
    tokens = korean.tokenize(text)
    if not tokens or tokens[-1].tag.startswith("J"):
        return ""
    return text.replace(company, "").strip(" ,")
