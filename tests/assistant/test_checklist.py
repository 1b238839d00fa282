"""The built-in checklist and how department and user items join it."""

from __future__ import annotations

import pytest

from assistant.checklist import ChecklistItemError, builtin_checklist, checklist_for, parse_item
from assistant.config import load_settings
from assistant.platforms import PLATFORMS
from assistant.profiles import PROFILES
from assistant.settings import ChecklistItem, Settings
from assistant.sources import guideline_sources


def ids(items: list[ChecklistItem]) -> list[str]:
    return [item.id for item in items]


def test_builtin_items_cite_known_sources():
    items = builtin_checklist()
    assert len(ids(items)) == len(set(ids(items)))
    sources = guideline_sources()
    for item in items:
        assert item.source in sources, item.id
        assert item.origin == "builtin"


def test_dilemma_questions_advise_to_talk_it_over():
    dilemma = [item for item in builtin_checklist() if item.source == "stelregel-3-dilemma"]
    texts = " ".join(item.text for item in dilemma)
    assert len(dilemma) == 3
    for phrase in ("recht in de ogen", "baas", "krant"):
        assert phrase in texts
    for item in dilemma:
        assert "collega of leidinggevende" in item.advice
        assert set(item.profiles) == set(PROFILES)


@pytest.mark.parametrize("item_id", ["doel", "doelgroep", "mandaat", "tijd", "documenteren"])
def test_stelregel_4_questions_are_asked_in_functie(item_id):
    assert item_id in ids(checklist_for(Settings(), "functie", "blog"))


def test_mandate_is_not_asked_of_a_private_person():
    prive = ids(checklist_for(Settings(), "prive", "blog"))
    assert "mandaat" not in prive
    assert "dilemma-krant" in prive


def test_platform_items_follow_the_platform_and_its_kind():
    wikipedia = ids(checklist_for(Settings(), "functie", "wikipedia"))
    blog = ids(checklist_for(Settings(), "functie", "blog"))
    assert {"wikipedia-beleidsterrein", "wikipedia-departement"} <= set(wikipedia)
    assert not any(i.startswith("wikipedia-") for i in blog)
    for platform in ("x", "mastodon", "bluesky", "microblog"):
        assert "microblog-besloten" in ids(checklist_for(Settings(), "prive", platform))
    assert "microblog-besloten" not in blog
    assert "profielsite-vertrouwelijk" in ids(checklist_for(Settings(), "prive", "linkedin"))


@pytest.mark.parametrize("platform", list(PLATFORMS))
@pytest.mark.parametrize("profile", list(PROFILES))
def test_every_combination_has_the_dilemma_questions(profile, platform):
    items = ids(checklist_for(Settings(), profile, platform))
    assert items[:3] == ["dilemma-collegas", "dilemma-baas", "dilemma-krant"]


def test_department_and_user_items_join_filtered(isolated_dirs):
    department = isolated_dirs["site-config"] / "glazenhuis" / "config.toml"
    department.parent.mkdir(parents=True)
    department.write_text("""
[[checklist]]
id = "woordvoering"
text = "Heb je de woordvoerder ingelicht?"
profiles = ["functie"]
platforms = ["microblog"]

[[checklist]]
id = "mandaat"
text = "Heeft je afdelingshoofd ingestemd?"
profiles = ["functie"]
""", encoding="utf-8")
    user = isolated_dirs["config"] / "glazenhuis" / "config.toml"
    user.parent.mkdir(parents=True)
    user.write_text('[[checklist]]\nid = "voorlezen"\ntext = "Hardop voorgelezen?"\n',
                    encoding="utf-8")
    settings = load_settings()
    on_x = checklist_for(settings, "functie", "x")
    assert ids(on_x)[-2:] == ["woordvoering", "voorlezen"]
    # The department rewords a built-in question in its own place.
    mandate = next(item for item in on_x if item.id == "mandaat")
    assert mandate.text == "Heeft je afdelingshoofd ingestemd?"
    assert mandate.origin == "department"
    assert ids(on_x).index("mandaat") < ids(on_x).index("zakelijk")
    assert "woordvoering" not in ids(checklist_for(settings, "functie", "blog"))
    assert "woordvoering" not in ids(checklist_for(settings, "prive", "x"))
    assert "voorlezen" in ids(checklist_for(settings, "prive", "forum"))


@pytest.mark.parametrize("data, key", [
    ({"text": "Vraag?"}, "id"),
    ({"id": "x"}, "text"),
    ({"id": "x", "text": ""}, "text"),
    ({"id": "x", "text": "Vraag?", "profiles": ["thuis"]}, "profiles"),
    ({"id": "x", "text": "Vraag?", "platforms": ["myspace"]}, "platforms"),
    ({"id": "x", "text": "Vraag?", "platforms": "blog"}, "platforms"),
    ({"id": "x", "text": "Vraag?", "vraag": "?"}, "vraag"),
    ({"id": 1, "text": "Vraag?"}, "id"),
])
def test_bad_items_name_their_key(data, key):
    with pytest.raises(ChecklistItemError) as caught:
        parse_item(data, "department")
    assert caught.value.key == key


def test_item_defaults_to_both_profiles_and_every_platform():
    item = parse_item({"id": "x", "text": "Vraag?"}, "user")
    assert set(item.profiles) == set(PROFILES)
    assert item.platforms == ()
    assert item.origin == "user"
