import Foundation

/// One scripted reaction of the loopback server to one request. A route plays its steps in order and
/// repeats the last one.
public indirect enum LoopbackStep: Sendable {
    /// A successful answer in the wire format of the request's path.
    case answer(ScriptedAnswer)
    /// Any status, headers and body, sent as given.
    case raw(status: Int, headers: [(String, String)], body: String)
    /// 429 in the provider's error format, with the given retry header.
    case rateLimited(RetryHint)
    /// 429 saying the spend limit or quota is exhausted (OpenAI `insufficient_quota`, Anthropic
    /// `enforced_spend_limit_reached`).
    case quotaExhausted
    /// An error status in the provider's error format with `message`.
    case error(status: Int, message: String)
    /// 502 with an HTML page, as a proxy in front of the API sends.
    case htmlError
    /// Reads the request, then resets the connection (RST) without answering.
    case reset
    /// Sends the headers and half the body, then goes silent until the client gives up.
    case stall
    /// 200 with a body that is JSON cut in the middle (its Content-Length matches what is sent).
    case truncatedJSON
    /// 200 with a body of `bytes` bytes; announced with Content-Length, or (false) streamed until the
    /// connection closes, so the client learns the size only as the bytes arrive.
    case oversized(bytes: Int, announced: Bool = true)
    /// Waits, then plays the inner step.
    case delayed(Duration, LoopbackStep)
    /// Holds the request until at least `count` requests have been answered at the same moment (at
    /// most 10 s), then plays the inner step: proof that a client sends in parallel, without timing.
    case awaitingPeers(Int, LoopbackStep)

    /// A refusal in the request's format (OpenAI `message.refusal`, Anthropic `stop_reason: refusal`,
    /// Gemini `promptFeedback.blockReason`; Ollama has none and answers with the text).
    public static func refusal(_ message: String = "I can't help with that.") -> LoopbackStep {
        .answer(ScriptedAnswer(text: message, finish: .refused))
    }

    public static func answer(_ text: String, finish: ScriptedAnswer.Finish = .complete) -> LoopbackStep {
        .answer(ScriptedAnswer(text: text, finish: finish))
    }

    public static let serverError = LoopbackStep.error(status: 500, message: "The server had an error while processing your request.")
    public static let overloaded = LoopbackStep.error(status: 529, message: "Overloaded")
}

/// How a 429 says when to come back.
public enum RetryHint: Sendable {
    case milliseconds(Int)
    case seconds(Int)
    case httpDate(Date)
    case none
}

/// A scripted successful answer.
public struct ScriptedAnswer: Sendable {
    public enum Finish: Sendable {
        case complete, truncated, refused
    }

    public var text: String
    public var finish: Finish
    /// The model the server reports; nil repeats the model of the request.
    public var model: String?
    public var inputTokens: Int
    public var outputTokens: Int
    public var cachedTokens: Int
    public var reasoningTokens: Int
    public var requestID: String

    public init(text: String, finish: Finish = .complete, model: String? = nil, inputTokens: Int = 120,
                outputTokens: Int = 40, cachedTokens: Int = 20, reasoningTokens: Int = 8, requestID: String = "req_loopback") {
        self.text = text
        self.finish = finish
        self.model = model
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.cachedTokens = cachedTokens
        self.reasoningTokens = reasoningTokens
        self.requestID = requestID
    }
}
