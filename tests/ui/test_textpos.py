from ui.textpos import Utf16Map


def test_offsets_round_trip_through_utf16_with_emoji_and_accents():
    text = "Privé 😀 café 👩‍💻 eind"
    mapping = Utf16Map(text)
    for offset in range(len(text) + 1):
        qt = mapping.to_qt(offset)
        assert qt == len(text[:offset].encode("utf-16-le")) // 2
        assert mapping.from_qt(qt) == offset


def test_a_position_inside_a_surrogate_pair_maps_to_its_character():
    mapping = Utf16Map("a😀b")
    assert mapping.from_qt(2) == 1
    assert mapping.to_qt(2) == 3


def test_plain_text_maps_to_itself():
    mapping = Utf16Map("geen bijzondere tekens")
    assert [mapping.to_qt(i) for i in range(5)] == list(range(5))
