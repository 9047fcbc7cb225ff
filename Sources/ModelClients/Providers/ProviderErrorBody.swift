import Foundation
import Support

/// What a provider said in an error response, in any of the four formats:
/// OpenAI `{"error": {"message", "type", "code"}}`, Anthropic `{"type": "error", "error": {"type",
/// "message", "details": {"error_code"}}}`, Gemini `{"error": {"code", "message", "status", "details":
/// [{"@type": ".../google.rpc.RetryInfo", "retryDelay": "37s"}]}}`, Ollama `{"error": "message"}`.
/// An HTML error page becomes its title (or first text), shortened.
struct ProviderErrorBody: Sendable, Equatable {
    var message: String?
    /// Machine codes and types the provider gave (`insufficient_quota`, `rate_limit_error`, ...).
    var codes: [String]
    /// Gemini's RetryInfo delay.
    var retryDelay: Duration?

    static let messageLimit = 300

    init(message: String?, codes: [String] = [], retryDelay: Duration? = nil) {
        self.message = message
        self.codes = codes
        self.retryDelay = retryDelay
    }

    init(_ response: HTTPResponse) {
        guard let json = JSONValue.parse(response.body) else {
            let text = Self.cleanText(response.body, limit: Self.messageLimit)
            self.init(message: text.isEmpty ? nil : text)
            return
        }
        if let plain = json["error"]?.string {
            self.init(message: Self.shorten(plain))
            return
        }
        let error = json["error"] ?? json
        var codes: [String] = []
        for key in ["type", "code", "status"] {
            if let value = error[key]?.string { codes.append(value) }
        }
        if let detail = error["details"]?["error_code"]?.string { codes.append(detail) }
        var delay: Duration?
        for detail in error["details"]?.array ?? [] {
            if let reason = detail["reason"]?.string { codes.append(reason) }
            if let text = detail["retryDelay"]?.string, text.hasSuffix("s"), let seconds = Double(text.dropLast()) {
                delay = .milliseconds(Int64(seconds * 1000))
            }
        }
        let message = error["message"]?.string ?? json["message"]?.string ?? json["detail"]?.string
        self.init(message: message.map(Self.shorten), codes: codes, retryDelay: delay)
    }

    /// A 429 that will not clear by waiting: a spend limit, exhausted credits or quota to be bought.
    var isSpendLimit: Bool {
        let spendCodes: Set<String> = ["insufficient_quota", "enforced_spend_limit_reached", "billing_hard_limit_reached",
                                       "billing_not_active", "insufficient_credits"]
        if codes.contains(where: { spendCodes.contains($0.lowercased()) }) { return true }
        guard let message = message?.lowercased() else { return false }
        return ["spend limit", "spending limit", "credit balance", "insufficient credits", "billing details",
                "monthly limit"].contains { message.contains($0) } && retryDelay == nil
    }

    /// Readable text from a body that is not JSON: an HTML page's title, else its text, collapsed.
    static func cleanText(_ body: Data, limit: Int) -> String {
        var text = String(decoding: body.prefix(64 * 1024), as: UTF8.self)
        if text.range(of: "<html", options: .caseInsensitive) != nil || text.range(of: "<!doctype", options: .caseInsensitive) != nil {
            if let open = text.range(of: "<title>", options: .caseInsensitive),
               let close = text.range(of: "</title>", options: .caseInsensitive, range: open.upperBound..<text.endIndex) {
                let title = String(text[open.upperBound..<close.lowerBound])
                return "HTML page: " + shorten(collapse(title), limit: limit)
            }
            text = text.replacingOccurrences(of: "<script[\\s\\S]*?</script>|<style[\\s\\S]*?</style>", with: " ", options: [.regularExpression, .caseInsensitive])
            text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
            return "HTML page: " + shorten(collapse(text), limit: limit)
        }
        return shorten(collapse(text), limit: limit)
    }

    private static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }

    static func shorten(_ text: String) -> String { shorten(text, limit: messageLimit) }

    static func shorten(_ text: String, limit: Int) -> String {
        let collapsed = collapse(text)
        guard collapsed.count > limit else { return collapsed }
        return String(collapsed.prefix(limit)) + "…"
    }
}
