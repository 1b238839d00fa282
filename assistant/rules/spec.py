"""The rule format: one rule, one message, one level, one source.

Built-in rules (``resources/rules/*.toml``) and a department's own rules (the
``[[rules]]`` tables of its configuration) share this format; see
``docs/rule-format.md``. A spec is validated here and compiled in
``assistant.rules.matchers``.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from typing import Any

from assistant.findings import Severity
from assistant.i18n import LANGUAGES, _, localized, translated_key

RULE_TYPES = ("existence", "substitution", "cooccurrence", "construction", "code")
PROFILE_IDS = ("prive", "functie")
SCOPES = ("clause", "sentence", "text")
# construction: how word order, negation, questions and quotes are treated.
CONSTRUCTION_CHOICES = {
    "order": ("free", "fixed"),
    "negation": ("skip", "require", "any"),
    "questions": ("any", "skip"),
    "quotes": ("skip", "any"),
}


class RuleSpecError(ValueError):
    """A rule that cannot be used; ``key`` names the offending field."""

    def __init__(self, message: str, key: str | None = None):
        super().__init__(message)
        self.key = key


@dataclass(frozen=True)
class RuleSpec:
    id: str
    type: str
    category: str
    level: Severity
    message: str
    explanation: str = ""
    source: str = ""
    stelregel: int | None = None
    link: str = ""
    profiles: tuple[str, ...] = PROFILE_IDS
    # Platform ids or kinds (blog, microblog, forum, wikipedia, profielsite); empty: all.
    platforms: tuple[str, ...] = ()
    tokens: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    swap: dict[str, str] = field(default_factory=dict)
    # cooccurrence: a second set that must occur in the same scope.
    context_tokens: tuple[str, ...] = ()
    context_patterns: tuple[str, ...] = ()
    # cooccurrence: the context must also lie within this many words of the match.
    near: int | None = None
    # Any of these in the same scope silences the rule (advice, negation, quotes).
    unless_tokens: tuple[str, ...] = ()
    unless_patterns: tuple[str, ...] = ()
    # A match whose own text is one of these is skipped.
    exceptions: tuple[str, ...] = ()
    # Where context and unless look; construction rules default to "clause".
    scope: str = "sentence"
    case_sensitive: bool = False
    fix: str | None = None
    fix_label: str = ""
    # code: which implementation in assistant.rules.code runs this rule.
    check: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True
    # The rule's own examples: texts it must flag and near misses it must leave
    # alone, run by assistant.rules.examples.
    fires: tuple[str, ...] = ()
    quiet: tuple[str, ...] = ()
    # construction: slots of classes, lemmas or words (assistant.rules.constructions);
    # any construction of unless_slots in the same scope silences the rule, and
    # one of unless_text_slots anywhere in the draft (any rule type).
    constructions: tuple[str, ...] = ()
    unless_slots: tuple[str, ...] = ()
    unless_text_slots: tuple[str, ...] = ()
    order: str = "free"
    negation: str = "skip"
    questions: str = "any"
    quotes: str = "skip"
    # A rule that ships with the program (resources/rules): the tests compile its
    # patterns, so a check compiles them only when a draft could match.
    builtin: bool = False
    # The user-facing texts in other languages: "message_en", "explanation_en"…
    translations: dict[str, str] = field(default_factory=dict)

    def text(self, key: str) -> str:
        """``message``, ``explanation`` or ``fix_label`` in the user's language."""
        return localized({key: getattr(self, key), **self.translations}, key)

    def applies_to(self, profile_id: str, platform_id: str, platform_kind: str) -> bool:
        if not self.enabled or profile_id not in self.profiles:
            return False
        return not self.platforms or platform_id in self.platforms or platform_kind in self.platforms


_STR_FIELDS = ("id", "type", "category", "message", "explanation", "source", "link",
               "scope", "fix_label", "check", *CONSTRUCTION_CHOICES)
_LIST_FIELDS = ("profiles", "platforms", "tokens", "patterns", "context_tokens",
                "context_patterns", "unless_tokens", "unless_patterns", "exceptions",
                "fires", "quiet", "constructions", "unless_slots", "unless_text_slots")
