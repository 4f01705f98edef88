"""juryapp: the jury sessions of the French Titre Professionnel, offline, one file per session.

Everything in this package but `juryapp.gui` is free of Qt.
"""

__version__ = "0.1.0"
