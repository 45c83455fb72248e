import Foundation

/// JSON that is not JSON, in the spirit of JSONTestSuite's `n_` files: whole documents, and
/// faults put into the good store at a place the message must name by line and column.
extension HostileCase {
  static let here = "⟨HERE⟩"

  /// A fault made by `edit`, which marks where it is with `here`; the message names that place.
  static func fault(
    _ name: String, _ problem: String, _ edit: @escaping @Sendable (String) -> String
  ) -> HostileCase {
    let marked = edit(CorpusStore.text)
    let before = marked.components(separatedBy: here)[0]
    let line = before.filter { $0 == "\n" }.count + 1
    let lastLine = before.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
    let column = lastLine.utf8.count + 1
    return HostileCase(name, "line \(line), column \(column): \(problem)") { text in
      Array(edit(text).replacing(here, with: "").utf8)
    }
  }

  /// A whole document in place of the store.
  static func document(_ name: String, _ text: String, _ expected: String) -> HostileCase {
    HostileCase(name, expected) { _ in Array(text.utf8) }
  }
}

extension HostileCorpus {
  static let invalid = "is not valid JSON: expected"

  static let syntax: [HostileCase] = documents + faults

  static let documents: [HostileCase] = [
    .document("an empty file", "", "is empty"),
    .document("only whitespace", " \n\t\r\n ", "is empty"),
    .document(
      "only an opening brace", "{",
      "ends before the JSON is complete (the file may have been cut short)"),
    .document(
      "a trailing comma in an object", #"{"a":1,}"#, "line 1, column 8: \(invalid) a key in quotes"),
    .document("two commas", #"{"a":1,,"b":2}"#, "line 1, column 8: \(invalid) a key in quotes"),
    .document("a lone comma", "{,}", "line 1, column 2: \(invalid) a key in quotes"),
    .document("no colon", #"{"a" 1}"#, "line 1, column 6: \(invalid) ':' after a key"),
    .document("no value", #"{"a":}"#, "line 1, column 6: \(invalid) a value"),
    .document("an unquoted key", "{a:1}", "line 1, column 2: \(invalid) a key in quotes"),
    .document("single quotes", "{'a':1}", "line 1, column 2: \(invalid) a key in quotes"),
    .document(
      "an extra brace", #"{"a":1}}"#,
      "line 1, column 8: is not valid JSON: more text follows the end of the JSON"),
    .document(
      "an unclosed object", #"{"a":1"#,
      "ends before the JSON is complete (the file may have been cut short)"),
    .document(
      "a list closed by a brace", #"{"a":[1,2}"#,
      "line 1, column 10: \(invalid) ',' or ']' after a value in a list"),
    .document(
      "a trailing comma in a list", #"{"a":[1,2,]}"#, "line 1, column 11: \(invalid) a value"),
    .document("a leading comma in a list", #"{"a":[,1]}"#, "line 1, column 7: \(invalid) a value"),
    .document(
      "no comma in a list", #"{"a":[1 2]}"#,
      "line 1, column 9: \(invalid) ',' or ']' after a value in a list"),
    .document(
      "no comma in an object", #"{"a":1 "b":2}"#,
      "line 1, column 8: \(invalid) ',' or '}' after a value in an object"),
    .document(
      "a leading zero", #"{"a":01}"#,
      "line 1, column 7: \(invalid) ',' or '}' after a value in an object"),
    .document("a lone minus", #"{"a":-}"#, "line 1, column 7: \(invalid) a digit"),
    .document("a minus and a space", #"{"a":- 1}"#, "line 1, column 7: \(invalid) a digit"),
    .document("a point and no digits", #"{"a":1.}"#, "line 1, column 8: \(invalid) a digit"),
    .document("a point first", #"{"a":.5}"#, "line 1, column 6: \(invalid) a value"),
    .document("an exponent with no digits", #"{"a":1e}"#, "line 1, column 8: \(invalid) a digit"),
    .document(
      "an exponent sign with no digits", #"{"a":1e+}"#, "line 1, column 9: \(invalid) a digit"),
    .document(
      "a fraction and an empty exponent", #"{"a":1.0e}"#, "line 1, column 10: \(invalid) a digit"),
    .document("a plus sign", #"{"a":+1}"#, "line 1, column 6: \(invalid) a value"),
    .document(
      "hexadecimal", #"{"a":0x10}"#,
      "line 1, column 7: \(invalid) ',' or '}' after a value in an object"),
    .document(
      "letters after digits", #"{"a":123abc}"#,
      "line 1, column 9: \(invalid) ',' or '}' after a value in an object"),
    .document("NaN", #"{"a":NaN}"#, "line 1, column 6: \(invalid) a value"),
    .document("Infinity", #"{"a":Infinity}"#, "line 1, column 6: \(invalid) a value"),
    .document("minus Infinity", #"{"a":-Infinity}"#, "line 1, column 7: \(invalid) a digit"),
    .document("tru", #"{"a":tru}"#, "line 1, column 6: \(invalid) a value"),
    .document("nul", #"{"a":nul}"#, "line 1, column 6: \(invalid) a value"),
    .document("True", #"{"a":True}"#, "line 1, column 6: \(invalid) a value"),
    .document(
      "an unknown escape", #"{"a":"\x"}"#,
      #"line 1, column 7: holds \x, which is not a JSON escape"#),
    .document(
      "a short unicode escape", #"{"a":"\u12"}"#,
      #"line 1, column 7: holds \u12"}, which is not a JSON escape"#),
    .document(
      "a unicode escape of letters", #"{"a":"\uZZZZ"}"#,
      #"line 1, column 7: holds \uZZZZ, which is not a JSON escape"#),
    .document(
      "an escape in a key", #"{"\u00":1}"#,
      #"line 1, column 3: holds \u00":, which is not a JSON escape"#),
    .document(
      "an unclosed string", #"{"a":"abc"#,
      "ends before the JSON is complete (the file may have been cut short)"),
    .document(
      "an escaped closing quote", #"{"a":"\"}"#,
      "ends before the JSON is complete (the file may have been cut short)"),
    .document(
      "a raw tab in a string", "{\"a\":\"tab\there\"}",
      "line 1, column 10: holds a control character that JSON text must escape"),
    .document(
      "a raw newline in a string", "{\"a\":\"line\nbreak\"}",
      "line 1, column 11: holds a control character that JSON text must escape"),
    .document(
      "a lone high surrogate", #"{"a":"\ud800"}"#,
      #"line 1, column 7: holds \ud800, half of a UTF-16 surrogate pair without the other half; it is not text"#
    ),
    .document(
      "a lone low surrogate", #"{"a":"\udc00"}"#,
      #"line 1, column 7: holds \udc00, half of a UTF-16 surrogate pair without the other half; it is not text"#
    ),
    .document(
      "a high surrogate before a letter", #"{"a":"\ud800\u0041"}"#,
      #"line 1, column 7: holds \ud800, half of a UTF-16 surrogate pair without the other half; it is not text"#
    ),
    .document(
      "two high surrogates", #"{"a":"\ud800\ud800"}"#,
      #"line 1, column 7: holds \ud800, half of a UTF-16 surrogate pair without the other half; it is not text"#
    ),
    .document(
      "text after the end", "{\"a\":1} x",
      "line 1, column 9: is not valid JSON: more text follows the end of the JSON"),
    .document(
      "two documents", #"{"a":1}{"b":2}"#,
      "line 1, column 8: is not valid JSON: more text follows the end of the JSON"),
    .document("a comment inside", #"{"a":/* c */1}"#, "line 1, column 6: \(invalid) a value"),
    .document("a comment before", "// c\n{\"a\":1}", "line 1, column 1: \(invalid) a value"),
    .document(
      "a list closed twice", #"{"a":[1]]"#,
      "line 1, column 9: \(invalid) ',' or '}' after a value in an object"),
    .document("an empty list unclosed", #"{"a":[}"#, "line 1, column 7: \(invalid) a value"),
    .document(
      "a key with no value", #"{"a":1,"b"}"#, "line 1, column 11: \(invalid) ':' after a key"),
    .document(
      "text after a string", #"{"a":"x"y}"#,
      "line 1, column 9: \(invalid) ',' or '}' after a value in an object"),
    .document(
      "an inner object with no value", #"{"a":{"b":}}"#, "line 1, column 11: \(invalid) a value"),
    .document(
      "a repeated key, Python keeps the last", #"{"a":1,"a":2}"#,
      #"line 1, column 8: holds the key "a" twice in one object; a store never repeats a key"#),
    .document(
      "a repeated key written two ways", #"{"a":1,"\u0061":2}"#,
      #"line 1, column 8: holds the key "a" twice in one object; a store never repeats a key"#),
    .document("null", "null", "is not a caseload store (it holds null, not a JSON object)"),
    .document("a list", "[]", "is not a caseload store (it holds a list, not a JSON object)"),
    .document(
      "a string", #""caseload""#, "is not a caseload store (it holds text, not a JSON object)"),
    .document(
      "true", "true", "is not a caseload store (it holds true or false, not a JSON object)"),
    .document(
      "a number", "-0.5e3", "is not a caseload store (it holds a number, not a JSON object)"),
    .document(
      "a list then text", "[] x",
      "line 1, column 4: is not valid JSON: more text follows the end of the JSON"),
    .document(
      "another application's JSON", #"{"name":"caseload"}"#,
      #"is not a caseload store (it has no "format":"caseload")"#),
    .document(
      "a format in capitals", #"{"format":"Caseload","version":1}"#,
      #"is not a caseload store (it has no "format":"caseload")"#),
    .document(
      "a format that is a list", #"{"format":["caseload"],"version":1}"#,
      #"is not a caseload store (it has no "format":"caseload")"#),
    .document("no version", #"{"format":"caseload"}"#, "has no format version number"),
    .document(
      "a version in quotes", #"{"format":"caseload","version":"1"}"#, "has no format version number"
    ),
    .document(
      "a version with a fraction", #"{"format":"caseload","version":1.5}"#,
      "has no format version number"),
    .document(
      "version 0", #"{"format":"caseload","version":0}"#, "has an unknown format version 0"),
    .document(
      "version -1", #"{"format":"caseload","version":-1}"#, "has an unknown format version -1"),
    .document(
      "version 2", #"{"format":"caseload","version":2}"#,
      "was written by a newer caseload (version 2); upgrade caseload"),
    .document(
      "version 1e9", #"{"format":"caseload","version":1e9}"#,
      "was written by a newer caseload (version 1000000000); upgrade caseload"),
    .document(
      "a header and nothing else", #"{"format":"caseload","version":1}"#, "sequence: is missing"),
    .document(
      "an escaped NUL, read as text", #"{"a":"\u0000"}"#,
      #"is not a caseload store (it has no "format":"caseload")"#),
  ]

  static let faults: [HostileCase] = [
    .fault("a comma missing between two workers", "\(invalid) ',' or ']' after a value in a list") {
      $0.replacing(
        "\"team\":\"T1\"},\n{\"cap\"", with: "\"team\":\"T1\"}\n\(HostileCase.here){\"cap\"")
    },
    .fault("a trailing comma after the last worker", "\(invalid) a value") {
      $0.replacing(
        "\"team\":\"T2\"}\n],\n\"cases\"",
        with: "\"team\":\"T2\"},\n\(HostileCase.here)],\n\"cases\"")
    },
    .fault(
      "a note's text without its closing quote",
      "holds a control character that JSON text must escape"
    ) {
      $0.replacing(
        #""discussion":"Checked."}},"#, with: #""discussion":"Checked.}},\#(HostileCase.here)"#)
    },
    .fault("an equals sign for a colon", "\(invalid) ':' after a key") {
      $0.replacing(
        #""id":"S2","recordedOn":"#, with: #""id":"S2","recordedOn"\#(HostileCase.here)="#)
    },
    .fault("text after the store", "is not valid JSON: more text follows the end of the JSON") {
      $0 + HostileCase.here + "{}"
    },
    .fault("a single quote around an id", "\(invalid) a value") {
      $0.replacing(#"{"id":"T1","#, with: #"{"id":\#(HostileCase.here)'T1',"#)
    },
    .fault(
      "a raw tab inside a child's name", "holds a control character that JSON text must escape"
    ) {
      $0.replacing(#""childName":"Ava""#, with: "\"childName\":\"A\(HostileCase.here)\tva\"")
    },
    .fault("a bad escape in a reason", #"holds \q, which is not a JSON escape"#) {
      $0.replacing(#""reason":"waiting""#, with: #""reason":"wait\#(HostileCase.here)\qing""#)
    },
    .fault(
      "a lone surrogate in a session's text",
      #"holds \udfff, half of a UTF-16 surrogate pair without the other half; it is not text"#
    ) {
      $0.replacing(
        #""discussion":"Fine.""#, with: #""discussion":"Fine\#(HostileCase.here)\udfff""#)
    },
    .fault(
      "a repeated unknown key in a case",
      #"holds the key "note" twice in one object; a store never repeats a key"#
    ) {
      $0.replacing(
        #"{"birthDate":"2012-11-05""#,
        with: #"{"note":1,\#(HostileCase.here)"note":2,"birthDate":"2012-11-05""#)
    },
    .fault("a comment between records", "\(invalid) a value") {
      $0.replacing("\"notes\":[\n", with: "\"notes\":[\n\(HostileCase.here)// the notes\n")
    },
    .fault(
      "a list cut off before the end of the file", "\(invalid) ',' or ']' after a value in a list"
    ) {
      $0.replacing("\n],\n\"actionsClosed\"", with: "\n\(HostileCase.here)\"actionsClosed\"")
    },
  ]
}
