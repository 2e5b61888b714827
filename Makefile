# Everything installs from this project's own files into .venv.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

# The benchmarks run on python3.13, as the Lambda function does.
# The first python3.13 that really runs (a pyenv shim on PATH may not, when 3.13 is not selected).
PYTHON313 ?= $(shell for p in $$(command -v python3.13) /root/.pyenv/versions/3.13*/bin/python3.13; do \
	"$$p" -c "" 2>/dev/null && echo "$$p" && break; done)
BENCH_VENV ?= .venv-bench

MUTATION_VENV ?= .venv-mutation

.PHONY: chat test venv bench clean model soak mutation own-time screens

$(BIN)/letting-go: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

venv: $(BIN)/letting-go

## Talk to the skill in this terminal, with state kept in the local store.
chat: venv
	$(BIN)/letting-go chat

## Expand interaction_models/<locale>.toml into the <locale>.json that Alexa and the console read,
## and take CLDR's data for every locale into skill/voice/cldr.json.
model: venv
	$(BIN)/python -m deploy.interaction_model
	$(BIN)/python -m deploy.cldr

## Every screen with sample data, for each viewport profile, in build/screens/ (paste a file's
## "document" and "datasources" into the APL authoring tool to see it).
screens: venv
	$(BIN)/python -m deploy.screens

## Fuzz the skill with 10,000 odd envelopes of each kind (make test runs 300); prints the counts.
soak: venv
	LETTING_GO_FUZZ_EXAMPLES=10000 $(BIN)/pytest -q tests/fuzz --hypothesis-show-statistics

## Lint, type-check and run every test.
test: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest

$(MUTATION_VENV)/bin/mutmut: pyproject.toml
	$(PYTHON) -m venv $(MUTATION_VENV)
	$(MUTATION_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(MUTATION_VENV)/bin/python -m pip install --quiet -e '.[mutation]'
	touch $@

## Mutation testing of skill/domain and skill/storage (docs/mutation.md); prints the score of each.
## Not part of `make test`: each run starts afresh and takes four to seven minutes on two cores.
mutation: $(MUTATION_VENV)/bin/mutmut
	rm -rf mutants
	$(MUTATION_VENV)/bin/mutmut run --max-children 2
	$(MUTATION_VENV)/bin/python -m tests.mutation_score

$(BENCH_VENV)/bin/python: pyproject.toml
	@test -n "$(PYTHON313)" || { echo "python3.13 is needed for the benchmarks"; exit 1; }
	$(PYTHON313) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BENCH_VENV)/bin/python -m pip install --quiet -e '.[bench,web]'
	touch $@

## Where the skill's own time per warm turn goes, beside the bare ASK SDK skill's (a profile).
own-time: $(BENCH_VENV)/bin/python
	$(BENCH_VENV)/bin/python bench/own_time.py

## Measure the skill against the ASK SDK's own floor; writes bench/results.md and .json.
bench: $(BENCH_VENV)/bin/python build
	$(BENCH_VENV)/bin/python bench/run.py

.PHONY: build check-build skill-package

## Build the Lambda package with SAM into .aws-sam/build (byte-compiled by python3.13).
build: venv
	@test -n "$(PYTHON313)" || { echo "python3.13 is needed: the package is compiled for the Lambda runtime"; exit 1; }
	PYTHON313=$(PYTHON313) $(BIN)/sam build

## Build, then check the built package alone answers Alexa under python3.13 (docs/deploy.md).
check-build: build
	PYTHON313=$(PYTHON313) LETTING_GO_BUILT_PACKAGE=.aws-sam/build/SkillFunction \
		$(BIN)/pytest -q tests/deploy/check_built_package.py

## Assemble the Alexa skill package in build/ask for `ask deploy`. STACK=letting-go fills in
## the endpoint from the stack's outputs; SKILL_ID=amzn1.ask.skill.… names an existing skill;
## PRIVACY_URL=https://… is where docs/privacy.md is published.
skill-package: venv
	$(BIN)/python -m deploy.skill_package $(if $(STACK),--stack-name $(STACK)) $(if $(SKILL_ID),--skill-id $(SKILL_ID)) \
		$(if $(PRIVACY_URL),--privacy-url $(PRIVACY_URL))

clean:
	rm -rf $(VENV) $(BENCH_VENV) $(MUTATION_VENV) mutants .pytest_cache .mypy_cache .ruff_cache .hypothesis
