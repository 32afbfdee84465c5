"""The fault-injection soak (issue 10): a mixed workload over all three vendors against the
sandbox on 127.0.0.1 with faults on every operation, reconciled against the sandbox's state.

``python -m tests.soak`` (``make soak``) runs the long form; ``test_soak.py`` a short one.
"""
