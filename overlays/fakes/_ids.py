"""New ids shaped like each provider's, deterministic for a seed."""

from __future__ import annotations

import random
import string

_ALNUM = string.ascii_letters + string.digits


class IdMaker:
    """Makes ids of one style: integer, digits, hex24, alnum27 or word17 (x-fake-resources)."""

    def __init__(self, style: str, rng: random.Random) -> None:
        self.style = style
        self._rng = rng
        self._last = rng.randint(1, 900)  # integers count up from a seeded start

    def new(self) -> int | str:
        if self.style in ("integer", "digits"):
            self._last += 1
            return self._last if self.style == "integer" else str(self._last)
        if self.style == "hex24":
            return f"{self._rng.getrandbits(96):024x}"
        length = 27 if self.style == "alnum27" else 17
        return "".join(self._rng.choice(_ALNUM) for _ in range(length))

    def seen(self, value: object) -> None:
        """An id given by the caller: later integer ids do not collide with it."""
        if self.style in ("integer", "digits") and str(value).isdigit():
            self._last = max(self._last, int(str(value)))
