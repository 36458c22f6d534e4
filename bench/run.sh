#!/usr/bin/env bash
# The benchmark of BENCHMARKS.md: builds the jar, generates questionnaires, measures every figure
# against its target and writes target/bench/report.md. About 12 minutes on 2 cores.
#   bench/run.sh                 everything
#   RUNS=3 N=1000 bench/run.sh   fewer repetitions / another batch size
# The machine is noisy: each figure is the median of RUNS runs, and the two sides of a ratio are
# measured alternately so that a busy moment hits both.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
N=${N:-1000}
SAMPLE=${SAMPLE:-10}
work=target/bench
jar=target/pryv-sizer.jar
report=$work/report.md

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# Wall seconds of a command (its output discarded).
seconds() { /usr/bin/time -f %e -o "$work/time.txt" "$@" > /dev/null 2>&1 || true; cat "$work/time.txt"; }
# Peak resident set size in MiB.
peak_mib() { /usr/bin/time -v -o "$work/time.txt" "$@" > /dev/null 2>&1 || true
             awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$work/time.txt"; }
say() { echo "$*" | tee -a "$report"; }

echo "building…"
mvn -B -q package -DskipTests
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
rm -rf "$work"; mkdir -p "$work"
: > "$report"

echo "generating 2000 questionnaires and two large ones…"
java -cp "$cp" io.pryv.sizer.batch.bench.GenerateQuestionnaires "$work/q2000" 2000
java -cp "$cp" io.pryv.sizer.batch.bench.GenerateQuestionnaires "$work/large" 1 200 10000000
# The same over a 10-year plan, each zone growing 25 % a year to year 5 (2.4 times its users), priced.
java -cp "$cp" io.pryv.sizer.batch.bench.GenerateQuestionnaires "$work/large" 1 200 10000000 10 25
all=("$work"/q2000/*.xlsx)
for n in 200 "$N"; do
    mkdir -p "$work/q$n"
    [ "$n" = 2000 ] || ln -f "${all[@]:0:$n}" "$work/q$n/"
done
sample=$(cd "$work/q$N" && printf '%s\n' *.xlsx | sed -n "1,${SAMPLE}p")

say "# Benchmark run $(date -u '+%Y-%m-%d %H:%M UTC')"
say ""
say "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/Mem:/ {print $2}') GB RAM;"
say "$(java -version 2>&1 | head -2 | tr '\n' ' ')"
say "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg). RUNS=$RUNS, N=$N, SAMPLE=$SAMPLE."
say ""

# (a) A batch of N against `size` once per file (a sample, scaled to N).
declare -A batch sizeone
for launcher in "java -jar $jar" "bin/pryv-sizer"; do
    b=(); s=()
    for r in $(seq "$RUNS"); do
        rm -rf "$work/out-a"
        b+=("$(seconds $launcher batch "$work/q$N" -o "$work/out-a")")
        total=0
        for f in $sample; do
            t=$(seconds $launcher size "$work/q$N/$f" -o "$work/out-s")
            total=$(echo "$total + $t" | bc -l)
        done
        s+=("$(echo "$total / $SAMPLE" | bc -l)")
    done
    batch[$launcher]=$(printf '%s\n' "${b[@]}" | median)
    sizeone[$launcher]=$(printf '%s\n' "${s[@]}" | median)
done
say "## (a) batch of $N vs size once per file (target: at least 100x)"
say ""
say "| launcher | batch of $N (s) | size, one file (s) | $N × size (s) | ratio |"
say "|---|---|---|---|---|"
for launcher in "java -jar $jar" "bin/pryv-sizer"; do
    loop=$(echo "${sizeone[$launcher]} * $N" | bc -l)
    say "$(printf '| `%s` | %.1f | %.2f | %.0f | %.0fx |' "$launcher" "${batch[$launcher]}" "${sizeone[$launcher]}" "$loop" "$(echo "$loop / ${batch[$launcher]}" | bc -l)")"
done
say ""
rm -rf "$work/out-a"
say '`batch --timings` (bin/pryv-sizer, one run):'
say ""
say '```'
bin/pryv-sizer batch "$work/q$N" -o "$work/out-a" --timings 2> /dev/null | tail -3 | tee -a "$report" "$work/timings.txt"
say '```'
say ""

# (b) and (e): per-step cost against the floor, and the large questionnaire, warm, in one JVM.
say "## (b) one questionnaire in the pipeline vs the POI floor (target: at most 1.5x), (e) 200 zones x 10 M users warm, and over a 10-year plan (target: under 1 s)"
say ""
mkdir -p "$work/sample"
for f in $sample; do ln -f "$work/q$N/$f" "$work/sample/$f"; done
say '```'
for r in $(seq 3); do
    java -Xmx768m -cp "$cp" io.pryv.sizer.batch.bench.StepCosts "$work/sample" 300 "$work/large/zones-200x10000000.xlsx" \
        "$work/large/zones-200x10000000-10y.xlsx" \
        | grep -E '^(tool|floor|ratio|large questionnaire)' | tee -a "$report"
done
say '```'
say ""

# (c) Cold start: `size` of one file against `--version`, alternately.
example=input-templates/examples/small-clinic.xlsx
say "## (c) cold size of one file vs --version (target: at most 3x)"
say ""
say "| launcher | --version (s) | size small-clinic (s) | ratio |"
say "|---|---|---|---|"
# Reference, measured in the launcher's turn: POI alone opening the same questionnaire and writing it
# back (ColdFloor), with the launcher's one-file JVM options (read from bin/pryv-sizer) and its archive.
one_file_jvm=$(sed -n 's/^ *\*) *jvm="\(.*\)" ;;$/\1/p' bin/pryv-sizer)
for launcher in "java -jar $jar" "bin/pryv-sizer"; do
    v=(); s=(); f=()
    for r in $(seq $((RUNS * 2))); do
        v+=("$(seconds $launcher --version)")
        s+=("$(seconds $launcher size "$example" -o "$work/out-c")")
        if [ "$launcher" = bin/pryv-sizer ]; then
            # shellcheck disable=SC2086 # the option list is meant to split into words
            f+=("$(seconds java -XX:SharedArchiveFile=target/pryv-sizer.jsa -Xshare:auto -Xlog:cds=off $one_file_jvm \
                -cp "$jar:target/test-classes" io.pryv.sizer.batch.bench.ColdFloor "$example" "$work/floor.xlsx")")
        fi
    done
    vm=$(printf '%s\n' "${v[@]}" | median); sm=$(printf '%s\n' "${s[@]}" | median)
    say "$(printf '| `%s` | %.2f | %.2f | %.1fx |' "$launcher" "$vm" "$sm" "$(echo "$sm / $vm" | bc -l)")"
done
fm=$(printf '%s\n' "${f[@]}" | median)   # vm is still the launcher's --version
say ""
say "$(printf 'POI alone, cold, opening small-clinic and writing it back: %.2f s, %.1fx `bin/pryv-sizer --version` (%.2f s).' "$fm" "$(echo "$fm / $vm" | bc -l)" "$vm")"
say ""

# (a) and (c) bound one `size` from both sides; the workbook's own reading and writing (POI) set how low
# the batch can go, whatever the rules and the brief cost.
jobs=$(nproc)
poi_ms=$(sed -n 's/.*read \([0-9.]*\) ms.*workbook \([0-9.]*\) ms.*/\1 + \2/p' "$work/timings.txt" | bc -l)
lb=${batch[bin/pryv-sizer]}
say "## (a) and (c) together, bin/pryv-sizer"
say ""
say "$(printf -- '- (a) holds only if one `size` takes at least 100 × batch / %d = %.2f s; (c) only if it takes at most 3 × `--version` = %.2f s.' \
    "$N" "$(echo "100 * $lb / $N" | bc -l)" "$(echo "3 * $vm" | bc -l)")"
say "$(printf -- '- The read and workbook steps alone (POI opening the questionnaire; the result sheets added and the file saved) take %.1f ms of a core per questionnaire in the batch: %.1f s for %d files on %d cores, so (a) needs `size` ≥ %.2f s even if the rules and the brief cost nothing.' \
    "$poi_ms" "$(echo "$poi_ms * $N / 1000 / $jobs" | bc -l)" "$N" "$jobs" "$(echo "100 * $poi_ms / 1000 / $jobs" | bc -l)")"
# The other half of the pipeline closes the window on its own: the brief (OpenPDF) alone.
brief_ms=$(sed -n 's/.*brief \([0-9.]*\) ms.*/\1/p' "$work/timings.txt")
say "$(printf -- '- The brief alone (OpenPDF laying out and writing the PDF) takes %.1f ms of a core per questionnaire in the batch: %.1f s for %d files on %d cores, so (a) needs `size` ≥ %.2f s even if reading, the rules and the workbook cost nothing.' \
    "$brief_ms" "$(echo "$brief_ms * $N / 1000 / $jobs" | bc -l)" "$N" "$jobs" "$(echo "100 * $brief_ms / 1000 / $jobs" | bc -l)")"
say ""

# (d) Memory: peak RSS of a batch of 2000 against one of 200.
say "## (d) peak RSS, 2000 files vs 200 (target: within 20%, under 1 GB)"
say ""
say "| launcher | 200 files (MiB) | 2000 files (MiB) | growth |"
say "|---|---|---|---|"
for launcher in "bin/pryv-sizer" "java -Xmx384m -XX:+UseParallelGC -jar $jar"; do
    m200=(); m2000=()
    for r in $(seq 3); do
        rm -rf "$work/out-d"; m200+=("$(peak_mib $launcher batch "$work/q200" -o "$work/out-d")")
        rm -rf "$work/out-d"; m2000+=("$(peak_mib $launcher batch "$work/q2000" -o "$work/out-d")")
    done
    a=$(printf '%s\n' "${m200[@]}" | median); b=$(printf '%s\n' "${m2000[@]}" | median)
    say "$(printf '| `%s` | %.0f | %.0f | %+.0f%% |' "$launcher" "$a" "$b" "$(echo "($b - $a) * 100 / $a" | bc -l)")"
done
say ""
say "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)."
echo "report: $report"
