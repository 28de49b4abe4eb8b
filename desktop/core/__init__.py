"""PR Studio's Qt-free core: workflows, company profiles, prompts, engines, generation and history."""
