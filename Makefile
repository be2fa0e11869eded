.PHONY: demo test bench lint screenshots
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
