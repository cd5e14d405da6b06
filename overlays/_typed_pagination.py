"""`paginate` and `apaginate` typed by the operation passed in.

Each generated endpoint module of a paginated operation declares `paginated`: its own
arguments plus `max_pages` and `concurrency`, returning an iterator of its items (for type
checkers only). A module satisfies a Protocol, so `paginate(list_users, client=c, per=20)`
is checked against that signature (a misspelt keyword is an error) and yields the item
model. The paging itself is `overlays._pagination`, imported with the first listing, so
that importing a provider module (which imports this one) does not pay for it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, ParamSpec, Protocol, TypeVar

P = ParamSpec("P")
ItemT = TypeVar("ItemT", covariant=True)


if TYPE_CHECKING:  # for annotations only: a Protocol class is slow to create at import

    class Paginated(Protocol[P, ItemT]):
        """A generated endpoint module whose operation has `x-pagination` in its spec."""

        def paginated(self, *args: P.args, **kwargs: P.kwargs) -> Iterator[ItemT]: ...


def paginate(op: Paginated[P, ItemT], /, *args: P.args, **kwargs: P.kwargs) -> Iterator[ItemT]:
    """Every item of `op` (a generated endpoint module), fetching pages as they are needed.

    The other arguments are the operation's own (with `client=`), plus `max_pages` (stop
    after that many pages) and `concurrency` (once the first page tells how many pages there
    are, fetch the rest with that many threads, items still in order).
    """
    from . import _pagination  # here: see the module docstring

    pages: Callable[..., Iterator[ItemT]] = _pagination.paginate  # checked above, by P
    return pages(op, *args, **kwargs)


def apaginate(
    op: Paginated[P, ItemT], /, *args: P.args, **kwargs: P.kwargs
) -> AsyncIterator[ItemT]:
    """The async `paginate`: `async for item in apaginate(op, client=client): ...`.

    With `concurrency` > 1, at most that many page requests are in flight at once.
    """
    from . import _pagination

    pages: Callable[..., AsyncIterator[ItemT]] = _pagination.apaginate
    return pages(op, *args, **kwargs)
