import Foundation
import Testing

@testable import KiraStore

/// One writer per draft, across processes: each `DraftLeases` stands for one
/// wizard process (its own owner lock, as a second process would hold).
@Suite("Draft leases")
struct DraftLeasesTests {
  @Test("a draft open in one wizard is refused to a second, which may take it over; the first learns it")
  func oneWriter() throws {
    let temporary = try TemporaryStore()
    let locks = temporary.location.directory.appendingPathComponent("locks")
    let first = try DraftLeases(directory: locks, operatorName: "desk-1")
    let second = try DraftLeases(directory: locks, operatorName: "desk-2")
    let id = DraftID.random()

    #expect(try first.claim(id) == .claimed)
    #expect(try first.holderIfTaken(id) == nil)
    guard case .heldElsewhere(let holder) = try second.claim(id) else {
      Issue.record("a second wizard got a draft open in the first")
      return
    }
    #expect(holder.operatorName == "desk-1" && holder.processID == getpid())
    #expect(holder.description.contains("desk-1, process \(getpid()) on "))

    #expect(try second.claim(id, takeOver: true) == .claimed)
    #expect(try second.holderIfTaken(id) == nil)
    #expect(try first.holderIfTaken(id)?.operatorName == "desk-2", "the first stops saving and says why")
  }

  @Test("a lease whose wizard is gone is taken without asking")
  func deadHolder() throws {
    let temporary = try TemporaryStore()
    let locks = temporary.location.directory.appendingPathComponent("locks")
    let id = DraftID.random()
    do {
      let gone = try DraftLeases(directory: locks, operatorName: "desk-1")
      #expect(try gone.claim(id) == .claimed)
    }
    let next = try DraftLeases(directory: locks, operatorName: "desk-2")
    #expect(try next.claim(id) == .claimed)
  }

  @Test("a released draft is free for the next wizard")
  func released() throws {
    let temporary = try TemporaryStore()
    let locks = temporary.location.directory.appendingPathComponent("locks")
    let first = try DraftLeases(directory: locks, operatorName: "desk-1")
    let second = try DraftLeases(directory: locks, operatorName: "desk-2")
    let id = DraftID.random()
    #expect(try first.claim(id) == .claimed)
    first.release(id)
    #expect(try second.claim(id) == .claimed)
    #expect(try first.holder(of: id)?.operatorName == "desk-2")
  }
}
