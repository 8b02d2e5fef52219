#!/usr/bin/env python3
"""Runs one shell command under /usr/bin/time and prints what
/usr/bin/time -f "%e %M %U %S %R" would: wall seconds, peak RSS in KB, user
and system seconds and minor page faults, but the wall time to the
microsecond (/usr/bin/time reads hundredths, a 4% step on a run of a quarter
of a second).

    bench/time_run.py 'COMMAND' STDERR_FILE    # its standard output is discarded

/usr/bin/time still measures memory: a process started from this interpreter
would count the interpreter's own memory in its peak RSS (Linux keeps the
peak of the memory a process had before it replaced its program).
"""
import os
import sys
import tempfile
import time

command, stderr_path = sys.argv[1], sys.argv[2]
with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
    devnull = os.open(os.devnull, os.O_WRONLY)
    stderr = os.open(stderr_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    start = time.perf_counter()
    pid = os.posix_spawn("/usr/bin/time", ["time", "-f", "%M %U %S %R", "-o", report.name, "bash", "-c", command],
                         os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, stderr, 2)])
    os.waitpid(pid, 0)
    wall = time.perf_counter() - start
    measured = report.read().strip().splitlines()[-1]  # after any "Command exited with non-zero status"
print(f"{wall:.6f} {measured}")
