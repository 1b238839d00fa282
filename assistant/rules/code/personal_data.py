"""Other people's personal data: numbers that pass their checksum, contact details
and addresses (AVG). Organisation contact points and the author's own signature
are not flagged."""

from __future__ import annotations

import bisect
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from assistant.context import CheckContext
from assistant.i18n import N_, _
from assistant.rules.code import Hit, code_check
from assistant.rules.code.identification import government_domains, recognition
from assistant.rules.matchers import Matcher
from assistant.rules.spec import RuleSpec
from assistant.text import Document, Span

if TYPE_CHECKING:
    import phonenumbers

# phonenumbers and stdnum are imported where a candidate needs them: together
# they take longer to import than a short draft takes to check.


def __getattr__(name: str):
    # ``personal_data.phonenumbers`` still names the library, imported on first use.
    if name == "phonenumbers":
        import phonenumbers

        return phonenumbers
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

KIND_LABELS = {
    "bsn": N_("burgerservicenummer"),
    "document": N_("documentnummer (paspoort, identiteitskaart of rijbewijs)"),
    "iban": N_("bankrekeningnummer"),
    "phone": N_("telefoonnummer"),
    "email": N_("e-mailadres"),
    "address": N_("adres"),
}


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    kind: str


# --- Finders: each yields the candidates of one kind -----------------------
# Every kind but e-mail contains digits, and most sentences have none: the
# finders only scan the sentences that do.

_DIGITS = re.compile(r"\d+")


