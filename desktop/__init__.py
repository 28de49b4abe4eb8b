"""PR Studio desktop package."""
