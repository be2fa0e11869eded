import Foundation

// kira-bench: in-process benchmarks of the form model and the client.
// Run through `make bench` (release build); prints markdown for the README
// and bench-results/. Usage: kira-bench [memory|validation|wizard|client]... (memory first: it measures first uses)

let requested = Set(CommandLine.arguments.dropFirst())
let runAll = requested.isEmpty

func section(_ title: String, _ lines: [String]) {
  print("## \(title)\n")
  for line in lines { print(line) }
  print("")
}

if runAll || requested.contains("memory") {
  section("Heap of the form model", MemoryBench.run())
}
if runAll || requested.contains("validation") {
  section("Form model", await ValidationBench.run())
}
if runAll || requested.contains("wizard") {
  section("Wizard: reducer, frame and diff per key", WizardBench.run())
}
if runAll || requested.contains("client") {
  section("Client against the in-process sandbox", await ClientBench.run())
}