class _Sentences:
    """The sentences with digits, and which sentences mention a context word
    (bsn, paspoort, postcode): each sentence is searched once per pattern, however
    many numbers it holds."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.ranges: list[Span] = []
        for m in _DIGITS.finditer(doc.text):
            sentence = doc.sentence_at(m.start())
            span = Span(min(sentence.start, m.start()), max(sentence.end, m.end()))
            if not self.ranges or self.ranges[-1] != span:
                self.ranges.append(span)
        self._mentions: dict[tuple[re.Pattern[str], int], bool] = {}

    def mention(self, regex: re.Pattern[str], offset: int) -> bool:
        """Whether the sentence at ``offset`` has a match of ``regex``."""
        sentence = self.doc.sentence_at(offset)
        key = (regex, sentence.start)
        found = self._mentions.get(key)
        if found is None:
            found = self._mentions[key] = regex.search(
                self.doc.text, sentence.start, sentence.end) is not None
        return found

    def scan(self, regex: re.Pattern[str]) -> Iterator[re.Match[str]]:
        for span in self.ranges:
            yield from regex.finditer(self.doc.text, span.start, span.end)


_BSN = re.compile(
    r"(?<![\w.,€-])(\d{4}\.\d{2}\.\d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3}|\d{3}([ .])\d{3}\2\d{3}|\d{8,9})"
    r"(?![\w€]|[.,]\d)")
_BSN_CONTEXT = re.compile(r"(?i)\b(?:bsn|burgerservice\w*|sofi\w*)")
# Nine digits in any other grouping (123 45 6782): a BSN only where the sentence says so.
_BSN_LOOSE = re.compile(r"(?<![\w.,€-])(\d(?:[ .]?\d){8})(?![\w€]|[.,]\d)")
# "Ordernummer 111222333", "kenmerk 100000009": another kind of number that
# happens to pass the elfproef.
_OTHER_NUMBER_LABEL = re.compile(
    r"(?i)\b(?!burgerservice|sofi)\w*(?:nummer|nr|kenmerk|referentie|code)\b[.:]?\s*(?:is\s+)?$")
_MONEY = re.compile(r"(?i)(?:€|\beur\b|\beuro\b|\bbedrag)")


def _bsn_matches(sentences: _Sentences) -> Iterator[re.Match[str]]:
    yield from sentences.scan(_BSN)
    for m in sentences.scan(_BSN_LOOSE):
        if not _BSN.fullmatch(m.group(1)) and sentences.mention(_BSN_CONTEXT, m.start()):
            yield m


def _find_bsn(text: str, doc: Document, sentences: _Sentences) -> Iterator[Candidate]:
    for m in _bsn_matches(sentences):
        from stdnum.nl import bsn as stdnum_bsn

        if not stdnum_bsn.is_valid(m.group(1)):
            continue
        sentence = doc.sentence_at(m.start())
        named = sentences.mention(_BSN_CONTEXT, m.start())
        # 123.456.789 and eight digits are usually amounts or other numbers;
        # only a BSN when the sentence says so.
        if m.re is _BSN and (m.group(2) == "." or len(m.group(1)) == 8) and not named:
            continue
        if not named and _OTHER_NUMBER_LABEL.search(text, max(sentence.start, m.start() - 30),
                                                    m.start()):
            continue
        yield Candidate(m.start(1), m.end(1), "bsn")


def _near_amount(text: str, cand: Candidate) -> bool:
    """Whether a currency or the word bedrag comes right before or after a number:
    then it is an amount. Looked up in the whole draft, as the sign may end the line before."""
    return bool(_MONEY.search(text, max(cand.start - 6, 0), cand.start)
                or _MONEY.match(text, cand.end + 1))


# Dutch passports and identity cards: two letters, six letters or digits, a
# digit (the letter O is not used); driving licences: ten digits.
_ID_DOCUMENT = re.compile(r"(?<!\w)([A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]|\d{10})(?!\w)")
_ID_CONTEXT = re.compile(
    r"(?i)\b(?:paspoort\w*|identiteitskaart\w*|id-kaart\w*|identiteitsbewijs\w*|"
    r"documentnummer\w*|reisdocument\w*|rijbewijs\w*)")


def _find_document(text: str, doc: Document, sentences: _Sentences) -> Iterator[Candidate]:
    for m in sentences.scan(_ID_DOCUMENT):
        value = m.group(1)
        if value.isdigit() and value.startswith("0"):
            continue  # a phone number, not a driving licence number
        if sentences.mention(_ID_CONTEXT, m.start()):
            yield Candidate(m.start(1), m.end(1), "document")


# Typed in capitals or, as people often do, in lower case; the checksum decides.
_IBAN = re.compile(r"(?<![\w])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?|"
                   r"[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,3})?)(?!\w)")


def _find_iban(text: str, doc: Document, sentences: _Sentences) -> Iterator[Candidate]:
    for m in sentences.scan(_IBAN):
        from stdnum import iban as stdnum_iban

        value = m.group(1)
        # The candidate may have swallowed a following capitalised word; shorten.
        while value and not stdnum_iban.is_valid(value):
            cut = value.rfind(" ")
            if cut <= 4:
                value = ""
            else:
                value = value[:cut]
        if value:
            yield Candidate(m.start(1), m.start(1) + len(value), "iban")


# Mobile and personal numbers belong to people; service numbers (0800, 0900,
# 088, 14 0xx) to organisations.
_PERSONAL_PHONE_TYPES = ("MOBILE", "FIXED_LINE", "FIXED_LINE_OR_MOBILE", "PERSONAL_NUMBER",
                         "PAGER", "VOIP")
_NON_DIGITS = re.compile(r"\D+")
# Digits with the separators a phone number may have; a personal number has at
# least nine of them (0 + nine for Dutch numbers), so dates and 0800-numbers are skipped early.
_NUMBER_RUN = re.compile(r"\d[\d \-./()+]*\d")
_PHONE_MIN_DIGITS = 9
# A number someone can dial starts with 0, + or a bracketed 0, where a number begins.
_PHONE_START = re.compile(r"(?<![\w+(])(?:\+|\(?0)")
# Longer than any written phone number (+31 (0)6 - 12 34 56 78). The matcher
# reads only this much from each possible start: from a whole sentence it would
# try every run of digits, and a page of digits has thousands.
_PHONE_WINDOW = 32
# The window as a whole, then the first number in it ("06-12345678 06-87654321").
_PHONE_TRIES = 2
# A personal number written the national way is 0 plus nine digits, so from a
# "0" start (not "00") ten digits must end a group, with only short separators
# between the groups. Checked first because the matcher costs far more, and a
# page of digits has a "0" start every few words.
_DIGIT_GROUP = re.compile(r"\d+")
_GROUP_GAP = re.compile(r"[^\w\n]{1,4}")
_NATIONAL_DIGITS = 10


def _could_be_national(window: str) -> bool:
    start = 1 if window.startswith("(") else 0
    if window.startswith("+", start) or window.startswith("00", start):
        return True
    count, pos = 0, start
    for group in _DIGIT_GROUP.finditer(window, start):
        if group.start() != pos and not _GROUP_GAP.fullmatch(window, pos, group.start()):
            return False
        count += len(group.group())
        if count >= _NATIONAL_DIGITS:
            return count == _NATIONAL_DIGITS
        pos = group.end()
    return False


def _is_personal_phone(number: phonenumbers.PhoneNumber) -> bool:
    import phonenumbers

    if phonenumbers.is_valid_number(number):
        return phonenumbers.number_type(number) in {
            getattr(phonenumbers.PhoneNumberType, name) for name in _PERSONAL_PHONE_TYPES}
    # An unallocated 06 range (06-9...) still reads as someone's mobile number.
    national = str(number.national_number)
    return number.country_code == 31 and len(national) == 9 and national.startswith("6")


def _find_phone(text: str, doc: Document, sentences: _Sentences) -> Iterator[Candidate]:
    # The matcher is thorough but slow; only run it where a number could fit.
    for sentence in sentences.ranges:
        if not any(len(_NON_DIGITS.sub("", run)) >= _PHONE_MIN_DIGITS
                   for run in _NUMBER_RUN.findall(text, sentence.start, sentence.end)):
            continue
        pos = sentence.start
        for start in _PHONE_START.finditer(text, sentence.start, sentence.end):
            if start.start() < pos:
                continue
            end = min(start.start() + _PHONE_WINDOW, sentence.end)
            window = text[start.start():end]
            if not _could_be_national(window):
                continue
            found = _phone_at_start(window)
            # A match cut off by the window is part of a longer run of digits.
            if found is None or (found[2] == len(window) and end < sentence.end):
                continue
            personal, skip, length = found
            if personal:
                yield Candidate(start.start() + skip, start.start() + length, "phone")
                pos = start.start() + length


@lru_cache(maxsize=4096)
def _phone_at_start(window: str) -> tuple[bool, int, int] | None:
    """The phone number a text starts with: whether it is someone's own, the
    characters before it, and where it ends. Kept per text: the window checks
    a draft again after every edit, and the matcher is slow."""
    import phonenumbers

    m = next(iter(phonenumbers.PhoneNumberMatcher(
        window, "NL", phonenumbers.Leniency.POSSIBLE, max_tries=_PHONE_TRIES)), None)
    if m is None or m.start != 0:
        return None
    # "(0318-123456)": the matcher keeps an opening bracket without its mate.
    skip = 1 if m.raw_string[0] == "(" and ")" not in m.raw_string else 0
    return _is_personal_phone(m.number), skip, m.end


_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)@((?:[\w-]+\.)+[A-Za-z]{2,})(?![\w-])")
_LOCAL_PART = re.compile(r"[\w.+-]+$")
_NAME_LIKE_LOCAL = re.compile(r"^[^\W\d_]+(?:[._-][^\W\d_]+)+$")


def _is_government_domain(domain: str) -> bool:
    domain = domain.lower()
    known = government_domains()
    parts = domain.split(".")
    return any(".".join(parts[i:]) in known for i in range(len(parts) - 1)) or (
        parts[0].startswith("gemeente"))


def _find_email(text: str, doc: Document, sentences: _Sentences) -> Iterator[Candidate]:
    # Anchored on each "@": a scan for the local part would start at every word.
    at = text.find("@")
    while at != -1:
        local = _LOCAL_PART.search(text, max(at - 64, 0), at)
        m = _EMAIL.match(text, local.start()) if local else None
        if m is not None:
            yield Candidate(m.start(), m.end(), "email")
        at = text.find("@", at + 1)


def _is_role_mailbox(address: str, role_mailboxes: frozenset[str]) -> bool:
    m = _EMAIL.match(address)
    local, domain = m.group(1).lower(), m.group(2)
    if local in role_mailboxes or re.split(r"[._+-]", local)[0] in role_mailboxes:
        return True
    # At the government a mailbox without a person's name is a team's.
    return _is_government_domain(domain) and not _NAME_LIKE_LOCAL.match(local)


_STREET_SUFFIXES = (
    "straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|hof|pad|dreef|plantsoen|markt|"
    "park|baan|ring|wal|burgwal|haven|erf|dam|boulevard|hoven|brink|dwarsstraat|kwartier")
# After a house number comes punctuation, a postcode or place, or a small word
# (in, te, sinds, woont); a lower-case noun makes it a count ("de Afsluitdijk 2
# rijstroken dicht", "de Dam 3 uur lang afgesloten").
_AFTER_HOUSE_NUMBER = (
    "in|te|en|of|bij|sinds|naast|tegenover|op|om|vanaf|met|van|is|was|ligt|lag|staat|"
    "stond|woont|woonde|wonen|woonden|verhuisd|verhuist|gewoond")
_ADDRESS = re.compile(
    r"(?<!\w)((?:[A-Z][\w'’-]*\s+(?:(?:van|de|der|den|het|ten|ter)\s+)*){0,3}"
    rf"[A-Z][\w'’-]*(?:{_STREET_SUFFIXES})\s+\d{{1,4}}"
    r"(?:\s?[a-zA-Z](?!\w)|-(?:\d{1,3}|[IVX]{1,4}|[a-zA-Z])(?!\w)|\s?(?:hs|bis)\b)?)"
    rf"(?!\w|[.,]\d|[ \t]+(?!(?:{_AFTER_HOUSE_NUMBER})\b)[a-zà-ÿ%])")
_POSTCODE = re.compile(
    r"(?<![\w-])([1-9]\d{3}\s?(?!SA|SD|SS|EU|NL|VS|VN|UK|OM|EK|WK|MT|TV|AI|IT)[A-Z]{2})(?!\w)"
    r"([ \t]+[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)*)?")
_POSTCODE_CONTEXT = re.compile(r"(?i)\b(?:postcode|woont|wonen|woonde|adres|huisadres)\b")


def _find_address(text: str, doc: Document, sentences: _Sentences) -> Iterator[Candidate]:
    """Streets with a house number, then postcodes: "postcode" where one is an
    address by itself (a place follows, or the sentence speaks of where someone
    lives), "postcode after" where it only completes a street before it. Which
    street a postcode completes is decided in the whole draft (_addresses): it
    often stands on the line after the street."""
    for m in sentences.scan(_ADDRESS):
        yield Candidate(m.start(1), m.end(1), "address")
    for m in sentences.scan(_POSTCODE):
        alone = bool(m.group(2)) or sentences.mention(_POSTCODE_CONTEXT, m.start())
        yield Candidate(m.start(1), m.end(), "postcode" if alone else "postcode after")


def _addresses(text: str, found: Iterable[Candidate]) -> Iterator[Candidate]:
    streets: list[Candidate] = []
    postcodes: list[Candidate] = []
    for cand in found:
        (streets if cand.kind == "address" else postcodes).append(cand)
    by_end = {c.end: i for i, c in enumerate(streets)}
    for code in postcodes:
        before = code.start
        while before > 0 and text[before - 1] in " ,\t\n":
            before -= 1
        # A postcode right after a street and number completes that address.
        if before in by_end:
            i = by_end.pop(before)
            streets[i] = Candidate(streets[i].start, code.end, "address")
        elif code.kind == "postcode":
            streets.append(Candidate(code.start, code.end, "address"))
    yield from sorted(streets, key=lambda c: c.start)


def _not_amounts(text: str, found: Iterable[Candidate]) -> Iterator[Candidate]:
    return (cand for cand in found if not _near_amount(text, cand))


def _as_found(text: str, found: Iterable[Candidate]) -> Iterable[Candidate]:
    return found


Finder = Callable[[str, Document, _Sentences], Iterator[Candidate]]
# Most specific kinds first, so an IBAN's digits are not also read as a phone number.
# Each finder looks at a stretch of lines at a time (_Stretch); the second part
# of each pair takes what it found in all of them, in reading order, and decides
# what depends on the text around a stretch.
_FINDERS: tuple[tuple[Finder, Callable[[str, Iterable[Candidate]], Iterable[Candidate]]], ...] = (
    (_find_iban, _as_found), (_find_email, _as_found), (_find_phone, _as_found),
    (_find_bsn, _not_amounts), (_find_document, _as_found), (_find_address, _addresses))
# A list of thousands of numbers or addresses is reported by its first ones; the
# rest would cost a phone-number parse each and bury the sidebar.
_MAX_PER_KIND = 1000


class _Stretch:
    """A stretch of lines of the draft and what each finder finds in it, from its start.

    A sentence ends at every line break and the finders look within a sentence
    (e-mail addresses within a line), so what they find in some lines does not
    depend on the other lines: it is kept per stretch text, and an edit costs
    the finders only the stretch it changed. A finder runs on first use and
    only as far as it is read, as the per-kind cap may stop it early."""

    __slots__ = ("_found", "_sentences", "empty", "text")

    def __init__(self, text: str):
        self.text = text
        # Every kind but e-mail contains digits.
        self.empty = "@" not in text and _DIGITS.search(text) is None
        self._sentences: _Sentences | None = None
        self._found: dict[Finder, tuple[list[Candidate], Iterator[Candidate]]] = {}

    @property
    def sentences(self) -> _Sentences:
        if self._sentences is None:
            self._sentences = _Sentences(Document(self.text))
        return self._sentences

    def found(self, finder: Finder) -> Iterator[Candidate]:
        entry = self._found.get(finder)
        if entry is None:
            sentences = self.sentences
            entry = self._found[finder] = ([], finder(self.text, sentences.doc, sentences))
        done, rest = entry
        yield from done
        for cand in rest:
            done.append(cand)
            yield cand


@dataclass(frozen=True)
class _Found:
    """The candidates of a draft, and the stretches that may hold them with where they start."""

    candidates: list[Candidate]
    starts: list[int]
    stretches: list[_Stretch]

    def sentence_at(self, offset: int) -> Span:
        """The sentence at a candidate's first character (as Document.sentence_at),
        from its stretch's sentences."""
        i = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[i]
        sentence = self.stretches[i].sentences.doc.sentence_at(offset - start)
        return Span(sentence.start + start, sentence.end + start)


