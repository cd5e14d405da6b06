"""Hand-written layer around the generated clients: auth, timeouts, retries, errors, pagination."""
