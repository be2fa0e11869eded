import Foundation
import KiraModels

extension KiraClient {
  /// `GET /v1/countries`: Kira's countries with their subdivisions (read
  /// leniently and bounded, `KiraCountry.list(from:)`).
  public func countries(onRetry: (@Sendable (RetryEvent) -> Void)? = nil) async throws -> [KiraCountry] {
    let operation = Operation(method: "GET", path: KiraAPI.Path.countries)
    let response = try await perform(operation, onRetry: onRetry)
    let json = try KiraAnswerDecoder.json(response, operation: operation.name)
    guard let countries = KiraCountry.list(from: json) else {
      throw invalidResponse(response, operation: operation, "has no list of countries")
    }
    return countries
  }
}
