"""One module per family, each defining ``CASE``: the data the generic tests run on.

See ``tests/cases/_case.py`` for the fields. Adding a family = one module here.
"""
