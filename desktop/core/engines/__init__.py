"""Language-model engines behind one small interface (see ``base``)."""
