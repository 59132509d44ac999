# Makefile — the two commands of the README, and a few conveniences.
#   make demo   install dependencies, build, run the engine on the bundled demo
#   make test   install dependencies, build, run the whole test suite
#               (plain build, sanitizer build, rules examples, scenarios, fuzzers)
.PHONY: all deps build demo test bench fuzz clean

JOBS ?= $(shell nproc)

all: build

deps:
	./scripts/install-deps.sh

build:
	cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	cmake --build build -j$(JOBS)

demo: deps build
	./scripts/demo.sh

test: deps
	./scripts/test.sh

bench: build
	./scripts/bench.sh

clean:
	rm -rf build build-asan build-fuzz