# The stretches of the last draft: the next check is of the draft after one edit.
_known_stretches: dict[str, _Stretch] = {}
# A stretch ends at a line that is blank, long (a paragraph) or one of the few
# that its checksum picks. Whether a line ends one depends on that line alone,
# so an edit changes one stretch (or joins it to the next), and a draft of many
# short lines (a list of contacts) is still read in stretches of a few lines:
# each stretch costs the finders some work of its own.
_LONG_LINE = 200
_PICKED = 8


def _ends_stretch(line: str) -> bool:
    return (len(line) >= _LONG_LINE or not line.strip()
            or zlib.crc32(line.encode("utf-8", "surrogatepass")) % _PICKED == 0)


# Several rules report different kinds from the same candidates; keep the last draft's.
_last_found: dict[str, _Found] = {}


def candidates(doc: Document) -> list[Candidate]:
    """Every piece of personal data in the draft, overlaps resolved, in reading order."""
    return _found(doc).candidates


def _found(doc: Document) -> _Found:
    global _known_stretches
    text = doc.text
    cached = _last_found.get(text)
    if cached is not None:
        return cached
    parts, pending = [], []
    for line in text.split("\n"):
        pending.append(line)
        if _ends_stretch(line):
            parts.append("\n".join(pending))
            pending = []
    if pending:
        parts.append("\n".join(pending))
    known, kept, starts = _known_stretches, {}, []  # starts: of the candidates taken
    found = _Found([], [], [])
    pos = 0
    for part in parts:
        stretch = kept.get(part) or known.get(part) or _Stretch(part)
        kept[part] = stretch
        if not stretch.empty:
            found.starts.append(pos)
            found.stretches.append(stretch)
        pos += len(part) + 1
    _known_stretches = kept
    # Kept sorted by start; taken candidates never overlap each other, so a new
    # one overlaps one of them only if it overlaps the last that starts before its end.
    taken = found.candidates
    for finder, combine in _FINDERS:
        for cand in islice(combine(text, _in_stretches(found, finder)), _MAX_PER_KIND):
            i = bisect.bisect_left(starts, cand.end)
            if i and taken[i - 1].end > cand.start:
                continue
            taken.insert(i, cand)
            starts.insert(i, cand.start)
    _last_found.clear()
    _last_found[text] = found
    return found


