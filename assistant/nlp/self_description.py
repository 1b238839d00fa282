"""Where writers say what they do for a living, and whether that is all.

"Ik werk bij de NVWA, maar als hardloper vind ik die route belachelijk" names the
writer's organisation without being about it. The check of opinions on the own
policy area, the reading's features and the construction classes ``@eigen_beleid``
and ``@eigen_organisatie`` all leave such a mention out.
"""

from __future__ import annotations

import re

# The construction classes of the writer's own work, which a self-description
# names without being about it.
OWN_WORK_CLASSES = frozenset({"eigen_beleid", "eigen_organisatie"})

# Where the writer says what they do for a living: "ik werk bij de NVWA aan
# visserijcontroles", "ik ben epidemioloog bij het RIVM", and at the start of a
# sentence "als beleidsmedewerker pensioenen".
_SELF_INTRO = re.compile(r"(?i)(?<!\w)(?:(?:werk|werkt|werkte|werkzaam|doe|zit)(?!\w)"
                         r"|ben\s+(?:\w+\s+){1,3}(?:bij|op)\s|^\s*als\s)"
                         r"(?:(?!\sen\s)[^.!?,;:]){0,60}$")
_WORKS_ON = re.compile(r"(?i)\s+(?:\w+\s+){0,2}?(?:werk|werkt|werken|werkte)(?!\w)")
# The "maar" right after the introduction, before anything else is said.
# A "maar" that turns back to it ("maar dat beleid is onzin") keeps the subject.
# "maar wat ik echt onrechtvaardig vind is ..." turns away as well: the writer's own
# opinion on something else follows.
_CONTRAST = re.compile(r"(?i)^(?:(?!\sen\s)[^.!?;:]){0,40}?(?<!\w)maar\s+(?!(?:dat|die|dit|deze|"
                       r"het|ze|zij|hij|daar\w*|juist|ook)(?!\w)|wat\s+(?!(?:ik|mij|me)\s))")

# The writer keeps the own work out of what is said: "dus daar zeg ik niks over",
# "maar heb niks met onderwijs te maken", "dus ver van het woonbeleid", "ik ben
# maar een leek op dat gebied".
_KEPT_OUT = (
    r"(?<!\w)(?:(?:daar|daarover|erover|hierover|over\s+(?:dat|dit|het)\s+(?:onderwerp|dossier|thema))"
    r"\s+(?:zeg|schrijf|praat)\s+ik\s+(?:\w+\s+){0,2}?(?:niks|niets|nooit)"
    r"|heb\s+(?:\w+\s+){0,3}?(?:niks|niets)\s+(?:\w+\s+){0,3}?(?:mee\s+)?te\s+maken"
    r"|(?:dus\s+|heel\s+|erg\s+)ver\s+(?:weg\s+)?van|(?:geen|weinig)\s+verstand\s+van"
    r"|verstand\s+van\s+\w+\s+heb\s+ik\s+(?:niet|geen)|(?:maar\s+)?een\s+leek"
    r"|niet\s+mijn\s+(?:vakgebied|terrein|dossier|onderwerp|werkterrein)"
    # "maar dit gaat ergens anders over", "dus ben hier gewoon een verwarde deelnemer"
    r"|(?:dit|dat|het|deze\s+post)\s+gaat\s+(?:\w+\s+)?(?:ergens\s+anders\s+over|over\s+iets\s+anders)"
    r"|(?:ben|als)\s+(?:\w+\s+){0,2}?(?:gewoon|maar|slechts)\s+(?:een\s+)?(?:\w+\s+)?"
    r"(?:deelnemer|burger|consument|klant|ouder|leek|buitenstaander|belastingbetaler|reiziger)"
    # "vind ik het lastig om online mijn mening te geven", "houd ik mijn mening voor me"
    r"|(?:lastig|moeilijk)\s+om\s+(?:\w+\s+){0,2}?(?:mijn|een)\s+mening\s+te\s+geven"
    r"|(?:houd|hou)\s+ik\s+mijn\s+mening\s+voor\s+(?:me|mezelf)"
    r"|geef\s+ik\s+(?:hier\s+)?geen\s+mening)(?!\w)")
_LETTERS = re.compile(r"\w")
_DISCLAIMER = re.compile(r"(?i)^[^.!?;]*?" + _KEPT_OUT)
# ... also before the introduction: "ik ben maar een leek hoor, ik zit bij DUO".
_DISCLAIMED = re.compile(r"(?i)" + _KEPT_OUT + r"[^.!?;]*$")


def only_self_description(text: str, term_start: int, term_end: int, start: int, end: int) -> bool:
    """Whether the term at ``term_start``..``term_end`` only says what the writer
    does, not what the sentence (``start``..``end``) is about: it stands between
    brackets ("(en beleidsmedewerker pensioenen overdag)"), or in a
    self-introduction that a "maar" turns away from ("Ik werk bij de NVWA, maar
    als hardloper vind ik ...") or that keeps the work out ("Ik werk aan
    stikstof, dus daar zeg ik niks over"; "ik ben maar een leek, ik zit bij DUO")."""
    before, after = text[start:term_start], text[term_end:end]
    # The sentence may lie inside the brackets: "(Ik werk bij het RIVM, dus ...)".
    opened = text.rfind("(", 0, term_start)
    closed = text.find(")", term_end)
    if (opened >= 0 and opened > text.rfind(")", 0, term_start) and not _LETTERS.search(
            text, opened + 1, start) and closed >= 0 and "(" not in text[term_end:closed]
            and not _LETTERS.search(text, end, closed)):
        return True
    # "als iemand die aan klimaat werkt": the work named after the term.
    worked = _WORKS_ON.match(after)
    if worked:
        rest = after[worked.end():]
        return bool(_CONTRAST.search(rest) or _DISCLAIMER.search(rest))
    return bool(_SELF_INTRO.search(before)
                and (_CONTRAST.search(after) or _DISCLAIMER.search(after)
                     or _DISCLAIMED.search(before)))


_RELATIVE = re.compile(r"(?i)(?<!\w)(?:die|dat|wie)(?!\w)")


def introduces(text: str, term_start: int, start: int) -> bool:
    """Whether the term at ``term_start`` stands in the writer's introduction of
    themself at the start of its sentence (from ``start``): "Als arbeidsdeskundige
    bij het UWV vind ik ...", "Ik werk bij de Belastingdienst, ..."."""
    before = text[start:term_start]
    # "Als iemand die met de dijkversterking werkt": the work is what the sentence is about.
    return bool(_SELF_INTRO.search(before)) and not _RELATIVE.search(before)
