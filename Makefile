# The two commands a new user needs (README): `make run` and `make test`. Both install what is missing first.
BUILD_DIR ?= build/release
DEMO_DIR  ?= build/demo
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)
UPROOT    := $(BUILD_DIR)/app/uproot

.PHONY: all deps configure build test test-asan run demo bench clean

all: build

deps:
	@bash scripts/install-deps.sh

configure: deps
	@cmake --preset release >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j$(JOBS)

test: build
	@cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j$(JOBS)

# The whole suite again, built with AddressSanitizer and UBSan (CMake preset asan, build/asan). UBSan stops at
# its first report (halt_on_error), so a report fails its test; LeakSanitizer reads tests/sanitizers/lsan.supp.
ASAN_DIR ?= build/asan
test-asan: deps
	@cmake --preset asan >/dev/null
	@cmake --build $(ASAN_DIR) -j$(JOBS)
	@cd $(ASAN_DIR) && QT_QPA_PLATFORM=offscreen \
	  ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=0 \
	  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0 \
	  ctest --output-on-failure -j$(JOBS) --timeout 1800

demo: build
	@mkdir -p $(DEMO_DIR)
	@rm -f $(DEMO_DIR)/demo.uproot $(DEMO_DIR)/demo.uproot-wal $(DEMO_DIR)/demo.uproot-shm
	@$(UPROOT) demo $(DEMO_DIR)/demo.uproot

# Opens the demo in the window; without a display, says so and writes the demo's plan of action as PDF.
run: demo
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  $(UPROOT) $(DEMO_DIR)/demo.uproot; \
	else \
	  echo "No display (DISPLAY is not set): writing the demo's plan of action as PDF instead."; \
	  $(UPROOT) export $(DEMO_DIR)/demo.uproot --document plan --output $(DEMO_DIR)/demo-plan.pdf && \
	  echo "PDF: $$(cd $(DEMO_DIR) && pwd)/demo-plan.pdf"; \
	fi

bench: build
	@$(BUILD_DIR)/bench/uproot-bench

clean:
	@rm -rf build