def _in_stretches(found: _Found, finder: Finder) -> Iterator[Candidate]:
    for start, stretch in zip(found.starts, found.stretches):
        for cand in stretch.found(finder):
            yield Candidate(cand.start + start, cand.end + start, cand.kind)


@lru_cache(maxsize=16)
def _unless_matcher(tokens: tuple[str, ...], patterns: tuple[str, ...],
                    lazy: bool) -> Matcher | None:
    return (Matcher(tokens, patterns, False, "unless_tokens", lazy=lazy)
            if tokens or patterns else None)


def _own_mailbox_words(name: str) -> tuple[str, ...]:
    """Parts of the author's name a mailbox of hers would contain: the surname
    (Van der Berg -> vanderberg, berg) and a first name that is not too short."""
    words = [w.lower().replace("-", "") for w in name.split() if w.replace("-", "").isalpha()]
    if len(words) < 2:
        return ()
    own = {"".join(words[1:]), words[-1]}
    if len(words[0]) >= 4:
        own.add(words[0])
    return tuple(own)


def _is_own_mailbox(address: str, own_words: tuple[str, ...]) -> bool:
    local = re.sub(r"[^\w]|_", "", address.split("@", 1)[0].lower())
    return any(len(word) >= 3 and word in local for word in own_words)


