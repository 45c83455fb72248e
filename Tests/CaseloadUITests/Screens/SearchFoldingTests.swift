import CaseloadCore
import CaseloadUI
import Testing

/// Search finds a name or id whatever case and accents are typed, whether the name is plain
/// ASCII (compared byte by byte) or not (folded).
@Suite("search folds case and accents for every kind of name")
struct SearchFoldingTests {
  @Test(
    arguments: [
      ("HARRINGTON", "Zoë Harrington"), ("zoë", "Zoë Harrington"), ("LUKASZ", "Łukasz Wiśniewski"),
      ("wisniewski", "Łukasz Wiśniewski"), ("陈", "陈静"), ("CHEN.J", "陈静"),
    ])
  func found(_ typed: String, _ name: String) {
    var d = Driver.demo()
    d.press(.char("/"))
    d.type(typed)
    #expect(d.text.contains(name), "\(typed) did not find \(name):\n\(d.text)")
  }

  @Test("a query that is in no name finds nothing")
  func nothing() {
    var d = Driver.demo()
    d.press(.char("/"))
    d.type("qqxz")
    #expect(d.lines[2] == "0 found")
  }
}
