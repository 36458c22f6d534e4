#!/usr/bin/env bash
# The benchmark of BENCHMARKS.md: builds the jar, generates questionnaires, measures every figure
# against its target and writes target/bench/report.md. About 20 minutes on 2 cores, on a quiet machine.
#   bench/run.sh                          everything
#   RUNS=3 N=1000 bench/run.sh            fewer repetitions / another batch size
#   AB=0 bench/run.sh                     without the A/B against the jar of BASELINE
#   RUNS=1 N=20 SAMPLE=2 MANY=40 STEPS=4 AB_N=10 LARGE_ZONES=20 bench/run.sh   a smoke test (figures meaningless)
# The machine is noisy: each figure is the median of RUNS runs, and the two sides of a ratio are
# measured alternately so that a busy moment hits both.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
N=${N:-1000}                # the batch of (a)
SAMPLE=${SAMPLE:-10}        # files `size` runs on, one process each, in (a)
MANY=${MANY:-2000}          # questionnaires generated; (d) compares a batch of MANY with one of MANY / 10
STEPS=${STEPS:-300}         # warm runs per questionnaire of (b)
AB=${AB:-1}                 # 0 skips the A/B
BASELINE=${BASELINE:-76256c2}   # the commit of the last full run (issues 15 and 16): set it to the commit before your change
AB_N=${AB_N:-200}           # questionnaires of the A/B batch
# The targets of issue 14 (and issue 4 for b and d).
A_TARGET=40         # (a) a batch of N at least this many times faster than `size` once per file
C_TARGET=5          # (c) a cold `size` within this many times `--version`
E_TARGET_MS=1000    # (e) the large questionnaire, warm
AB_TARGET=1.25      # the per-questionnaire batch cost, now / before
LARGE_ZONES=${LARGE_ZONES:-200}         # the large questionnaire of (e): zones, users of each in year 1,
LARGE_USERS=${LARGE_USERS:-10000000}
LARGE_YEARS=10                          # years of its plan (priced),
LARGE_GROWTH=25                         # and its users' growth in % a year, years 2 to 5
work=target/bench
jar=target/pryv-sizer.jar
report=$work/report.md
mvn=(mvn -B -q -o)

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# Wall seconds of a command (its output discarded).
seconds() { /usr/bin/time -f %e -o "$work/time.txt" "$@" > /dev/null 2>&1 || true; cat "$work/time.txt"; }
# Peak resident set size in MiB.
peak_mib() { /usr/bin/time -v -o "$work/time.txt" "$@" > /dev/null 2>&1 || true
             awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$work/time.txt"; }
say() { echo "$*" | tee -a "$report"; }
# "met" or "**missed**": whether $1 $2 $3 holds (e.g. 41.2 '>=' 40).
verdict() { if [ "$(echo "$1 $2 $3" | bc -l)" = 1 ]; then echo met; else echo '**missed**'; fi; }
declare -A verdicts   # the summary table's rows by figure, printed at the end

echo "building…"
"${mvn[@]}" package -DskipTests
"${mvn[@]}" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
rm -rf "$work"; mkdir -p "$work"
: > "$report"

FEW=$((MANY / 10))
echo "generating $MANY questionnaires and a large one…"
java -cp "$cp" io.pryv.sizer.batch.bench.GenerateQuestionnaires "$work/q$MANY" "$MANY"
java -cp "$cp" io.pryv.sizer.batch.bench.GenerateQuestionnaires "$work/large" 1 "$LARGE_ZONES" "$LARGE_USERS" "$LARGE_YEARS" "$LARGE_GROWTH"
large="$work/large/zones-${LARGE_ZONES}x$LARGE_USERS-${LARGE_YEARS}y.xlsx"
all=("$work"/q"$MANY"/*.xlsx)
for n in "$FEW" "$N"; do
    mkdir -p "$work/q$n"
    [ "$n" = "$MANY" ] || ln -f "${all[@]:0:$n}" "$work/q$n/"
done
sample=$(cd "$work/q$N" && printf '%s\n' *.xlsx | sed -n "1,${SAMPLE}p")

say "# Benchmark run $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git describe --always --dirty)"
say ""
say "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/Mem:/ {print $2}') GB RAM;"
say "$(java -version 2>&1 | head -2 | tr '\n' ' ')"
say "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg). RUNS=$RUNS, N=$N, SAMPLE=$SAMPLE, MANY=$MANY, STEPS=$STEPS, AB=$AB, BASELINE=$BASELINE, AB_N=$AB_N."
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
say "## (a) batch of $N vs size once per file (target: at least ${A_TARGET}x with bin/pryv-sizer)"
say ""
say "| launcher | batch of $N (s) | size, one file (s) | $N × size (s) | ratio |"
say "|---|---|---|---|---|"
for launcher in "java -jar $jar" "bin/pryv-sizer"; do
    loop=$(echo "${sizeone[$launcher]} * $N" | bc -l)
    ratio=$(echo "$loop / ${batch[$launcher]}" | bc -l)
    say "$(printf '| `%s` | %.1f | %.2f | %.0f | %.0fx |' "$launcher" "${batch[$launcher]}" "${sizeone[$launcher]}" "$loop" "$ratio")"
done
say ""
say "The target is judged with \`bin/pryv-sizer\`; the \`java -jar\` line is for information."
say ""
verdicts[a]="$(printf '| a | batch of %d vs `size` once per file, `bin/pryv-sizer` | ≥ %d× | %.0f× (%.1f s vs %d × %.2f s) | %s |' \
    "$N" "$A_TARGET" "$ratio" "${batch[bin/pryv-sizer]}" "$N" "${sizeone[bin/pryv-sizer]}" "$(verdict "$ratio" '>=' "$A_TARGET")")"
rm -rf "$work/out-a"
say '`batch --timings` (bin/pryv-sizer, one run):'
say ""
say '```'
bin/pryv-sizer batch "$work/q$N" -o "$work/out-a" --timings 2> /dev/null | tail -3 | tee -a "$report" "$work/timings.txt"
say '```'
say ""

# (b) and (e): per-step cost against the floor, and the large questionnaire, warm, in one JVM.
say "## (b) one questionnaire in the pipeline vs the POI floor (target: at most 1.5x), (e) $LARGE_ZONES zones of $LARGE_USERS users in year 1, growing $LARGE_GROWTH % a year to year 5 over a priced $LARGE_YEARS-year plan, warm, all outputs (target: under $E_TARGET_MS ms)"
say ""
mkdir -p "$work/sample"
for f in $sample; do ln -f "$work/q$N/$f" "$work/sample/$f"; done
say '```'
for r in $(seq 3); do
    java -Xmx768m -cp "$cp" io.pryv.sizer.batch.bench.StepCosts "$work/sample" "$STEPS" "$large" \
        | grep -E '^(tool|floor|ratio|large questionnaire)' | tee -a "$report" "$work/steps.txt"
done
say '```'
say ""
b_ratio=$(sed -n 's/^ratio tool\/floor \([0-9.]*\).*/\1/p' "$work/steps.txt" | sort -g | tail -1)
verdicts[b]="$(printf '| b | one questionnaire in the pipeline vs the POI floor | ≤ 1.5× | %.2f (highest of 3) | %s |' \
    "$b_ratio" "$(verdict "$b_ratio" '<=' 1.5)")"
# (e) is judged on the slowest of the three runs.
e_line=$(grep -E '^large questionnaire' "$work/steps.txt")
e_ms=$(echo "$e_line" | sed -n 's/.*: \([0-9]*\) ms$/\1/p' | sort -g | tail -1)
e_what=$(echo "$e_line" | head -1 | sed 's/^[^(]*(\(.*\)), warm.*/\1/')
verdicts[e]="$(printf '| e | large questionnaire, warm, all outputs: %s | < %d ms | %d ms (slowest of 3 medians) | %s |' \
    "$e_what" "$E_TARGET_MS" "$e_ms" "$(verdict "$e_ms" '<' "$E_TARGET_MS")")"

# (c) Cold start: `size` of one file against `--version`, alternately.
example=input-templates/examples/small-clinic.xlsx
say "## (c) cold size of one file vs --version (target: at most ${C_TARGET}x with bin/pryv-sizer)"
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
# The loop ends with bin/pryv-sizer, the launcher the target is judged with.
verdicts[c]="$(printf '| c | cold `size` vs `--version`, `bin/pryv-sizer` | ≤ %d× | %.1f× (%.2f s vs %.2f s) | %s |' \
    "$C_TARGET" "$(echo "$sm / $vm" | bc -l)" "$sm" "$vm" "$(verdict "$sm" '<=' "$C_TARGET * $vm")")"
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
say "$(printf -- '- (a) holds only if one `size` takes at least %d × batch / %d = %.2f s; (c) only if it takes at most %d × `--version` = %.2f s.' \
    "$A_TARGET" "$N" "$(echo "$A_TARGET * $lb / $N" | bc -l)" "$C_TARGET" "$(echo "$C_TARGET * $vm" | bc -l)")"
say "$(printf -- '- The read and workbook steps alone (POI opening the questionnaire; the result sheets added and the file saved) take %.1f ms of a core per questionnaire in the batch: %.1f s for %d files on %d cores, so (a) needs `size` ≥ %.2f s even if the rules and the brief cost nothing.' \
    "$poi_ms" "$(echo "$poi_ms * $N / 1000 / $jobs" | bc -l)" "$N" "$jobs" "$(echo "$A_TARGET * $poi_ms / 1000 / $jobs" | bc -l)")"
# The other half of the pipeline closes the window on its own: the brief (OpenPDF) alone.
brief_ms=$(sed -n 's/.*brief \([0-9.]*\) ms.*/\1/p' "$work/timings.txt")
say "$(printf -- '- The brief alone (OpenPDF laying out and writing the PDF) takes %.1f ms of a core per questionnaire in the batch: %.1f s for %d files on %d cores, so (a) needs `size` ≥ %.2f s even if reading, the rules and the workbook cost nothing.' \
    "$brief_ms" "$(echo "$brief_ms * $N / 1000 / $jobs" | bc -l)" "$N" "$jobs" "$(echo "$A_TARGET * $brief_ms / 1000 / $jobs" | bc -l)")"
say ""

# (d) Memory: peak RSS of a batch of 2000 against one of 200.
say "## (d) peak RSS, $MANY files vs $FEW (target: within 20%, under 1 GB)"
say ""
say "| launcher | $FEW files (MiB) | $MANY files (MiB) | growth |"
say "|---|---|---|---|"
for launcher in "bin/pryv-sizer" "java -Xmx384m -XX:+UseParallelGC -jar $jar"; do
    mfew=(); mmany=()
    for r in $(seq 3); do
        rm -rf "$work/out-d"; mfew+=("$(peak_mib $launcher batch "$work/q$FEW" -o "$work/out-d")")
        rm -rf "$work/out-d"; mmany+=("$(peak_mib $launcher batch "$work/q$MANY" -o "$work/out-d")")
    done
    a=$(printf '%s\n' "${mfew[@]}" | median); b=$(printf '%s\n' "${mmany[@]}" | median)
    say "$(printf '| `%s` | %.0f | %.0f | %+.0f%% |' "$launcher" "$a" "$b" "$(echo "($b - $a) * 100 / $a" | bc -l)")"
    if [ "$launcher" = bin/pryv-sizer ]; then
        verdicts[d]="$(printf '| d | peak RSS, %d files vs %d, `bin/pryv-sizer batch` | ≤ +20 %%, < 1 GB | %.0f → %.0f MiB, %+.0f %% | %s |' \
            "$MANY" "$FEW" "$a" "$b" "$(echo "($b - $a) * 100 / $a" | bc -l)" "$(verdict "($b <= $a * 1.2) && ($b < 1024)" '==' 1)")"
    fi
done
say ""

# A/B: the cost of a questionnaire in a batch before a change (the jar of BASELINE) and now (the jar built
# above), `java -jar … batch` on the same AB_N questionnaires, made by BASELINE's own generator in its layout,
# which both jars read. Each runs from a folder without rules/, so that it loads the rules packaged with it.
# The two jars run alternately rather than one series after the other: the load of this shared machine drifts
# over minutes, and alternating lets a busy spell fall on both sides alike instead of on one; the order flips
# every round (before-now, now-before, …) so that neither side is always the first after the other.
if [ "$AB" != 0 ]; then
    echo "A/B: building the jar of $BASELINE…"
    base=target/ab-baseline
    [ ! -e "$base" ] || git worktree remove --force "$base"
    git worktree add --quiet --detach "$base" "$BASELINE"
    trap 'git worktree remove --force "$base"' EXIT
    (cd "$base" && "${mvn[@]}" package -DskipTests -Dcds.skip \
        && "${mvn[@]}" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt)
    ab=$(pwd)/$work/ab
    mkdir -p "$ab"
    cp "$base/target/pryv-sizer.jar" "$ab/before.jar"
    cp "$jar" "$ab/now.jar"
    (cd "$base" && java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
        io.pryv.sizer.batch.bench.GenerateQuestionnaires "$ab/q" "$AB_N")
    # Wall seconds and peak MiB of one batch; stops the benchmark if a jar fails or sizes fewer than all.
    ab_run() {
        rm -rf "$ab/out"
        if ! (cd "$ab" && /usr/bin/time -f '%e %M' -o time.txt java -jar "$1.jar" batch q -o out > "$1.log" 2>&1); then
            echo "A/B: the $1 jar failed, see $ab/$1.log" >&2; exit 1
        fi
        local sized; sized=$(find "$ab/out" -name '*-brief.pdf' | wc -l)
        if [ "$sized" != "$AB_N" ]; then echo "A/B: the $1 jar sized $sized of $AB_N questionnaires, see $ab/$1.log" >&2; exit 1; fi
        awk '{printf "%s %.0f\n", $1, $2 / 1024}' "$ab/time.txt"
    }
    declare -A ab_s ab_m
    for r in $(seq "$RUNS"); do
        if [ $((r % 2)) = 1 ]; then order="before now"; else order="now before"; fi
        for side in $order; do
            measured=$(ab_run "$side")   # a failure inside stops the script (set -e)
            ab_s[$side]+="${measured% *} "; ab_m[$side]+="${measured#* } "
        done
    done
    say "## A/B: a questionnaire's cost in a batch, before ($BASELINE) and now (target: at most ${AB_TARGET}x)"
    say ""
    say "\`java -jar … batch\` of $AB_N questionnaires generated by $BASELINE, default jobs, each jar with its packaged rules, alternately (RUNS=$RUNS each). Wall time of the whole batch, the JVM's start and the rules' loading included (about a second of it)."
    say ""
    say "| jar | wall time of each run (s) | median (s) | per questionnaire (ms) | peak RSS (MiB) |"
    say "|---|---|---|---|---|"
    for side in before now; do
        label=$([ "$side" = before ] && echo "before ($BASELINE)" || echo "now ($(git describe --always --dirty))")
        med=$(printf '%s\n' ${ab_s[$side]} | median)
        say "$(printf '| %s | %s | %.2f | %.1f | %s |' "$label" "${ab_s[$side]% }" "$med" "$(echo "$med * 1000 / $AB_N" | bc -l)" \
            "$(printf '%s\n' ${ab_m[$side]} | sort -g | sed -n '1p;$p' | paste -sd- | sed 's/^\([0-9]*\)-\1$/\1/')")"
        [ "$side" = before ] && before_med=$med || now_med=$med
    done
    ab_ratio=$(echo "$now_med / $before_med" | bc -l)
    say ""
    say "$(printf 'Ratio now / before: %.2f.' "$ab_ratio")"
    say ""
    verdicts[AB]="$(printf '| A/B | a questionnaire in a batch, now vs %s, `java -jar`, alternately | ≤ %s× | %.2f (%.2f s vs %.2f s for %d) | %s |' \
        "$BASELINE" "$AB_TARGET" "$ab_ratio" "$now_med" "$before_med" "$AB_N" "$(verdict "$ab_ratio" '<=' "$AB_TARGET")")"
fi

say "## Summary"
say ""
say "| # | figure | target | measured | verdict |"
say "|---|---|---|---|---|"
for figure in a b c d e AB; do [ -z "${verdicts[$figure]:-}" ] || say "${verdicts[$figure]}"; done
say ""
say "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)."
echo "report: $report"