# The texts a user reads, each of which may have a translation beside it.
TRANSLATABLE_FIELDS = ("message", "explanation", "fix_label")
TRANSLATION_KEYS = frozenset(translated_key(key, lang) for key in TRANSLATABLE_FIELDS
                             for lang in LANGUAGES)
KNOWN_KEYS = frozenset(_STR_FIELDS + _LIST_FIELDS + tuple(TRANSLATION_KEYS) + (
    "level", "stelregel", "swap", "case_sensitive", "fix", "options", "enabled", "near"))
# What a data rule's fix may say besides plain text.
FIX_PLACEHOLDERS = ("match", "lower", "first_lower")


_TOKEN_FIELDS = ("tokens", "context_tokens", "unless_tokens")
EXAMPLE_FIELDS = ("fires", "quiet")

# The options each code check reads (assistant.rules.code) and what each must be:
# true/false, a message template, a list of texts (none blank), one of a few
# choices, or a list of them.
_BOOL, _MESSAGE, _LIST = "bool", "message", "list"
_PARTS = ("name", "function", "department")
_KINDS = ("bsn", "document", "iban", "phone", "email", "address")
CODE_OPTIONS: dict[str, dict[str, Any]] = {
    "identification": {"require": ("many", _PARTS),
                       "signature": ("one", ("full", "compact", "department")),
                       "message_no_identity": _MESSAGE,
                       **{translated_key("message_no_identity", lang): _MESSAGE
                          for lang in LANGUAGES},
                       "only_in_policy_area": _BOOL,
                       "anywhere": _BOOL},
    "personal_data": {"kinds": ("many", _KINDS), "organisation_context_kinds": ("many", _KINDS),
                      "role_mailboxes": _LIST},
    "policy_opinion": {"weak_tokens": _LIST, "actor_tokens": _LIST, "own_tokens": _LIST,
                       "scope": ("one", ("sentence", "next_sentence"))},
    "policy_area_outside": {},
    "platform_length": {},
    "sensitive_period": {},
    "shouting": {},
    "reading": {},
}
# Code checks that search the rule's own tokens or patterns.
_CODE_NEEDS_TOKENS = ("shouting",)


def _check_not_empty(data: dict[str, Any]) -> None:
    """An empty token would flag every word (patterns that match empty text are
    refused when they are compiled, in assistant.rules.matchers); an empty
    example tries nothing."""
    for key in _TOKEN_FIELDS:
        for token in data.get(key, ()):
            if not token.replace("*", "").strip():
                raise RuleSpecError(
                    _("{key} bevat “{value}”: een token heeft minstens één teken nodig naast "
                      "* en spaties.").format(key=key, value=token), key)
    swap = data.get("swap", {})
    for word in swap if isinstance(swap, dict) else ():
        if not word.replace("*", "").strip():
            raise RuleSpecError(
                _("swap bevat “{value}”: wat wordt vervangen heeft minstens één teken nodig "
                  "naast * en spaties.").format(value=word), "swap")
    for key in EXAMPLE_FIELDS:
        if any(not text.strip() for text in data.get(key, ())):
            raise RuleSpecError(
                _("{key} bevat een leeg voorbeeld; een voorbeeld is een stukje tekst waarop de "
                  "regel wordt uitgeprobeerd.").format(key=key), key)


