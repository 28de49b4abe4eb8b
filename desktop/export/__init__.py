"""Qt-free export of PR Studio's document model to Word files."""
