"""Adversarial user files (see conftest.py and tests/test_attacks.py); a package only so that its
conftest has a unique module name."""
