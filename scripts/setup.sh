#!/usr/bin/env bash
# Prepare a machine for Glazen Huis: system libraries, a virtual environment and
# the Python packages. Safe to run again: it only installs what is missing.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv="${GLAZENHUIS_VENV:-$root/.venv}"
extras="${1:-dev,package}"

# Qt needs these at run time (also offscreen); the spelling checker needs Enchant
# with the Dutch Hunspell dictionary; Xvfb and friends show the real window.
system_packages=(
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0
  fonts-dejavu-core
  libenchant-2-2 hunspell-nl
  # Building the department installers: PyInstaller reads binaries with objdump,
  # and the bundled Wayland platform plugin links these.
  binutils libwayland-cursor0 libwayland-egl1
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${system_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else sudo="none"; fi
  if [ "$sudo" = none ]; then
    echo "Glazen Huis: missing system packages (install them as administrator): ${missing[*]}" >&2
  else
    echo "Glazen Huis: installing system packages: ${missing[*]}" >&2
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
# Reinstall only when the project's requirements changed since the last run.
stamp="$venv/.glazenhuis-installed"
want=$(cat "$root/pyproject.toml" | sha256sum | cut -d' ' -f1)-$extras
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  "$venv/bin/python" -m pip install -q --upgrade pip >/dev/null
  "$venv/bin/python" -m pip install -q -e "$root[$extras]"
  echo "$want" > "$stamp"
fi