def parse_rule(data: dict[str, Any]) -> RuleSpec:
    """Validate one rule table; raises RuleSpecError naming the key at fault."""
    if not isinstance(data, dict):
        raise RuleSpecError(_("Een regel moet een tabel zijn."))
    for key in data:
        if key not in KNOWN_KEYS:
            raise RuleSpecError(_("Onbekende sleutel in regel: {key}.").format(key=key), key)
    for key in ("id", "type", "category", "message"):
        if key not in data:
            raise RuleSpecError(_("Regel mist de verplichte sleutel {key}.").format(key=key), key)
    for key in (*_STR_FIELDS, *TRANSLATION_KEYS):
        if key in data and not isinstance(data[key], str):
            raise RuleSpecError(_("{key} moet tekst zijn.").format(key=key), key)
    for key in _LIST_FIELDS:
        if key in data and not (
            isinstance(data[key], list) and all(isinstance(v, str) for v in data[key])
        ):
            raise RuleSpecError(_("{key} moet een lijst met teksten zijn.").format(key=key), key)
    _check_not_empty(data)
    check_message(data["message"], "message")
    for lang in LANGUAGES:
        if translated_key("message", lang) in data:
            check_message(data[translated_key("message", lang)], translated_key("message", lang))
    rule_type = data["type"]
    if rule_type not in RULE_TYPES:
        raise RuleSpecError(
            _("Onbekend regeltype {value}; kies uit {choices}.").format(
                value=rule_type, choices=", ".join(RULE_TYPES)), "type")
    level = data.get("level", "waarschuwing")
    try:
        severity = Severity(level)
    except ValueError:
        raise RuleSpecError(
            _("Onbekend niveau {value}; kies uit fout, waarschuwing, tip.").format(value=level),
            "level") from None
    stelregel = data.get("stelregel")
    if stelregel is not None and (not isinstance(stelregel, int) or isinstance(stelregel, bool)
                                  or not 1 <= stelregel <= 4):
        raise RuleSpecError(_("stelregel moet een getal van 1 tot en met 4 zijn."), "stelregel")
    profiles = tuple(data.get("profiles", PROFILE_IDS))
    for p in profiles:
        if p not in PROFILE_IDS:
            raise RuleSpecError(_("Onbekend profiel {value}; kies uit prive, functie.").format(
                value=p), "profiles")
    scope = data.get("scope", "clause" if rule_type == "construction" else "sentence")
    if scope not in SCOPES or (scope == "clause" and rule_type != "construction"):
        raise RuleSpecError(_("scope moet sentence of text zijn (clause alleen bij een "
                              "construction-regel)."), "scope")
    for key, choices in CONSTRUCTION_CHOICES.items():
        if key in data and data[key] not in choices:
            raise RuleSpecError(_("{key} moet een van {choices} zijn.").format(
                key=key, choices=", ".join(choices)), key)
    swap = data.get("swap", {})
    if not isinstance(swap, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in swap.items()
    ):
        raise RuleSpecError(_("swap moet een tabel van woord naar vervanging zijn."), "swap")
    for key in ("case_sensitive", "enabled"):
        if key in data and not isinstance(data[key], bool):
            raise RuleSpecError(_("{key} moet true of false zijn.").format(key=key), key)
    fix = data.get("fix")
    if fix is not None and not isinstance(fix, str):
        raise RuleSpecError(_("fix moet tekst zijn."), "fix")
    if fix:
        _check_placeholders(fix)
    near = data.get("near")
    if near is not None and (not isinstance(near, int) or isinstance(near, bool) or near < 1):
        raise RuleSpecError(_("near moet een geheel getal van 1 of meer zijn."), "near")
    if near is not None and rule_type != "construction" and not (
            data.get("context_tokens") or data.get("context_patterns")):
        raise RuleSpecError(
            _("near werkt alleen samen met context_tokens of context_patterns."), "near")
    options = data.get("options", {})
    if not isinstance(options, dict):
        raise RuleSpecError(_("options moet een tabel zijn."), "options")

    if rule_type == "existence" and not (data.get("tokens") or data.get("patterns")):
        raise RuleSpecError(_("Een existence-regel heeft tokens of patterns nodig."), "tokens")
    if rule_type == "substitution" and not swap:
        raise RuleSpecError(_("Een substitution-regel heeft swap nodig."), "swap")
    if rule_type == "cooccurrence" and not (
        (data.get("tokens") or data.get("patterns"))
        and (data.get("context_tokens") or data.get("context_patterns"))
    ):
        raise RuleSpecError(
            _("Een cooccurrence-regel heeft tokens/patterns én context_tokens/context_patterns nodig."),
            "context_tokens")
    if rule_type == "construction" and not data.get("constructions"):
        raise RuleSpecError(_("Een construction-regel heeft constructions nodig."),
                            "constructions")
    if rule_type == "code" and not data.get("check"):
        raise RuleSpecError(_("Een code-regel noemt met check de controle die hij uitvoert."), "check")
    if rule_type == "code":
        _check_options(data["check"], options)
        if data["check"] in _CODE_NEEDS_TOKENS and not (data.get("tokens") or data.get("patterns")):
            raise RuleSpecError(_("De controle {check} heeft tokens of patterns nodig.").format(
                check=data["check"]), "tokens")
    elif options:
        raise RuleSpecError(_("options is er alleen voor een code-regel."), "options")

    return RuleSpec(
        id=data["id"], type=rule_type, category=data["category"], level=severity,
        message=data["message"], explanation=data.get("explanation", ""),
        source=data.get("source", ""), stelregel=stelregel, link=data.get("link", ""),
        profiles=profiles, platforms=tuple(data.get("platforms", ())),
        tokens=tuple(data.get("tokens", ())), patterns=tuple(data.get("patterns", ())),
        swap=dict(swap), context_tokens=tuple(data.get("context_tokens", ())),
        context_patterns=tuple(data.get("context_patterns", ())),
        unless_tokens=tuple(data.get("unless_tokens", ())),
        unless_patterns=tuple(data.get("unless_patterns", ())),
        exceptions=tuple(data.get("exceptions", ())), scope=scope,
        case_sensitive=data.get("case_sensitive", False), fix=fix,
        near=near, fix_label=data.get("fix_label", ""), check=data.get("check", ""),
        options=dict(options), enabled=data.get("enabled", True),
        fires=tuple(data.get("fires", ())), quiet=tuple(data.get("quiet", ())),
        constructions=tuple(data.get("constructions", ())),
        unless_slots=tuple(data.get("unless_slots", ())),
        unless_text_slots=tuple(data.get("unless_text_slots", ())),
        **{key: data.get(key, choices[0]) for key, choices in CONSTRUCTION_CHOICES.items()},
        translations={key: data[key] for key in sorted(TRANSLATION_KEYS) if key in data},
    )


