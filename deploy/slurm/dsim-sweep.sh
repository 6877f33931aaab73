#!/usr/bin/env bash
# A sharded dsim sweep on Slurm: a job array with one task per shard (the shard is the task's
# SLURM_ARRAY_TASK_ID, counted from 0 as dsim's shards are), then a merge job that starts once
# every task has succeeded and writes the report one machine would have written, byte for byte.
#
# Run it from the folder the scenario's path is relative to (the jobs start there too, so the
# path reads the same in the report), e.g. the repository root:
#   deploy/slurm/dsim-sweep.sh scenarios/payments.yaml 1000 8
# DSIM_JAR, DSIM_PARTS and DSIM_REPORT override where the jar is and where parts and report go;
# the folders must be on a file system every node sees.
set -euo pipefail

scenario="${1:?usage: dsim-sweep.sh SCENARIO [SEEDS] [SHARDS]}"
seeds="${2:-1000}"
shards="${3:-8}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

export DSIM_SCENARIO="$scenario" DSIM_SEEDS="$seeds" DSIM_SHARDS="$shards"
export DSIM_JAR="${DSIM_JAR:-cli/target/dsim.jar}"
export DSIM_PARTS="${DSIM_PARTS:-out/slurm-parts}"
export DSIM_REPORT="${DSIM_REPORT:-out/slurm-report}"

array="$(sbatch --parsable --array="0-$((shards - 1))" --export=ALL "$here/shard.sbatch")"
merge="$(sbatch --parsable --dependency="afterok:${array%%;*}" --export=ALL "$here/merge.sbatch")"
echo "shards: job array ${array%%;*} ($shards tasks); merge: job ${merge%%;*}, report in $DSIM_REPORT"
