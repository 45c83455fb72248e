import CaseloadCore

/// Everything that can happen to the app, as the Elm architecture's message: a key, or news
/// from the store or the draft folder.
public enum Message: Sendable {
  case key(Key)
  /// Our change was saved; `caseload` is the store's state after it.
  case committed(JournalEntry, Caseload)
  /// Our change was not saved; the screen keeps it so it can be retried.
  case commitFailed(CaseloadError)
  /// Other managers committed changes; `caseload` is the state after them.
  case othersChanged([JournalEntry], Caseload)
  /// Other managers' changes could not be read; the screen shows the state it had.
  case refreshFailed(CaseloadError)
  /// The store's records, validated after the board was drawn, have a problem: the board
  /// refuses every change from now on.
  case validationFailed(CaseloadError)
  /// Drafts left by an earlier session (newest first), and problems reading any of them.
  case draftsFound([SavedDraft], problems: [String])
  /// A draft could not be written or removed.
  case draftFailed(String)
}

/// Work `update` asks the runtime to do; the result comes back as a Message.
public enum Effect: Hashable, Sendable {
  case commit(Change)
  /// Write the open editor's typing to disk, replacing its earlier draft.
  case keepDraft(Draft)
  /// The editor was saved or discarded: its draft goes.
  case dropDraft(Draft.Target)
  case quit
}

/// A one-line message above the footer.
public struct Notice: Hashable, Sendable {
  public enum Kind: Hashable, Sendable { case info, warning, error }
  public var kind: Kind
  public var text: String

  public init(_ kind: Kind, _ text: String) {
    self.kind = kind
    self.text = text
  }
}
