// A change in the journal is `{"kind":"...", <one key for its record>}`; a visit keeps the
// flat `case`/`on` keys it always had, with `seenAlone` and `recordedOn` added. An action
// closed is `{"kind":"action-close","closed":{...}}`, actions reopened (only inside an undo)
// `{"kind":"action-reopen","reopen":{"actions":[...],"addendum":{...}}}`.
extension Change: Codable {
  private enum CodingKeys: String, CodingKey {
    case kind, reassign, note, session, addendum, done, `case`, on, of, inverse
    case seenAlone, recordedOn
    case team, worker, update, absence, referral, category, closure, reopening, transfer
    case `import`, holidays, remove, closed, reopen
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let kind = try c.decode(String.self, forKey: .kind)
    switch kind {
    case "reassign": self = .reassign(try c.decode(Reassignment.self, forKey: .reassign))
    case "note": self = .recordNote(try c.decode(OversightNote.self, forKey: .note))
    case "session": self = .recordSession(try c.decode(SupervisionSession.self, forKey: .session))
    case "addendum": self = .addAddendum(try c.decode(Addendum.self, forKey: .addendum))
    case "action-done": self = .completeAction(try c.decode(ActionDone.self, forKey: .done))
    case "action-close": self = .closeAction(try c.decode(ActionClosure.self, forKey: .closed))
    case "action-reopen":
      self = .reopenActions(try c.decode(ActionReopening.self, forKey: .reopen))
    case "visit":
      self = .recordVisit(
        Visit(
          case: try c.decode(Case.ID.self, forKey: .case), on: try c.decode(Day.self, forKey: .on),
          seenAlone: try c.decodeIfPresent(Bool.self, forKey: .seenAlone) ?? false,
          recordedOn: try c.decodeIfPresent(Day.self, forKey: .recordedOn)))
    case "undo":
      self = .undo(
        of: try c.decode(Int.self, forKey: .of),
        inverse: try c.decode(Change.self, forKey: .inverse))
    case "team-add": self = .addTeam(try c.decode(Team.self, forKey: .team))
    case "worker-add": self = .addWorker(try c.decode(Worker.self, forKey: .worker))
    case "worker-set": self = .updateWorker(try c.decode(WorkerUpdate.self, forKey: .update))
    case "absence": self = .recordAbsence(try c.decode(AbsenceRecord.self, forKey: .absence))
    case "case-add": self = .addCase(try c.decode(NewCase.self, forKey: .referral))
    case "category": self = .changeCategory(try c.decode(CategoryChange.self, forKey: .category))
    case "close": self = .closeCase(try c.decode(Closure.self, forKey: .closure))
    case "reopen": self = .reopenCase(try c.decode(Reopening.self, forKey: .reopening))
    case "transfer": self = .transferCase(try c.decode(Transfer.self, forKey: .transfer))
    case "import": self = .importRecords(try c.decode(ImportBatch.self, forKey: .import))
    case "holidays": self = .setBankHolidays(try c.decode(HolidayChange.self, forKey: .holidays))
    case "remove": self = .remove(try c.decode(Removal.self, forKey: .remove))
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .kind, in: c, debugDescription: "unknown change kind '\(kind.prefix(30))'")
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(kind, forKey: .kind)
    switch self {
    case .reassign(let value): try c.encode(value, forKey: .reassign)
    case .recordNote(let value): try c.encode(value, forKey: .note)
    case .recordSession(let value): try c.encode(value, forKey: .session)
    case .addAddendum(let value): try c.encode(value, forKey: .addendum)
    case .completeAction(let value): try c.encode(value, forKey: .done)
    case .closeAction(let value): try c.encode(value, forKey: .closed)
    case .reopenActions(let value): try c.encode(value, forKey: .reopen)
    case .recordVisit(let visit):
      try c.encode(visit.case, forKey: .case)
      try c.encode(visit.on, forKey: .on)
      if visit.seenAlone { try c.encode(true, forKey: .seenAlone) }
      try c.encodeIfPresent(visit.recordedOn, forKey: .recordedOn)
    case .undo(let sequence, let inverse):
      try c.encode(sequence, forKey: .of)
      try c.encode(inverse, forKey: .inverse)
    case .addTeam(let value): try c.encode(value, forKey: .team)
    case .addWorker(let value): try c.encode(value, forKey: .worker)
    case .updateWorker(let value): try c.encode(value, forKey: .update)
    case .recordAbsence(let value): try c.encode(value, forKey: .absence)
    case .addCase(let value): try c.encode(value, forKey: .referral)
    case .changeCategory(let value): try c.encode(value, forKey: .category)
    case .closeCase(let value): try c.encode(value, forKey: .closure)
    case .reopenCase(let value): try c.encode(value, forKey: .reopening)
    case .transferCase(let value): try c.encode(value, forKey: .transfer)
    case .importRecords(let value): try c.encode(value, forKey: .import)
    case .setBankHolidays(let value): try c.encode(value, forKey: .holidays)
    case .remove(let value): try c.encode(value, forKey: .remove)
    }
  }
}
