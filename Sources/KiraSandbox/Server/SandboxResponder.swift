import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The request context: Hummingbird's core storage plus a way to drop the connection.
struct SandboxRequestContext: RequestContext {
  var coreContext: CoreRequestContextStorage
  /// Closes the underlying connection (for the "dropped connection" fault).
  let closeConnection: @Sendable () -> Void

  init(source: ApplicationRequestContextSource) {
    self.coreContext = .init(source: source)
    let channel = source.channel
    self.closeConnection = { channel.close(promise: nil) }
  }
}

/// Thrown after closing the connection, so nothing else is written.
struct ConnectionDropped: Error {}

/// Adapts Hummingbird requests to the engine and the engine's replies back.
struct SandboxResponder: HTTPResponder {
  typealias Context = SandboxRequestContext

  let engine: SandboxEngine

  func respond(to request: Request, context: SandboxRequestContext) async throws -> Response {
    var headers: [String: String] = [:]
    for field in request.headers {
      headers[field.name.canonicalName] = field.value
    }
    if let authority = request.head.authority { headers["host"] = authority }
    let limit = engine.configuration.maxBodyBytes
    var body = Data()
    var tooLarge = false
    for try await chunk in request.body {
      if body.count + chunk.readableBytes > limit {
        tooLarge = true
        continue
      }
      body.append(contentsOf: chunk.readableBytesView)
    }
    let sandboxRequest = SandboxHTTPRequest(
      method: request.method.rawValue, path: request.uri.path, query: request.uri.query, headers: headers,
      body: tooLarge ? Data() : body, bodyTooLarge: tooLarge)
    let reply = await engine.handle(sandboxRequest)
    if reply.dropConnection {
      // Start an answer, then cut the connection mid-body: the client has
      // received something, so no HTTP library silently re-sends the request,
      // and it cannot tell whether the request was processed.
      let partial = ByteBuffer(string: "{\"id\":")
      return Response(
        status: .ok, headers: [.contentType: "application/json", .contentLength: "512"],
        body: ResponseBody(contentLength: 512) { writer in
          try await writer.write(partial)
          context.closeConnection()
          throw ConnectionDropped()
        })
    }
    var fields = HTTPFields()
    for (name, value) in reply.headers {
      if let fieldName = HTTPField.Name(name) { fields[fieldName] = value }
    }
    return Response(
      status: HTTPResponse.Status(code: reply.status), headers: fields,
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: reply.body)))
  }
}
