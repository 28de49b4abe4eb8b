"""Writing from the facts: notes become newspaper sentences, sentences become a release.

People type their news as notes ("현지 인력 150명 채용 계획"). This package turns
them into sentences a newswire editor would send (``korean_notes``,
``english_notes``), arranges the sentences into a release at the chosen length
(``release``), writes catchphrases from slogan forms (``slogans``), and lets a
small model choose the most natural of several correct wordings (``fluency``).
Nothing here adds a claim: every figure, name and date comes from the notes
and the company profile.
"""
