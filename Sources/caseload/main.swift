import ArgumentParser
import CaseloadCore
import Foundation

// Exit codes as SPEC 3 sets them: 0 success, 1 refused or invalid operation, 2 usage error.
// Every error is one line on stderr; help goes to stdout with exit 0.
func fail(_ message: String, code: Int32) -> Never {
  Output.error("caseload: \(message)")
  exit(code)
}

do {
  var command = try CaseloadCommand.parseAsRoot()
  try command.run()
} catch let error as CaseloadError {
  fail(error.description, code: 1)
} catch let error as Refusal {
  fail(error.description, code: 1)
} catch let error as UsageError {
  fail(error.description, code: 2)
} catch let error as ExitCode {
  exit(error.rawValue)
} catch {
  let code = CaseloadCommand.exitCode(for: error)
  if code == .success {
    Output.block(CaseloadCommand.fullMessage(for: error) + "\n")
    exit(0)
  }
  let message =
    CaseloadCommand.message(for: error)
    .split(whereSeparator: \.isNewline).first.map(String.init) ?? "invalid arguments"
  fail(message + " (see 'caseload help')", code: 2)
}
