import Foundation

/// The four wire formats as the loopback server writes them, chosen by request path.
enum LoopbackWireFormat {
    case chatCompletions, anthropic, gemini, ollama, unknown

    init(path: String) {
        let path = path.split(separator: "?").first.map(String.init) ?? path
        if path.hasSuffix("/chat/completions") { self = .chatCompletions }
        else if path.hasSuffix("/v1/messages") { self = .anthropic }
        else if path.hasSuffix(":generateContent") { self = .gemini }
        else if path.hasSuffix("/api/chat") { self = .ollama }
        else { self = .unknown }
    }

    func answerBody(_ answer: ScriptedAnswer, model: String) -> [String: Any] {
        let reported = answer.model ?? model
        switch self {
        case .chatCompletions, .unknown:
            var message: [String: Any] = ["role": "assistant", "content": answer.text, "refusal": NSNull()]
            var finish = "stop"
            switch answer.finish {
            case .complete: break
            case .truncated: finish = "length"
            case .refused:
                message["content"] = NSNull()
                message["refusal"] = answer.text
            }
            return [
                "id": "chatcmpl-\(answer.requestID)", "object": "chat.completion", "created": 1_700_000_000, "model": reported,
                "choices": [["index": 0, "message": message, "finish_reason": finish]],
                "usage": ["prompt_tokens": answer.inputTokens, "completion_tokens": answer.outputTokens,
                          "total_tokens": answer.inputTokens + answer.outputTokens,
                          "prompt_tokens_details": ["cached_tokens": answer.cachedTokens],
                          "completion_tokens_details": ["reasoning_tokens": answer.reasoningTokens]],
            ]
        case .anthropic:
            let stop: String
            switch answer.finish {
            case .complete: stop = "end_turn"
            case .truncated: stop = "max_tokens"
            case .refused: stop = "refusal"
            }
            return [
                "id": "msg_\(answer.requestID)", "type": "message", "role": "assistant", "model": reported,
                "content": answer.finish == .refused ? [] : [["type": "text", "text": answer.text]],
                "stop_reason": stop, "stop_sequence": NSNull(),
                "usage": ["input_tokens": answer.inputTokens - answer.cachedTokens, "output_tokens": answer.outputTokens,
                          "cache_read_input_tokens": answer.cachedTokens, "cache_creation_input_tokens": 0],
            ]
        case .gemini:
            let usage: [String: Any] = [
                "promptTokenCount": answer.inputTokens, "candidatesTokenCount": answer.outputTokens - answer.reasoningTokens,
                "thoughtsTokenCount": answer.reasoningTokens, "cachedContentTokenCount": answer.cachedTokens,
                "totalTokenCount": answer.inputTokens + answer.outputTokens,
            ]
            if answer.finish == .refused {
                return ["promptFeedback": ["blockReason": "SAFETY"], "usageMetadata": usage, "modelVersion": reported,
                        "responseId": answer.requestID]
            }
            return [
                "candidates": [["content": ["role": "model", "parts": [["text": answer.text]]],
                                "finishReason": answer.finish == .truncated ? "MAX_TOKENS" : "STOP", "index": 0]],
                "usageMetadata": usage, "modelVersion": reported, "responseId": answer.requestID,
            ]
        case .ollama:
            return [
                "model": reported, "created_at": "2026-11-20T12:00:00Z",
                "message": ["role": "assistant", "content": answer.text],
                "done": true, "done_reason": answer.finish == .truncated ? "length" : "stop",
                "prompt_eval_count": answer.inputTokens, "eval_count": answer.outputTokens,
            ]
        }
    }

    func errorBody(status: Int, message: String, code: String? = nil) -> [String: Any] {
        switch self {
        case .chatCompletions, .unknown:
            let codeValue: Any = code ?? NSNull()
            return ["error": ["message": message, "type": code ?? "server_error", "code": codeValue, "param": NSNull()] as [String: Any]]
        case .anthropic:
            var error: [String: Any] = ["type": status == 429 ? "rate_limit_error" : status == 529 ? "overloaded_error" : "api_error",
                                        "message": message]
            if let code { error["details"] = ["error_code": code] }
            return ["type": "error", "error": error, "request_id": "req_loopback_error"]
        case .gemini:
            return ["error": ["code": status, "message": message, "status": status == 429 ? "RESOURCE_EXHAUSTED" : "INTERNAL"]]
        case .ollama:
            return ["error": message]
        }
    }

    /// The request id header the provider sends (Ollama sends none).
    var requestIDHeader: String? {
        switch self {
        case .anthropic: return "request-id"
        case .gemini: return "x-goog-request-id"
        case .ollama: return nil
        default: return "x-request-id"
        }
    }

    var quotaCode: String {
        self == .anthropic ? "enforced_spend_limit_reached" : "insufficient_quota"
    }
}
