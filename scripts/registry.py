"""Where cargo unpacked a crate that scripts/gen-*.py generate tables from."""

import glob
import os
import sys


def crate_dir(crate):
    """The source folder of `crate` ("name version"): the script's first argument, or else
    the newest copy in the cargo registry."""
    if len(sys.argv) > 1:
        return sys.argv[1]
    name = crate.replace(" ", "-")
    found = sorted(glob.glob(os.path.expanduser(f"~/.cargo/registry/src/*/{name}")))
    if not found:
        sys.exit(f"{name} not found in the cargo registry; pass its directory")
    return found[-1]
