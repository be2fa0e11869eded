import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A listening TCP socket on 127.0.0.1 with a port the kernel picks, for the
/// raw-socket servers of the tests.
enum LoopbackListener {
  /// Opens, binds and listens; returns the descriptor and `http://127.0.0.1:PORT/`.
  static func open(backlog: Int32, reuseAddress: Bool = false) throws -> (descriptor: Int32, baseURL: URL) {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    if reuseAddress {
      var yes: Int32 = 1
      setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
        bind(descriptor, generic, length) == 0 && listen(descriptor, backlog) == 0
          && getsockname(descriptor, generic, &length) == 0
      }
    }
    try #require(bound, "a loopback listener")
    return (descriptor, URL(string: "http://127.0.0.1:\(UInt16(bigEndian: address.sin_port))/")!)
  }
}
