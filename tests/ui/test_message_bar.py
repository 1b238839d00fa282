"""The message area above the text."""

from ui.message_bar import MessageArea


def test_a_message_counts_before_the_event_loop_shows_it(qtbot):
    area = MessageArea()
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    area.show_message("De regels konden niet worden geladen", "error")
    # No events processed yet: the bar is not drawn, but it is the area's message.
    assert area.messages() == ["De regels konden niet worden geladen"]


def test_a_dismissed_message_is_gone(qtbot):
    area = MessageArea()
    qtbot.addWidget(area)
    area.show()
    kept = area.show_message("blijft")
    gone = area.show_message("weg")
    gone.dismiss()
    assert area.messages() == ["blijft"]
    kept.dismiss()
    qtbot.wait(1)
    assert area.messages() == []
