"""What an editor strikes out of a model's text even when every fact in it is right.

A capable model writes fluent prose and, now and then, things no newswire
would print: a chat reply around the text ("물론입니다! 아래는 …", "Sure! Here's
…", "도움이 되었기를 바랍니다"), a note about its own writing ("(규칙은 한 글자도
바꾸지 않고 옮겼으며 …)", "Note: I kept the facts"), English words inside Korean
prose ("production capacity를 늘렸다") and the same sentence twice. A model's part
that has them is not used, and the reason says which (``sloppy_reason``). Hype
and the brand's avoided words are the claim checker's findings; in a model's
text they count as errors too (``gate.model_text_errors``).
"""

from __future__ import annotations

import re

from desktop.core.factcheck.vocab import vocabulary
from desktop.core.parts.clean import sentences
from desktop.core.parts.structure import Reason

#: A chat reply around the document, at the start or the end of a line.
_CHATTER = re.compile(
    r"^\s*(?:물론(?:입니다|이죠)?[!.,]|네[,!.]\s|알겠습니다|좋습니다[!.]|아래는\s|다음은\s.*(?:입니다|드립니다)[.:]?\s*$"
    r"|(?:아래|다음)(?:와|과)?\s?같이\s.*(?:습니다|드립니다)[.:]?\s*$|요청하신\s|요청에\s?따라\s|도움이\s?(?:되었|됐|되길)"
    r"|더\s?필요하신|필요하시면\s|수정이\s?필요하|말씀해\s?주세요|이상입니다[.!]?\s*$|작성해\s?(?:보았|봤|드렸)"
    r"|sure[!,.]|certainly[!,.—-]|of course[!,.]|here(?:'s| is| are)\s|here you go|below is\s|below you'll find"
    r"|i hope this\s|let me know\s|feel free to\s|hope this helps|happy to help|i(?:'ve| have) (?:written|drafted))",
    re.IGNORECASE,
)
#: A remark about the writing itself: what was kept, marked, counted or left out.
_META = re.compile(
    r"^\s*[(\[]?\s*(?:note|참고|메모|주)\s*[:：]|^\s*※|\(\s*(?:word count|글자\s?수|단어\s?수)"
    r"|(?:표시(?:했|해\s?두었)습니다|옮겼(?:으며|습니다)|바꾸지\s?않았|지어내지\s?않았|작성했습니다|반영했습니다"
    r"|i (?:kept|used|only used|did not|didn't|have kept|marked|left)\b|as (?:requested|instructed)\b)",
    re.IGNORECASE,
)
#: A whole line in brackets that talks about the data or the request: the model explaining itself.
_ASIDE = re.compile(
    r"^\s*[(\[][^()\[\]]*(?:자료|요청|사실만|덧붙이지|쓰지 않았|facts|data|given|request)[^()\[\]]*[)\]]\s*$", re.I
)
#: A holding statement that takes the blame before anything is confirmed.
_FAULT = re.compile(
    r"(?:당사|회사|저희|우리)(?:의|가)?\s?[^.\n]{0,20}(?:소홀|부주의|과실|잘못|실수|불찰)(?:로|으로|에서|때문|이었|였)"
    r"|책임을\s?(?:통감|인정)|(?:직원|기사|운전자|작업자)(?:의|가|이)?\s?(?:과속|부주의|실수|졸음)"
    r"|(?:our|the company's)\s(?:negligence|fault|mistake|carelessness)"
    r"|\bwe (?:are|were) (?:at fault|to blame)|(?:caused by|due to|because of) (?:our|a mistake|an error|negligence)"
    r"|\bour (?:driver|staff|employee|worker|team|technician)s? (?:was|were|had been) (?:driving too fast|speeding"
    r"|careless|at fault|negligent|distracted|not paying attention)",
    re.IGNORECASE,
)
#: A row of the plan's severity table ('| 2단계 주의 |', '| 2 Concern |') and a level named in a model's text.
_LEVEL_ROW = re.compile(r"^\|\s*(\d)\s?(?:단계)?\s+([^\s|]+)", re.MULTILINE)
_LEVEL_USED = re.compile(
    r"(\d)\s?단계(?:\s?[(（]\s?([가-힣]+))?|\blevel\s?(\d)(?:\s?[(（]\s?([A-Za-z]+))?", re.IGNORECASE
)
_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9&.-])[A-Za-z][A-Za-z&.'-]*[A-Za-z](?![A-Za-z0-9&-])")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
#: Abbreviations Korean newspapers print in Latin letters.
#: Units Korean prose writes in Latin letters; abbreviations (AI, ESG, MOU …) are the checker's common acronyms.
_UNITS = frozenset("MW kW kWh GW Wh km kg mm cm ha ml ppm TF URL LNG LPG OK".split())


def sloppy_reason(text: str, language: str, sources: str, terms: str = "") -> Reason:
    """Why an editor would not print ``text`` as the model wrote it; None when nothing is wrong.

    ``terms``: the document's own parts built from the facts (a plan's severity table), whose words the
    model's part must keep."""
    lines = [line for line in text.splitlines() if line.strip()]
    for line in lines:
        bare = re.sub(r"^\s*(?:[-*•]|\d+[.)]|#+)\s*|\*\*[^*]+\*\*\s*", "", line)
        if _CHATTER.search(bare):
            return ("모델의 대화 문구가 섞임", "the model's chat reply is in the text")
        if _META.search(bare) or _ASIDE.match(bare):
            return ("글에 대한 설명이 섞임", "a note about the writing is in the text")
    if fault := _FAULT.search(text):
        return (
            f"확인 전에 잘못을 인정함: {fault.group(0)}",
            f"admits fault before anything is confirmed: {fault.group(0)}",
        )
    if level := wrong_level(text, terms):
        return (f"계획서의 심각도 단계와 다름: {level}", f"not the plan's own severity levels: {level}")
    if language == "ko" and (foreign := latin_words(text, sources)):
        return (
            f"한국어 문장 속 영어 단어: {', '.join(foreign[:3])}",
            f"English words in Korean prose: {', '.join(foreign[:3])}",
        )
    if twice := repeated_sentence(text, language):
        return (f"같은 문장을 되풀이함: {twice[:40]}", f"a sentence said twice: {twice[:40]}")
    return None


def wrong_level(text: str, terms: str) -> str:
    """A severity level the plan's table does not have ('2단계(중대)' where level 2 is 주의, 'Level 5' of four)."""
    levels = {int(number): name for number, name in _LEVEL_ROW.findall(terms)}
    if not levels:
        return ""
    for match in _LEVEL_USED.finditer(text):
        number = int(match.group(1) or match.group(3))
        name = match.group(2) or match.group(4) or ""
        if number not in levels or (name and not name.lower().startswith(levels[number].lower()[:2])):
            return match.group(0)
    return ""


def latin_words(text: str, sources: str) -> list[str]:
    """Latin-letter words inside Korean sentences that are neither names from the sources nor usual abbreviations."""
    found: list[str] = []
    known = sources.lower()
    for line in text.splitlines():
        if not _HANGUL.search(line):
            continue
        for match in _LATIN_WORD.finditer(line):
            word = match.group(0)
            if (
                word in _UNITS
                or word in vocabulary().entities["common_acronyms"]
                or word.lower() in known
                or word in found
            ):
                continue
            if re.search(r"[\uac00-\ud7a3]\s?\($", line[: match.start()]):
                continue  # '인공지능(AI)', '엣지(Edge) 칩': an English gloss after the Korean word
            if re.search(r"https?://|@|\.[a-z]{2,3}\b", line[max(0, match.start() - 30) : match.end() + 10]):
                continue  # an address or an e-mail
            found.append(word)
    return found


def repeated_sentence(text: str, language: str) -> str:
    """A sentence written twice anywhere in the text ('' when none is)."""
    seen: set[str] = set()
    for sentence in sentences(text, language):
        key = re.sub(r"[\W_]+", "", sentence.lower())
        if len(key) < 8:
            continue
        if key in seen:
            return sentence
        seen.add(key)
    return ""
