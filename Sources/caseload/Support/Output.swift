import Foundation

/// Writes one line to stderr, with control characters made visible.
func printError(_ line: String) {
  FileHandle.standardError.write(Data((line.terminalSafe + "\n").utf8))
}

/// Reads standard input (or a file, or "-" for stdin) as UTF-8 text, refusing invalid UTF-8
/// and anything over `limit` bytes without reading it all into memory first.
func readText(from source: String = "-", limit: Int = 16 << 20) throws -> String {
  let handle: FileHandle
  if source == "-" {
    handle = FileHandle.standardInput
  } else {
    guard let file = FileHandle(forReadingAtPath: source) else {
      throw Refusal("cannot read \(source)")
    }
    handle = file
  }
  var data = Data()
  while true {
    let chunk = handle.readData(ofLength: 1 << 16)
    if chunk.isEmpty { break }
    data.append(chunk)
    guard data.count <= limit else {
      throw Refusal(
        "\(source == "-" ? "standard input" : source) is larger than \(limit >> 20) MiB")
    }
  }
  guard let text = String(data: data, encoding: .utf8) else {
    throw Refusal("\(source == "-" ? "standard input" : source) is not valid UTF-8 text")
  }
  return text
}
