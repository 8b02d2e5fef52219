#!/usr/bin/env python3
"""Runs one shell command and prints what /usr/bin/time -f "%e %M %U %S %R"
would: wall seconds, peak RSS in KB, user and system seconds and minor page
faults, but the wall time to the microsecond (/usr/bin/time reads hundredths,
a 4% step on a run of a quarter of a second).

    bench/time_run.py 'COMMAND' STDERR_FILE    # its standard output is discarded
"""
import resource
import subprocess
import sys
import time

command, stderr_path = sys.argv[1], sys.argv[2]
with open(stderr_path, "w") as stderr:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(["bash", "-c", command], stdout=subprocess.DEVNULL, stderr=stderr, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
# ru_maxrss of the children is the largest of any waited for: this process waits for one.
print(f"{wall:.6f} {after.ru_maxrss} {after.ru_utime - before.ru_utime:.3f} "
      f"{after.ru_stime - before.ru_stime:.3f} {after.ru_minflt - before.ru_minflt}")
