# Runs in the bundle before the app: Enchant's hunspell provider reads
# dictionaries from $ENCHANT_CONFIG_DIR/hunspell, where the bundle keeps the
# Dutch one, so spelling works without a system dictionary. A value the user
# set is left alone.
import os
import sys

os.environ.setdefault("ENCHANT_CONFIG_DIR", os.path.join(sys._MEIPASS, "enchant"))
