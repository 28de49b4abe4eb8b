"""Models PR Studio can download for its built-in engine: the catalogue, the fit to this PC, the download."""
