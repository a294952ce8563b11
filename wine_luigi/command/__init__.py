"""The shell around a `luigi --module wine_luigi …` command: everything before, around and at the end of it.

- `shell.py`: the one entry and the one exit (read it first);
- `preflight.py`: the settings checked before anything runs;
- `locks.py`: one command at a time per month;
- `session.py`: the months this command scheduled, and when;
- `end_of_run.py`: each of them reported once (ledger row, email) and the exit code, from
- `failures.py`: what went wrong in an attempt at a month, one record per step that failed, and
- `current_attempt.py`: what the attempt has produced so far (the gates passed, the figures, the rejects);
- `log_lines.py`: what the command logs beyond Luigi's own lines.

Nothing is imported here: the graph's modules use locks, preflight, session and failures, and end_of_run and
current_attempt use the graph.
"""
