"""Class 8 (presentation and crashes): ``DERIVATIONS`` holding something other than derivations.

``DERIVATIONS = ["attack.c8.derivations_not_records", 42]``: a sound kernel refuses with one
line naming the module and the entry (no traceback): exit != 0.
"""
DERIVATIONS = ["attack.c8.derivations_not_records", 42]
