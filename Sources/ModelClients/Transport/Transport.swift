/// The one seam between the model clients and the network: a request goes in, a response comes out.
///
/// Modelled on swift-openapi-runtime's `ClientTransport`. `CurlTransport` is the only production
/// implementation; tests of everything above it can replay canned responses through a double.
/// An HTTP error status is a response, not an error: only failures to get a response at all throw
/// (`TransportError`, or `CancellationError` when the calling task is cancelled).
public protocol Transport: Sendable {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
