# The two commands a new user needs (README): `make run` and `make test`. Both install what is missing first.
BUILD_DIR ?= build/release
DEMO_DIR  ?= build/demo
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)
UPROOT    := $(BUILD_DIR)/app/uproot

.PHONY: all deps configure build test run demo bench clean

all: build

deps:
	@bash scripts/install-deps.sh

configure: deps
	@cmake --preset release >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j$(JOBS)

test: build
	@cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j$(JOBS)

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
