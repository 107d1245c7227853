#!/usr/bin/env python3
"""Runs `factdiff batch` as the map step of Apache Spark in local mode: the
JSON Lines file is grouped by story (so that each story's lines are
consecutive), each partition is piped through one `factdiff batch` process
(`RDD.pipe`), and the per-story reports are collected.

    python3 scripts/spark-batch.py [FILE.jsonl] [PARTITIONS]

Without a file it makes 300 stories from seeds/ (scripts/batch-stories.py).
Skips (exit 0) with a message when pyspark or a Java runtime is missing;
install them with `pip install pyspark` and `apt-get install -y
openjdk-17-jre-headless`. FACTDIFF=path picks the binary (default
target/release/factdiff).
"""
import json, os, shutil, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
factdiff = os.environ.get("FACTDIFF", os.path.join(root, "target", "release", "factdiff"))

try:
    from pyspark import SparkConf, SparkContext
except ImportError:
    print("spark-batch: skipped: pyspark is not installed (pip install pyspark)")
    sys.exit(0)
if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
    print("spark-batch: skipped: no Java runtime (apt-get install -y openjdk-17-jre-headless)")
    sys.exit(0)
if not os.access(factdiff, os.X_OK):
    print(f"spark-batch: skipped: {factdiff} not built (cargo build --release)")
    sys.exit(0)

path = sys.argv[1] if len(sys.argv) > 1 else None
partitions = int(sys.argv[2]) if len(sys.argv) > 2 else 4
if path is None:
    tmp = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8")
    subprocess.run([sys.executable, os.path.join(root, "scripts", "batch-stories.py"), os.path.join(root, "seeds"), "300"],
                   stdout=tmp, check=True)
    tmp.close()
    path = tmp.name
made = path if len(sys.argv) <= 1 else None

os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
conf = SparkConf().setMaster(f"local[{os.cpu_count() or 2}]").setAppName("factdiff-batch") \
    .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
sc = SparkContext(conf=conf)
sc.setLogLevel("ERROR")
t0 = time.time()
# key each article by its story, gather each story's lines, and hand every
# partition to one factdiff process on its standard input
stories = (sc.textFile(path)
           .filter(lambda l: l.strip())
           .map(lambda l: (json.loads(l).get("story"), l))
           .groupByKey(numPartitions=partitions)
           .flatMap(lambda kv: list(kv[1])))
reports = stories.pipe(f"{factdiff} batch --jobs 1 -").map(json.loads)
summary = reports.map(lambda r: (r["story"], r["summary"]["conflict"])).collect()
secs = time.time() - t0
sc.stop()
failing = sorted(s for s, c in summary if c > 0)
print(f"spark-batch: {len(summary)} stories in {partitions} partitions, {secs:.1f} s; "
      f"{len(failing)} with a conflict: {', '.join(failing[:5])}{' …' if len(failing) > 5 else ''}")
if made:
    os.unlink(made)
