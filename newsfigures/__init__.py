"""newsfigures: extract the numeric figures news texts state, read them as claims, and check them
against each other and against primary data.

Stages, one module each: :mod:`~newsfigures.corpus` (texts → articles), :mod:`~newsfigures.extract`
(articles → figures), and the command line in :mod:`~newsfigures.cli`.
"""

__version__ = "0.1.0"
