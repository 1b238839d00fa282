# Runs in the bundle before the app. The bundle carries the Dutch dictionary in
# share/hunspell; Enchant's hunspell provider looks for dictionaries in the
# hunspell directory of every XDG data dir (through GLib, also on Windows), so
# adding the bundle's share dir at the end lets spelling work without a system
# dictionary while one that is installed still comes first. (ENCHANT_CONFIG_DIR
# would also be searched, but Enchant writes personal word lists there, and the
# bundle may be read-only.)
import os
import sys

_default = "" if os.name == "nt" else os.pathsep.join(["/usr/local/share", "/usr/share"])
_dirs = os.environ.get("XDG_DATA_DIRS") or _default
os.environ["XDG_DATA_DIRS"] = os.pathsep.join(
    part for part in (_dirs, os.path.join(sys._MEIPASS, "share")) if part)
