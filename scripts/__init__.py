"""The pipeline scripts: validate, generate, check drift, diff specs, benchmark."""
