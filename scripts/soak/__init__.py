"""`make soak` (`python -m scripts.soak [--small]`): every provider's overlay client against
its served fake with chaos on. `runner` runs and judges the soak; `workloads` says what it
does to each provider."""
