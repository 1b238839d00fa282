"""The built-in word classes in resources/classes/oordeel.toml and personen.toml:
per class, forms that must match (inflections, compounds) and near misses that
must not (innocent words with the same letters)."""

import pytest

from assistant.nlp.classes import ClassSet
from assistant.nlp.lemmas import lemma

CASES = {
    "scheldwoord": (
        ["idioten", "kameridioten", "beleidsprutsers", "randdebielen", "klootzakken",
         "lamlullen", "boerenlul", "sukkeltje", "klimaatgekkies"],
        ["domtoren", "domein", "voortsukkel", "vakidioot", "wijfje", "idee", "nul", "clown"],
    ),
    "scheldwoord_dubbelzinnig": (
        ["clowns", "apen", "nul", "kneuzen"],
        ["clownesk", "aapjeskooi", "hondenbelasting"],
    ),
    "denigrerend_groep": (
        ["tuig", "gespuis", "profiteurs", "uitvreters", "parasieten", "kakkerlakken"],
        ["vliegtuig", "voertuig", "tuigje", "volk", "profijt"],
    ),
    "ziekte_vloek": (
        ["kankervolk", "tyfusherrie", "teringzooi", "klerelijer", "kolerelijers",
         "teringlijer", "kankerlijers", "pokkenweer"],
        ["kankeronderzoek", "kankerpatiënten", "kankerbestrijding", "kankerverwekkende",
         "tyfusvaccin", "teringlijder", "kleren", "klerenkast", "pesten", "gepokt"],
    ),
    "grof": (
        ["kutbeleid", "klotewet", "godverdomme", "fucking", "shit", "verdomme", "lulkoek"],
        ["kutter", "kuttenberg", "godverlaten", "shiitake", "klootschieten", "verdorie"],
    ),
    "negatief_oordeel": (
        ["luie", "domme", "incompetente", "onbekwame", "waardeloze", "onbetrouwbare",
         "arrogante", "gestoorde"],
        ["domein", "domtoren", "luier", "gestoord", "getikt", "slecht"],
    ),
    "superlatief_oordeel": (
        ["slechtste", "domste", "ergste", "zwakste", "incompetentste", "waardeloosste"],
        ["slechts", "ergernis", "domein", "beste"],
    ),
    "collega_rol": (
        ["collega's", "oud-collega", "teamleiders", "leidinggevenden", "directeur-generaal",
         "beleidsmedewerkers", "dg's"],
        ["collectie", "directie", "medewerking", "leiding", "bazaar"],
    ),
    "bewindspersoon": (
        ["ministers", "oud-minister", "staatssecretarissen", "premier", "vicepremier",
         "bewindslieden", "kabinet"],
        ["ministerie", "ministeries", "administratie", "secretariaat"],
    ),
    "politicus_rol": (
        ["kamerleden", "oud-kamerlid", "wethouders", "burgemeesters", "gedeputeerden",
         "raadsleden", "politici", "vvd'ers"],
        ["kamer", "raad", "wethoudersoverleg", "politiek"],
    ),
    "politicus_naam": (
        ["wilders", "jetten", "yeşilgöz", "bontenbal", "paternotte"],
        ["klaver", "dijk", "sterk", "schoof", "timmermans", "wild"],
    ),
    "politicus_naam_dubbelzinnig": (
        ["klaver", "dijk", "schoof", "timmermans"],
        # Also "klavers" and "dijken": the class holds words, so a rule must
        # supply the political context.
        ["wilders", "jetten", "dijkgraaf"],
    ),
    "partij": (
        ["vvd", "pvv", "cda", "groenlinks-pvda", "sgp", "christenunie"],
        ["denk", "volt", "partij", "plus"],
    ),
    "partij_dubbelzinnig": (["denk", "volt"], ["vvd", "denken"]),
    "burgergroep": (
        ["burgers", "inwoners", "ouders", "asielzoekers", "statushouders", "mensen", "types",
         "uitkeringsgerechtigden", "gepensioneerden"],
        ["ouder", "type", "figuur", "burgerlijk", "bewoning"],
    ),
    "ambtenaar_groep": (
        ["ambtenaren", "rijksambtenaren", "beleidsmakers", "topambtenaar", "bureaucraten"],
        ["ambt", "ambtelijk", "beleid", "collega"],
    ),
}

PHRASES = {
    "scheldwoord": ["halve gare", "complete nul", "vuile zak"],
    "politicus_naam": ["caroline van der plas", "van der plas", "jesse klaver", "rob jetten"],
    "politicus_naam_dubbelzinnig": ["de vos", "van bruggen"],
    "partij": ["d 66", "ja 21", "partij voor de dieren"],
    "ambtenaar_groep": ["wij ambtenaren"],
}


def _has(name: str, word: str) -> bool:
    return ClassSet().get(name).has(word, lemma(word))


@pytest.mark.parametrize("name", sorted(CASES))
def test_matches(name):
    must, _ = CASES[name]
    assert [w for w in must if not _has(name, w)] == []


@pytest.mark.parametrize("name", sorted(CASES))
def test_near_misses(name):
    _, never = CASES[name]
    assert [w for w in never if _has(name, w)] == []


@pytest.mark.parametrize("name", sorted(PHRASES))
def test_phrases(name):
    words = ClassSet().get(name).phrases
    for phrase in PHRASES[name]:
        assert tuple(phrase.split()) in words.get(phrase.split()[0], []), phrase


def test_every_class_resolves():
    classes = ClassSet()
    for name in CASES:
        assert classes.get(name).words, name