def check_message(message: str, key: str) -> None:
    """A message fills in {match}, {replacement} and the like; only a name may
    stand between the braces: {match.x} or {match[a]} fail when filled in, and a
    format such as {match:>999999999} would fill the memory. Other stray braces
    leave the message as written."""
    try:
        fields = list(string.Formatter().parse(message))
    except ValueError:
        return
    for _text, name, spec, conv in fields:
        if name is not None and (spec or conv or "." in name or "[" in name):
            raise RuleSpecError(
                _("{key} bevat de invulplek {{{value}}}; schrijf een invulplek als {{match}} "
                  "(alleen een naam tussen accolades) en een accolade zelf als {{{{ of }}}}.")
                .format(key=key, value=name + (f"!{conv}" if conv else "")
                        + (f":{spec}" if spec else "")), key)


def _check_options(check: str, options: dict[str, Any]) -> None:
    known = CODE_OPTIONS.get(check)
    if known is None:
        return  # an unknown check is refused when the rule is compiled
    for name, value in options.items():
        kind = known.get(name)
        if kind is None:
            raise RuleSpecError(
                _("Onbekende optie {value} voor de controle {check}; bekend zijn: {choices}.")
                .format(value=name, check=check, choices=", ".join(known) or "-"),
                f"options.{name}")
        key = f"options.{name}"
        if kind == _BOOL:
            ok, what = isinstance(value, bool), _("true of false")
        elif kind == _MESSAGE:
            ok, what = isinstance(value, str), _("tekst")
            if ok:
                check_message(value, key)
        elif kind == _LIST:
            ok = isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
            what = _("een lijst met teksten, geen ervan leeg")
        elif kind[0] == "one":
            ok = isinstance(value, str) and value in kind[1]
            what = _("een van {choices}").format(choices=", ".join(kind[1]))
        else:
            ok = isinstance(value, list) and all(isinstance(v, str) and v in kind[1]
                                                 for v in value)
            what = _("een lijst met waarden uit {choices}").format(choices=", ".join(kind[1]))
        if not ok:
            raise RuleSpecError(_("{key} moet {what} zijn.").format(key=key, what=what), key)


def _check_placeholders(fix: str) -> None:
    try:
        fields = [(name, spec, conv) for _text, name, spec, conv in string.Formatter().parse(fix)]
    except ValueError:
        fields = [("", "", None)]
    for name, spec, conv in fields:
        if name is not None and (name not in FIX_PLACEHOLDERS or spec or conv):
            raise RuleSpecError(
                _("fix mag alleen {match}, {lower} en {first_lower} als invulplek gebruiken; "
                  "schrijf een accolade als {{ of }}."), "fix")
