# The front door for common tasks; the same commands the README and CI use.
.PHONY: run test build format fuzz bench bench-web e2e

run:
	scripts/run.sh

test:
	scripts/test.sh

build:
	cmake -S . -B build/debug -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFINSAM_SANITIZE=ON
	cmake --build build/debug

format:
	scripts/format.sh

fuzz:
	scripts/fuzz.sh 60

bench:
	bench/run.sh

bench-web:
	bench/web.sh

# The browser tests against a debug build (make build first).
e2e:
	tests/e2e/run.sh build/debug/src/cli/finsam
