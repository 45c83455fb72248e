import CaseloadCore

/// One field of a record form: what it holds, how it is typed or chosen, and what is wrong
/// with it as it stands (checked on every key, with the words the command line uses).
public struct FormField: Hashable, Sendable {
  /// A value to choose with Left/Right.
  public struct Choice: Hashable, Sendable {
    public var value: String
    public var label: String

    public init(_ value: String, _ label: String) {
      self.value = value
      self.label = label
    }
  }

  /// What the field holds, which decides how it is checked.
  public enum Kind: Hashable, Sendable {
    case id
    case name
    /// Why the change is made; required text.
    case reason
    /// A date, UK or ISO; `notFuture` refuses a day after today.
    case day(notFuture: Bool)
    /// A date, or blank for none.
    case optionalDay
    case fte
    /// Weight points, or blank for none.
    case optionalCap
    /// Free text that may be blank (a family id).
    case optionalText
    case choice([Choice])
  }

  /// The name the form's builder and its draft know the field by.
  public var key: String
  public var label: String
  public var kind: Kind
  /// Said beside the field while it has nothing wrong with it.
  public var hint: String
  public var prompt: Prompt
  /// The chosen value's index, for a choice.
  public var chosen: Int

  public init(_ key: String, _ label: String, _ kind: Kind, value: String = "", hint: String = "") {
    self.key = key
    self.label = label
    self.kind = kind
    self.hint = hint
    prompt = Prompt(text: value, width: 24)
    chosen = 0
    if case .choice(let choices) = kind {
      chosen = choices.firstIndex { $0.value == value } ?? 0
    }
  }

  public var isChoice: Bool {
    if case .choice = kind { return true }
    return false
  }

  var choices: [Choice] {
    if case .choice(let choices) = kind { return choices }
    return []
  }

  /// The field's value as the builder reads it: the text typed, or the chosen value.
  public var value: String {
    guard isChoice else { return prompt.text.trimmingCharacters(in: .whitespaces) }
    return choices.indices.contains(chosen) ? choices[chosen].value : ""
  }

  /// Sets the value (from a draft), choosing it if it is one of the choices.
  mutating func set(_ text: String) {
    if isChoice {
      if let index = choices.firstIndex(where: { $0.value == text }) { chosen = index }
    } else {
      prompt = Prompt(text: text, width: 24)
    }
  }

  mutating func cycle(by step: Int) {
    let count = choices.count
    guard count > 0 else { return }
    chosen = ((chosen + step) % count + count) % count
  }

  /// What is wrong with the field as it stands, in one line; nil when nothing is.
  public func problem(today: Day) -> String? {
    let text = value
    do {
      switch kind {
      case .id: _ = try RecordField.id(text, label.lowercased())
      case .name: _ = try RecordField.name(text, label.lowercased())
      case .reason: _ = try RecordField.reason(text)
      case .day(let notFuture):
        let day = try RecordField.day(text)
        if notFuture, day > today { return "cannot be in the future (today is \(today))" }
      case .optionalDay: if !text.isEmpty { _ = try RecordField.day(text) }
      case .fte: _ = try RecordField.fte(text)
      case .optionalCap: if !text.isEmpty { _ = try RecordField.cap(text) }
      case .optionalText, .choice: break
      }
    } catch {
      return error.message
    }
    return nil
  }
}

extension FormField.Choice {
  /// Choices for every case of an enumeration, with a label for each.
  static func all<T: CaseIterable & RawRepresentable>(_ type: T.Type, label: (T) -> String)
    -> [FormField.Choice] where T.RawValue == String
  {
    T.allCases.map { FormField.Choice($0.rawValue, label($0)) }
  }
}
