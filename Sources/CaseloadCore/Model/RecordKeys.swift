/// What the indexes and validation read from an oversight note: all but its texts.
public struct NoteKeys: Hashable, Sendable {
  public var id: RecordID
  public var `case`: Case.ID
  public var recorded: Timestamp
  public var actions: [Action]
}

/// What the indexes and validation read from a supervision session: all but its texts.
public struct SessionKeys: Hashable, Sendable {
  /// A session entry without its discussion and decision.
  public struct Entry: Hashable, Sendable {
    public var `case`: Case.ID
    public var actions: [Action]
  }

  public var id: RecordID
  public var worker: Worker.ID
  public var date: Day
  public var recorded: Timestamp
  public var entries: [Entry]
  public var reviews: [ActionReview]
}

/// What the indexes and validation read from an addendum: all but its text and authorship.
public struct AddendumKeys: Hashable, Sendable {
  public var id: RecordID
  public var target: RecordID
  public var isWithdrawal: Bool
}

extension OversightNote: StoredRecord {
  public var keys: NoteKeys {
    NoteKeys(id: id, case: note.case, recorded: authorship.recorded, actions: note.actions)
  }
}

extension SupervisionSession: StoredRecord {
  public var keys: SessionKeys {
    SessionKeys(
      id: id, worker: worker, date: date, recorded: authorship.recorded,
      entries: entries.map { SessionKeys.Entry(case: $0.case, actions: $0.actions) },
      reviews: reviews)
  }
}

extension Addendum: StoredRecord {
  public var keys: AddendumKeys {
    AddendumKeys(id: id, target: target, isWithdrawal: isWithdrawal)
  }
}
