"""`make drift`: what a provider's real answers show that its spec does not say, and the
spec change that would say it (see `cli`)."""
