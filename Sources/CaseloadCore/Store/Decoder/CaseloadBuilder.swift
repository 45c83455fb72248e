/// Builds the state straight from the snapshot's records as they are read, keeping sessions,
/// notes and addenda as the place of their bytes beside their keys. Notes whether any record
/// failed to decode, and whether the state lost anything validation must see (a repeated id
/// or a record about a case that does not exist), so a bad file is then read again whole for
/// the exact messages.
struct CaseloadBuilder: SnapshotSink {
  private(set) var caseload = Caseload()
  /// Some record did not decode.
  private(set) var failed = false
  /// The state holds less than the file: validating the state would miss a problem.
  private(set) var lossy = false

  init(bytes: SnapshotBytes) {
    caseload.sessions = RecordList(source: RecordSource(bytes: bytes, decode: Decode.wholeSession))
    caseload.notes = RecordList(source: RecordSource(bytes: bytes, decode: Decode.wholeNote))
    caseload.addenda = RecordList(source: RecordSource(bytes: bytes, decode: Decode.wholeAddendum))
  }

  /// The state, once every record has been read; checks nothing refers to a case the store
  /// does not have in a way the state would hide.
  mutating func finish() -> Caseload {
    for (id, _) in caseload.allocations where caseload.cases[id] == nil { lossy = true }
    for (id, _) in caseload.events where caseload.cases[id] == nil { lossy = true }
    caseload.indexLoadedRecordsOnUse()
    return caseload
  }

  mutating func team(_ team: Team?, id: String?, problem: RecordProblem?) {
    guard let team, problem == nil else {
      failed = true
      return
    }
    if caseload.teams[team.id] != nil { lossy = true }
    caseload.insert(team)
  }

  mutating func worker(_ worker: Worker?, id: String?, problem: RecordProblem?) {
    guard let worker, problem == nil else {
      failed = true
      return
    }
    if caseload.workers[worker.id] != nil { lossy = true }
    caseload.insert(worker)
  }

  mutating func child(_ child: Case?, id: String?, problem: RecordProblem?) {
    guard let child, problem == nil else {
      failed = true
      return
    }
    if caseload.cases[child.id] != nil { lossy = true }
    caseload.insert(child)
  }

  mutating func allocation(_ allocation: Allocation?, id: String?, problem: RecordProblem?) {
    guard let allocation, problem == nil else {
      failed = true
      return
    }
    caseload.append(allocation)
  }

  mutating func session(
    _ keys: SessionKeys?, bytes: Range<Int>, id: String?, problem: RecordProblem?
  ) {
    guard let keys, problem == nil else {
      failed = true
      return
    }
    caseload.index(keys, at: caseload.sessions.count, loading: true)
    caseload.sessions.appendStored(keys, bytes: bytes)
  }

  mutating func note(_ keys: NoteKeys?, bytes: Range<Int>, id: String?, problem: RecordProblem?) {
    guard let keys, problem == nil else {
      failed = true
      return
    }
    caseload.index(keys, at: caseload.notes.count, loading: true)
    caseload.notes.appendStored(keys, bytes: bytes)
  }

  mutating func addendum(
    _ keys: AddendumKeys?, bytes: Range<Int>, id: String?, problem: RecordProblem?
  ) {
    guard let keys, problem == nil else {
      failed = true
      return
    }
    caseload.index(keys, at: caseload.addenda.count, loading: true)
    caseload.addenda.appendStored(keys, bytes: bytes)
  }

  mutating func done(_ done: ActionDone?, id: String?, problem: RecordProblem?) {
    guard let done, problem == nil else {
      failed = true
      return
    }
    if caseload.actionsDone[done.action] != nil { lossy = true }
    caseload.append(done)
  }

  mutating func closure(_ closure: ActionClosure?, id: String?, problem: RecordProblem?) {
    guard let closure, problem == nil else {
      failed = true
      return
    }
    if caseload.actionsClosed[closure.action] != nil { lossy = true }
    caseload.append(closure)
  }

  mutating func event(_ event: CaseEvent?, id: String?, problem: RecordProblem?) {
    guard let event, problem == nil else {
      failed = true
      return
    }
    caseload.append(event)
  }
}

extension Decode {
  // Records decoded whole when asked for. Their bytes were checked when the store was opened,
  // so decoding cannot fail; if it somehow did, the record is shown from its keys alone.

  static func wholeNote(_ bytes: SnapshotBytes, _ range: Range<Int>, _ keys: NoteKeys)
    -> OversightNote
  {
    let note = bytes.bytes.withUnsafeBufferPointer { buffer in
      var reader = RecordReader(JSONCursor(buffer, from: range.lowerBound, to: range.upperBound))
      return (try? Decode.note(&reader, whole: true))?.1
    }
    return note
      ?? OversightNote(
        id: keys.id,
        note: CaseDiscussion(case: keys.case, discussion: "", decision: "", actions: keys.actions),
        authorship: Authorship(author: "", recorded: keys.recorded))
  }

  static func wholeSession(_ bytes: SnapshotBytes, _ range: Range<Int>, _ keys: SessionKeys)
    -> SupervisionSession
  {
    let session = bytes.bytes.withUnsafeBufferPointer { buffer in
      var reader = RecordReader(JSONCursor(buffer, from: range.lowerBound, to: range.upperBound))
      return (try? Decode.session(&reader, whole: true))?.1
    }
    return session
      ?? SupervisionSession(
        id: keys.id, worker: keys.worker, date: keys.date, attendees: [], discussion: "",
        entries: keys.entries.map {
          CaseDiscussion(case: $0.case, discussion: "", decision: "", actions: $0.actions)
        }, authorship: Authorship(author: "", recorded: keys.recorded), reviews: keys.reviews)
  }

  static func wholeAddendum(_ bytes: SnapshotBytes, _ range: Range<Int>, _ keys: AddendumKeys)
    -> Addendum
  {
    let addendum = bytes.bytes.withUnsafeBufferPointer { buffer in
      var reader = RecordReader(JSONCursor(buffer, from: range.lowerBound, to: range.upperBound))
      return (try? Decode.addendum(&reader, whole: true))?.1
    }
    return addendum
      ?? Addendum(
        id: keys.id, target: keys.target, text: "",
        authorship: Authorship(author: "", recorded: Timestamp(seconds: 0)),
        isWithdrawal: keys.isWithdrawal)
  }
}
