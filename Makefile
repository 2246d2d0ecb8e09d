# Thin wrapper: the real build is CMake. `make run` and `make test` work on a fresh Debian 12.

BUILD_DIR ?= build
SANITIZE_DIR ?= build-sanitize
FUZZ_DIR ?= build-fuzz
FUZZ_RUNS ?= 1000000
FUZZ_SECONDS ?= 1800
JOBS ?= 2
CMAKE_FLAGS ?= -DFT_WERROR=ON

.PHONY: all deps configure build run test bench check-sanitize fuzz format format-check tidy clean

all: build

deps:
	@./scripts/install-deps.sh

$(BUILD_DIR)/build.ninja: | deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DCMAKE_EXPORT_COMPILE_COMMANDS=ON $(CMAKE_FLAGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	./$(BUILD_DIR)/app/fivetran-admin --demo

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

bench: build
	./scripts/run-benchmarks.sh $(BUILD_DIR)

check-sanitize: deps
	cmake -S . -B $(SANITIZE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFT_SANITIZE=ON $(CMAKE_FLAGS)
	cmake --build $(SANITIZE_DIR) -j $(JOBS)
	cd $(SANITIZE_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# libFuzzer over every JSON parser of api/ (clang, ASan+UBSan): FUZZ_RUNS inputs, at most
# FUZZ_SECONDS. New interesting inputs are kept in $(FUZZ_DIR)/corpus.
fuzz: deps
	CXX=clang++ cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DCMAKE_CXX_COMPILER=clang++ -DFT_FUZZ=ON -DFT_SANITIZE=ON \
		-DFT_BUILD_TESTS=OFF -DFT_BUILD_BENCH=OFF $(CMAKE_FLAGS)
	cmake --build $(FUZZ_DIR) -j $(JOBS) --target fuzz_jsonparsers
	mkdir -p $(FUZZ_DIR)/corpus
	./$(FUZZ_DIR)/fuzz/fuzz_jsonparsers -runs=$(FUZZ_RUNS) -max_total_time=$(FUZZ_SECONDS) \
		-max_len=8192 -print_final_stats=1 $(FUZZ_DIR)/corpus fuzz/corpus

# The house format (.clang-format): `format` rewrites, `format-check` fails on any difference.
format: deps
	./scripts/format.sh

format-check: deps
	./scripts/format.sh --check

# clang-tidy (.clang-tidy) over compile_commands.json of $(BUILD_DIR).
tidy: configure
	./scripts/tidy.sh $(BUILD_DIR) $(JOBS)

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_DIR) $(FUZZ_DIR)
