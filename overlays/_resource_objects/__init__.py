"""Each provider's resource objects (`Appaloosa`, `AsyncAppaloosa`), one module per provider,
so that importing a provider module does not import its generated package (see `_lazy`)."""
