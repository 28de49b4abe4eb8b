"""A note cut into its clauses: '시리즈B 150억 원 투자 유치, 리드 투자사는 …' is two, 'A, B, C 출시' one.

Commas separate clauses, except inside quotes and figures ('1,200곳'), and
a piece that cannot stand alone belongs to the next one: a list of things
('박스, 완충재, 테이프 모두 종이 소재'), quoted products before the verbal noun
that takes them, parallel figures ('사과 3톤, 배 2톤 수출'). A note that is
already a sentence is not cut at its commas.
"""

from __future__ import annotations

import re

from desktop.core import korean
from desktop.core.writing.korean_notes import COPULA, EVENT, FIGURE, PHRASE, ends_as_sentence, read_clause
from desktop.core.writing.korean_phrases import memo_ending
from desktop.core.writing.lexicon import korean_lexicon
from desktop.core.writing.timing import find_times


def split_clauses(note: str) -> list[str]:
    """The clauses of a note: its sentences, and within them the comma-separated clauses.

    A piece with nothing to say on its own ('온돌 난방' in 'A, B 설치') belongs to the
    next one, as do parallel figures before a verbal noun ('사과 3톤, 배 2톤 수출').
    """
    pieces: list[str] = []
    text = " ".join(note.split())
    for sentence in korean.split_sentences(text):
        part = sentence.text.strip()
        # '교동채는 1930년대에 지은 한옥으로, 1년 동안 고쳤다.' is one sentence; a memo ('…설치, …점검 마침') is not
        if ends_as_sentence(part) and not memo_ending(part):
            pieces.append(part)
            continue
        pieces.extend(_merge_lists(_top_level_commas(part)))
    return [piece for piece in pieces if piece.strip(" .,;")]


def _top_level_commas(text: str) -> list[str]:
    pieces, depth, start = [], 0, 0
    quote_open = False
    for index, char in enumerate(text):
        if char in "'\"":
            quote_open = not quote_open
        elif char in "(“‘[":
            depth += 1
        elif char in ")”’]":
            depth = max(0, depth - 1)
        elif char in ",;" and depth == 0 and not quote_open and not _thousands(text, index):
            pieces.append(text[start:index])
            start = index + 1
    pieces.append(text[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


def _thousands(text: str, index: int) -> bool:
    return index > 0 and text[index - 1].isdigit() and re.match(r"\d{3}(?!\d)", text[index + 1 : index + 5]) is not None


def _merge_lists(pieces: list[str]) -> list[str]:
    """'A, B, C 출시' is one clause: pieces that cannot stand alone join the next with a comma."""
    merged: list[str] = []
    carry = ""
    for number, piece in enumerate(pieces):
        if carry:
            piece = f"{carry}, {piece}"
            carry = ""
        if number < len(pieces) - 1 and _joins_next(piece) and _takes_a_list(pieces[number + 1]):
            carry = piece
            continue
        merged.append(piece)
    if carry:
        merged.append(carry)
    return _shared_heads(_merge_parallel_figures(merged))


def _shared_heads(pieces: list[str]) -> list[str]:
    """'특허 등록 12건, 출원 21건': the second figure shares the first one's noun ('특허 출원 21건')."""
    result: list[str] = []
    for piece in pieces:
        words = piece.split()
        if result and len(words) == 2 and re.match(r"\d", words[1]):
            before = read_clause(result[-1])
            head = before.complement.split() if before.kind == FIGURE else []
            verbal = korean_lexicon().is_verbal
            if len(head) >= 2 and not before.subject and verbal(head[-1]) and verbal(words[0]):
                piece = f"{' '.join(head[:-1])} {piece}"
        result.append(piece)
    return result


def _joins_next(piece: str) -> bool:
    """A short noun phrase with no date is a list item of the next clause ('박스, 완충재, 테이프';
    "방수 접착제 '아쿠아실드', 전기차 배터리용 '한결 EV본드' 생산")."""
    clause = read_clause(piece)
    if find_times(piece, None) or len(piece.split()) > 4:
        return False
    if clause.kind == PHRASE and not clause.subject:
        return True
    no_particle = not any(t.tag in ("JX", "JKS", "JKB") for t in korean.tokenize(piece))
    return clause.kind == COPULA and no_particle and re.search(r"['‘“\"]", piece) is not None


def _takes_a_list(piece: str) -> bool:
    """The next clause can take the list as its object: it ends in a verbal noun, or is another item."""
    clause = read_clause(piece)
    typed_topic = any(t.tag in ("JX", "JKS") for t in korean.tokenize(piece))
    return clause.kind in (EVENT, PHRASE) or (clause.kind == COPULA and not typed_topic)


def _merge_parallel_figures(pieces: list[str]) -> list[str]:
    """'사과 3톤, 배 2톤 수출': figures with the same counter before a verbal noun are its objects."""
    result: list[str] = []
    for piece in pieces:
        while result and _parallel(result[-1], piece):
            piece = f"{result.pop()}, {piece}"
        result.append(piece)
    return result


def _parallel(before: str, piece: str) -> bool:
    first, last = read_clause(before), read_clause(piece)
    if first.kind != FIGURE or last.kind != EVENT or not last.complement or first.subject:
        return False
    if not last.text.rstrip().endswith(last.predicate):  # '출원 21건': the figure follows the noun, no list
        return False
    unit = re.sub(r"[\d,.~\s만억천백십]+", "", first.figure)
    return bool(unit) and last.complement.rstrip().endswith(unit) and re.search(r"\d", last.complement) is not None
