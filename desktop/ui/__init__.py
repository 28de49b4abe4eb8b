"""PR Studio's window (PySide6). It drives the same core pipeline as the command line."""
