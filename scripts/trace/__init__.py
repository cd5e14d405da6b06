"""`python -m scripts.trace`: which of our files one call crosses, traced with `sys.setprofile`.

The call is `Appaloosa(52, key).users.list()` and its first item, warm (a first listing has
run: imports and compiled schemas are not part of a call), over an `httpx2.MockTransport`
answering one page: every Python function entered in `overlays/` or `generated/` is
recorded with the nearest caller of ours. A hop is a call from one of our files into
another; the files are those entered.
"""
