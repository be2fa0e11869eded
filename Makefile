PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: demo test bench lint screenshots install package check-install
demo:
	bash scripts/dev demo
test:
	bash scripts/dev test
bench:
	bash scripts/dev bench
lint:
	bash scripts/dev lint
screenshots:
	bash scripts/dev screenshots
install:
	PREFIX="$(PREFIX)" DESTDIR="$(DESTDIR)" bash scripts/dev install
package:
	bash scripts/dev package
check-install:
	bash scripts/dev check-install