def _signature_zones(doc: Document, ctx: CheckContext) -> list[Span]:
    """From each mention of the author's name to the end of the signature (at most
    four lines): the author's own details there are not someone else's."""
    if not ctx.identity.name:
        return []
    text = doc.text
    zones = []
    for span in recognition(ctx.identity, ctx.department).name_spans(text):
        end = span.end
        for _line in range(4):
            nxt = text.find("\n", end + 1)
            if nxt == -1:
                end = len(text)
                break
            end = nxt
        zones.append(Span(span.start, end))
    return zones


def _strings(options: dict, key: str, default: Iterable[str]) -> tuple[str, ...]:
    """A list option; a department rule with another type gets the default."""
    value = options.get(key)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return tuple(default)


_HOLDER_WINDOW = 50


@lru_cache(maxsize=4096)
def _names_organisation(unless: Matcher, text: str) -> bool:
    """Kept per text: the sentences around most numbers stay as they are from
    one keystroke to the next."""
    return unless.search(text)


@code_check("personal_data")
def check_personal_data(spec: RuleSpec, doc: Document, ctx: CheckContext) -> Iterator[Hit]:
    """Options: ``kinds`` (which of bsn, document, iban, phone, email, address this
    rule reports), ``role_mailboxes`` (local parts of organisation addresses) and
    ``organisation_context_kinds``. The rule's ``unless_tokens``/``unless_patterns``
    name organisation contexts: in such a sentence a number or address of those
    kinds is the organisation's, not a person's."""
    text = doc.text
    if not text.strip():
        return
    kinds = {k for k in _strings(spec.options, "kinds", KIND_LABELS) if k in KIND_LABELS}
    context_kinds = set(_strings(spec.options, "organisation_context_kinds", kinds))
    roles = frozenset(m.lower() for m in _strings(spec.options, "role_mailboxes", ()))
    unless = _unless_matcher(spec.unless_tokens, spec.unless_patterns, spec.builtin)
    zones = _signature_zones(doc, ctx)
    own_mailbox = _own_mailbox_words(ctx.identity.name)
    located = _found(doc)
    for cand in located.candidates:
        found = text[cand.start:cand.end]
        if cand.kind not in kinds:
            continue
        if cand.kind == "email" and (_is_role_mailbox(found, roles)
                                     or _is_own_mailbox(found, own_mailbox)):
            continue
        if any(z.start <= cand.start < z.end for z in zones):
            continue
        if unless is not None and cand.kind in context_kinds:
            sentence = located.sentence_at(cand.start)
            # The words right after a number name its holder ("t.n.v. Belastingdienst"),
            # even where an abbreviation's full stop ends the sentence early.
            line_end = text.find("\n", cand.end)
            holder_end = min(cand.end + _HOLDER_WINDOW, len(text) if line_end == -1 else line_end)
            # Search a slice: RE2 re-encodes the whole string for every search with offsets.
            if _names_organisation(unless, text[min(sentence.start, cand.start):
                                                max(sentence.end, holder_end)]):
                continue
        yield Hit(cand.start, cand.end, values={"kind": _(KIND_LABELS[cand.kind]), "match": found})
